// The CDK's identifiers outside an import of a named class: module paths in every language (`aws-cdk-lib/aws-ecs`,
// `aws_cdk.aws_kinesis`, Go's `awscdk/v2/awss3`, Java's `software.amazon.awscdk.services.ecs.patterns`), the CDK's own
// libraries and package, L1 constructs (`kms.CfnKey`), helper modules named in prose (`ecs-patterns`), its template
// metadata, output folder and config file. Split from infra.ts, which keeps the order the patterns run in.
import type { CodeSink } from './code';

// The CDK's helper modules named in prose without their `aws-` prefix ("the ecs-patterns module", "an ecs-pattern"):
// only these names, each one module of aws-cdk-lib, so a hyphenated word of the program's own stays a word.
export const CDK_HELPER_MODULE = /(?<![\w@/.-])((?:ecs-pattern|route53-target|events-target|sns-subscription|s3-notification|cloudwatch-action|lambda-destination|lambda-event-source|elasticloadbalancingv2-target|apigatewayv2-integration)s?)(?![\w/-]|\.\w)/g;
// Not a tag key the CDK writes, `"Key": "aws-cdk:subnet-name"` (round 17): tag keys are no mention.
export const CDK_PACKAGE = /(?<![\w@/.-])aws-cdk(?![\w/:-])/g;
// aws-cdk-lib/aws-ecs, @aws-cdk/aws-lambda-nodejs, aws_cdk.aws_kinesis, `import aws_kinesis`, `, aws_sqs`,
// github.com/aws/aws-cdk-go/awscdk/v2/awss3notifications
const CDK_MODULE = /(?:aws-cdk-lib\/|@aws-cdk\/|aws_cdk\.|import\s+(?!aws_cdk\.)|,\s*|awscdk\/v2\/)(aws[-_]?[a-z0-9_-]+)/g;
// The CDK itself: its own libraries (@aws-cdk/core, @aws-cdk/assert, aws-cdk-lib/assertions), aws_cdk, Go's awscdk
// and its own packages (`awscdk/v2/assertions`; `awscdk/v2/awss3` is S3's module).
// `from aws_cdk import aws_ec2 as ec2` names EC2 alone (a module import is its module's, as `aws-cdk-lib/aws-ecs` is).
// `software.amazon.awscdk.examples` is the CDK examples' own Java package, a project's name.
const CDK_CORE = /(?:(?:@aws-cdk|aws-cdk-lib)\/(?!aws-)[a-z0-9-]+|\baws_cdk\b(?!\.aws_|\s+import\s+(?:aws_\w+(?:\s+as\s+\w+)?\s*,?\s*)+$)|\bawscdk\b(?=\/v2(?:\/(?!aws)[a-z0-9]+)?"|\.(?!services\.|examples\b)))/g;
// Java and Kotlin CDK modules, `software.amazon.awscdk.services.ecs.patterns`: the module `aws-ecs-patterns`.
const CDK_JAVA_MODULE = /\bsoftware\.amazon\.awscdk\.services\.([a-z0-9]+)((?:\.[a-z0-9]+(?=\.))*)/g;
const CDK_GO_ALPHA = /\bawscdk([a-z0-9]+?)alpha\b/g;
// A CDK L1 construct under its module's service name, in prose or code: `dynamodb.CfnGlobalTable`, `kms.CfnKey`.
// The `Cfn` prefix is the CDK's own, so the module name needs no import to vouch for it.
export const CDK_L1 = /(?<![\w$.])([a-z][a-z0-9]*)\.Cfn[A-Z][A-Za-z0-9]*/g;
/** The suffixes CDK_HELPER_MODULE's names end with, as literals for the same pass. */
export const HELPER_SUFFIXES = ['-pattern', '-target', '-subscription', '-notification', '-action', '-destination', '-source', '-integration'] as const;
export const CDK_METADATA = /\baws:cdk:[a-z][a-z-]*/g;
export const CDK_OUT = /(?<![\w./-])cdk\.out\b/g;
// The CDK's own config file, `cdk.json` (its name, not a folder of the program's), and the artifact types of a cloud
// assembly's manifest (`"type": "cdk:tree"`, `"cdk:asset-manifest"`): the CDK's names, as `aws:cdk:path` is.
export const CDK_FILES = /(?<![\w.-])cdk\.json\b|(?<=["']type["']\s*:\s*["'])cdk:[a-z][a-z-]*(?=["'])/g;
const CDK_BLOCK_LINE = /^\s*(aws_[a-z0-9_]+)\b/;

/** The CDK module paths, the CDK's own libraries and the lines of a multi-line `from aws_cdk import (…)` on the sink's line. */
export function cdkModuleMatches(s: CodeSink): void {
  const { line, r } = s;
  let m: RegExpExecArray | null;
  const inBlock = s.file.cdkBlockLines.has(s.lineNo);
  if (inBlock) {
    const b = CDK_BLOCK_LINE.exec(line);
    if (b) s.add(r.cdkModule(b[1]), 'cdk', line.indexOf(b[1]), b[1]);
    // CDK v1's `core` module, imported in the same block: the CDK itself.
    const core = /^\s*core\b(?!\s*\.)/.exec(line);
    if (core && r.services.has('cdk')) s.add('cdk', 'cdk', core[0].length - 4, 'core');
  }
  if (!inBlock && !/aws-cdk-lib|aws_cdk|@aws-cdk\/|awscdk/.test(line)) return;
  CDK_MODULE.lastIndex = 0;
  while ((m = CDK_MODULE.exec(line)) && m.index <= s.until) {
    const mod = m[1];
    if (!/^aws[-_]/.test(mod) && !/awscdk\/v2\/$/.test(m[0].slice(0, -mod.length))) continue;
    const id = r.cdkModule(mod);
    // The whole path is the module's name: `aws-cdk-lib/aws-ecs` is ECS, not the CDK.
    const prefix = /^(?:aws-cdk-lib\/|@aws-cdk\/)/.test(m[0]) ? m[0].slice(0, m[0].length - mod.length) : '';
    const start = m.index + m[0].length - mod.length - prefix.length;
    s.add(id, 'cdk', start, prefix + mod);
  }
  CDK_CORE.lastIndex = 0;
  while ((m = CDK_CORE.exec(line)) && m.index <= s.until) s.add(r.services.has('cdk') ? 'cdk' : undefined, 'cdk', m.index, m[0]);
  CDK_JAVA_MODULE.lastIndex = 0;
  while ((m = CDK_JAVA_MODULE.exec(line)) && m.index <= s.until) s.add(r.cdkModule('aws-' + m[1] + m[2].replace(/\./g, '-')), 'cdk', m.index, m[0]);
  CDK_GO_ALPHA.lastIndex = 0;
  while ((m = CDK_GO_ALPHA.exec(line)) && m.index <= s.until) s.add(r.cdkModule('aws' + m[1]), 'cdk', m.index, m[0]);
}

export function onCdkL1(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.cdkModule('aws-' + m[1]), 'cdk', m.index, m[0]);
}

export function onCdkMetadata(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cdk'), 'cdk', m.index, m[0]);
}

export function onCdkOut(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cdk'), 'cli', m.index, m[0]);
}

export function onCdkFiles(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cdk'), 'cli', m.index, m[0]);
}

export function onCdkHelperModule(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.cdkModule('aws-' + m[1].replace(/s$/, '') + 's'), 'cdk', m.index, m[0]);
}

export function onCdkPackage(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cdk'), 'cdk', m.index, m[0]);
}
