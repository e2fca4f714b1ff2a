// The SDK for JavaScript: v3 client packages (`@aws-sdk/client-kinesis`), v2 service classes (`new AWS.S3()`), a v3
// client's base exception (`S3ServiceException`), and AppSync's resolver utilities and types (`util.dynamodb`).
// Split from sdk.ts (the dispatcher, which keeps the order the patterns run in).
import type { CodeSink } from './code';
import { typeParts } from './classWords';

export const JS_SDK_IMPORT = /@aws-sdk\/client-([a-z0-9-]+)/g;
export const SDK_V2_CLASS = /\bAWS\.([A-Z][A-Za-z0-9]*)\s*\(/g;
// The base exception of a JavaScript v3 client, named after its service: `S3ServiceException`, and quoted as an
// error's name, `caught.name === "BedrockRuntimeServiceException"` (round 17). In an AWS file only.
export const SDK_SERVICE_EXCEPTION = /\b([A-Z][A-Za-z0-9]*?)ServiceException\b/g;
// AppSync's resolver utilities: `util.dynamodb.toMapValues(…)`, `util.rds.toJsonObject(…)` build requests to that data source,
// and a JSDoc type from the library names it (`import('@aws-appsync/utils').DynamoDBGetItemRequest`).
export const APPSYNC_UTIL = /(?<![\w.$])util\.(dynamodb|rds)\b/g;
const APPSYNC_SOURCES: Record<string, string> = { dynamodb: 'dynamodb', rds: 'rds' };
export const APPSYNC_TYPE = /\bimport\(\s*['"]@aws-appsync\/utils['"]\s*\)\.([A-Z][A-Za-z0-9]*)/g;

export function onJsSdkImport(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('jsSdk', m[1]), 'sdk', m.index, m[0]);
}

export function onSdkServiceException(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('sdkClass', m[1].toLowerCase()), 'sdk', m.index, m[0]);
}

export function onSdkV2Class(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('sdkClass', m[1].toLowerCase()), 'sdk', m.index + 4, m[1]);
}

export function onAppsyncUtil(m: RegExpExecArray, s: CodeSink): void {
  s.add(APPSYNC_SOURCES[m[1]], 'sdk', m.index, m[0]);
}

export function onAppsyncType(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const p = typeParts(m[1], r); if (p.length === 1) s.add(p[0].serviceId, 'sdk', m.index + m[0].length - m[1].length, m[1]);
}
