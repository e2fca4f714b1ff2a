// The data libraries AWS publishes beside its SDKs: awswrangler (the AWS SDK for pandas: `wr.athena…`,
// `awswrangler.s3…`, its modules imported by name, its distributed packages), the Glue ETL library (`awsglue`,
// `GlueContext`) and Glue's connection types for connectors (`connection_type="custom.athena"`, in any language), and
// Amazon's Redshift driver for Python (`redshift_connector`).
// Split from sdk.ts (the dispatcher, which keeps the order the patterns run in).
import type { Resolver } from './claims';
import type { CodeSink } from './code';
import { wranglerModule } from './wrangler';

// Amazon's Redshift driver for Python (`import redshift_connector`), as the JDBC/ODBC drivers are Redshift's.
export const REDSHIFT_DRIVER = /(?<![\w.])redshift_connector\b/g;
// Glue's connection types for Marketplace and custom connectors: `connection_type = "custom.athena"`.
export const GLUE_CONNECTOR = /(?<![\w.])(?:custom|marketplace)\.([a-z][a-z0-9]*)\b/g;
// `from awswrangler import (athena, catalog, …)`.
export const IMPORTED_NAME = /(?<![\w.])([a-z][a-z0-9_]*)(?![\w.])/g;
export const GLUE_LIBRARY = /\bawsglue\b|\bGlueContext\b/g;
export const WRANGLER_LITERAL = /\bawswrangler\.([a-z0-9_]+)(?:\.([a-z0-9_]+))?/g;

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

export function onImportedName(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  // The names after ` import ` (the module's path before it holds none).
  if (m.index > s.line.indexOf(' import ')) s.add(wranglerModule(m[1], r)?.serviceId, 'sdk', m.index, m[1]);
}

export function onGlueConnector(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService(m[1]), 'sdk', m.index + m[0].length - m[1].length, m[1]);
}

export function onRedshiftDriver(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('boto3', 'redshift'), 'sdk', m.index, m[0]);
}

export function onGlueLibrary(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('boto3', 'glue'), 'sdk', m.index, m[0]);
}

export function onWranglerLiteral(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  if (m[1] === 'distributed') wranglerDistributed(s, r, m.index);
  else s.add(wranglerModule(m[1], r, m[2])?.serviceId, 'sdk', m.index, `awswrangler.${m[1]}`);
}
