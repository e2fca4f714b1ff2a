// SDK identifiers, per ecosystem: boto3 clients and resources, the JavaScript SDK (v2 and v3), SDK client
// classes, Java (v1 and v2), Kotlin, Go (v1 and v2), Rust and .NET packages, the Glue ETL library,
// awswrangler's modules, and names bound by the file's own imports (`ecs.Cluster`, `s3.put_object`).
import { Resolver } from './claims';
import { ANY_SERVICE, typeParts } from './classWords';
import type { CodeSink } from './code';
import { eachMatch, eachMatchInRun } from './eachMatch';
import { FileContext } from './fileContext';
import { Binding } from './types';
import { WRANGLER, wranglerModule } from './wrangler';
import { LAMBDA_EVENT_SOURCES } from './modules';
import { SDK_LONG_NAMES } from './sdkLongNames';
import { DISTINCTIVE } from './nameWords';
import { inPathValue, inStructTag, isWordChar } from './text';
import { CODE_LITERALS, LINE_LITERALS } from './literals';

const BOTO3_CALL = /\b(?:client|resource)\(\s*(?:service_name\s*=\s*)?(["'])([A-Za-z0-9-]+)\1/g;
const JS_SDK_IMPORT = /@aws-sdk\/client-([a-z0-9-]+)/g;
const SDK_CLIENT_CLASS = /\b(?:I?Amazon)?([A-Z][A-Za-z0-9]*?)Client\b/g;
const SDK_V2_CLASS = /\bAWS\.([A-Z][A-Za-z0-9]*)\s*\(/g;
const JAVA_PACKAGE = /\b(?:software\.amazon\.awssdk\.(?:services|enhanced)|com\.amazonaws\.services|aws\.sdk\.kotlin\.services)\.([a-z0-9]+)/g;
// The Athena Query Federation SDK (connectors for Athena's federated queries): its namespace is Athena's.
const ATHENA_FEDERATION = /\bcom\.amazonaws\.athena\.connectors?\b(?:\.([A-Za-z][A-Za-z0-9]*))?/g;
const GO_SDK = /\bgithub\.com\/aws\/aws-sdk-go(?:-v2)?\/service\/([a-z0-9]+)/g;
// Lambda's Go runtime library, any of its packages: `github.com/aws/aws-lambda-go/events`, `…/lambdacontext`.
const GO_LAMBDA = /\bgithub\.com\/aws\/(aws-lambda-go)\/[a-z]/g;
const RUST_CRATE = /\baws_sdk_([a-z0-9]+)\b/g;
const DOTNET_NAMESPACE = /\bAmazon\.([A-Z][A-Za-z0-9]+)/g;
// .NET Lambda event packages name the service that sends the event: Amazon.Lambda.APIGatewayEvents, …KinesisEvents.
const DOTNET_LAMBDA_EVENTS = /\bAmazon\.Lambda\.([A-Z][A-Za-z0-9]*?)Events\b/g;
// Amazon's Redshift driver for Python (`import redshift_connector`), as the JDBC/ODBC drivers are Redshift's.
const REDSHIFT_DRIVER = /(?<![\w.])redshift_connector\b/g;
// .NET and Java v1 model types named after their service: AmazonS3Exception, AmazonDynamoDBConfig.
const SDK_SERVICE_TYPE = /\bAmazon([A-Z][A-Za-z0-9]*?)(?:Exception|Config|Request|Response)\b/g;
// The base exception of a JavaScript v3 client, named after its service: `S3ServiceException`, and quoted as an
// error's name, `caught.name === "BedrockRuntimeServiceException"` (round 17). In an AWS file only.
const SDK_SERVICE_EXCEPTION = /\b([A-Z][A-Za-z0-9]*?)ServiceException\b/g;
// Java v1 and .NET client interfaces and builders: `AmazonS3`, `IAmazonDynamoDB`, `AWSGlue`, `AmazonIdentityManagementClientBuilder`,
// `AmazonDynamoDBAsync`. Only a whole service name before the suffix (`AWSLambdaBasicExecutionRole` is a policy).
const SDK_V1_CLIENT = /\bI?(?:Amazon|AWS)([A-Z][A-Za-z0-9]*?)(?:ClientBuilder|AsyncClientBuilder|AsyncClient|Async)?\b/g;
const V1_TRIGGER = /(?:Amazon|AWS)[A-Z]/;
// The event classes of Lambda's libraries, named after the service that sends the event, in an AWS file or as
// inline code in prose: `SQSEvent`, `S3Event`, `KinesisFirehoseEvent`, `APIGatewayV2ProxyRequestEvent`. The words before
// `Event` must be one service's name, whole (`S3UploadEvent` is the program's own).
const EVENT_CLASS = /\b([A-Z][A-Za-z0-9]*?)(?:V\d)?(?:Proxy)?(?:Request|Response)?Events?\b/g;
const EVENT_CLASS_WHOLE = new RegExp(`^${EVENT_CLASS.source}$`);
// boto3's type stubs: `from mypy_boto3_s3 import S3Client`, `-> "S3ServiceResource"`, `GlueServiceResource`.
const BOTO3_STUBS = /\bmypy_boto3_([a-z0-9_]+)|\b([A-Z][A-Za-z0-9]*?)ServiceResource\b/g;
// A botocore service id as a quoted value in an AWS file: `"bedrock-runtime",`, `service_name="secretsmanager"`.
// Keys (`"s3": {…}`) are the program's settings; an English id (`"lambda"`, `"config"`) is a word.
// Not a key (`"bedrock-runtime": …`), but a value compared at the end of a Python condition (`name == "timestream-write":`).
// AppSync's resolver utilities: `util.dynamodb.toMapValues(…)`, `util.rds.toJsonObject(…)` build requests to that data source,
// and a JSDoc type from the library names it (`import('@aws-appsync/utils').DynamoDBGetItemRequest`).
const APPSYNC_UTIL = /(?<![\w.$])util\.(dynamodb|rds)\b/g;
const APPSYNC_SOURCES: Record<string, string> = { dynamodb: 'dynamodb', rds: 'rds' };
const APPSYNC_TYPE = /\bimport\(\s*['"]@aws-appsync\/utils['"]\s*\)\.([A-Z][A-Za-z0-9]*)/g;
// A key mapped to a string is a table keyed by service (`"s3-control": "javav2/example_code/s3/…"`, round 12), and the
// SDK for JavaScript's name of a client counts as boto3's does (`s3-control` is `@aws-sdk/client-s3-control`).
const QUOTED_ID = /(["'])([a-z][a-z0-9-]*[a-z0-9])\1(?:(?!\s*:)|(?=\s*:\s*["'])|(?<=[=!]=\s*\1[a-z0-9-]+\1)(?=\s*:\s*(?:#.*)?$))/g;
// Glue's connection types for Marketplace and custom connectors: `connection_type = "custom.athena"`.
const GLUE_CONNECTOR = /(?<![\w.])(?:custom|marketplace)\.([a-z][a-z0-9]*)\b/g;
// The CDK's VPC endpoint services name the service the endpoint reaches: `InterfaceVpcEndpointAwsService.LAMBDA`,
// `.SSM_MESSAGES` (Systems Manager's), `.SECRETS_MANAGER`, `GatewayVpcEndpointAwsService.S3`.
const VPC_ENDPOINT_SERVICE = /\b(?:Interface|Gateway)VpcEndpointAwsService\.([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\b/g;
const GLUE_CONNECTION_KEY = /\bconnection_?[tT]ype\s*[=:]/;
// The .NET CDK: `using Amazon.CDK;`, `Amazon.CDK.AWS.Lambda` (the module's service).
// A class of Lambda's .NET libraries named after the service in front of the function, qualified in full:
// `Amazon.Lambda.AspNetCoreServer.APIGatewayHttpApiV2ProxyFunction` (API Gateway), `…ApplicationLoadBalancerFunction`.
const DOTNET_LAMBDA_CLASS = /\bAmazon\.Lambda\.(?:[A-Z][A-Za-z0-9]*\.)+([A-Z][A-Za-z0-9]*)\b(?!\.)/g;
const DOTNET_CDK = /\bAmazon\.CDK(?:\.AWS\.([A-Za-z0-9]+))?\b/g;
// A botocore model file (`botocore/data/<service>/…/paginators-1.json`): operation and shape names such as
// `"DescribeDirectConnectGateways"` or `"directConnectGatewayAssociations"` spell the service they belong to.
const MODEL_NAME = /"([A-Za-z][A-Za-z0-9]{3,})"/g;
// In a model that names its own service (`"serviceId":"MWAA"`), another service's word counts only in an
// operation's name (`ListS3Resources`): in a shape or member (`"KmsKey"`, `CreateCliTokenResponse`) it is an
// API field's name, as `KmsKeyId` is.
const OPERATION_NAME = /^(?:List|Get|Put|Create|Delete|Describe|Update|Start|Stop|Send|Receive|Invoke|Run|Upload|Download|Set|Tag|Untag|Batch|Query|Scan|Copy|Publish|Subscribe|Execute|Register|Deregister|Enable|Disable|Import|Export|Attach|Detach|Add|Remove|Modify|Restore|Search|Associate|Disassociate)[A-Z](?!.*(?:Request|Response|Input|Output|Result|Exception|Summary|Config|Configuration|Details?|Status)$)/;
// `from awswrangler import (athena, catalog, …)`; `__all__ = ["athena", …]`.
const IMPORTED_NAME = /(?<![\w.])([a-z][a-z0-9_]*)(?![\w.])/g;
const EXPORTED_NAME = /(["'])([A-Za-z_]\w*)\1/g;
const GLUE_LIBRARY = /\bawsglue\b|\bGlueContext\b/g;
const WRANGLER_LITERAL = /\bawswrangler\.([a-z0-9_]+)(?:\.([a-z0-9_]+))?/g;
const JAVA_TYPE = /(?<![\w$.])([A-Z][A-Za-z0-9]*)(?![\w$])/g;
// A class imported from an AWS library, also as the last segment of its import path (`…patterns.NetworkLoadBalancedFargateService`).
const TYPE_NAME = /(?<![\w$])([A-Z][A-Za-z0-9]*)(?![\w$])/g;
const QUALIFIED = /(?<![\w$.])([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?/g;

const MEMBER_START = /^\s*\.([A-Za-z_$])/;

/**
 * A bound client at the end of a line whose call goes on at the next (`… = iam` / `.getPolicyVersion(…)`), as Java
 * and JavaScript chains are broken before the dot: the alias, with its column. Read backwards from the line's end,
 * without a pattern, since it is asked on every line of a file that binds aliases.
 */
export function trailingAlias(line: string, lineNo: number, file: FileContext): { at: number; name: string; binding: Binding } | undefined {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '\r')) end--;
  let at = end;
  while (at > 0 && (isWordChar(line.charCodeAt(at - 1)) || line[at - 1] === '$')) at--;
  if (at === end || end - at > 40 || line[at - 1] === '.') return undefined;
  const name = line.slice(at, end);
  const b = file.aliases.get(name);
  if (!b || b === WRANGLER) return undefined;
  let next = lineNo + 1;
  while (next < file.lines.length && file.lines[next].trim() === '') next++;
  const member = MEMBER_START.exec(file.lines[next] ?? '');
  if (!member || (b.exported && !/[A-Z]/.test(member[1]))) return undefined;
  return { at, name, binding: b };
}

// The literal triggers of these patterns, looked up in the sink's one pass (literals.ts), not searched one by one.
const L = CODE_LITERALS.ids(['@aws-sdk/', 'Client', 'ServiceException', 'Amazon', 'AWS.', 'com.amazonaws.athena.', '.services.', '.enhanced.', 'aws-lambda-go/', 'aws-sdk-go', 'aws_sdk_', 'Amazon.', 'Amazon.Lambda.', 'Amazon.CDK', 'Event', 'mypy_boto3_', 'ServiceResource', '"', "'", 'VpcEndpointAwsService.', 'custom.', 'marketplace.', 'redshift_connector', 'awsglue', 'GlueContext', 'awswrangler.', '.', 'AWS']);
const LL = LINE_LITERALS.ids(['client', 'resource']);

export function sdkMatches(s: CodeSink): void {
  const { line, r, scope: t, lit, lineLit } = s;
  if (lineLit.has(LL['client']) || lineLit.has(LL['resource'])) { // the service name is in quotes after client(
    eachMatch(s, BOTO3_CALL, onBoto3Call);
  }
  if (lit.has(L['@aws-sdk/'])) eachMatch(s, JS_SDK_IMPORT, onJsSdkImport);
  if (lit.has(L['Client'])) {
    eachMatch(s, SDK_CLIENT_CLASS, onSdkClientClass);
  }
  if (s.file.aws && lit.has(L['ServiceException'])) eachMatch(s, SDK_SERVICE_EXCEPTION, onSdkServiceException);
  if (lit.has(L['Amazon'])) {
    eachMatch(s, SDK_SERVICE_TYPE, onSdkServiceType);
  }
  if (s.file.wranglerImportLines.has(s.lineNo)) {
    eachMatch(s, IMPORTED_NAME, onImportedName);
  }
  if (s.file.exportLines.has(s.lineNo)) {
    eachMatch(s, EXPORTED_NAME, onExportedName);
  }
  if (lit.has(L['AWS.'])) eachMatch(s, SDK_V2_CLASS, onSdkV2Class);
  if (lit.has(L['com.amazonaws.athena.'])) {
    eachMatch(s, ATHENA_FEDERATION, onAthenaFederation);
  }
  if (lit.has(L['.services.']) || lit.has(L['.enhanced.'])) eachMatch(s, JAVA_PACKAGE, onJavaPackage);
  if (lit.has(L['aws-lambda-go/'])) eachMatch(s, GO_LAMBDA, onGoLambda);
  if (lit.has(L['aws-sdk-go'])) eachMatch(s, GO_SDK, onGoSdk);
  if (lit.has(L['aws_sdk_'])) eachMatch(s, RUST_CRATE, onRustCrate);
  if (lit.has(L['Amazon.'])) eachMatch(s, DOTNET_NAMESPACE, onDotnetNamespace);
  if (lit.has(L['Amazon.Lambda.'])) {
    eachMatch(s, DOTNET_LAMBDA_CLASS, onDotnetLambdaClass);
  }
  if (lit.has(L['Amazon.CDK'])) eachMatch(s, DOTNET_CDK, onDotnetCdk);
  if ((lit.has(L.Amazon) || lit.has(L.AWS)) && V1_TRIGGER.test(t)) {
    eachMatch(s, SDK_V1_CLIENT, onSdkV1Client);
  }
  if (lit.has(L['Event'])) {
    // In an AWS file, or as inline code in prose (`SNSEvent`); elsewhere a class of that name may be the program's own.
    eachMatch(s, EVENT_CLASS, onEventClass);
  }
  if (lit.has(L['mypy_boto3_']) || lit.has(L['ServiceResource'])) eachMatch(s, BOTO3_STUBS, onBoto3Stubs);
  if (s.file.aws && (lit.has(L['"']) || lit.has(L["'"]))) {
    eachMatchInRun(s, QUOTED_ID, onQuotedId);
  }
  if (s.file.appsync) {
    eachMatch(s, APPSYNC_UTIL, onAppsyncUtil);
    eachMatch(s, APPSYNC_TYPE, onAppsyncType);
  }
  if (lit.has(L['VpcEndpointAwsService.'])) eachMatch(s, VPC_ENDPOINT_SERVICE, onVpcEndpointService);
  // Glue's own connection-type key (`connection_type=`, Scala and Java `connectionType =`) vouches by itself.
  if ((lit.has(L['custom.']) || lit.has(L['marketplace.'])) && (s.file.aws || GLUE_CONNECTION_KEY.test(line))) eachMatch(s, GLUE_CONNECTOR, onGlueConnector);
  if (s.file.botocoreModel && lit.has(L['"'])) {
    eachMatchInRun(s, MODEL_NAME, onModelName);
  }
  if (lit.has(L['Amazon.Lambda.'])) {
    eachMatch(s, DOTNET_LAMBDA_EVENTS, onDotnetLambdaEvents);
  }
  const pkg = r.packagePattern();
  if (pkg.trigger.test(t)) eachMatch(s, pkg.re, onPkgRe);
  if (lit.has(L['redshift_connector'])) eachMatch(s, REDSHIFT_DRIVER, onRedshiftDriver);
  if (lit.has(L['awsglue']) || lit.has(L['GlueContext'])) eachMatch(s, GLUE_LIBRARY, onGlueLibrary);
  if (lit.has(L['awswrangler.'])) eachMatch(s, WRANGLER_LITERAL, onWranglerLiteral);
  // Both patterns below keep only a name of file.typeNames (imported SDK and library classes): the file's one
  // pattern of those names says first, without a match object per capitalised word, whether the scope holds one.
  const typeNamed = (s.file.sdkTypes.size > 0 || s.file.typeParts.size > 0) && (s.file.typeNameHint === undefined || s.file.typeNameHint.test(t));
  if (typeNamed && s.file.sdkTypes.size) {
    eachMatchInRun(s, JAVA_TYPE, onJavaType);
  }
  if (typeNamed && s.file.typeParts.size) {
    eachMatchInRun(s, TYPE_NAME, onTypeName);
  }
  if (s.file.aliases.size) {
    const tail = trailingAlias(line, s.lineNo, s.file);
    if (tail) s.add(tail.binding.serviceId, tail.binding.kind, tail.at, tail.name);
  }
  if (s.file.aliases.size && lit.has(L['.'])) {
    eachMatchInRun(s, QUALIFIED, onQualified);
  }
}

/** `from_ec2_instance`, `fromDynamoDbTable`: the service a CDK factory method's words name, other than its module's own. */
function factoryService(s: CodeSink, method: string, at: number, own: string): void {
  const rest = /^from_?/.exec(method)![0].length;
  // snake_case words become one CamelCase name; `starts` maps each word's offset there back to the method.
  let camel = '';
  const starts = new Map<number, number>();
  let off = rest;
  for (const w of method.slice(rest).split('_')) {
    starts.set(camel.length, off);
    camel += w.charAt(0).toUpperCase() + w.slice(1);
    off += w.length + 1;
  }
  starts.set(camel.length, off);
  for (const p of typeParts(camel, s.r, undefined, true)) {
    if (p.serviceId === own) continue;
    const from = starts.get(p.at), to = starts.get(p.at + p.length);
    // A part that starts inside one snake_case word is no word of the method.
    if (from !== undefined && to !== undefined) s.add(p.serviceId, 'cdk', at + from, method.slice(from, to - 1));
    else if (!method.includes('_', rest)) s.add(p.serviceId, 'cdk', at + rest + p.at, method.slice(rest + p.at, rest + p.at + p.length));
  }
}

/** The service an event class's leading words name, whole: as the .NET event packages name it, or by its words. */
function eventSource(words: string, r: Resolver): string | undefined {
  // `CloudWatchEvent` is EventBridge (formerly CloudWatch Events); `DynamodbEvent` a DynamoDB Streams record.
  const key = words.toLowerCase();
  const source = LAMBDA_EVENT_SOURCES[key] ?? LAMBDA_EVENT_SOURCES[key + 'events'];
  if (source) return r.services.has(source) ? source : undefined;
  const part = typeParts(words, r)[0];
  return part && part.at === 0 && part.length === words.length ? part.serviceId : undefined;
}

/** `SECRETS_MANAGER` → Secrets Manager, `SSM_MESSAGES` → Systems Manager (its first word), `KINESIS_STREAMS` → Data Streams. */
function endpointMember(member: string, r: Resolver): string | undefined {
  const words = member.toLowerCase().split('_');
  const camel = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return r.pick('boto3', words.join('')) ?? r.pick('boto3', words.join('-')) ?? typeParts(camel, r, undefined, true)[0]?.serviceId ?? r.pick('boto3', words[0]);
}

/**
 * `awswrangler.distributed.ray.modin.s3._write_text`: awswrangler's distributed engine mirrors its service modules, so
 * the first package of the path named as one of them names its service (round 16), as `awswrangler.s3._read` does.
 */
function wranglerDistributed(s: CodeSink, r: Resolver, at: number): void {
  const path = /^[\w.]+/.exec(s.line.slice(at))?.[0] ?? '';
  const parts = path.split('.');
  let col = at + parts[0].length + 1;
  for (let k = 1; k < parts.length; col += parts[k].length + 1, k++) {
    const b = wranglerModule(parts[k], r, parts[k + 1]);
    if (b) { s.add(b.serviceId, 'sdk', col, parts[k]); return; }
  }
}

// The callbacks' tests, declared once (a literal in a function is a new RegExp object each time it runs).
const CAPITAL_START = /^[A-Z]/;
const VECTOR = /vector/;
const CDK_MODULE_NAMESPACE = /^aws_[a-z0-9_]+$/;
const SOURCE_OR_STEP_END = /(?:Source|Step)$/;
const GO_CONSTRUCTOR_PREFIX = /^New(?=[A-Z])/;
const FACTORY_METHOD = /^from_?[A-Za-z0-9]/;
const TYPE_MEMBER_AFTER = /^\.[A-Z]/;
const HYPHEN_OR_DIGIT = /[-0-9]/;
const PACKAGE_PATH_BEFORE = /(?:^|[^\w$.])[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*\.$/;

// The patterns' callbacks, declared once (an arrow in the gate would be a new closure, and its captures a context, on every call).
function onBoto3Call(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('boto3', m[2].toLowerCase()), 'sdk', m.index + m[0].indexOf(m[2], m[0].indexOf('(')), m[2]);
}

function onJsSdkImport(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('jsSdk', m[1]), 'sdk', m.index, m[0]);
}

function onSdkClientClass(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  // A client class of the program's own module (`use rest_ses::client::RdsClient`, `import { S3Client } from './s3'`).
  if (s.file.localClasses.has(m[0])) return;
  const key = m[1].toLowerCase();
  // .NET spells some names out: `AmazonSimpleNotificationServiceClient` (round 18).
  s.add(r.pick('sdkClass', key) ?? r.pick('sdkClass', key.replace(/v\d+$/, '')) ?? (key in SDK_LONG_NAMES ? r.pick('boto3', SDK_LONG_NAMES[key]) : undefined), 'sdk', m.index, m[0]);
}

function onSdkServiceException(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('sdkClass', m[1].toLowerCase()), 'sdk', m.index, m[0]);
}

function onSdkServiceType(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const key = m[1].toLowerCase();
  s.add(r.pick('sdkClass', key) ?? r.pick('sdkClass', key.replace(/v\d+$/, '')), 'sdk', m.index, m[0]);
}

function onImportedName(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  // The names after ` import ` (the module's path before it holds none).
  if (m.index > s.line.indexOf(' import ')) s.add(wranglerModule(m[1], r)?.serviceId, 'sdk', m.index, m[1]);
}

function onExportedName(m: RegExpExecArray, s: CodeSink): void {
  const b = s.file.aliases.get(m[2]);
  if (b && b !== WRANGLER) s.add(b.serviceId, b.kind, m.index + 1, m[2]);
}

function onSdkV2Class(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('sdkClass', m[1].toLowerCase()), 'sdk', m.index + 4, m[1]);
}

function onAthenaFederation(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const head = m[1] ? m[0].slice(0, -m[1].length - 1) : m[0];
  s.add(r.pick('boto3', 'athena'), 'sdk', m.index, head);
  // `…athena.connector.lambda.…`: the SDK's namespace for connectors, which run as Lambda functions;
  // `…athena.connectors.cloudwatch`: the connector of that source, CloudWatch.
  if (m[1]) s.add(r.sdkService(m[1]), 'sdk', m.index + head.length + 1, m[1]);
}

function onJavaPackage(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService(m[1]), 'sdk', m.index, m[0]);
}

function onGoLambda(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService('lambda'), 'sdk', m.index + m[0].indexOf(m[1]), m[1]);
}

function onGoSdk(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService(m[1]), 'sdk', m.index + m[0].lastIndexOf('service/'), m[0].slice(m[0].lastIndexOf('service/')));
}

function onRustCrate(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService(m[1]), 'sdk', m.index, m[0]);
}

function onDotnetNamespace(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService(m[1]), 'sdk', m.index, m[0]);
}

function onDotnetLambdaClass(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const at = m.index + m[0].length - m[1].length;
  for (const p of typeParts(m[1], r, undefined, true).filter((p) => p.at === 0)) s.add(p.serviceId, 'sdk', at, m[1].slice(0, p.length));
}

function onDotnetCdk(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(m[1] ? r.cdkModule('aws-' + m[1].toLowerCase()) : r.services.has('cdk') ? 'cdk' : undefined, 'cdk', m.index, m[0]);
}

function onSdkV1Client(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const line = s.line;
  // `AWSLambda.EventBridgeEvent`: the global namespace of @types/aws-lambda qualifies a type, as Go's `events.` does;
  // the type names its service (the event's source), the namespace none (round 13).
  if (TYPE_MEMBER_AFTER.test(line.slice(m.index + m[0].length, m.index + m[0].length + 2))) return;
  const key = m[1].toLowerCase();
  s.add(r.pick('sdkClass', key) ?? (key in SDK_LONG_NAMES ? r.pick('boto3', SDK_LONG_NAMES[key]) : undefined), 'sdk', m.index, m[0]);
}

function onEventClass(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const line = s.line;
  if (s.file.aws || (line[m.index - 1] === '`' && line[m.index + m[0].length] === '`')) s.add(eventSource(m[1], r), 'sdk', m.index, m[0]);
}

function onBoto3Stubs(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(m[1] ? r.sdkService(m[1]) : r.pick('sdkClass', m[2].toLowerCase()), 'sdk', m.index, m[0]);
}

function onQuotedId(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const line = s.line;
  const id = m[2];
  if (!HYPHEN_OR_DIGIT.test(id) && !DISTINCTIVE.has(id)) return;
  // A Go struct tag names a JSON field (`json:"s3"`), and a folder setting's value is a path (`"outputDir": "dynamodb"`).
  if (inStructTag(line, m.index + 1) || inPathValue(line, m.index + 1)) return;
  s.add(r.pick('boto3', id) ?? (id.includes('-') ? r.pick('jsSdk', id) : undefined), 'sdk', m.index + 1, id);
}

function onAppsyncUtil(m: RegExpExecArray, s: CodeSink): void {
  s.add(APPSYNC_SOURCES[m[1]], 'sdk', m.index, m[0]);
}

function onAppsyncType(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const p = typeParts(m[1], r); if (p.length === 1) s.add(p[0].serviceId, 'sdk', m.index + m[0].length - m[1].length, m[1]);
}

function onVpcEndpointService(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(endpointMember(m[1], r), 'sdk', m.index + m[0].length - m[1].length, m[1]);
}

function onGlueConnector(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService(m[1]), 'sdk', m.index + m[0].length - m[1].length, m[1]);
}

function onModelName(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const own = s.file.modelService;
  for (const p of typeParts(m[1].charAt(0).toUpperCase() + m[1].slice(1), r, undefined, true)) {
    // "Cli" in a model is the service's own command line (MWAA's Airflow CLI), never the AWS CLI.
    if (p.serviceId === 'aws-cli' || (own !== undefined && p.serviceId !== own && !OPERATION_NAME.test(m[1]))) continue;
    s.add(p.serviceId, 'sdk', m.index + 1 + p.at, m[1].slice(p.at, p.at + p.length));
  }
}

function onDotnetLambdaEvents(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const id = LAMBDA_EVENT_SOURCES[m[1].toLowerCase()];
  if (id && r.services.has(id)) s.add(id, 'sdk', m.index + 'Amazon.Lambda.'.length, m[1] + 'Events');
}

function onPkgRe(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('package', m[0]), 'sdk', m.index, m[0]);
}

function onRedshiftDriver(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('boto3', 'redshift'), 'sdk', m.index, m[0]);
}

function onGlueLibrary(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('boto3', 'glue'), 'sdk', m.index, m[0]);
}

