// What a whole file says about AWS, read once per file (per document version in the editor): whether it is
// AWS code (imports an AWS SDK, the CDK, awswrangler; holds Terraform AWS resources, CloudFormation types,
// ARNs, IAM policies), which names its imports bind to services (`ecs` → aws-ecs, `wr` → awswrangler,
// `s3 = boto3.client("s3")`), and which lines sit inside a Python `from aws_cdk import (…)` block.
import { Resolver } from './claims';
import { ANY_SERVICE, TypePart, typeParts } from './classWords';
import { Binding, MatchKind } from './types';
import { SDK_LONG_NAMES } from './sdkLongNames';
import { WRANGLER, wranglerModule } from './wrangler';
import { bindUnnamedImports } from './importedTypes';
import { goDeclaredTypes, jvmImportedWords, ownAwsNames, rustOwnTypes } from './ownNames';
import { CDK_CORE_CLASSES, CDK_CORE_PACKAGE, CDK_CORE_WHOLE, cdkCoreParts } from './cdkCore';

export { WRANGLER, wranglerModule } from './wrangler';
export type { Binding } from './types';

// A botocore model file (paginators, waiters, a service definition): AWS code too, and its names spell its service.
const BOTOCORE_MODEL = /"(?:input_token|acceptors|endpointPrefix)"\s*:/;

const FILE_CONTEXT = new RegExp([
  String.raw`\b(?:import|from)\s+(?:boto3|botocore|awswrangler|awsglue|aws_cdk)\b`, String.raw`@aws-sdk/`, String.raw`['"]aws-sdk['"]`,
  String.raw`aws-cdk-lib`, String.raw`@aws-cdk/`, String.raw`software\.amazon\.awssdk`, String.raw`com\.amazonaws\.(?:services|athena\.connector)`,
  String.raw`github\.com/aws/aws-(?:sdk|cdk|lambda)-go`, String.raw`\baws_sdk_[a-z]`, String.raw`\busing\s+Amazon\.`, String.raw`aws\.sdk\.kotlin`,
  String.raw`(?:resource|data)\s+"aws_`, String.raw`\bAWS::`, String.raw`\barn:aws`, String.raw`amazonaws\.com`, String.raw`\bs3a?://`,
  String.raw`"Effect"\s*:\s*"(?:Allow|Deny)"`, String.raw`hashicorp/aws`, String.raw`terraform-aws-modules/`,
  String.raw`\bsoftware\.amazon\.`, String.raw`\bairflow\.providers\.amazon\b`, String.raw`\bcom\.amazon\.redshift\b`, String.raw`\baws_lambda_powertools\b`,
  BOTOCORE_MODEL.source, String.raw`\bmypy_boto3_`, String.raw`\bAmazon\.CDK\b`,
  String.raw`@aws-lambda-powertools/`, String.raw`\bamazon_kclpy\b`, String.raw`from\s+['"]aws-lambda['"]`, String.raw`@aws-solutions-constructs/`,
  String.raw`@aws-appsync/`,
].join('|'));

