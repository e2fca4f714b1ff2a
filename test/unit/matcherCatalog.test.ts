import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { NOTES_DIR, TEST_DATA_DIR } from './paths';

// Every identifier family of every service in the reference table, recognised by the matcher as that service:
// its boto3 client, SDK v3 package, Java v2 / Go v2 / Rust SDK package, CloudFormation namespace or types, Terraform
// prefix or types, IAM prefix, ARN, `aws <cli>` command, endpoint host and CDK module (TypeScript, Python, Java), each
// in a line of the idiom it is written in. An identifier the table gives to several
// services (`glue` for Glue and its parts) may resolve to any of them.
const PROBES: Record<string, (t: string) => string> = {
  boto3_clients: (t) => `import boto3\nclient = boto3.client("${t}")`,
  js_sdk_v3_packages: (t) => `import { Thing } from "${t}";`,
  java_v2: (t) => `import software.amazon.awssdk.services.${t}.model.Thing;`,
  cfn_namespace: (t) => `Resources:\n  Thing:\n    Type: ${t.endsWith('::') ? t + 'Thing' : t}`,
  terraform_prefixes: (t) => `resource "${t.endsWith('_') ? t + 'thing' : t}" "this" {}`,
  iam_namespace: (t) => `{ "Effect": "Allow", "Action": "${t}:List*" }`,
  arn: (t) => `"Resource": "arn:aws:${t}:us-east-1:123456789012:thing/x"`,
  cli: (t) => `aws ${t} list-things --max-items 5`,
  endpoint: (t) => `url = "https://${t}.us-east-1.amazonaws.com"`,
  go_v2: (t) => `import "github.com/aws/aws-sdk-go-v2/service/${t}"`,
  rust: (t) => `use aws_sdk_${t}::Client;`,
  cdk_ts: (t) => `import * as x from 'aws-cdk-lib/${t}';`,
  cdk_python: (t) => `from aws_cdk import ${t.replace(/-/g, '_')} as x`,
  cdk_java: (t) => `import software.amazon.awscdk.services.${t.slice('aws-'.length)}.Thing;`,
};
// Decisions the table makes otherwise, each for a reason: a Glue job is Glue's, not Glue Studio's (the console that
// can write one); the table gives `cloudtrail-data` to CloudTrail as well as to CloudTrail Lake.
const DECIDED = new Set(['glue-studio cfn_namespace AWS::Glue::Job', 'glue-studio terraform_prefixes aws_glue_job',
  'cloudtrail-lake boto3_clients cloudtrail-data', 'cloudtrail-lake endpoint cloudtrail-data',
  // The CDK's aws-kinesisanalytics module holds the Flink (v2) application as well as the SQL one: the Flink note claims it.
  ...['cdk_ts', 'cdk_python', 'cdk_java'].map((f) => `kinesis-data-analytics-sql ${f} aws-kinesisanalytics`)]);
// What an identifier of each family looks like (the table's cells also hold prose: "no vault resource type").
const SHAPE: Record<string, RegExp> = {
  cfn_namespace: /^AWS::[A-Za-z0-9:]+$/, terraform_prefixes: /^aws_[a-z0-9_]+$/, js_sdk_v3_packages: /^@aws-sdk\/[a-z0-9-]+$/,
};
const WORD = /^[a-z][a-z0-9-]*$/;