function onWranglerLiteral(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  if (m[1] === 'distributed') wranglerDistributed(s, r, m.index);
  else s.add(wranglerModule(m[1], r, m[2])?.serviceId, 'sdk', m.index, `awswrangler.${m[1]}`);
}

function onJavaType(m: RegExpExecArray, s: CodeSink): void {
  const b = s.file.sdkTypes.get(m[1]); if (b) s.add(b.serviceId, b.kind, m.index, m[1]);
}

function onTypeName(m: RegExpExecArray, s: CodeSink): void {
  const line = s.line;
  const parts = s.file.typeParts.get(m[1]);
  if (!parts || (line[m.index - 1] === '.' && !PACKAGE_PATH_BEFORE.test(line.slice(0, m.index)))) return;
  // One service: the whole class name is the span; several (`DynamoDBToS3Operator`): each word run its own.
  if (parts.length === 1) s.add(parts[0].serviceId, parts[0].serviceId === 'cdk' ? 'cdk' : 'sdk', m.index, m[1]);
  else for (const p of parts) s.add(p.serviceId, 'sdk', m.index + p.at, m[1].slice(p.at, p.at + p.length));
}

function onQualified(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const b = s.file.aliases.get(m[1]);
  if (!b) return;
  if (b === WRANGLER) {
    // wr.s3.put_vectors: awswrangler keeps S3 Vectors in its s3 module; the most specific service wins.
    const w = m[2] === 's3' && VECTOR.test(m[3] ?? '') ? wranglerModule('s3vectors', r) : wranglerModule(m[2], r, m[3]);
    if (w) s.add(w.serviceId, 'sdk', m.index, `${m[1]}.${m[2]}`);
  } else if (b.eventTypes) {
    const event = EVENT_CLASS_WHOLE.exec(m[2]);
    const id = event ? eventSource(event[1], r) : CAPITAL_START.test(m[2]) ? typeParts(m[2], r, b.serviceId)[0]?.serviceId : undefined;
    s.add(id, 'sdk', m.index, `${m[1]}.${m[2]}`);
  } else if (!b.exported || CAPITAL_START.test(m[2])) {
    // The CDK's own classes named after the service they build: `pipelines.CodePipeline`, `…CodePipelineSource`.
    // `cdk.aws_iam.PolicyStatement`: aws-cdk-lib's module namespaces are their modules' services.
    const built = b.serviceId !== 'cdk' ? undefined : CDK_MODULE_NAMESPACE.test(m[2]) ? r.cdkModule(m[2])
      : r.pick('sdkClass', m[2].replace(SOURCE_OR_STEP_END, '').toLowerCase());
    // A CDK module's class named after another service: `ecs_patterns.ApplicationLoadBalancedFargateService`,
    // `ec2.Vpc`, Go's `awsecspatterns.NewApplicationLoadBalancedFargateService` — the alias is its module's
    // service, the class words their own (English words only of the module's own service, as on imports).
    const member = m[2].replace(GO_CONSTRUCTOR_PREFIX, '');
    const parts = b.kind === 'cdk' && b.serviceId !== 'cdk' && CAPITAL_START.test(member) ? typeParts(member, r, b.calls ? ANY_SERVICE : b.serviceId).filter((p) => p.serviceId !== b.serviceId) : [];
    // `tasks.LambdaInvoke`, `tasks.GlueStartJobRun`: a task names the service it calls, not Step Functions.
    if (parts.length && b.calls) {
      const at = m.index + m[1].length + 1 + m[2].length - member.length;
      for (const p of parts) s.add(p.serviceId, 'cdk', at + p.at, member.slice(p.at, p.at + p.length));
    } else if (parts.length) {
      s.add(b.serviceId, b.kind, m.index, m[1]);
      const at = m.index + m[1].length + 1 + m[2].length - member.length;
      for (const p of parts) s.add(p.serviceId, 'cdk', at + p.at, member.slice(p.at, p.at + p.length));
    } else {
      s.add(built && built !== 'cdk' ? built : b.serviceId, b.kind, m.index, `${m[1]}.${m[2]}`);
    }
    // A CDK factory named after the service it imports from: `backup.BackupResource.from_ec2_instance`.
    if (b.kind === 'cdk' && m[3] && FACTORY_METHOD.test(m[3])) factoryService(s, m[3], m.index + m[0].length - m[3].length, b.serviceId);
  }
}
