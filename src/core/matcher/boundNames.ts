// Uses of the names a file's own imports bind (imports.ts and typedImports.ts decide the bindings; this module finds them
// on a line): qualified aliases (`ecs.Cluster`, `s3.put_object`, `wr.s3…`, a CDK module's class named after another
// service, a CDK factory, Go's `events.` types), imported SDK and library classes used bare, a bound client at a line's end
// whose call goes on at the next, and a quoted name in a Python `__all__`.
// Split from sdk.ts (the dispatcher, which keeps the order the patterns run in).
import { ANY_SERVICE, typeParts } from './classWords';
import type { CodeSink } from './code';
import { FileContext } from './fileContext';
import { EVENT_CLASS_WHOLE, eventSource } from './lambdaEventTypes';
import { isWordChar } from './text';
import { Binding } from './types';
import { WRANGLER, wranglerModule } from './wrangler';

// `__all__ = ["athena", …]`.
export const EXPORTED_NAME = /(["'])([A-Za-z_]\w*)\1/g;
export const JAVA_TYPE = /(?<![\w$.])([A-Z][A-Za-z0-9]*)(?![\w$])/g;
// A class imported from an AWS library, also as the last segment of its import path (`…patterns.NetworkLoadBalancedFargateService`).
export const TYPE_NAME = /(?<![\w$])([A-Z][A-Za-z0-9]*)(?![\w$])/g;
export const QUALIFIED = /(?<![\w$.])([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?/g;

const MEMBER_START = /^\s*\.([A-Za-z_$])/;

// The callbacks' tests, declared once (a literal in a function is a new RegExp object each time it runs).
const CAPITAL_START = /^[A-Z]/;
const VECTOR = /vector/;
const CDK_MODULE_NAMESPACE = /^aws_[a-z0-9_]+$/;
const SOURCE_OR_STEP_END = /(?:Source|Step)$/;
const GO_CONSTRUCTOR_PREFIX = /^New(?=[A-Z])/;
const FACTORY_METHOD = /^from_?[A-Za-z0-9]/;
const PACKAGE_PATH_BEFORE = /(?:^|[^\w$.])[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*\.$/;

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

export function onExportedName(m: RegExpExecArray, s: CodeSink): void {
  const b = s.file.aliases.get(m[2]);
  if (b && b !== WRANGLER) s.add(b.serviceId, b.kind, m.index + 1, m[2]);
}

export function onJavaType(m: RegExpExecArray, s: CodeSink): void {
  const b = s.file.sdkTypes.get(m[1]); if (b) s.add(b.serviceId, b.kind, m.index, m[1]);
}

export function onTypeName(m: RegExpExecArray, s: CodeSink): void {
  const line = s.line;
  const parts = s.file.typeParts.get(m[1]);
  if (!parts || (line[m.index - 1] === '.' && !PACKAGE_PATH_BEFORE.test(line.slice(0, m.index)))) return;
  // One service: the whole class name is the span; several (`DynamoDBToS3Operator`): each word run its own.
  if (parts.length === 1) s.add(parts[0].serviceId, parts[0].serviceId === 'cdk' ? 'cdk' : 'sdk', m.index, m[1]);
  else for (const p of parts) s.add(p.serviceId, 'sdk', m.index + p.at, m[1].slice(p.at, p.at + p.length));
}

export function onQualified(m: RegExpExecArray, s: CodeSink): void {
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
