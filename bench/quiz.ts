// Quiz timings for npm run bench (bench/run.ts calls quizBench): building the whole question bank
// from the bundled notes, a 20-question practice round (pick + play through the session, view model
// after every step, no disk), and saving one answer to the progress file (atomic write with fsync).
// Warm-up first; medians and p95 of the measured runs. Run alone: node --expose-gc out/bench/quiz.js
//
// The bank is timed two ways, parsing never included: each build on a knowledge base parsed just
// before it (what the extension does after activation or a change: no cache of an earlier build holds
// its sections), and rebuilds on one knowledge base (the per-section caches of earlier builds warm).
// Then the bank cache (src/core/quiz/bankCache.ts): reading back the saved bank of unchanged notes
// (fingerprint of the notes + file read + JSON parse) — a cached load, not a build — and saving one.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildKnowledgeBase } from '../src/core/knowledgeBase';
import { QuestionBank, selectQuestions } from '../src/core/quiz/generator';
import { BankCacheFile, bankFingerprint } from '../src/core/quiz/bankCache';
import { BankThread } from '../src/core/quiz/bankThread';
import { ProgressStore } from '../src/core/quiz/progress';
import { Scheduler } from '../src/core/quiz/scheduler';
import { QuizSession } from '../src/core/quiz/session';
import { ViewContext } from '../src/core/quiz/sessionView';

export interface QuizBenchRow { name: string; unit: string; median: number; p95?: number }

const ROOT = path.resolve(__dirname, '..', '..');

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Collects garbage left by earlier work (node --expose-gc; else a no-op), so that a timed build pays only for its own. */
const settle = () => (globalThis as { gc?: () => void }).gc?.();

function measure(fn: () => unknown, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export async function quizBench(): Promise<QuizBenchRow[]> {
  const parse = () => buildKnowledgeBase([{ root: path.join(ROOT, 'notes'), kind: 'bundled' }]);
  const kb = parse();
  for (let i = 0; i < 5; i++) new QuestionBank(parse());
  const freshRuns: number[] = [];
  for (let i = 0; i < 15; i++) {
    const fresh = parse();
    settle();
    const t = performance.now();
    new QuestionBank(fresh);
    freshRuns.push(performance.now() - t);
  }
  settle();
  const bankRuns = measure(() => new QuestionBank(kb), 20, 5);
  const bank = new QuestionBank(kb);
  const choice = bank.questions.filter((q) => q.format !== 'recall').length;

  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-bench-bank-'));
  const bankFile = new BankCacheFile(path.join(cacheDir, 'quiz-bank-cache.json'), 'bench');
  settle();
  const cacheSaveRuns = measure(() => bankFile.save(bankFingerprint(kb), bank), 10, 2);
  const cacheKiB = Math.round(fs.statSync(bankFile.file).size / 1024);
  settle();
  const cacheLoadRuns = measure(() => {
    if (bankFile.load(bankFingerprint(kb), QuestionBank.restore)?.questions.length !== bank.questions.length) throw new Error(`bank cache missed: ${bankFile.lastMiss}`);
  }, 20, 3);
  fs.rmSync(cacheDir, { recursive: true, force: true });

  // The bank built on the worker thread, as the extension builds it after a note changes (bankThread.ts): the time
  // from the request to the restored bank, and the longest the asking thread is kept from its other work meanwhile
  // (a 1 ms timer's longest gap: the asking thread only clones the notes across and restores the bank).
  const thread = new BankThread();
  const workerRuns: number[] = [];
  const stallRuns: number[] = [];
  for (let i = 0; i < 6; i++) {
    let longest = 0;
    let last = performance.now();
    const tick = setInterval(() => { const t = performance.now(); longest = Math.max(longest, t - last); last = t; }, 1);
    const t = performance.now();
    if ((await thread.build(kb)).questions.length !== bank.questions.length) throw new Error('the worker built another bank');
    const took = performance.now() - t;
    clearInterval(tick);
    // The first build starts the worker and compiles its code: a warm-up.
    if (i > 0) { workerRuns.push(took); stallRuns.push(Math.max(longest, performance.now() - last)); }
  }
  thread.dispose();

  const scheduler = new Scheduler();
  const ctx: ViewContext = {
    serviceName: (id) => kb.service(id)?.name ?? id,
    source: (q) => ({ file: q.source.file, line: q.source.line, label: `${q.source.file}:${q.source.line}` }),
    card: () => undefined,
    scheduler,
    now: () => new Date(),
    due: () => ({ count: 0 }),
  };
  let seed = 0;
  const round20 = () => {
    const questions = selectQuestions(bank.questions, { count: 20, seed: `bench-${seed++}` });
    const s = new QuizSession({ mode: 'practice', questions, seed: String(seed), focusLabel: 'All domains', startedAt: 0 });
    s.view(ctx);
    for (const q of questions) {
      s.select(q.answers);
      s.enter();
      s.view(ctx);
      s.enter();
      s.view(ctx);
    }
    if (!s.finished) throw new Error('round did not finish');
  };
  const roundRuns = measure(round20, 200, 20);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-bench-progress-'));
  const store = new ProgressStore(dir, { info() {}, warn() {}, error() {} });
  // A realistic file: progress for every question in the bank.
  for (const q of bank.questions) store.data.items[q.id] = { card: scheduler.review(undefined, 3, new Date()), seen: 1, correct: 1, wrong: 0, lastAnswered: new Date().toISOString(), lastCorrect: true };
  store.save();
  let n = 0;
  const ids = bank.questions.map((q) => q.id);
  const saveRuns = measure(() => store.record(ids[n++ % ids.length], { correct: true, grade: 3 }), 30, 5);
  const fileKb = Math.round(fs.statSync(store.file).size / 1024);
  fs.rmSync(dir, { recursive: true, force: true });

  const f = stats(freshRuns);
  const b = stats(bankRuns);
  const r = stats(roundRuns);
  const w = stats(saveRuns);
  const cl = stats(cacheLoadRuns);
  const cs = stats(cacheSaveRuns);
  const wk = stats(workerRuns);
  const st = stats(stallRuns);
  return [
    { name: `quiz: build the whole question bank (${bank.questions.length} questions, ${choice} by choice) from the bundled notes, on a knowledge base parsed just before (parse not timed)`, unit: 'ms', ...f },
    { name: 'quiz: rebuild the bank on the same parsed knowledge base (caches of earlier builds warm)', unit: 'ms', ...b },
    { name: `quiz: load the bank from the bank cache, notes unchanged (fingerprint of the notes + read + parse of ${cacheKiB} KiB; a cached load, not a build)`, unit: 'ms', ...cl },
    { name: 'quiz: save the bank to the bank cache after a build (fingerprint + JSON + atomic write)', unit: 'ms', ...cs },
    { name: 'quiz: build the bank on the worker thread, as the extension does after a note changes (request to restored bank)', unit: 'ms', ...wk },
    { name: 'quiz: longest stall of the asking thread (the extension host) while the worker builds (clone the notes across, restore the bank)', unit: 'ms', ...st },
    { name: 'quiz: a 20-question practice round (select, answer and view model for every step; no disk)', unit: 'ms', ...r },
    { name: `quiz: save one answer (atomic write + fsync of a ${fileKb} KiB progress file)`, unit: 'ms', ...w },
  ];
}

if (require.main === module) {
  void quizBench().then((rows) => {
    for (const row of rows) process.stdout.write(`${row.name}\n  median ${row.median} ${row.unit}${row.p95 !== undefined ? `, p95 ${row.p95} ${row.unit}` : ''}\n`);
  });
}
