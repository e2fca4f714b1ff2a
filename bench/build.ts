// Build speed beside markdown-it's own parse of the same notes (issue 12, item 10): the whole cold
// build (read, parse, annotate, search index), the warm build from the cached index, and a warm CLI
// search over the notes, beside the same search with --no-cache.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import MarkdownIt from 'markdown-it';
import * as os from 'os';
import * as path from 'path';
import { IndexCache } from '../src/core/indexCache';
import { KnowledgeBase } from '../src/core/knowledgeBase';
import { listNoteFiles, loadNoteFile, NoteSource } from '../src/core/loader';
import { buildNotes } from '../src/core/noteBuild';
import { nowMs, percentile, Row, settle, timed } from './stats';

/** The process's CPU time in ms (all its threads, GC helpers included). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Wall times per step, and CPU times: on a shared machine a step waits for a core, and CPU time leaves that out. */
async function interleaved(steps: (() => Promise<unknown>)[], runs: number, warmup: number): Promise<{ wall: number[][]; cpu: number[][] }> {
  for (let i = 0; i < warmup; i++) for (const f of steps) await f();
  settle();
  const wall = steps.map(() => [] as number[]);
  const cpu = steps.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < steps.length; k++) {
      const t = nowMs(), c = cpuMs();
      await steps[k]();
      wall[k].push(nowMs() - t);
      cpu[k].push(cpuMs() - c);
    }
  }
  return { wall, cpu };
}

function texts(sources: NoteSource[]): string[] {
  const out: string[] = [];
  for (const s of sources) {
    for (const f of listNoteFiles(s.root)) { const r = loadNoteFile(f, s.root, s.kind); if ('input' in r) out.push(r.input.text); }
  }
  return out;
}

export async function buildBench(label: string, sources: NoteSource[], runs = 7): Promise<Row[]> {
  const g = `build vs markdown-it (${label})`;
  const all = texts(sources);
  const kb = () => new KnowledgeBase();
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-bench-cache-')), 'index-cache.json');
  const fill = IndexCache.load(cacheFile, 'bench');
  await buildNotes(kb(), sources, { cache: fill });
  fill.save();
  let reused = true;
  const steps: (() => Promise<unknown>)[] = [
    async () => { for (const t of all) md.parse(t, {}); },
    () => buildNotes(kb(), sources),
    async () => {
      const r = await buildNotes(kb(), sources, { cache: IndexCache.load(cacheFile, 'bench') });
      reused &&= r.report.parsed === 0 && r.report.indexFromCache;
    },
  ];
  // Interleaved, so that the load of a shared machine weighs on the baseline and on ours alike.
  const { wall: [mdRuns, cold, warm], cpu: [mdCpu, coldCpu] } = await interleaved(steps, runs, 2);
  const m = percentile(mdRuns, 50);
  const bytes = all.reduce((n, t) => n + Buffer.byteLength(t), 0);
  return [
    timed(g, `markdown-it parse alone (${all.length} files, ${(bytes / 1024).toFixed(0)} KiB): the baseline`, mdRuns),
    timed(g, 'DE Study cold build, nothing deferred: read + parse (front matter, markdown-it, sections, cards) + annotate every section + whole search index', cold),
    { group: g, name: 'cold build / markdown-it (a first build with no cache; ≤ 2.5× is not reached here: docs/architecture.md)', unit: 'ratio', value: percentile(cold, 50) / m },
    { group: g, name: 'the same in CPU time of the process (median cold build CPU / median markdown-it CPU)', unit: 'ratio', value: percentile(coldCpu, 50) / percentile(mdCpu, 50) },
    timed(g, 'DE Study warm build from the cached index (read cache + load index)', warm, 'ms', reused ? undefined : 'CACHE NOT USED'),
    { group: g, name: 'build from the cached index / markdown-it (target ≤ 2.5×)', unit: 'ratio', value: percentile(warm, 50) / m },
  ];
}

/**
 * Wall time of `de-study search` in a fresh process, from its start to its exit after printing the
 * results: the cached index (written by the first, untimed, run) vs --no-cache (the baseline).
 */
export function cliSearchBench(root: string, notesDir: string, runs = 7): Row[] {
  const g = `CLI search in a fresh process (bundled notes + ${path.basename(path.dirname(notesDir))}/${path.basename(notesDir)})`;
  const cli = path.join(root, 'dist', 'cli.js');
  const env = { ...process.env, DE_STUDY_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-bench-cli-')) };
  const run = (...extra: string[]) => {
    const t = nowMs();
    const r = spawnSync(process.execPath, [cli, 'search', '--notes', notesDir, ...extra, 'kinesis firehose buffering'], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return nowMs() - t;
  };
  // The target is on the user's notes alone (--no-bundled): a cache of its own, warmed first.
  const aloneEnv = { ...process.env, DE_STUDY_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-bench-cli-')) };
  const runAlone = () => {
    const t = nowMs();
    const r = spawnSync(process.execPath, [cli, 'search', '--no-bundled', '--notes', notesDir, 'kinesis firehose buffering'], { env: aloneEnv, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return nowMs() - t;
  };
  run();
  runAlone();
  const cached: number[] = [], uncached: number[] = [], alone: number[] = [], nodeAlone: number[] = [];
  for (let i = 0; i < runs; i++) {
    cached.push(run());
    uncached.push(run('--no-cache'));
    alone.push(runAlone());
    const t = nowMs(); spawnSync(process.execPath, ['-e', '0']); nodeAlone.push(nowMs() - t);
  }
  return [
    timed(g, 'node -e 0 (process start alone)', nodeAlone),
    timed(g, 'baseline: de-study search --no-cache (parse everything)', uncached),
    timed(g, 'de-study search, warm: cached index (search-only entry)', cached),
    timed(g, `de-study search --no-bundled (${path.basename(notesDir)} alone), warm: cached index (search-only entry; target ≤ 300 ms)`, alone),
  ];
}
