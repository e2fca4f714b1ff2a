#!/usr/bin/env node
// Copies the identifier columns of the reference service table (../shared/reference/services.tsv, checked
// facts: ids, official names and code identifiers — no prose) into test/data/service-reference.tsv, so the
// notes test checks against it on any clone. Run it when the reference table changes; the test never reads
// ../shared itself.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DE_STUDY_SHARED ?? path.resolve(root, '..', 'shared');
const source = path.join(shared, 'reference', 'services.tsv');
const target = path.join(root, 'test', 'data', 'service-reference.tsv');
const KEEP = ['id', 'official_name', 'boto3_clients', 'js_sdk_v3_packages', 'cfn_namespace', 'terraform_prefixes', 'iam_namespace'];

if (!fs.existsSync(source)) {
  console.error(`refresh-service-reference: ${source} not found (set DE_STUDY_SHARED)`);
  process.exit(1);
}
const [header, ...rows] = fs.readFileSync(source, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const index = KEEP.map((k) => {
  const i = header.indexOf(k);
  if (i < 0) { console.error(`refresh-service-reference: column ${k} missing in ${source}`); process.exit(1); }
  return i;
});
const out = [KEEP, ...rows.map((r) => index.map((i) => (r[i] ?? '').trim()))].map((r) => r.join('\t')).join('\n') + '\n';
fs.writeFileSync(target, out);
console.log(`refresh-service-reference: ${rows.length} services → ${path.relative(root, target)}`);
