// What a whole file says about AWS, read once per file (per document version in the editor): whether it is
// AWS code (imports an AWS SDK, the CDK, awswrangler; holds Terraform AWS resources, CloudFormation types,
// ARNs, IAM policies), which names its imports bind to services (`ecs` → aws-ecs, `wr` → awswrangler,
// `s3 = boto3.client("s3")`; read by imports.ts and typedImports.ts), which lines sit inside a Python
// `from aws_cdk import (…)` block or a package.json's scripts, and what kind of file it is (botocore model, dbt profile, SAM).
import { Resolver } from './claims';
import { TypePart } from './classWords';
import { Binding } from './types';
import { WRANGLER } from './wrangler';
import { goDeclaredTypes, ownAwsNames } from './ownNames';
import { bindScriptImports, markLines } from './imports';
import { bindTypedImports } from './typedImports';
import { bind, ImportFacts } from './modules';
import { bindUnnamedImports } from './importedTypes';

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

export class FileContext implements ImportFacts {
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
  /** Any of typeNames, as one pattern: the hover asks on every request whether its run holds one. */
  typeNameHint: RegExp | undefined;
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
    bindScriptImports(text, r, ctx);
    bindTypedImports(text, r, ctx);
    bindUnnamedImports(text, r, ctx.typeParts, (name) => ctx.importedWords.has(name) || ctx.localClasses.has(name));
    ctx.typeNames = [...new Set([...ctx.sdkTypes.keys(), ...ctx.typeParts.keys()])];
    if (ctx.typeNames.length) ctx.typeNameHint = new RegExp(ctx.typeNames.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
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
