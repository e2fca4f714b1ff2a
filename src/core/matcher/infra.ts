// Infrastructure and operations identifiers: CloudFormation and SAM types, Terraform resource types and
// registry modules, CDK modules (TypeScript, Python, Go), ARNs, IAM actions, service principals and
// endpoints, the AWS, CDK and SAM command lines, s3:// URIs, and SAM / Serverless Framework event sources.
import type { CodeSink } from './code';
import { eachMatch } from './eachMatch';
import { ANY_SERVICE, camelWords, typeParts } from './classWords';
import { NOUNS } from './nameWords';
import { trimTrailing } from './text';
import { CODE_LITERALS, LINE_LITERALS } from './literals';

const CFN_TYPE = /\b(AWS::[A-Za-z0-9]+)(::[A-Za-z0-9]+(?:::[A-Za-z0-9]+)?)?/g;
const TF_TYPE = /\b(aws_[a-z0-9_]+)\b(?!::)/g;
const TF_MODULE = /\bterraform-aws-(?!modules\b)([a-z0-9-]+)|\bterraform-aws-modules\/([a-z0-9-]+)\/aws\b/g;
const ARN = /\barn:aws(?:-cn|-us-gov|-iso[a-z-]*)?:([a-z0-9-]+):[^\s"'`,}\]<>]*/g;
const IAM_ACTION = /(^|[\s"'`[,(=])([a-z][a-z0-9-]*):([A-Z*][A-Za-z0-9*]*)(?=$|[\s"'`,\]);}(.:])/g;
// `glue.${AWS::Region}.amazonaws.com`: a substituted label (`${…}`, `%s`, Go's `%v`) stands for a Region or account.
const CLOUDFRONT_HOST = /(?<![\w.$-])[a-z0-9]{6,20}\.cloudfront\.net\b/g;
const AWS_HOST = /(?<![\w.$-])((?:(?:\$\{[^}\s]*\}|%[sv]|[A-Za-z0-9_${}-])+\.)+)amazonaws\.com(?:\.cn)?\b/g;
const AWS_CLI = /(?:^|[\s`"'!$;&|(])aws\s+(?:--[a-z-]+(?:\s+[^\s-][^\s]*)?\s+)*([a-z0-9-]+)(\s+[a-z][a-z0-9-]*)/g;
// An operation of the AWS CLI: hyphenated (`start-session`, `list-stacks`) or one of its one-word commands. Prose
// such as "an aws lambda function" or "the aws glue job" names the service, not the CLI.
const CLI_OPERATION = /^\s+(?:[a-z0-9]+-[a-z0-9-]+|ls|cp|mv|rm|sync|mb|rb|presign|website|invoke|tail|wait|help|deploy|package|push|pull)$/;
const AWS_CLI_ITSELF = /(?:^|[\s`"'!$;&|(])(aws\s+(?:--version|configure)\b)/g;
// The CDK's helper modules named in prose without their `aws-` prefix ("the ecs-patterns module", "an ecs-pattern"):
// only these names, each one module of aws-cdk-lib, so a hyphenated word of the program's own stays a word.
const CDK_HELPER_MODULE = /(?<![\w@/.-])((?:ecs-pattern|route53-target|events-target|sns-subscription|s3-notification|cloudwatch-action|lambda-destination|lambda-event-source|elasticloadbalancingv2-target|apigatewayv2-integration)s?)(?![\w/-]|\.\w)/g;
const TOOL_CLI = /(?:^|[\s`"'$;&|(>])((cdk|sam)\s+(?:deploy|synth|bootstrap|diff|destroy|init|ls|list|watch|build|local|validate|sync|delete|package|logs|doctor|import|context|publish|pipeline|remote|--version)\b)/g;
// The Lambda tools for .NET (`dotnet tool install -g Amazon.Lambda.Tools`): `dotnet lambda deploy-function`.
// Also quoted, as the tools' own defaults file lists it (`"dotnet lambda help",`).
const DOTNET_LAMBDA = /(?:^|[\s`"'$;&|(])(dotnet\s+lambda)\s+[a-z][a-z-]*/g;
// Not a tag key the CDK writes, `"Key": "aws-cdk:subnet-name"` (round 17): tag keys are no mention.
const CDK_PACKAGE = /(?<![\w@/.-])aws-cdk(?![\w/:-])/g;
const CFN_TEMPLATE = /\bAWSTemplateFormatVersion\b/g;
// package.json scripts: `"cdk": "cdk"`, `"deploy": "npm run build && npx cdk deploy"`.
const SCRIPT_TOOL = /(?:"\s*:\s*"|&&|;|\|\||\bnpx)\s*(cdk|sam)(?=["\s])/g;
// SDK example metadata: a service key over its API operations, `glacier: {ListTagsForVault, ListVaults}`.
const SERVICE_OPERATIONS = /^\s*([a-z][a-z0-9-]*):\s*\{\s*((?:List|Get|Put|Create|Delete|Describe|Update|Start|Stop|Send|Receive|Invoke|Run|Upload|Download|Initiate|Set|Tag|Untag|Batch|Query|Scan|Copy|Publish|Subscribe|Execute|Register|Enable|Disable|Import|Export|Attach|Detach|Add|Remove|Modify|Restore|Search)[A-Z][A-Za-z0-9]*(?:\s*,\s*[A-Z][A-Za-z0-9]*)*)\s*\}\s*$/;
const TF_MODULE_REF = /\bmodule\.([A-Za-z_][\w-]*)/g;
const TF_MODULE_DECL = /^\s*module\s+"([\w-]+)"/;
const S3_URI = /\b(s3a?|s3n):\/\/[^\s"'`)]*/g;
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
const CDK_L1 = /(?<![\w$.])([a-z][a-z0-9]*)\.Cfn[A-Z][A-Za-z0-9]*/g;
// AWS-defined CodeDeploy deployment configurations: CodeDeployDefault.LambdaAllAtOnce, CodeDeployDefault.OneAtATime.
const CODEDEPLOY_CONFIG = /\bCodeDeployDefault\.[A-Za-z0-9]+/g;
// AWS-defined values that name a service: the Glue job argument that makes the Data Catalog the Hive
// metastore, and the Fargate capacity of ECS and AWS Batch (`PlatformCapability.FARGATE`, `LaunchType.FARGATE_SPOT`).
const SERVICE_VALUES: [RegExp, string][] = [
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
const SERVICE_VALUE_HINTS = ['--enable-glue', '.FARGATE', '/aws-glue/', 'ecr.aws', 'aws-lambda-tools', 'bedrock-20', '/aws/lambda/', 'aws-glue-libs', 's3tablescatalog'] as const;
/** The suffixes CDK_HELPER_MODULE's names end with, as literals for the same pass. */
const HELPER_SUFFIXES = ['-pattern', '-target', '-subscription', '-notification', '-action', '-destination', '-source', '-integration'] as const;
// A Lambda function URL's host, `<url-id>.lambda-url.us-east-1.on.aws` (round 16): an endpoint, in a web address too.
const LAMBDA_URL_HOST = /(?<![\w.-])[A-Za-z0-9-]+\.lambda-url\.[a-z0-9-]+\.on\.aws\b/g;
// AWS-defined names that carry a service's namespace: EventBridge event sources (`"source": "aws.s3"`),
// Step Functions' error names and intrinsic functions (`"States.ALL"`, `States.Format(`), the CDK's
// template metadata (`aws:cdk:path`).
const EVENT_SOURCE = /(["'])aws\.([a-z][a-z0-9-]*)\1/g;
const STATES_NAME = /(?<![\w.$])States\.[A-Z][A-Za-z]+(?=["'(])/g;
const CDK_METADATA = /\baws:cdk:[a-z][a-z-]*/g;
// An AWS API enum value in an AWS file: `"EXPORT_REVISIONS_TO_S3"`, `Type='IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES'`,
// `"IMAGE_LAMBDA_FUNCTION"` (an English name such as LAMBDA only before one of its nouns). Keys (`"S3_BUCKET":`),
// environment lookups (`os.environ["S3_BUCKET"]`) and setting names (`…_BUCKET`, `…_NAME`) are the program's own.
const ENUM_VALUE = /(["'])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\1/g;
const ENUM_OWN_NAME = /_(?:NAME|ARN|ID|URL|URI|PATH|BUCKET|PREFIX|KEY|REGION|ENDPOINT|TABLE|QUEUE|TOPIC|ROLE|HOST|PORT|DIR|FILE|ACCOUNT|CLUSTER|DATABASE|DB|SECRET|PROFILE|VAR|ENV|USER|USERNAME|PWD|PASSWORD|TOKEN)$/;
const CDK_OUT = /(?<![\w./-])cdk\.out\b/g;
// The CDK's own config file, `cdk.json` (its name, not a folder of the program's), and the artifact types of a cloud
// assembly's manifest (`"type": "cdk:tree"`, `"cdk:asset-manifest"`): the CDK's names, as `aws:cdk:path` is.
const CDK_FILES = /(?<![\w.-])cdk\.json\b|(?<=["']type["']\s*:\s*["'])cdk:[a-z][a-z-]*(?=["'])/g;
const LAMBDA_ENV = /\bAWS_LAMBDA_[A-Z_]+\b|\bLAMBDA_TASK_ROOT\b/g;
// Notebook kernels of Glue interactive sessions: `"name": "glue_pyspark"`, `"languageId": "python_glue_session"`.
// Case as the notebook writes it: `"name": "Python_Glue_Session"` too (round 18).
const GLUE_KERNEL = /"(?:name|display_name|language|languageId)"\s*:\s*"((?:python|scala)_glue_session|glue_(?:py)?spark|glue_ray|glue (?:py)?spark|glue ray)"/gi;
const CDK_BLOCK_LINE = /^\s*(aws_[a-z0-9_]+)\b/;
// dbt's adapters for AWS services, in a profile: `type: athena` (dbt-athena), `type: redshift`, `type: glue` (dbt-glue).
const DBT_ADAPTER = /^\s*type:\s*['"]?(athena|redshift|glue)['"]?\s*$/;
// SAM `Events: … Type: SQS` and Serverless Framework `events: - sqs: …`.
const SAM_EVENT = /^\s*Type:\s*['"]?(SQS|S3|SNS|DynamoDB|Kinesis|Api|HttpApi|Schedule|ScheduleV2|EventBridgeRule|CloudWatchEvent|CloudWatchLogs|MSK|DocumentDB)['"]?\s*$/;
const SLS_EVENT = /^\s*-\s*(sqs|s3|sns|http|httpApi|websocket|schedule|eventBridge|cloudwatchLog|cloudwatchEvent|msk|alb|kafka)\s*:/;
const EVENT_SERVICES: Record<string, string> = {
  sqs: 'sqs', s3: 's3', sns: 'sns', dynamodb: 'dynamodb-streams', kinesis: 'kinesis-data-streams', api: 'api-gateway', httpapi: 'api-gateway',
  http: 'api-gateway', websocket: 'api-gateway', schedule: 'eventbridge', schedulev2: 'eventbridge-scheduler', eventbridgerule: 'eventbridge',
  eventbridge: 'eventbridge', cloudwatchevent: 'eventbridge', cloudwatchlogs: 'cloudwatch-logs', cloudwatchlog: 'cloudwatch-logs', msk: 'msk', documentdb: 'documentdb',
};

// The literal triggers of these patterns, looked up in the sink's one pass (literals.ts), not searched one by one.
const L = CODE_LITERALS.ids(['AWS::', 'aws_', 'aws-', 'awscdk', 'terraform-aws-', '.Cfn', 'CodeDeployDefault.', '.on.aws', 'aws.', 'States.', 'aws:cdk:', 'cdk.out', 'cdk.json', 'cdk:', 'LAMBDA_', 'AWSTemplateFormatVersion', 'arn:', ':', 'amazonaws.com', '.cloudfront.net', 'aws-cdk', '://', '_', ' ']);
const LL = LINE_LITERALS.ids([': {', 'module', 'aws ', 'dotnet ', 'cdk ', 'sam ', 'type:', 'Type:', ':']);
const HINT_IDS = Object.values(CODE_LITERALS.ids(SERVICE_VALUE_HINTS));
const SUFFIX_IDS = Object.values(CODE_LITERALS.ids(HELPER_SUFFIXES));

// Gates of ENUM_VALUE and GLUE_KERNEL, tested on the scope before they run (declared once: a literal in the gate is a new
// RegExp object on every call).
const UPPER_SNAKE = /[A-Z0-9]_[A-Z]/;
const GLUE_WORD = /glue[_ ]/i;

export function infraMatches(s: CodeSink): void {
  const { line, r, scope: t, lit, lineLit } = s;
  if (lit.has(L['AWS::'])) eachMatch(s, CFN_TYPE, onCfnType);
  if (lit.has(L['aws_']) || lit.has(L['aws-']) || lit.has(L['awscdk']) || s.file.cdkBlockLines.has(s.lineNo)) {
    cdk(s);
    eachMatch(s, TF_TYPE, onTfType);
  }
  if (lit.has(L['terraform-aws-'])) {
    // In a link's address the module is the page's name (a documentation URL), not a use of the module.
    eachMatch(s, TF_MODULE, onTfModule);
  }
  if (lit.has(L['.Cfn'])) eachMatch(s, CDK_L1, onCdkL1);
  if (lit.has(L['CodeDeployDefault.'])) {
    eachMatch(s, CODEDEPLOY_CONFIG, onCodedeployConfig);
  }
  if (lit.any(HINT_IDS)) {
    // One loop per pattern rather than eachMatch: the callback would need the pattern's service id (a closure per pattern).
    for (const [re, id] of SERVICE_VALUES) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(line)) && m.index <= s.until) s.add(s.known(id), 'sdk', m.index, m[0]);
    }
  }
  if (lit.has(L['.on.aws'])) eachMatch(s, LAMBDA_URL_HOST, onLambdaUrlHost);
  if (lit.has(L['aws.'])) eachMatch(s, EVENT_SOURCE, onEventSource);
  if (lit.has(L['States.'])) eachMatch(s, STATES_NAME, onStatesName);
  if (lit.has(L['aws:cdk:'])) eachMatch(s, CDK_METADATA, onCdkMetadata);
  if (s.file.aws && lit.has(L._) && UPPER_SNAKE.test(t)) eachMatch(s, ENUM_VALUE, onEnumValue);
  if (lit.has(L['cdk.out'])) eachMatch(s, CDK_OUT, onCdkOut);
  if (lit.has(L['cdk.json']) || lit.has(L['cdk:'])) eachMatch(s, CDK_FILES, onCdkFiles);
  if (lit.has(L['LAMBDA_'])) eachMatch(s, LAMBDA_ENV, onLambdaEnv);
  if ((lit.has(L._) || lit.has(L[' '])) && GLUE_WORD.test(t)) eachMatch(s, GLUE_KERNEL, onGlueKernel);
  if (lit.has(L['AWSTemplateFormatVersion'])) eachMatch(s, CFN_TEMPLATE, onCfnTemplate);
  if (s.file.scriptLines.has(s.lineNo)) eachMatch(s, SCRIPT_TOOL, onScriptTool);
  if (lineLit.has(LL[': {'])) {
    const op = SERVICE_OPERATIONS.exec(line);
    if (op) s.add(r.pick('boto3', op[1]), 'sdk', line.indexOf(op[1]), op[1]);
  }
  if (s.file.tfModules.size && lineLit.has(LL['module'])) {
    eachMatch(s, TF_MODULE_REF, onTfModuleRef);
    const decl = TF_MODULE_DECL.exec(line);
    if (decl) s.add(s.file.tfModules.get(decl[1])?.serviceId, 'terraform', line.indexOf(`"${decl[1]}"`) + 1, decl[1]);
  }
  if (lit.has(L['arn:'])) {
    eachMatch(s, ARN, onArn);
  }
  if (lit.has(L[':'])) {
    eachMatch(s, IAM_ACTION, onIamAction);
  }
  if (lit.has(L['amazonaws.com'])) {
    eachMatch(s, AWS_HOST, onAwsHost);
  }
  if (lit.any(SUFFIX_IDS)) {
    eachMatch(s, CDK_HELPER_MODULE, onCdkHelperModule);
  }
  // A CloudFront distribution's own domain (`d111111abcdef8.cloudfront.net`), served by CloudFront wherever it is written.
  if (lit.has(L['.cloudfront.net'])) eachMatch(s, CLOUDFRONT_HOST, onCloudfrontHost);
  if (lineLit.has(LL['aws '])) {
    // `aws ssm start-session` names two things: the `aws` program (the AWS CLI) and the service it calls.
    eachMatch(s, AWS_CLI, onAwsCli);
    eachMatch(s, AWS_CLI_ITSELF, onAwsCliItself);
  }
  if (lineLit.has(LL['dotnet '])) eachMatch(s, DOTNET_LAMBDA, onDotnetLambda);
  if (lineLit.has(LL['cdk ']) || lineLit.has(LL['sam '])) eachMatch(s, TOOL_CLI, onToolCli);
  if (lit.has(L['aws-cdk'])) eachMatch(s, CDK_PACKAGE, onCdkPackage);
  if (lit.has(L['://'])) {
    eachMatch(s, S3_URI, onS3Uri);
  }
  if (s.file.dbtProfile && lineLit.has(LL['type:'])) {
    const e = DBT_ADAPTER.exec(line);
    if (e) s.add(r.pick('boto3', e[1]), 'sdk', line.indexOf(e[1], line.indexOf('type:')), e[1]);
  }
  if (s.file.events === 'sam' && lineLit.has(LL['Type:'])) {
    const e = SAM_EVENT.exec(line);
    if (e) s.add(s.known(EVENT_SERVICES[e[1].toLowerCase()]), 'cfn', line.indexOf(e[1]), e[1]);
  }
  if (s.file.events === 'serverless' && lineLit.has(LL[':'])) {
    const e = SLS_EVENT.exec(line);
    if (e) s.add(s.known(EVENT_SERVICES[e[1].toLowerCase()]), 'cfn', line.indexOf(e[1]), e[1]);
  }
}

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

function cdk(s: CodeSink): void {
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

// The patterns' callbacks, declared once (an arrow in the gate would be a new closure, and its captures a context, on every call).
function onCfnType(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.cfn(m[0], m[1]), 'cfn', m.index, m[0]);
}

function onTfType(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  if (!s.file.ownAwsNames.has(m[1])) s.add(r.terraform(m[1]), 'terraform', m.index, m[1]);
}

function onTfModule(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const line = s.line;
  if (!/(?<!git::)https?:\/\/\S*$/.test(line.slice(0, m.index))) s.add(r.registryModule(m[1] ?? m[2]), 'terraform', m.index, m[0]);
}

function onCdkL1(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.cdkModule('aws-' + m[1]), 'cdk', m.index, m[0]);
}

function onCodedeployConfig(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  // The configuration names its compute platform: `CodeDeployDefault.LambdaAllAtOnce`, `…ECSCanary10Percent5Minutes`.
  const parts = typeParts(m[0].slice('CodeDeployDefault.'.length), r, ANY_SERVICE, true).filter((p) => p.at === 0);
  s.add(s.known('codedeploy'), 'cli', m.index, parts.length ? 'CodeDeployDefault' : m[0]);
  for (const p of parts) s.add(p.serviceId, 'cli', m.index + 'CodeDeployDefault.'.length, m[0].slice('CodeDeployDefault.'.length).slice(0, p.length));
}

function onLambdaUrlHost(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('lambda'), 'endpoint', m.index, m[0]);
}

function onEventSource(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.arnService(m[2]), 'sdk', m.index + 1, m[0].slice(1, -1));
}

function onStatesName(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.arnService('states'), 'sdk', m.index, m[0]);
}

function onCdkMetadata(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cdk'), 'cdk', m.index, m[0]);
}

function onEnumValue(m: RegExpExecArray, s: CodeSink): void {
  enumValue(s, m);
}

function onCdkOut(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cdk'), 'cli', m.index, m[0]);
}

function onCdkFiles(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cdk'), 'cli', m.index, m[0]);
}

function onLambdaEnv(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('lambda'), 'sdk', m.index, m[0]);
}

function onGlueKernel(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('boto3', 'glue'), 'sdk', m.index + m[0].lastIndexOf(m[1]), m[1]);
}

function onCfnTemplate(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cloudformation'), 'cfn', m.index, m[0]);
}

function onScriptTool(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known(m[1]), 'cli', m.index + m[0].length - m[1].length, m[1]);
}

function onTfModuleRef(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.file.tfModules.get(m[1])?.serviceId, 'terraform', m.index, m[0]);
}

function onArn(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const text = trimTrailing(m[0]);
  // arn:aws:states:::sns:publish — a Step Functions integration names the service it calls.
  const task = /^(arn:[^:]+:states:::)([a-z0-9-]+)(?=:)/.exec(text);
  if (task) {
    s.add(r.arnService('states'), 'arn', m.index, task[1]);
    s.add(r.arnService(task[2]), 'arn', m.index + task[1].length, text.slice(task[1].length));
  } else {
    s.add(r.arnService(m[1]), 'arn', m.index, text);
  }
}

function onIamAction(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  if (m[2] !== 'arn') s.add(r.pick('iam', m[2]), 'iam', m.index + m[1].length, `${m[2]}:${m[3]}`);
}

function onAwsHost(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const principal = r.pick('principal', m[0].toLowerCase().replace(/\.cn$/, ''));
  if (principal) s.add(principal, 'principal', m.index, m[0]);
  else s.add(r.endpointService(m[1]), 'endpoint', m.index, m[0]);
}

function onCdkHelperModule(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.cdkModule('aws-' + m[1].replace(/s$/, '') + 's'), 'cdk', m.index, m[0]);
}

function onCloudfrontHost(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cloudfront'), 'endpoint', m.index, m[0]);
}

function onAwsCli(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const at = m.index + m[0].indexOf('aws'), service = r.pick('cli', m[1]);
  if (!service) return;
  if (!CLI_OPERATION.test(m[2])) { s.add(service, 'cli', at, m[0].slice(at - m.index)); return; }
  s.add(s.known('aws-cli'), 'cli', at, 'aws');
  const sub = m[0].length - m[2].length - m[1].length;
  s.add(service, 'cli', m.index + sub, m[0].slice(sub));
}

function onAwsCliItself(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('aws-cli'), 'cli', m.index + m[0].indexOf(m[1]), m[1]);
}

function onDotnetLambda(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('boto3', 'lambda'), 'cli', m.index + m[0].indexOf(m[1]), m[1]);
}

function onToolCli(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known(m[2]), 'cli', m.index + m[0].indexOf(m[1]), m[1]);
}

function onCdkPackage(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cdk'), 'cdk', m.index, m[0]);
}

function onS3Uri(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('uri', m[1]) ?? r.pick('uri', 's3'), 'uri', m.index, trimTrailing(m[0]));
}
