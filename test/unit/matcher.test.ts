import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { ServiceMatcher } from '../../src/core/matcher';
import { NOTES_DIR, TEST_DATA_DIR } from './paths';

const MARKER = /\s*⟦expect:\s*([^⟧]*)⟧\s*$/;

export interface LabelledFile { name: string; text: string; expected: Map<number, Set<string>> }

/** The labelled mention files: text with markers removed, and the expected ids per 0-based line. */
export function loadLabelledMentions(): LabelledFile[] {
  const dir = path.join(TEST_DATA_DIR, 'mentions');
  return fs.readdirSync(dir).filter((f) => f !== 'README.md').sort().map((name) => {
    const expected = new Map<number, Set<string>>();
    const lines = fs.readFileSync(path.join(dir, name), 'utf8').split('\n').map((line, i) => {
      const m = MARKER.exec(line);
      if (!m) return line;
      expected.set(i, new Set(m[1].split(',').map((s) => s.trim()).filter(Boolean)));
      return line.slice(0, m.index);
    });
    return { name, text: lines.join('\n'), expected };
  });
}

describe('service matcher', () => {
  let kb: KnowledgeBase;
  before(() => { kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]); });

  it('has precision and recall of at least 0.99 on the labelled set', () => {
    const files = loadLabelledMentions();
    let tp = 0, fp = 0, fn = 0, lines = 0;
    const errors: string[] = [];
    for (const f of files) {
      const found = new Map<number, Set<string>>();
      for (const m of kb.matcher.scanText(f.text)) {
        const set = found.get(m.line) ?? new Set<string>();
        set.add(m.serviceId);
        found.set(m.line, set);
      }
      const lineCount = f.text.split('\n').length;
      lines += lineCount;
      for (let i = 0; i < lineCount; i++) {
        const exp = f.expected.get(i) ?? new Set<string>();
        const got = found.get(i) ?? new Set<string>();
        for (const id of got) if (exp.has(id)) tp++; else { fp++; errors.push(`${f.name}:${i + 1}: unexpected ${id}`); }
        for (const id of exp) if (!got.has(id)) { fn++; errors.push(`${f.name}:${i + 1}: missed ${id}`); }
      }
      for (const id of [...f.expected.values()].flatMap((s) => [...s])) assert.ok(kb.service(id), `${f.name}: unknown service id ${id} in the labels`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`      labelled set: ${lines} lines, ${tp + fn} expected mentions; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    if (errors.length) console.log(errors.map((e) => '        ' + e).join('\n'));
    assert.ok(lines >= 150, `only ${lines} labelled lines`);
    assert.ok(precision >= 0.99, `precision ${precision.toFixed(3)}`);
    assert.ok(recall >= 0.99, `recall ${recall.toFixed(3)}`);
  });

  it('answers a hover exactly as the whole-file scan does, at every position of the labelled files', () => {
    let checked = 0;
    for (const f of loadLabelledMentions()) {
      const lines = f.text.split('\n');
      const scanned = kb.matcher.scanText(f.text);
      const file = kb.matcher.fileContext(f.text);
      lines.forEach((line, n) => {
        for (let ch = 0; ch < line.length; ch++) {
          const want = scanned.find((m) => m.line === n && ch >= m.column && ch < m.endColumn);
          const got = kb.matcher.matchAt((k) => lines[k], n, ch, file);
          assert.deepStrictEqual(got, want, `${f.name}:${n + 1}:${ch + 1} in ${JSON.stringify(line)}`);
          checked++;
        }
      });
    }
    assert.ok(checked > 10000);
  });

  it('loads from its precomputed tables (the catalog snapshot of the build) and matches exactly the same', () => {
    const tables = JSON.parse(JSON.stringify(kb.matcher.toTables()));
    const loaded = new ServiceMatcher(kb.services.values(), tables);
    for (const f of loadLabelledMentions()) assert.deepStrictEqual(loaded.scanText(f.text), kb.matcher.scanText(f.text), f.name);
    assert.deepStrictEqual(loaded.allNames().length, kb.matcher.allNames().length);
  });

  const at = (text: string, needle: string) => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(needle));
    return kb.matcher.matchAt((n) => lines[n], line, lines[line].indexOf(needle) + 1);
  };

  it('finds the mention under a cursor, with its kind', () => {
    assert.deepStrictEqual(pick(at('x = boto3.client("firehose")', 'firehose')), ['data-firehose', 'sdk']);
    assert.deepStrictEqual(pick(at('Type: AWS::KinesisFirehose::DeliveryStream', 'AWS::')), ['data-firehose', 'cfn']);
    assert.deepStrictEqual(pick(at('resource "aws_kinesis_firehose_delivery_stream" "x" {', 'aws_kinesis')), ['data-firehose', 'terraform']);
    assert.deepStrictEqual(pick(at('"Action": "s3:Get*"', 's3:')), ['s3', 'iam']);
    assert.deepStrictEqual(pick(at('Service: states.amazonaws.com', 'states')), ['step-functions', 'principal']);
    assert.deepStrictEqual(pick(at('aws s3 cp a s3://b/', 'aws s3')), ['s3', 'cli']);
    assert.deepStrictEqual(pick(at('from aws_cdk import aws_kinesis as kinesis', 'aws_kinesis')), ['kinesis-data-streams', 'cdk']);
    assert.deepStrictEqual(pick(at('We use Kinesis Data Firehose today.', 'Firehose')), ['data-firehose', 'name']);
  });

  it('resolves sub-features to themselves and knows their parent', () => {
    const m = at('An AWS Glue crawler updates partitions.', 'crawler');
    assert.strictEqual(m?.serviceId, 'glue-crawler');
    assert.strictEqual(kb.service('glue-crawler')?.parent, 'glue');
    assert.strictEqual(at('Query it with Redshift Spectrum on AWS.', 'Spectrum')?.serviceId, 'redshift-spectrum');
  });

  it('ignores ordinary words and open-source engines without AWS context', () => {
    for (const [text, word] of [['glue the pieces', 'glue'], ['the Lambda architecture', 'Lambda'], ['Athena the goddess', 'Athena'], ['we run Apache Kafka ourselves', 'Kafka'], ['f = lambda x: x', 'lambda'], ['set the batch size', 'batch']]) {
      assert.strictEqual(at(text, word), undefined, text);
    }
  });
});

describe('service matcher: file context, aliases and spans', () => {
  let kb: KnowledgeBase;
  before(() => { kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]); });
  const found = (text: string) => kb.matcher.scanText(text).map((m) => [m.text, m.serviceId, m.kind]);
  const hover = (text: string, needle: string) => {
    const lines = text.split('\n');
    const n = lines.findIndex((l) => l.includes(needle));
    return pick(kb.matcher.matchAt((k) => lines[k], n, lines[n].indexOf(needle) + 1, kb.matcher.fileContext(text)));
  };

  it('keeps ordinary files safe: batch, config, glue and lambda as words give nothing', () => {
    const text = 'Stir the glue.\n\nBake one batch at a time.\n\nThe config lives in a drawer.\n\nlambda is a Greek letter.\n\nGlue and Lambda, capitalised, are still words here.';
    assert.deepStrictEqual(found(text), []);
  });

  it('lets a clear mention anywhere in a file vouch for the short name far away', () => {
    const filler = Array.from({ length: 10 }, (_, i) => `Step ${i}: check the counts.`).join('\n');
    assert.deepStrictEqual(found(`Glue runs the nightly merge.\n${filler}`), []);
    assert.deepStrictEqual(found(`We moved the jobs to AWS Glue.\n${filler}\nGlue runs the nightly merge.`).map((m) => m[1]), ['glue', 'glue']);
  });

  it('treats a file that imports an AWS SDK as AWS context everywhere', () => {
    const text = ['import boto3', ...Array.from({ length: 12 }, () => 'x = 1'), '# copy the result to S3 and tell Redshift'].join('\n');
    assert.deepStrictEqual(found(text).map((m) => m[1]), ['s3', 'redshift']);
  });

  it('labels CDK modules by the longest known prefix, with the CDK kind', () => {
    assert.deepStrictEqual(hover("import * as patterns from 'aws-cdk-lib/aws-ecs-patterns';", 'aws-ecs'), ['ecs', 'cdk']);
    assert.deepStrictEqual(hover("import { NodejsFunction } from '@aws-cdk/aws-lambda-nodejs';", 'lambda'), ['lambda', 'cdk']);
    assert.deepStrictEqual(hover("import * as targets from 'aws-cdk-lib/aws-route53-targets';", 'route53'), ['route-53', 'cdk']);
    const py = 'from aws_cdk import (\n    aws_iam as iam,\n)\nrole = iam.Role(self, "R")';
    assert.deepStrictEqual(hover(py, 'aws_iam'), ['iam', 'cdk']);
    assert.deepStrictEqual(hover(py, 'iam.Role'), ['iam', 'cdk']);
  });

  it('binds aliases only through the file\'s own imports', () => {
    const ts = "import * as sfn from 'aws-cdk-lib/aws-stepfunctions';\nnew sfn.StateMachine(this, 'M');";
    assert.deepStrictEqual(hover(ts, 'sfn.State'), ['step-functions', 'cdk']);
    assert.strictEqual(hover("const sfn = require('./local');\nnew sfn.StateMachine(this, 'M');", 'sfn.State'), undefined);
  });

  it('trims trailing punctuation from URIs and ARNs', () => {
    assert.deepStrictEqual(found('e.g. [s3://bucket/key0, s3://bucket/key1].').map((m) => m[0]), ['s3://bucket/key0', 's3://bucket/key1']);
    assert.deepStrictEqual(found('see arn:aws:s3:::bucketname.').map((m) => m[0]), ['arn:aws:s3:::bucketname']);
  });

  it('never takes another tool\'s CLI for the AWS CLI', () => {
    const text = 'Deploy with boto3 scripts.\nRun the SAM CLI, the EB CLI or the (`cdk` CLI command) here.';
    assert.ok(!kb.matcher.scanText(text).some((m) => m.serviceId === 'aws-cli'));
  });
});

function pick(m: { serviceId: string; kind: string } | undefined): [string, string] | undefined {
  return m ? [m.serviceId, m.kind] : undefined;
}
