// Python's SDK and its service model: boto3 `client()` / `resource()` calls, boto3's type stubs (`mypy_boto3_s3`,
// `S3ServiceResource`), a botocore service id quoted as a value in an AWS file (`"bedrock-runtime"`), and the operation
// and shape names of a botocore model file. Split from sdk.ts (the dispatcher, which keeps the order the patterns run in).
import type { CodeSink } from './code';
import { typeParts } from './classWords';
import { DISTINCTIVE } from './nameWords';
import { inPathValue, inStructTag } from './text';

export const BOTO3_CALL = /\b(?:client|resource)\(\s*(?:service_name\s*=\s*)?(["'])([A-Za-z0-9-]+)\1/g;
// boto3's type stubs: `from mypy_boto3_s3 import S3Client`, `-> "S3ServiceResource"`, `GlueServiceResource`.
export const BOTO3_STUBS = /\bmypy_boto3_([a-z0-9_]+)|\b([A-Z][A-Za-z0-9]*?)ServiceResource\b/g;
// A botocore service id as a quoted value in an AWS file: `"bedrock-runtime",`, `service_name="secretsmanager"`.
// Keys (`"s3": {…}`) are the program's settings; an English id (`"lambda"`, `"config"`) is a word.
// Not a key (`"bedrock-runtime": …`), but a value compared at the end of a Python condition (`name == "timestream-write":`).
// A key mapped to a string is a table keyed by service (`"s3-control": "javav2/example_code/s3/…"`, round 12), and the
// SDK for JavaScript's name of a client counts as boto3's does (`s3-control` is `@aws-sdk/client-s3-control`).
export const QUOTED_ID = /(["'])([a-z][a-z0-9-]*[a-z0-9])\1(?:(?!\s*:)|(?=\s*:\s*["'])|(?<=[=!]=\s*\1[a-z0-9-]+\1)(?=\s*:\s*(?:#.*)?$))/g;
// A botocore model file (`botocore/data/<service>/…/paginators-1.json`): operation and shape names such as
// `"DescribeDirectConnectGateways"` or `"directConnectGatewayAssociations"` spell the service they belong to.
export const MODEL_NAME = /"([A-Za-z][A-Za-z0-9]{3,})"/g;
// In a model that names its own service (`"serviceId":"MWAA"`), another service's word counts only in an
// operation's name (`ListS3Resources`): in a shape or member (`"KmsKey"`, `CreateCliTokenResponse`) it is an
// API field's name, as `KmsKeyId` is.
const OPERATION_NAME = /^(?:List|Get|Put|Create|Delete|Describe|Update|Start|Stop|Send|Receive|Invoke|Run|Upload|Download|Set|Tag|Untag|Batch|Query|Scan|Copy|Publish|Subscribe|Execute|Register|Deregister|Enable|Disable|Import|Export|Attach|Detach|Add|Remove|Modify|Restore|Search|Associate|Disassociate)[A-Z](?!.*(?:Request|Response|Input|Output|Result|Exception|Summary|Config|Configuration|Details?|Status)$)/;
const HYPHEN_OR_DIGIT = /[-0-9]/;

export function onBoto3Call(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('boto3', m[2].toLowerCase()), 'sdk', m.index + m[0].indexOf(m[2], m[0].indexOf('(')), m[2]);
}

export function onBoto3Stubs(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(m[1] ? r.sdkService(m[1]) : r.pick('sdkClass', m[2].toLowerCase()), 'sdk', m.index, m[0]);
}

export function onQuotedId(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const line = s.line;
  const id = m[2];
  if (!HYPHEN_OR_DIGIT.test(id) && !DISTINCTIVE.has(id)) return;
  // A Go struct tag names a JSON field (`json:"s3"`), and a folder setting's value is a path (`"outputDir": "dynamodb"`).
  if (inStructTag(line, m.index + 1) || inPathValue(line, m.index + 1)) return;
  s.add(r.pick('boto3', id) ?? (id.includes('-') ? r.pick('jsSdk', id) : undefined), 'sdk', m.index + 1, id);
}

export function onModelName(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const own = s.file.modelService;
  for (const p of typeParts(m[1].charAt(0).toUpperCase() + m[1].slice(1), r, undefined, true)) {
    // "Cli" in a model is the service's own command line (MWAA's Airflow CLI), never the AWS CLI.
    if (p.serviceId === 'aws-cli' || (own !== undefined && p.serviceId !== own && !OPERATION_NAME.test(m[1]))) continue;
    s.add(p.serviceId, 'sdk', m.index + 1 + p.at, m[1].slice(p.at, p.at + p.length));
  }
}
