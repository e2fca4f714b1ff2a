// Base against branch for the bank build, in one process (docs/quiz.md, "Build time"): loads another checkout's
// compiled code (BASE_ROOT/out, e.g. a worktree of main after `npx tsc -p tsconfig.test.json`) beside this one's
// and alternates their fresh builds (each on a knowledge base parsed just before it, from this checkout's notes,
// garbage collected first), so that both meet the same machine load. Prints wall and CPU medians and the median
// of the per-round wall ratios; on a shared machine the CPU and ratio figures are the ones to read.
// Usage: node --expose-gc out/bench/quizAB.js BASE_ROOT [ROUNDS=12] [WARMUP=3]
import * as path from 'path';
import { percentile } from './stats';

const median = (xs: number[]) => percentile(xs, 50);

const ROOT = path.resolve(__dirname, '..', '..');

interface Side { name: string; build: () => { wall: number; cpu: number } }

function side(name: string, root: string): Side {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildKnowledgeBase } = require(path.join(root, 'out', 'src', 'core', 'knowledgeBase')) as typeof import('../src/core/knowledgeBase');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { QuestionBank } = require(path.join(root, 'out', 'src', 'core', 'quiz', 'generator')) as typeof import('../src/core/quiz/generator');
  const gc = (globalThis as { gc?: () => void }).gc;
  return {
    name,
    build: () => {
      const kb = buildKnowledgeBase([{ root: path.join(ROOT, 'notes'), kind: 'bundled' }]);
      gc?.();
      const cpu = process.cpuUsage();
      const t = performance.now();
      new QuestionBank(kb);
      const wall = performance.now() - t;
      const used = process.cpuUsage(cpu);
      return { wall, cpu: (used.user + used.system) / 1000 };
    },
  };
}

function main(): void {
  const base = process.argv[2];
  if (!base) throw new Error('usage: quizAB BASE_ROOT [ROUNDS] [WARMUP]');
  const rounds = Number(process.argv[3] ?? 12);
  const warmup = Number(process.argv[4] ?? 3);
  const sides = [side('base', path.resolve(base)), side('branch', ROOT)];
  for (let i = 0; i < warmup; i++) for (const s of sides) s.build();
  const runs = sides.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < rounds; i++) {
    // Each side goes first every other round.
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const r = sides[k].build();
      runs[k].wall.push(r.wall);
      runs[k].cpu.push(r.cpu);
    }
  }
  sides.forEach((s, k) => process.stdout.write(`${s.name.padEnd(6)} wall median ${median(runs[k].wall).toFixed(0)} ms, CPU median ${median(runs[k].cpu).toFixed(0)} ms\n`));
  const ratios = runs[1].wall.map((w, i) => w / runs[0].wall[i]);
  process.stdout.write(`branch/base wall ratio per round: median ${median(ratios).toFixed(2)} [${ratios.map((r) => r.toFixed(2)).join(' ')}]; CPU medians ${(median(runs[1].cpu) / median(runs[0].cpu)).toFixed(2)}\n`);
}

main();
