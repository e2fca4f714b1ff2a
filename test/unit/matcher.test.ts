import * as assert from 'assert';
import * as path from 'path';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { ServiceMatcher } from '../../src/core/matcher';
import { loadLabelledMentions, MentionScore, scoreMentions } from '../support/mentions';
import { NOTES_DIR, TEST_DATA_DIR } from './paths';

describe('service matcher', () => {
  let kb: KnowledgeBase;
  before(() => { kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]); });

  const report = (name: string, r: MentionScore) => {
    console.log(`      ${name}: ${r.lines} lines, ${r.tp + r.fn} expected mentions; precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}`);
    if (r.errors.length) console.log(r.errors.map((e) => '        ' + e).join('\n'));
    assert.deepStrictEqual(r.unknownIds, [], 'labels name services the catalog does not have');
  };

  it('regression: precision and recall of at least 0.99 on the set written with the matcher', () => {
    const r = scoreMentions(kb, loadLabelledMentions(path.join(TEST_DATA_DIR, 'mentions')));
    report('labelled set', r);
    assert.ok(r.lines >= 150, `only ${r.lines} labelled lines`);
    assert.ok(r.precision >= 0.99, `precision ${r.precision.toFixed(3)}`);
    assert.ok(r.recall >= 0.99, `recall ${r.recall.toFixed(3)}`);
  });

  it('held-out set (never tuned on): precision ≥ 0.95 and recall ≥ 0.90', () => {
    const r = scoreMentions(kb, loadLabelledMentions(path.join(TEST_DATA_DIR, 'heldout', 'mentions')));
    report('held-out set', r);
    assert.ok(r.tp + r.fn >= 60, `only ${r.tp + r.fn} held-out mentions`);
    assert.ok(r.precision >= 0.95, `precision ${r.precision.toFixed(3)}`);
    assert.ok(r.recall >= 0.9, `recall ${r.recall.toFixed(3)}`);
  });

  it('answers a hover exactly as the whole-file scan does, at every position of the labelled files', () => {
    let checked = 0;
    for (const f of loadLabelledMentions(path.join(TEST_DATA_DIR, 'mentions'))) {
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

  it('skips a text (mayMention false) only where the line scan finds no candidate at all', () => {
    let skipped = 0;
    for (const f of loadLabelledMentions(path.join(TEST_DATA_DIR, 'mentions'))) {
      for (const line of f.text.split('\n')) {
        if (kb.matcher.mayMention(line)) continue;
        skipped++;
        assert.deepStrictEqual(kb.matcher.scanLine(line).matches, [], `${f.name}: ${JSON.stringify(line)}`);
      }
    }
    assert.ok(skipped > 20, `only ${skipped} lines skipped`);
    assert.strictEqual(kb.matcher.mayMention('the team wants fewer moving parts'), false);
    assert.strictEqual(kb.matcher.mayMention('load it with Glue'), true);
    assert.strictEqual(kb.matcher.mayMention('client = make_client()'), true, 'a code hint takes the full scan');
    assert.strictEqual(kb.matcher.mayMention('first line\nsecond line'), true, 'several lines take the full scan');
  });

  it('loads from its precomputed tables (the catalog snapshot of the build) and matches exactly the same', () => {
    const tables = JSON.parse(JSON.stringify(kb.matcher.toTables()));
    const loaded = new ServiceMatcher(kb.services.values(), tables);
    for (const f of loadLabelledMentions(path.join(TEST_DATA_DIR, 'mentions'))) assert.deepStrictEqual(loaded.scanText(f.text), kb.matcher.scanText(f.text), f.name);
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
    assert.deepStrictEqual(pick(at('aws s3 cp a s3://b/', 'aws s3')), ['aws-cli', 'cli']);
    assert.deepStrictEqual(pick(at('aws s3 cp a s3://b/', 's3 cp')), ['s3', 'cli']);
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

  it('reads a capitalised ambiguous name that opens a sentence and takes an object as a verb', () => {
    const text = 'import boto3\n# Backup the staging tables first.\n# Batch these writes in tens.\nAWS Backup copies the vault nightly.';
    assert.deepStrictEqual(found(text).map((m) => m[1]), ['backup']);
  });

  it('gives a feature whose name contains another service\'s name to its owner', () => {
    assert.deepStrictEqual(found('Thumbnails come from S3 Object Lambda on the fly; S3 Batch Operations retags old keys.').map((m) => m[1]), ['s3', 's3']);
  });

  it('keeps variables out: subscripts and markdown-escaped identifiers', () => {
    assert.deepStrictEqual(found('import boto3\nstarted = crawler["LastRun"]'), []);
    assert.deepStrictEqual(found('| [ecr\\_keep\\_tags](#input\\_ecr\\_keep\\_tags) | hashicorp/aws |'), []);
    assert.deepStrictEqual(found('import boto3\nexamples: dotnetv3/Glue, docs at apidocs/items/Athena/Query.html; Glue/Athena both read it').map((m) => m[0]), ['Glue', 'Athena']);
  });

  it('finds the lower-case misspelling "secretmanager" only with AWS context', () => {
    assert.deepStrictEqual(found('import boto3\n# the token lives in secretmanager for now').map((m) => m[1]), ['secrets-manager']);
    assert.deepStrictEqual(found('# the token lives in secretmanager for now'), []);
  });

  it('maps awswrangler module names in its import lists and __all__ as wr.<module>', () => {
    const py = 'from awswrangler import (\n    catalog,\n    data_quality,\n    mysql,\n)\n__all__ = [\n    "catalog",\n    "opensearch",\n    "mysql",\n]';
    assert.deepStrictEqual(found(py), [['catalog', 'glue-data-catalog', 'sdk'], ['data_quality', 'glue-data-quality', 'sdk'], ['catalog', 'glue-data-catalog', 'sdk']]);
    assert.deepStrictEqual(hover(py, '"catalog"'), ['glue-data-catalog', 'sdk']);
    assert.deepStrictEqual(found('from awswrangler import athena, opensearch\n__all__ = ["athena", "opensearch"]').map((m) => m[1]), ['athena', 'opensearch-service', 'athena', 'opensearch-service']);
  });

  it('knows the CDK and SAM in package.json scripts and the CDK\'s own packages', () => {
    const pkg = '{\n  "author": "sam",\n  "scripts": {\n    "cdk": "cdk",\n    "up": "npm ci && sam sync --watch"\n  },\n  "devDependencies": { "@aws-cdk/assertions": "*" }\n}';
    assert.deepStrictEqual(found(pkg).map((m) => [m[0], m[1]]), [['cdk', 'cdk'], ['sam sync', 'sam'], ['@aws-cdk/assertions', 'cdk']]);
    assert.deepStrictEqual(hover(pkg, '"cdk",'), ['cdk', 'cli']);
    assert.strictEqual(hover(pkg, 'sam"'), undefined);
  });

  it('names CloudFormation by its template version key and SDK services by their model types', () => {
    assert.deepStrictEqual(found('AWSTemplateFormatVersion: "2010-09-09"').map((m) => m[1]), ['cloudformation']);
    assert.deepStrictEqual(found('} catch (AmazonS3Exception ex) { retry(new AmazonSQSConfig()); }').map((m) => m[1]), ['s3', 'sqs']);
    assert.deepStrictEqual(found('} catch (AmazonServiceException ex) { }'), []);
  });

  it('binds a Terraform module named as the registry module it instantiates', () => {
    const tf = 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\nmodule "logs_bucket" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n}\nsubnets = module.vpc.private_subnets\nname = module.logs_bucket.s3_bucket_id';
    assert.deepStrictEqual(found(tf).map((m) => [m[0], m[1]]), [['vpc', 'vpc'], ['terraform-aws-modules/vpc/aws', 'vpc'], ['terraform-aws-modules/s3-bucket/aws', 's3'], ['module.vpc', 'vpc']]);
    assert.deepStrictEqual(found('See [the examples](https://github.com/terraform-aws-modules/terraform-aws-lambda/tree/master/examples).'), []);
  });

  it('reads service keys over API operations in SDK example metadata', () => {
    assert.deepStrictEqual(found('  services:\n    sqs: {SendMessage, ReceiveMessage}\n    settings: {Verbose}').map((m) => [m[0], m[1]]), [['sqs', 'sqs']]);
  });

  it('never takes another tool\'s CLI for the AWS CLI', () => {
    const text = 'Deploy with boto3 scripts.\nRun the SAM CLI, the EB CLI or the (`cdk` CLI command) here.';
    assert.ok(!kb.matcher.scanText(text).some((m) => m.serviceId === 'aws-cli'));
  });
});

function pick(m: { serviceId: string; kind: string } | undefined): [string, string] | undefined {
  return m ? [m.serviceId, m.kind] : undefined;
}
