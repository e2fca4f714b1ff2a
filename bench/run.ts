// npm run bench: every number DE Study claims about speed, each beside its baseline, measured in the
// same run on the same inputs (warm-up first, then medians and p95). Prints a table, or JSON with --json.
// --quick skips the slow fuse.js baseline rounds and the real-host timings; --build-only stops after the
// build rows (markdown-it beside our build, cold and cached, and the CLI search).
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KnowledgeBase } from '../src/core/knowledgeBase';
import { loadRelevanceSet } from '../test/support/relevance';
import { parseNote } from '../src/core/parser';
import { buildBench, cliSearchBench } from './build';
import { bundledNotes, generatedNotes, knowledgeBaseOf } from './corpus';
import { hoverBench, tenThousandLines } from './hover';
import { quizBench } from './quiz';
import { searchBench } from './search';
import { relevanceBench } from './relevance';
import { nowMs, Row, sample, timed } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const NOTES = path.join(ROOT, 'notes');
// The shared notes corpora beside the project (DE_STUDY_SHARED overrides where shared/ is).
const CORPORA = path.join(process.env.DE_STUDY_SHARED ?? path.resolve(ROOT, '..', 'shared'), 'corpora');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const buildOnly = args.has('--build-only') || only === 'build';

function log(msg: string): void { if (!args.has('--json')) process.stderr.write(`[bench] ${msg}\n`); }

function kbRows(): { rows: Row[]; bundled: KnowledgeBase; big: KnowledgeBase } {
  const g = 'knowledge base build';
  const parsedBundled = () => bundledNotes(NOTES);
  const bundledSamples = sample(() => knowledgeBaseOf(parsedBundled()), 7, 2);
  const bundled = knowledgeBaseOf(parsedBundled());
  const sectionsBundled = bundled.stats().sections;
  const generated = generatedNotes(NOTES, 5000, sectionsBundled);
  const big = knowledgeBaseOf([...parsedBundled(), ...generated]);
  const bigSamples = sample(() => {
    // Parse the generated notes again too: the whole build, not just indexing.
    const reparsed = generated.map((p) => parseNote({ text: p.doc.sections.map((s) => s.markdown).join('\n\n'), file: p.doc.file, relPath: p.doc.relPath, source: 'user' }));
    return knowledgeBaseOf([...parsedBundled(), ...reparsed]);
  }, 5, 1);
  return {
    rows: [
      timed(g, `bundled notes (${bundled.stats().documents} files, ${sectionsBundled} sections), read + parse + annotate`, bundledSamples),
      timed(g, `bundled + generated (${big.stats().documents} files, ${big.stats().sections} sections)`, bigSamples),
    ],
    bundled, big,
  };
}

function firstHoverRows(): Row[] {
  const runs: number[] = [];
  let ok = true;
  for (let i = 0; i < 7; i++) {
    const out = execFileSync(process.execPath, [path.join(__dirname, 'firstHover.js')], { encoding: 'utf8' });
    const r = JSON.parse(out) as { ms: number; ok: boolean };
    runs.push(r.ms);
    ok &&= r.ok;
  }
  return [timed('hover', 'first hover with nothing warm, fresh process (snapshot load + matcher + answer)', runs, 'ms', ok ? undefined : 'WRONG ANSWER')];
}

interface HostRun { activationMs: number; first: { kind: string; providerMs: number; providerCpuMs: number; roundTripMs: number }[]; laterHoverMs: number; laterProviderMs: number }

/** The real host, started RUNS times (each a fresh activation): first hovers per kind, then a steady one. */
function hostRows(): Row[] {
  if (quick) return [];
  const RUNS = 5;
  const runs: HostRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-bench-')), 'host.json');
    log(`real host, run ${i + 1} of ${RUNS}: starting code-server to time activation and first hovers (~30 s)`);
    const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'host', 'run-host-tests.sh')], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, DE_STUDY_TEST_GREP: 'bench:', DE_STUDY_BENCH_OUT: out }, timeout: 600000,
    });
    if (r.status === 0 && fs.existsSync(out)) runs.push(JSON.parse(fs.readFileSync(out, 'utf8')) as HostRun);
  }
  const g = `real VS Code host (code-server), ${runs.length} runs, each a fresh activation`;
  if (!runs.length) return [{ group: g, name: 'activation', unit: 'ms', note: 'not measured: host runs failed; run npm run test:host to see why' }];
  const rows: Row[] = [timed(g, 'activate() duration', runs.map((r) => r.activationMs))];
  for (const kind of runs[0].first.map((f) => f.kind)) {
    const ms = runs.map((r) => r.first.find((f) => f.kind === kind)!.providerMs);
    // The CPU time of the host thread over the same hover: on a loaded machine, wall time minus it is waiting for a core.
    const cpu = runs.map((r) => r.first.find((f) => f.kind === kind)!.providerCpuMs);
    rows.push({ ...timed(g, `first hover on a ${kind}: inside our provider`, ms), note: `runs: ${ms.map((v) => v.toFixed(1)).join(', ')} ms; max ${Math.max(...ms).toFixed(1)}; thread CPU ${cpu.map((v) => v.toFixed(1)).join(', ')} ms` });
  }
  const rt = runs.map((r) => r.first[0].roundTripMs);
  rows.push({ ...timed(g, 'first hover: whole executeHoverProvider round trip (VS Code included)', rt), note: `runs: ${rt.map((v) => v.toFixed(1)).join(', ')} ms` });
  rows.push(timed(g, 'hover on a boto3 client once the notes index is built: inside our provider', runs.map((r) => r.laterProviderMs)));
  rows.push(timed(g, 'hover once the notes index is built: round trip', runs.map((r) => r.laterHoverMs)));
  return rows;
}

