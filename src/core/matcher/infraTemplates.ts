// Templates and their tools' files: CloudFormation types and templates, Terraform resource types, registry modules and the
// module instances named after them, SAM and Serverless Framework event sources, dbt profiles' adapters, and SDK example
// metadata (a service key over its operations). Split from infra.ts (the dispatcher, which keeps the order the patterns
// run in): one module per kind of identifier, so each stays short enough to read whole.
import type { CodeSink } from './code';

export const CFN_TYPE = /\b(AWS::[A-Za-z0-9]+)(::[A-Za-z0-9]+(?:::[A-Za-z0-9]+)?)?/g;
export const TF_TYPE = /\b(aws_[a-z0-9_]+)\b(?!::)/g;
export const TF_MODULE = /\bterraform-aws-(?!modules\b)([a-z0-9-]+)|\bterraform-aws-modules\/([a-z0-9-]+)\/aws\b/g;
export const CFN_TEMPLATE = /\bAWSTemplateFormatVersion\b/g;
// SDK example metadata: a service key over its API operations, `glacier: {ListTagsForVault, ListVaults}`.
export const SERVICE_OPERATIONS = /^\s*([a-z][a-z0-9-]*):\s*\{\s*((?:List|Get|Put|Create|Delete|Describe|Update|Start|Stop|Send|Receive|Invoke|Run|Upload|Download|Initiate|Set|Tag|Untag|Batch|Query|Scan|Copy|Publish|Subscribe|Execute|Register|Enable|Disable|Import|Export|Attach|Detach|Add|Remove|Modify|Restore|Search)[A-Z][A-Za-z0-9]*(?:\s*,\s*[A-Z][A-Za-z0-9]*)*)\s*\}\s*$/;
export const TF_MODULE_REF = /\bmodule\.([A-Za-z_][\w-]*)/g;
export const TF_MODULE_DECL = /^\s*module\s+"([\w-]+)"/;
// dbt's adapters for AWS services, in a profile: `type: athena` (dbt-athena), `type: redshift`, `type: glue` (dbt-glue).
export const DBT_ADAPTER = /^\s*type:\s*['"]?(athena|redshift|glue)['"]?\s*$/;
// SAM `Events: … Type: SQS` and Serverless Framework `events: - sqs: …`.
export const SAM_EVENT = /^\s*Type:\s*['"]?(SQS|S3|SNS|DynamoDB|Kinesis|Api|HttpApi|Schedule|ScheduleV2|EventBridgeRule|CloudWatchEvent|CloudWatchLogs|MSK|DocumentDB)['"]?\s*$/;
export const SLS_EVENT = /^\s*-\s*(sqs|s3|sns|http|httpApi|websocket|schedule|eventBridge|cloudwatchLog|cloudwatchEvent|msk|alb|kafka)\s*:/;
export const EVENT_SERVICES: Record<string, string> = {
  sqs: 'sqs', s3: 's3', sns: 'sns', dynamodb: 'dynamodb-streams', kinesis: 'kinesis-data-streams', api: 'api-gateway', httpapi: 'api-gateway',
  http: 'api-gateway', websocket: 'api-gateway', schedule: 'eventbridge', schedulev2: 'eventbridge-scheduler', eventbridgerule: 'eventbridge',
  eventbridge: 'eventbridge', cloudwatchevent: 'eventbridge', cloudwatchlogs: 'cloudwatch-logs', cloudwatchlog: 'cloudwatch-logs', msk: 'msk', documentdb: 'documentdb',
};

export function onCfnType(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.cfn(m[0], m[1]), 'cfn', m.index, m[0]);
}

export function onTfType(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  if (!s.file.ownAwsNames.has(m[1])) s.add(r.terraform(m[1]), 'terraform', m.index, m[1]);
}

export function onTfModule(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const line = s.line;
  if (!/(?<!git::)https?:\/\/\S*$/.test(line.slice(0, m.index))) s.add(r.registryModule(m[1] ?? m[2]), 'terraform', m.index, m[0]);
}

export function onCfnTemplate(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cloudformation'), 'cfn', m.index, m[0]);
}

export function onTfModuleRef(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.file.tfModules.get(m[1])?.serviceId, 'terraform', m.index, m[0]);
}
