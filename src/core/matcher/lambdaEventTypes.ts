// Lambda's event types, named after the service that sends the event: `SQSEvent`, `APIGatewayV2ProxyRequestEvent`,
// `CloudWatchEvent` (EventBridge), and .NET's event packages (`Amazon.Lambda.KinesisEvents`). boundNames.ts reads the
// same names through a package alias (Go's `events.DynamoDBOperationTypeInsert`).
// Split from sdk.ts (the dispatcher, which keeps the order the patterns run in).
import type { Resolver } from './claims';
import { typeParts } from './classWords';
import type { CodeSink } from './code';
import { LAMBDA_EVENT_SOURCES } from './modules';

// .NET Lambda event packages name the service that sends the event: Amazon.Lambda.APIGatewayEvents, …KinesisEvents.
export const DOTNET_LAMBDA_EVENTS = /\bAmazon\.Lambda\.([A-Z][A-Za-z0-9]*?)Events\b/g;
// The event classes of Lambda's libraries, named after the service that sends the event, in an AWS file or as
// inline code in prose: `SQSEvent`, `S3Event`, `KinesisFirehoseEvent`, `APIGatewayV2ProxyRequestEvent`. The words before
// `Event` must be one service's name, whole (`S3UploadEvent` is the program's own).
export const EVENT_CLASS = /\b([A-Z][A-Za-z0-9]*?)(?:V\d)?(?:Proxy)?(?:Request|Response)?Events?\b/g;
export const EVENT_CLASS_WHOLE = new RegExp(`^${EVENT_CLASS.source}$`);

/** The service an event class's leading words name, whole: as the .NET event packages name it, or by its words. */
export function eventSource(words: string, r: Resolver): string | undefined {
  // `CloudWatchEvent` is EventBridge (formerly CloudWatch Events); `DynamodbEvent` a DynamoDB Streams record.
  const key = words.toLowerCase();
  const source = LAMBDA_EVENT_SOURCES[key] ?? LAMBDA_EVENT_SOURCES[key + 'events'];
  if (source) return r.services.has(source) ? source : undefined;
  const part = typeParts(words, r)[0];
  return part && part.at === 0 && part.length === words.length ? part.serviceId : undefined;
}

export function onEventClass(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const line = s.line;
  if (s.file.aws || (line[m.index - 1] === '`' && line[m.index + m[0].length] === '`')) s.add(eventSource(m[1], r), 'sdk', m.index, m[0]);
}

export function onDotnetLambdaEvents(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const id = LAMBDA_EVENT_SOURCES[m[1].toLowerCase()];
  if (id && r.services.has(id)) s.add(id, 'sdk', m.index + 'Amazon.Lambda.'.length, m[1] + 'Events');
}