const DBT_PROFILE = /^[ \t]+outputs:[ \t]*$[\s\S]*^[ \t]+type:[ \t]*['"]?(?:athena|redshift|glue)\b/m;
/**
 * FILE_CONTEXT.test, after a cheap look for the text each of its patterns holds ('aws', 'boto', 'amazon',
 * 'Amazon.', 'AWS::', '://', 'Effect', a botocore model's keys): every section of the notes is read as a file, and most hold none.
 */
function isAwsCode(text: string): boolean {
  return (text.includes('aws') || text.includes('AWS::') || text.includes('amazon') || text.includes('Amazon.') || text.includes('boto')
    || text.includes('://') || text.includes('Effect') || text.includes('"input_token"') || text.includes('"acceptors"')
    || text.includes('"endpointPrefix"')) && FILE_CONTEXT.test(text);
}

export class FileContext {
  /** No file around the text (a single line, a hover without its document): only nearby lines count. */
  static readonly none = new FileContext([], false);

  readonly aliases = new Map<string, Binding | typeof WRANGLER>();
  /** 0-based lines inside a multi-line `from aws_cdk import (…)`: their `aws_x` names are CDK modules. */
  readonly cdkBlockLines = new Set<number>();
  /** Lines of `from awswrangler import …` (one line or a block): the names imported are awswrangler's modules. */
  readonly wranglerImportLines = new Set<number>();
  /** Lines of a Python `__all__ = [...]`: a quoted name there is the name the file's imports bound. */
  readonly exportLines = new Set<number>();
  /** Lines of a package.json `"scripts": {…}`: a command that starts with `cdk` or `sam` runs that tool. */
  readonly scriptLines = new Set<number>();
  /** Java classes imported from an AWS package and named after its service (`IamPolicy` from …policybuilder.iam). */
  readonly sdkTypes = new Map<string, Binding>();
  /** Classes imported from an AWS library whose CamelCase words name services (`SqsQueue`, `GlueJobOperator`). */
  readonly typeParts = new Map<string, TypePart[]>();
  /** Terraform `module "vpc" { source = "terraform-aws-modules/vpc/aws" }`: `module.vpc` names the service. */
  readonly tfModules = new Map<string, Binding>();
  /** `from botocore.config import Config`: a one-word class a file imports, with the service whose package it is (if any). */
  readonly importedWords = new Map<string, string | undefined>();
  /** Classes imported from the program's own modules (`import { CloudFront } from './cloudfront'`): its own, in code. */
  readonly localClasses = new Set<string>();
  /** Go types the file declares (`type Config struct {`): its own, in code and in their doc comments. */
  readonly goTypes = new Set<string>();
  /** `aws_glue_regions = [`: names of the `aws_…` shape the program assigns itself, never Terraform types. */
  readonly ownAwsNames = new Set<string>();
  /** The keys of sdkTypes and typeParts, for the hover's quick test (no allocation per hover). */
  typeNames: string[] = [];
  /** A botocore model (paginators, waiters, service definition): its operation and shape names spell its service. */
  botocoreModel = false;
  /** The service a botocore service definition describes (its `"serviceId"` metadata); '' for one without a note. */
  modelService: string | undefined;
  /** A dbt profile (`outputs:` … `type: athena`): the adapter type names the service dbt runs on. */
  dbtProfile = false;
  /** Imports AppSync's JavaScript resolver utilities (`@aws-appsync/utils`): `util.dynamodb` is DynamoDB's. */
  appsync = false;
  /** An Amazon States Language definition (`StartAt:` and `States:`): its state names are the program's own. */
  stateMachine = false;
  /** SAM template or Serverless Framework file: `Type: SQS` and `- sqs:` name event sources. */
  events: 'sam' | 'serverless' | undefined;
  /** Filled on first need by the matcher: any AWS identifier in the file, and the services named clearly. */
  scan: { aws: boolean; vouched: Set<string> } | undefined;

  constructor(readonly lines: readonly string[], readonly aws: boolean) {}

  static of(text: string, r: Resolver): FileContext {
    const lines = text.split(/\r\n|\r|\n/);
    const ctx = new FileContext(lines, text.length <= 5_000_000 && isAwsCode(text));
    if (text.length > 5_000_000) return ctx;
    bindImports(text, r, ctx);
    bindUnnamedImports(text, r, ctx.typeParts, (name) => ctx.importedWords.has(name) || ctx.localClasses.has(name));
    ctx.typeNames = [...new Set([...ctx.sdkTypes.keys(), ...ctx.typeParts.keys()])];
    markBlocks(text, ctx);
    if (text.includes('module')) bindTerraformModules(text, r, ctx);
    if (text.includes('aws_')) ownAwsNames(text, ctx.ownAwsNames);
    if (text.includes('\ntype ')) goDeclaredTypes(text, ctx.goTypes);
    ctx.botocoreModel = BOTOCORE_MODEL.test(text);
    if (ctx.botocoreModel) ctx.modelService = modelService(text, r);
    ctx.dbtProfile = text.includes('outputs:') && DBT_PROFILE.test(text);
    ctx.appsync = text.includes('@aws-appsync/utils');
    ctx.stateMachine = text.includes('StartAt') && /\bStartAt["']?\s*:/.test(text) && /\bStates["']?\s*:/.test(text);
    if (/\bAWS::Serverless\b/.test(text)) ctx.events = 'sam';
    else if (/^provider:\s*\n\s+name:\s*aws\b/m.test(text) || /^functions:\s*$/m.test(text) && /^\s+handler:/m.test(text)) ctx.events = 'serverless';
    return ctx;
  }
}

/** `"serviceId":"MWAA"` → MWAA: boto3 names a client after the model's service id, in lower case with hyphens. */
function modelService(text: string, r: Resolver): string | undefined {
  const id = /"serviceId"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  const prefix = /"endpointPrefix"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  if (!id && !prefix) return undefined;
  return (id && r.pick('boto3', id.toLowerCase().replace(/\s+/g, '-'))) || (prefix && r.pick('boto3', prefix)) || '';
}

const JS_IMPORT_DEFAULT = /\bimport\s+(?:\*\s+as\s+)?([A-Za-z_$][\w$]*)\s+from\s+['"]([^'"]+)['"]/g;
const JS_IMPORT_NAMED = /\bimport\s*(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g;
const JS_REQUIRE = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g;
const PY_IMPORT_AS = /^[ \t]*import[ \t]+([\w.]+)[ \t]+as[ \t]+(\w+)/gm;
const PY_FROM = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]*(\([^)]*\)|[^\n#]*)/gm;
// `import awswrangler as wr` anywhere, docstring examples (`>>> import awswrangler as wr`) included.
const WRANGLER_IMPORT = /\bimport\s+awswrangler\s+as\s+(\w+)/g;
const CLIENT_VAR = /\b([A-Za-z_]\w*)\s*=\s*[\w.]*?(?:\(\)\.)?(?:client|resource)\(\s*(?:service_name\s*=\s*)?["']([A-Za-z0-9-]+)["']/g;
const GO_IMPORT = /(?:^|\s)(?:(?!import\b)([A-Za-z_]\w*)\s+)?"github\.com\/aws\/(?:aws-sdk-go(?:-v2)?\/service\/([a-z0-9]+)(\/[a-z0-9]+)?|aws-cdk-go\/awscdk(?:\/v2)?(?:\/(aws[a-z0-9]+))?|aws-cdk-go\/(awscdk[a-z0-9]+alpha)(?:\/v2)?|aws-lambda-go\/(lambda|events))"/gm;
// Java: a variable declared with an SDK client type and named as its service (`S3Client s3 = …`, `IamClient iam`).
// Java: a class imported from an AWS package, `import software.amazon.awssdk.policybuilder.iam.IamPolicy;`.
const JAVA_IMPORT_CLASS = /^[ \t]*import[ \t]+(?:static[ \t]+)?((?:software\.amazon|com\.amazonaws?|aws\.sdk\.kotlin)(?:\.[a-z0-9_]+)+)\.([A-Z][A-Za-z0-9]*)[ \t]*;?/gm;
// Libraries whose classes are AWS's own: the SDKs, the CDK, the Glue ETL library, Airflow's Amazon provider,
// Lambda's runtime types and Powertools, AWS Solutions Constructs; AWS's agent libraries (Strands Agents, the Bedrock
// AgentCore SDK: `BedrockModel`, `BedrockAgentCoreApp`).
const AWS_PY_PACKAGE = /^(?:boto3|botocore|awsglue|aws_cdk|airflow\.providers\.amazon|sagemaker|aws_lambda_powertools|amazon_kclpy|awswrangler|redshift_connector|strands|bedrock_agentcore)(?:\.|$)/;
const AWS_JS_PACKAGE = /^(?:aws-cdk-lib|@aws-cdk\/|@aws-sdk\/|aws-sdk|aws-lambda$|@aws-lambda-powertools\/|@aws-solutions-constructs\/|@aws-appsync\/)/;
// JavaScript: a client named as its service, `const s3 = new AWS.S3()`, `const sqs = new SQSClient({})`.
const JS_CLIENT_VAR = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*new\s+(?:AWS\.)?([A-Z][A-Za-z0-9]*?)(?:Client)?\s*\(/g;
// .NET: `using Amazon.Lambda.KinesisEvents;` makes `KinesisEvent` the event type of that source.
// .NET: a class constructed by name, `new EventBus(this, "Bus")`.
const DOTNET_NEW_CLASS = /\bnew[ \t]+([A-Z][A-Za-z0-9]*)[ \t]*\(/g;
const CDK_SOURCE = /^(?:aws-cdk-lib|@aws-cdk\/|aws_cdk\b|software\.amazon\.awscdk\.)/;
const STEPFUNCTIONS_TASKS = /stepfunctions[-_]?tasks$/;
const DOTNET_LAMBDA_EVENTS_USING = /^[ \t]*using[ \t]+Amazon\.Lambda\.([A-Z][A-Za-z0-9]*?)Events[ \t]*;/gm;
/** The service whose events a .NET Lambda events package (`Amazon.Lambda.<Source>Events`) describes. */
export const LAMBDA_EVENT_SOURCES: Record<string, string> = {
  apigateway: 'api-gateway', kinesis: 'kinesis-data-streams', kinesisfirehose: 'data-firehose', dynamodb: 'dynamodb-streams', s3: 's3',
  sqs: 'sqs', sns: 'sns', cloudwatchlogs: 'cloudwatch-logs', cloudwatchevents: 'eventbridge', kafka: 'msk', cognito: 'cognito',
};
const JAVA_CLIENT_VAR = /\b([A-Z][A-Za-z0-9]*)Client\s+([a-z][A-Za-z0-9]*)\s*[=,);]/g;
// Java v1: a variable of a client interface named as boto3 names its service (`AmazonIdentityManagement iam = …`, `AmazonS3 s3`).
const JAVA_V1_CLIENT_VAR = /\b(?:Amazon|AWS)([A-Z][A-Za-z0-9]*?)(?:Async)?\s+([a-z][A-Za-z0-9]*)\s*[=,);]/g;

// A module of the program's own, by its relative path: `'./cloudfront'`, `'../lib/s3'` (Python's `from .cloudfront import …`
// is told by its leading dot).
const LOCAL_MODULE = /^\.{1,2}\//;

/**
 * `import { CloudFront } from './cloudfront'`: a class the program imports from its own module is its own class in its
 * code (`new CloudFront(this, …)`), whatever service its name spells (round 12); a comment keeps the word's meaning.
 */
function localClass(ctx: FileContext, name: string | undefined): void {
  if (name && /^[A-Z]/.test(name)) ctx.localClasses.add(name);
}

/** The service a JS/TS or Python module path stands for. */
function moduleBinding(source: string, r: Resolver): Binding | typeof WRANGLER | undefined {
  const s = source.trim();
  if (s === 'awswrangler') return WRANGLER;
  // The CDK's own libraries: aws-cdk-lib, @aws-cdk/core, @aws-cdk/assert, aws-cdk-lib/assertions.
  if (s === 'aws-cdk-lib' || s === 'aws_cdk' || s === 'aws_cdk.core' || /^(?:@aws-cdk|aws-cdk-lib)\/(?!aws-)[a-z0-9-]+$/.test(s)) return bind(r, 'cdk', 'cdk');
  let m = /^(?:aws-cdk-lib\/|@aws-cdk\/|aws_cdk\.)(aws[-_][a-z0-9_-]+)$/.exec(s);
  if (m) return cdkBinding(r, m[1]);
  m = /^@aws-sdk\/client-([a-z0-9-]+)$/.exec(s);
  if (m) return bind(r, r.pick('jsSdk', m[1]), 'sdk');
  m = /^aws-sdk\/clients\/([a-z0-9]+)$/.exec(s);
  if (m) return bind(r, r.sdkService(m[1]), 'sdk');
  return undefined;
}

/** The service whose own package a library path is (`aws_cdk.aws_glue` → Glue), if any. */
function packageOwner(source: string, r: Resolver): string | undefined {
  // aws-stepfunctions-tasks: `LambdaInvoke`, `GlueStartJobRun` name the service the task calls, English names too.
  if (/stepfunctions[-_.]?tasks$/.test(source)) return ANY_SERVICE;
  const b = moduleBinding(source, r);
  if (b && b !== WRANGLER) return b.serviceId;
  if (source === 'aws-lambda' || source.startsWith('@aws-lambda-powertools/') || source.startsWith('aws_lambda_powertools')) return 'lambda';
  if (/^awsglue\b/.test(source)) return r.pick('boto3', 'glue');
  // Strands Agents' model classes name the provider they call (`BedrockModel`, `SageMakerAIModel`), AWS's or not.
  if (/^strands\.models\b/.test(source)) return ANY_SERVICE;
  let m = /^aws_cdk\.(aws_[a-z0-9_]+)/.exec(source);
  if (m) return r.cdkModule(m[1]);
  m = /^airflow\.providers\.amazon\.aws\.[a-z]+\.([a-z0-9_]+)/.exec(source);
  if (m) return airflowModule(m[1], r)[0];
  m = /^(?:software\.amazon\.awssdk|com\.amazonaws|aws\.sdk\.kotlin)\.services\.([a-z0-9]+)/.exec(source);
  if (m) return r.packageService(source) ?? r.sdkService(m[1]);
  m = /^software\.amazon\.awscdk\.services\.([a-z0-9]+)/.exec(source);
  if (m) return r.cdkModule('aws-' + m[1]);
  return r.packageService(source);
}

/** The services an Airflow Amazon provider module calls: `glue_crawler` → Glue crawler, `s3_to_redshift` → S3 and Redshift. */
export function airflowModule(mod: string, r: Resolver): string[] {
  return mod.split('_to_').map((part) => {
    const camel = part.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
    return typeParts(camel, r, ANY_SERVICE)[0]?.serviceId;
  }).filter((id): id is string => !!id);
}

/** Classes a file imports from an AWS library, by the services their names spell. */
function bindTypes(source: string, names: string[], r: Resolver, ctx: FileContext): void {
  let own: string | undefined;
  let ownKnown = false;
  if (CDK_CORE_PACKAGE.test(source)) cdkCoreParts(names, r, ctx.typeParts);
  for (const name of names) {
    if (!/^[A-Z][A-Za-z0-9]+$/.test(name) || ctx.typeParts.has(name)) continue;
    if (!ownKnown) { own = packageOwner(source, r); ownKnown = true; }
    // An interface imported by name from a CDK module (Java's `import software.amazon.awscdk.services.ec2.IVpc;`)
    // names its class's service, `IVpc` as `Vpc` (round 15); `ec2.IVpc` stays its module's alias.
    const iface = CDK_SOURCE.test(source) && /^I[A-Z][a-z]/.test(name) ? 1 : 0;
    const parts = typeParts(name.slice(iface), r, own).map((p) => ({ ...p, at: p.at + iface }));
    // The CDK's own CloudFormation elements, `CfnOutput`, `CfnParameter` from aws-cdk-lib: the CDK's classes.
    if (!parts.length && own === 'cdk' && /^Cfn[A-Z]/.test(name)) parts.push({ serviceId: own, at: 0, length: name.length, ambiguous: false });
    if (parts.length) ctx.typeParts.set(name, parts);
  }
}

/**
 * `var ddb = new AWS.DynamoDB(…)`: a client variable named by its service's one-word alias (DDB is DynamoDB's, round 13)
 * is named as its service, as `dynamodb = boto3.client("dynamodb")` is.
 */
function namedByAlias(variable: string, b: Binding | undefined, r: Resolver): boolean {
  if (!b) return false;
  const name = variable.toLowerCase();
  return (r.services.get(b.serviceId)?.aliases ?? []).some((a) => /^[A-Za-z0-9]+$/.test(a) && a.toLowerCase() === name);
}

/** A CDK module's binding; aws-stepfunctions-tasks's classes name the service each task calls, not Step Functions. */
function cdkBinding(r: Resolver, mod: string): Binding | undefined {
  const b = bind(r, r.cdkModule(mod), 'cdk');
  return b && STEPFUNCTIONS_TASKS.test(mod) ? { ...b, calls: true } : b;
}

function bind(r: Resolver, id: string | undefined, kind: MatchKind): Binding | undefined {
  return id && r.services.has(id) ? { serviceId: id, kind } : undefined;
}

function bindImports(text: string, r: Resolver, ctx: FileContext): void {
  const set = (alias: string, b: Binding | typeof WRANGLER | undefined) => { if (b) ctx.aliases.set(alias, b); };
  let m: RegExpExecArray | null;
  if (text.includes('import') || text.includes('require')) {
    for (const re of [JS_IMPORT_DEFAULT, JS_REQUIRE, PY_IMPORT_AS]) {
      re.lastIndex = 0;
      while ((m = re.exec(text))) {
        if (re === PY_IMPORT_AS) set(m[2], moduleBinding(m[1], r)); else set(m[1], moduleBinding(m[2], r));
        if (re === JS_IMPORT_DEFAULT && LOCAL_MODULE.test(m[2])) localClass(ctx, m[1]);
      }
    }
    WRANGLER_IMPORT.lastIndex = 0;
    while ((m = WRANGLER_IMPORT.exec(text))) set(m[1], WRANGLER);
  }
  // awswrangler's tests take `wr` as a pytest fixture, and its notebooks call `wr.` without importing it: in a file
  // that names awswrangler at all (`import awswrangler.pandas as pd`, a logger, its docs), `wr` is awswrangler.
  if (!ctx.aliases.has('wr') && text.includes('awswrangler') && text.includes('wr.')) ctx.aliases.set('wr', WRANGLER);
  if (text.includes('import') || text.includes('require')) {
    JS_IMPORT_NAMED.lastIndex = 0;
    while ((m = JS_IMPORT_NAMED.exec(text))) {
      if (AWS_JS_PACKAGE.test(m[2])) bindTypes(m[2], m[1].split(',').map((p) => p.trim()), r, ctx);
      if (LOCAL_MODULE.test(m[2])) for (const part of m[1].split(',')) localClass(ctx, /(\w+)\s*$/.exec(part)?.[1]);
      if (m[2] !== 'aws-cdk-lib') continue;
      // import { aws_ecs as ecs, Stack } from 'aws-cdk-lib'
      for (const part of m[1].split(',')) {
        const p = /^\s*(aws_[a-z0-9_]+)(?:\s+as\s+([A-Za-z_$][\w$]*))?\s*$/.exec(part);
        if (p) set(p[2] ?? p[1], cdkBinding(r, p[1]));
      }
    }
    PY_FROM.lastIndex = 0;
    while ((m = PY_FROM.exec(text))) {
      const from = m[1];
      const names = m[2].replace(/[()]/g, ' ');
      if (AWS_PY_PACKAGE.test(from)) bindTypes(from, names.replace(/#.*$/gm, '').split(',').map((p) => p.trim()), r, ctx);
      for (const part of names.split(',')) {
        const p = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part.replace(/#.*$/gm, ''));
        if (!p) continue;
        const alias = p[2] ?? p[1];
        if (/^[A-Z][a-z]+$/.test(alias)) ctx.importedWords.set(alias, packageOwner(from, r));
        if (from.startsWith('.')) localClass(ctx, alias);
        if (from === 'aws_cdk') set(alias, p[1] === 'core' ? bind(r, 'cdk', 'cdk') : /^aws_/.test(p[1]) ? cdkBinding(r, p[1]) : undefined);
        else if (from === 'awswrangler' && p[1] !== '*') set(alias, wranglerModule(p[1], r));
      }
      if (from === 'aws_cdk' && m[2].startsWith('(')) markLines(text, m.index, m[0], ctx.cdkBlockLines, 1);
      if (from === 'awswrangler') markLines(text, m.index, m[0], ctx.wranglerImportLines);
    }
  }
  if (text.includes('client(') || text.includes('resource(')) {
    CLIENT_VAR.lastIndex = 0;
    // Only a variable that is itself the service's name (`s3 = boto3.resource("s3")`): `s3.Object(…)` then
    // names S3, while `sqs_client.send(…)` is a variable of the program's own naming.
    // `emr_serverless = boto3.client("emr-serverless")`: a Python name cannot hold the id's hyphen.
    while ((m = CLIENT_VAR.exec(text))) {
      const b = bind(r, r.pick('boto3', m[2].toLowerCase()), 'sdk');
      if (m[1].toLowerCase() === m[2].toLowerCase().replace(/-/g, '_') || namedByAlias(m[1], b, r)) set(m[1], b);
    }
  }
  if (text.includes('import software.amazon') || text.includes('import com.amazon') || text.includes('import aws.sdk') || text.includes('import static')) {
    JAVA_IMPORT_CLASS.lastIndex = 0;
    // Only a class whose name starts with the name of a package segment that is a service (`IamPolicyWriter`
    // in …policybuilder.iam, `LambdaLogger` in …services.lambda.runtime): `Region` or `Context` stays a word.
    while ((m = JAVA_IMPORT_CLASS.exec(text))) {
      const cls = m[2];
      const seg = m[1].split('.').find((p) => p.length >= 2 && cls.toLowerCase().startsWith(p) && /^[A-Z0-9]/.test(cls.slice(p.length)));
      const b = seg && /^(?:software\.amazon\.awssdk|com\.amazonaws)\./.test(m[1]) ? bind(r, r.pick('sdkClass', seg), 'sdk') : undefined;
      if (b) ctx.sdkTypes.set(cls, b); else bindTypes(m[1], [cls], r, ctx);
    }
  }
  if (text.includes('import ')) jvmImportedWords(text, ctx.importedWords);
  if (text.includes('use ') && text.includes('::')) rustOwnTypes(text, ctx.localClasses);
  if (text.includes('Client ')) {
    JAVA_CLIENT_VAR.lastIndex = 0;
    while ((m = JAVA_CLIENT_VAR.exec(text))) if (m[2].toLowerCase() === m[1].toLowerCase()) set(m[2], bind(r, r.pick('sdkClass', m[1].toLowerCase()), 'sdk'));
  }
  if (text.includes('com.amazonaws.services.')) {
    JAVA_V1_CLIENT_VAR.lastIndex = 0;
    while ((m = JAVA_V1_CLIENT_VAR.exec(text))) {
      const key = m[1].toLowerCase(), name = m[2].toLowerCase();
      if (name === key || name === SDK_LONG_NAMES[key]) set(m[2], bind(r, r.sdkService(key), 'sdk'));
    }
  }
  // The core's namespace imported whole: C#'s `using Amazon.CDK;` then `new App()`, Java's `import software.amazon.awscdk.*;`.
  if ((text.includes('using Amazon.CDK') || text.includes('awscdk.')) && CDK_CORE_WHOLE.test(text)) cdkCoreParts(CDK_CORE_CLASSES, r, ctx.typeParts);
  if (text.includes('using Amazon.CDK.AWS.')) {
    // C# imports a whole namespace (`using Amazon.CDK.AWS.Events;`), so the CDK classes it constructs are those of the
    // file: `new EventBus(this, …)` names EventBridge (round 13). No owner: an ambiguous word (`new Function(`) stays one.
    DOTNET_NEW_CLASS.lastIndex = 0;
    const names = new Set<string>();
    while ((m = DOTNET_NEW_CLASS.exec(text))) names.add(m[1]);
    bindTypes('', [...names], r, ctx);
  }
  if (text.includes('using Amazon.Lambda.')) {
    DOTNET_LAMBDA_EVENTS_USING.lastIndex = 0;
    while ((m = DOTNET_LAMBDA_EVENTS_USING.exec(text))) {
      const b = bind(r, LAMBDA_EVENT_SOURCES[m[1].toLowerCase()], 'sdk');
      if (!b) continue;
      ctx.sdkTypes.set(m[1] + 'Event', b);
      // The package's request and response types: `APIGatewayProxyRequest`, `APIGatewayHttpApiV2ProxyResponse` (round 15).
      for (const t of text.matchAll(new RegExp(`\\b${m[1]}[A-Z][A-Za-z0-9]*?(?:Request|Response)\\b`, 'g'))) ctx.sdkTypes.set(t[0], b);
    }
  }
  if (text.includes('aws-sdk') && text.includes('new ')) {
    JS_CLIENT_VAR.lastIndex = 0;
    while ((m = JS_CLIENT_VAR.exec(text))) {
      const b = bind(r, r.pick('sdkClass', m[2].toLowerCase()), 'sdk');
      if (m[1].toLowerCase() === m[2].toLowerCase() || namedByAlias(m[1], b, r)) set(m[1], b);
    }
  }
  if (text.includes('github.com/aws/')) {
    GO_IMPORT.lastIndex = 0;
    while ((m = GO_IMPORT.exec(text))) {
      const go = (b: Binding | undefined) => (b ? { ...b, exported: true } : undefined);
      // A subpackage named after its service (`service/dynamodb/dynamodbattribute`, `s3/s3manager`) is the service's.
      const sub = m[3]?.slice(1);
      if (m[2] && sub) { if (sub.startsWith(m[2])) set(m[1] ?? sub, go(bind(r, r.sdkService(m[2]), 'sdk'))); }
      else if (m[2]) set(m[1] ?? m[2], go(bind(r, r.sdkService(m[2]), 'sdk')));
      // aws-lambda-go/lambda is the Lambda runtime's Go library: `lambda.Start(handler)`.
      // aws-lambda-go/events: its types name the service that sends the event (`events.SQSEvent`).
      else if (m[6]) { const b = go(bind(r, r.sdkService('lambda'), 'sdk')); set(m[1] ?? m[6], b && m[6] === 'events' ? { ...b, eventTypes: true } : b); }
      else if (m[5]) set(m[1] ?? m[5], go(cdkBinding(r, 'aws' + m[5].slice(6, -5))));
      else if (m[4]) set(m[1] ?? m[4], go(cdkBinding(r, m[4])));
      else set(m[1] ?? 'awscdk', go(bind(r, 'cdk', 'cdk')));
    }
  }
}

/** Adds the 0-based lines that `span` (found at `index` in `text`) covers, from its `skip`-th line on. */
function markLines(text: string, index: number, span: string, into: Set<number>, skip = 0): void {
  const first = text.slice(0, index).split(/\r\n|\r|\n/).length - 1;
  const count = span.split(/\r\n|\r|\n/).length;
  for (let i = skip; i < count; i++) into.add(first + i);
}

const PY_ALL = /^[ \t]*__all__[ \t]*(?::[^=\n]*)?\+?=[ \t]*[[(][^\])]*[\])]/gm;
const NPM_SCRIPTS = /"scripts"\s*:\s*\{[^{}]*\}/g;

function markBlocks(text: string, ctx: FileContext): void {
  let m: RegExpExecArray | null;
  if (text.includes('__all__') && ctx.aliases.size) {
    PY_ALL.lastIndex = 0;
    while ((m = PY_ALL.exec(text))) markLines(text, m.index, m[0], ctx.exportLines);
  }
  if (text.includes('"scripts"')) {
    NPM_SCRIPTS.lastIndex = 0;
    while ((m = NPM_SCRIPTS.exec(text))) markLines(text, m.index, m[0], ctx.scriptLines, 1);
  }
}

const TF_MODULE_BLOCK = /^module[ \t]+"([\w-]+)"[ \t]*\{([\s\S]*?)^\}/gm;
const TF_REGISTRY_SOURCE = /^[ \t]*source[ \t]*=[ \t]*"terraform-aws-modules\/([a-z0-9-]+)\/aws"/m;

/**
 * A module instance named as the registry module it instantiates, where that is one service's name
 * (`module "vpc"` from `terraform-aws-modules/vpc/aws`): like `s3 = boto3.client("s3")`, a name of the
 * program's own choosing (`module "s3_bucket"`, `module "lambda_function"`) is not bound.
 */
function bindTerraformModules(text: string, r: Resolver, ctx: FileContext): void {
  TF_MODULE_BLOCK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TF_MODULE_BLOCK.exec(text))) {
    const source = TF_REGISTRY_SOURCE.exec(m[2]);
    if (!source || source[1].includes('-') || m[1].toLowerCase() !== source[1]) continue;
    const b = bind(r, r.registryModule(source[1]), 'terraform');
    if (b) ctx.tfModules.set(m[1], b);
  }
}
