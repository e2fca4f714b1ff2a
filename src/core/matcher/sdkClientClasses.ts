// Client classes and model types named after their service, in any language that has them: `KinesisClient`,
// `AmazonAthenaClient`, Java v1 and .NET client interfaces and builders (`AmazonS3`, `IAmazonDynamoDB`,
// `AWSGlueClientBuilder`, long names in SDK_LONG_NAMES), and model types (`AmazonS3Exception`, `AmazonDynamoDBConfig`).
// Split from sdk.ts (the dispatcher, which keeps the order the patterns run in).
import type { CodeSink } from './code';
import { SDK_LONG_NAMES } from './sdkLongNames';

export const SDK_CLIENT_CLASS = /\b(?:I?Amazon)?([A-Z][A-Za-z0-9]*?)Client\b/g;
// .NET and Java v1 model types named after their service: AmazonS3Exception, AmazonDynamoDBConfig.
export const SDK_SERVICE_TYPE = /\bAmazon([A-Z][A-Za-z0-9]*?)(?:Exception|Config|Request|Response)\b/g;
// Java v1 and .NET client interfaces and builders: `AmazonS3`, `IAmazonDynamoDB`, `AWSGlue`, `AmazonIdentityManagementClientBuilder`,
// `AmazonDynamoDBAsync`. Only a whole service name before the suffix (`AWSLambdaBasicExecutionRole` is a policy).
export const SDK_V1_CLIENT = /\bI?(?:Amazon|AWS)([A-Z][A-Za-z0-9]*?)(?:ClientBuilder|AsyncClientBuilder|AsyncClient|Async)?\b/g;
const TYPE_MEMBER_AFTER = /^\.[A-Z]/;

export function onSdkClientClass(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  // A client class of the program's own module (`use rest_ses::client::RdsClient`, `import { S3Client } from './s3'`).
  if (s.file.localClasses.has(m[0])) return;
  const key = m[1].toLowerCase();
  // .NET spells some names out: `AmazonSimpleNotificationServiceClient` (round 18).
  s.add(r.pick('sdkClass', key) ?? r.pick('sdkClass', key.replace(/v\d+$/, '')) ?? (key in SDK_LONG_NAMES ? r.pick('boto3', SDK_LONG_NAMES[key]) : undefined), 'sdk', m.index, m[0]);
}

export function onSdkServiceType(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const key = m[1].toLowerCase();
  s.add(r.pick('sdkClass', key) ?? r.pick('sdkClass', key.replace(/v\d+$/, '')), 'sdk', m.index, m[0]);
}

export function onSdkV1Client(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const line = s.line;
  // `AWSLambda.EventBridgeEvent`: the global namespace of @types/aws-lambda qualifies a type, as Go's `events.` does;
  // the type names its service (the event's source), the namespace none (round 13).
  if (TYPE_MEMBER_AFTER.test(line.slice(m.index + m[0].length, m.index + m[0].length + 2))) return;
  const key = m[1].toLowerCase();
  s.add(r.pick('sdkClass', key) ?? (key in SDK_LONG_NAMES ? r.pick('boto3', SDK_LONG_NAMES[key]) : undefined), 'sdk', m.index, m[0]);
}
