// Run in a fresh process: the first hover after activation, as the extension does it — read the
// catalog snapshot written at build time, build the matcher, answer one hover. Prints ms as JSON.
import * as fs from 'fs';
import * as path from 'path';
import { CatalogSnapshot } from '../src/core/bundled';
import { ServiceMatcher } from '../src/core/matcher';
import { renderServiceHover } from '../src/core/hoverContent';

const root = path.resolve(__dirname, '..', '..');
const t0 = Number(process.hrtime.bigint()) / 1e6;
const data = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'catalog.json'), 'utf8')) as CatalogSnapshot;
const matcher = new ServiceMatcher(data.services, data.matcher);
const line = 'firehose = boto3.client("firehose")';
const m = matcher.matchAt(() => line, 0, line.indexOf('"firehose"') + 2);
const s = m && matcher.services.get(m.serviceId);
const md = s ? renderServiceHover(s, { matched: m!.text, kind: m!.kind, sections: [] }) : '';
const t1 = Number(process.hrtime.bigint()) / 1e6;
process.stdout.write(JSON.stringify({ ms: t1 - t0, ok: md.includes('Firehose') }) + '\n');
