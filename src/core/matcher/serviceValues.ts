// Values AWS defines that name a service: Glue job arguments and log groups, the Fargate launch type, ECR Public's host,
// EventBridge event sources (`"aws.s3"`), Step Functions' error names and intrinsics, CodeDeploy's deployment
// configurations, Lambda's runtime variables, Glue sessions' notebook kernels, and quoted API enum values
// (`"EXPORT_REVISIONS_TO_S3"`). Split from infra.ts, which keeps the order the patterns run in.
import type { CodeSink } from './code';
import { ANY_SERVICE, camelWords, typeParts } from './classWords';
import { NOUNS } from './nameWords';

// AWS-defined CodeDeploy deployment configurations: CodeDeployDefault.LambdaAllAtOnce, CodeDeployDefault.OneAtATime.
export const CODEDEPLOY_CONFIG = /\bCodeDeployDefault\.[A-Za-z0-9]+/g;
// AWS-defined values that name a service: the Glue job argument that makes the Data Catalog the Hive
// metastore, and the Fargate capacity of ECS and AWS Batch (`PlatformCapability.FARGATE`, `LaunchType.FARGATE_SPOT`).
export const SERVICE_VALUES: [RegExp, string][] = [
  [/--enable-glue-datacatalog\b/g, 'glue-data-catalog'],
  [/\b(?:PlatformCapability|LaunchType|Compatibility)\.FARGATE(?:_SPOT)?\b/g, 'fargate'],
  // Glue's own log groups, `/aws-glue/jobs/output`, `/aws-glue/crawlers`.
  [/(?<![\w/-])\/aws-glue\/[a-z][a-z-]*/g, 'glue'],
  // ECR Public's registry host: `public.ecr.aws/sam/build-python3.12`.
  [/(?<![\w.-])public\.ecr\.aws\b/g, 'ecr'],
  // Lambda's own base images on it, `public.ecr.aws/lambda/dotnet:8` (round 18): the repository names Lambda too.
  [/(?<=(?<![\w.-])public\.ecr\.aws\/)lambda(?=\/)/g, 'lambda'],
  // The .NET Lambda tools' settings file, `aws-lambda-tools-defaults.json` (round 18), as `cdk.json` is the CDK's.
  [/(?<![\w.-])aws-lambda-tools-defaults\.json\b/g, 'lambda'],
  // The Bedrock API version an Anthropic request body names, `"anthropic_version": "bedrock-2023-05-31"` (round 18).
  [/(?<![\w.-])bedrock-20\d\d-\d\d-\d\d\b/g, 'bedrock'],
  // Lambda's own log groups, `/aws/lambda/<function>` (round 14), as Glue's are Glue's.
  [/(?<![\w/.-])\/aws\/lambda\/(?=[\w${.-])/g, 'lambda'],
  // The Glue ETL library's package and repository, `pip install git+https://github.com/awslabs/aws-glue-libs.git` (round 14).
  [/(?<![\w.-])aws-glue-libs\b/g, 'glue'],
  // The Data Catalog's fixed catalog of S3 table buckets, `s3tablescatalog/<table-bucket>` (round 16), a name AWS defines.
  [/(?<![\w-])s3tablescatalog\b/g, 's3-tables'],
];
/** The text one of SERVICE_VALUES needs (literals.ts finds them in the sink's one pass). */
export const SERVICE_VALUE_HINTS = ['--enable-glue', '.FARGATE', '/aws-glue/', 'ecr.aws', 'aws-lambda-tools', 'bedrock-20', '/aws/lambda/', 'aws-glue-libs', 's3tablescatalog'] as const;
// AWS-defined names that carry a service's namespace: EventBridge event sources (`"source": "aws.s3"`),
// Step Functions' error names and intrinsic functions (`"States.ALL"`, `States.Format(`), the CDK's
// template metadata (`aws:cdk:path`).
export const EVENT_SOURCE = /(["'])aws\.([a-z][a-z0-9-]*)\1/g;
export const STATES_NAME = /(?<![\w.$])States\.[A-Z][A-Za-z]+(?=["'(])/g;
// An AWS API enum value in an AWS file: `"EXPORT_REVISIONS_TO_S3"`, `Type='IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES'`,
// `"IMAGE_LAMBDA_FUNCTION"` (an English name such as LAMBDA only before one of its nouns). Keys (`"S3_BUCKET":`),
// environment lookups (`os.environ["S3_BUCKET"]`) and setting names (`…_BUCKET`, `…_NAME`) are the program's own.
export const ENUM_VALUE = /(["'])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\1/g;
const ENUM_OWN_NAME = /_(?:NAME|ARN|ID|URL|URI|PATH|BUCKET|PREFIX|KEY|REGION|ENDPOINT|TABLE|QUEUE|TOPIC|ROLE|HOST|PORT|DIR|FILE|ACCOUNT|CLUSTER|DATABASE|DB|SECRET|PROFILE|VAR|ENV|USER|USERNAME|PWD|PASSWORD|TOKEN)$/;
export const LAMBDA_ENV = /\bAWS_LAMBDA_[A-Z_]+\b|\bLAMBDA_TASK_ROOT\b/g;
// Notebook kernels of Glue interactive sessions: `"name": "glue_pyspark"`, `"languageId": "python_glue_session"`.
// Case as the notebook writes it: `"name": "Python_Glue_Session"` too (round 18).
export const GLUE_KERNEL = /"(?:name|display_name|language|languageId)"\s*:\s*"((?:python|scala)_glue_session|glue_(?:py)?spark|glue_ray|glue (?:py)?spark|glue ray)"/gi;


function enumValue(s: CodeSink, m: RegExpExecArray): void {
  const { line } = s;
  const before = line.slice(0, m.index);
  if (!/(?:[=:,[(]|^)\s*$/.test(before) || /(?:environ|getenv|env|ENV|Env)\s*(?:\[|\(|\.get\()\s*$/.test(before)) return;
  if (/^\s*:/.test(line.slice(m.index + m[0].length)) || ENUM_OWN_NAME.test(m[2])) return;
  const words = m[2].split('_');
  const camel = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join('');
  for (const p of typeParts(camel, s.r, ANY_SERVICE, true)) {
    // Offsets in the CamelCase form are the word's offsets less the underscores before it.
    const first = camelWords(camel).findIndex((w) => w.at === p.at);
    const last = camelWords(camel).findIndex((w) => w.at >= p.at + p.length);
    const next = last >= 0 ? words[last].toLowerCase() : '';
    if (p.ambiguous && !NOUNS[p.serviceId]?.includes(next)) continue;
    const start = m.index + 1 + words.slice(0, first).reduce((n, w) => n + w.length + 1, 0);
    const text = words.slice(first, last >= 0 ? last : words.length).join('_');
    s.add(p.serviceId, 'sdk', start, text);
  }
}

export function onCodedeployConfig(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  // The configuration names its compute platform: `CodeDeployDefault.LambdaAllAtOnce`, `…ECSCanary10Percent5Minutes`.
  const parts = typeParts(m[0].slice('CodeDeployDefault.'.length), r, ANY_SERVICE, true).filter((p) => p.at === 0);
  s.add(s.known('codedeploy'), 'cli', m.index, parts.length ? 'CodeDeployDefault' : m[0]);
  for (const p of parts) s.add(p.serviceId, 'cli', m.index + 'CodeDeployDefault.'.length, m[0].slice('CodeDeployDefault.'.length).slice(0, p.length));
}

export function onEventSource(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.arnService(m[2]), 'sdk', m.index + 1, m[0].slice(1, -1));
}

export function onStatesName(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.arnService('states'), 'sdk', m.index, m[0]);
}

export function onEnumValue(m: RegExpExecArray, s: CodeSink): void {
  enumValue(s, m);
}

export function onLambdaEnv(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('lambda'), 'sdk', m.index, m[0]);
}

export function onGlueKernel(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('boto3', 'glue'), 'sdk', m.index + m[0].lastIndexOf(m[1]), m[1]);
}