async function quizRows(): Promise<Row[]> {
  return (await quizBench()).map((r) => ({ group: 'quiz', name: r.name, unit: r.unit as Row['unit'], median: r.median, p95: r.p95 }));
}

function fmt(v: number | undefined, unit: string): string {
  if (v === undefined || Number.isNaN(v)) return '';
  if (unit === 'ratio') return v >= 10 ? `${v.toFixed(0)}×` : v <= 1 ? v.toFixed(3) : `${v.toFixed(1)}×`;
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

function printTable(rows: Row[]): void {
  let group = '';
  const w = Math.max(...rows.map((r) => r.name.length), 40);
  for (const r of rows) {
    if (r.group !== group) { group = r.group; process.stdout.write(`\n${group}\n`); }
    const nums = r.value !== undefined ? `${fmt(r.value, r.unit)} ${r.unit === 'ratio' ? '' : r.unit}` : `median ${fmt(r.median, r.unit)} ${r.unit}   p95 ${fmt(r.p95, r.unit)} ${r.unit}`;
    process.stdout.write(`  ${r.name.padEnd(w)}  ${nums}${r.note ? `   (${r.note})` : ''}\n`);
  }
}

async function main(): Promise<void> {
  const t0 = nowMs();
  if (only === 'relevance') {
    // npm run bench -- --only=relevance: the search quality tables alone (a minute instead of many).
    printTable(relevanceBench(ROOT, knowledgeBaseOf(bundledNotes(NOTES)), log));
    return;
  }
  const labels = loadRelevanceSet(ROOT);
  log('build beside markdown-it, cold and from the cached index');
  const build = [...await buildBench('bundled notes', [{ root: NOTES, kind: 'bundled' }])];
  if (fs.existsSync(CORPORA)) {
    build.push(...await buildBench('shared corpora', [{ root: CORPORA, kind: 'user' }]));
    build.push(...cliSearchBench(ROOT, CORPORA));
  } else {
    build.push({ group: 'build vs markdown-it (shared corpora)', name: 'corpora', unit: 'ms', note: `not measured: ${CORPORA} not found (set DE_STUDY_SHARED)` });
  }
  if (buildOnly) { printTable(build); return; }
  log('knowledge base builds');
  const { rows: kb, bundled, big } = kbRows();
  log('search on the bundled notes');
  const heldOut = loadRelevanceSet(ROOT, 'search-heldout.json');
  const s1 = searchBench('bundled notes', bundled, labels, quick ? 1 : 3, heldOut);
  log('search on the 5,000-section corpus (the fuse.js baseline takes a while)');
  const s2 = searchBench('5,000+ sections', big, labels, 1, heldOut);
  log('relevance: corpora we did not write, misspellings, typeahead, absent topics');
  const rel = relevanceBench(ROOT, bundled, log);
  log('hover');
  const h = [...hoverBench(bundled.matcher, tenThousandLines(ROOT)), ...firstHoverRows()];
  log('quiz');
  const q = await quizRows();
  const host = hostRows();
  const rows = [...build, ...kb, ...s1, ...s2, ...rel, ...h, ...q, ...host];
  if (args.has('--json')) {
    process.stdout.write(JSON.stringify({ node: process.version, cpus: os.cpus().length, date: new Date().toISOString(), rows }, null, 2) + '\n');
  } else {
    printTable(rows);
    process.stdout.write(`\n(node ${process.version}, ${os.cpus().length} cores; bench took ${((nowMs() - t0) / 1000).toFixed(0)} s; medians after warm-up)\n`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