function readReference(): Record<string, string>[] {
  const [header, ...rows] = fs.readFileSync(path.join(TEST_DATA_DIR, 'service-reference.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
}

/** A cell's identifiers: ';'-separated, notes in parentheses dropped, doubtful ('?') ones and prose skipped. */
function tokens(cell: string, family = ''): string[] {
  return cell.split(';').map((t) => t.trim()).filter((t) => t && !t.includes('?'))
    .map((t) => t.replace(/\s*\(.*?\)\s*/g, ' ').trim().split(/\s+/)[0]).filter((t) => (SHAPE[family] ?? WORD).test(t));
}

describe('service matcher: every identifier family of every service in the catalog', () => {
  let kb: KnowledgeBase;
  before(() => { kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]); });

  it('recognises each service\'s SDK, CloudFormation, Terraform, IAM, ARN, CLI, endpoint and CDK identifiers as that service', () => {
    const ref: Record<string, string>[] = readReference().map((row) => {
      // The Java v2, Go v2 and Rust SDKs name a service's package as the SDK v3 names its client, without hyphens
      // (client-cloudwatch-logs → cloudwatchlogs); ARNs use the IAM prefix; the CLI and endpoints the boto3 name.
      const sdk = tokens(row.js_sdk_v3_packages, 'js_sdk_v3_packages').map((p) => p.replace('@aws-sdk/client-', '').replace(/-/g, '')).join(';');
      // The CDK names a module after the CloudFormation namespace (AWS::KinesisFirehose:: → aws-kinesisfirehose), SAM's aws-sam.
      const cdk = tokens(row.cfn_namespace, 'cfn_namespace').filter((t) => /^AWS::[A-Za-z0-9]+::$/.test(t))
        .map((t) => (t === 'AWS::Serverless::' ? 'aws-sam' : 'aws-' + t.slice('AWS::'.length, -2).toLowerCase())).join(';');
      return { ...row, java_v2: sdk, go_v2: sdk, rust: sdk, arn: row.iam_namespace, cli: row.boto3_clients, endpoint: row.boto3_clients, cdk_ts: cdk, cdk_python: cdk, cdk_java: cdk };
    });
    const problems: string[] = [];
    let checked = 0;
    const services = new Set<string>();
    for (const row of ref) {
      for (const [family, probe] of Object.entries(PROBES)) {
        for (const t of tokens(row[family] ?? '', family)) {
          const owners = new Set(ref.filter((o) => tokens(o[family] ?? '', family).includes(t)).map((o) => o.id));
          const got = [...new Set(kb.matcher.scanText(probe(t)).map((m) => m.serviceId))];
          checked++;
          services.add(row.id);
          if (!got.some((g) => owners.has(g)) && !DECIDED.has(`${row.id} ${family} ${t}`)) problems.push(`${row.id}: ${family} ${t} → ${got.join(', ') || 'nothing'}`);
        }
      }
    }
    assert.deepStrictEqual(problems, []);
    console.log(`      ${checked} identifiers of ${services.size} services checked`);
    assert.ok(checked > 1500 && services.size > 110, `${checked} identifiers of ${services.size} services checked`);
  });

  it('recognises every CLI name, principal, CDK module, library namespace and URI scheme a note claims, in its idiom', () => {
    const probes: Record<string, (t: string) => string> = {
      cli: (t) => `aws ${t} list-things --max-items 5`,
      principal: (t) => `"Principal": { "Service": "${t}" }`,
      cdk: (t) => `import * as x from 'aws-cdk-lib/${t}';`,
      package: (t) => `import ${t}.Thing;`,
      uri: (t) => `path = "${t}://bucket/key"`,
    };
    const claimants = new Map<string, string[]>();
    const services = [...kb.services.values()];
    for (const s of services) for (const [kind, ids] of Object.entries(s.identifiers)) for (const t of ids ?? []) claimants.set(`${kind} ${t}`, [...(claimants.get(`${kind} ${t}`) ?? []), s.id]);
    const problems: string[] = [];
    let checked = 0;
    for (const s of services) {
      for (const [kind, ids] of Object.entries(s.identifiers)) {
        const probe = probes[kind];
        if (!probe) continue;
        for (const t of ids ?? []) {
          checked++;
          const got = [...new Set(kb.matcher.scanText(probe(t)).map((m) => m.serviceId))];
          if (!got.some((g) => claimants.get(`${kind} ${t}`)!.includes(g))) problems.push(`${s.id}: ${kind} ${t} → ${got.join(', ') || 'nothing'}`);
        }
      }
    }
    assert.deepStrictEqual(problems, []);
    assert.ok(checked > 300, `${checked} claims checked`);
  });
});
