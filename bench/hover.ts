// Hover: the matcher's hot path on a 10,000-line file vs a baseline that tests every name with indexOf.
import * as fs from 'fs';
import * as path from 'path';
import { ServiceMatcher } from '../src/core/matcher';
import { rng } from '../src/core/quiz/random';
import { nowMs, Row, settle, timed } from './stats';

/** 10,000 lines made of the labelled mention files (prose, Python, TS, Terraform, YAML, JSON, SQL, shell). */
export function tenThousandLines(projectRoot: string): string[] {
  const dir = path.join(projectRoot, 'test', 'data', 'mentions');
  const source = fs.readdirSync(dir).filter((f) => f !== 'README.md').sort()
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').map((l) => l.replace(/\s*⟦expect:[^⟧]*⟧\s*$/, '')));
  const lines: string[] = [];
  while (lines.length < 10000) lines.push(...source);
  return lines.slice(0, 10000);
}

/** The naive provider: every known name, indexOf over the hovered line, first one covering the cursor. */
function baselineHover(names: { name: string; serviceId: string }[], line: string, ch: number): string | undefined {
  for (const n of names) {
    let at = line.indexOf(n.name);
    while (at >= 0) {
      if (ch >= at && ch < at + n.name.length) return n.serviceId;
      at = line.indexOf(n.name, at + 1);
    }
  }
  return undefined;
}

export function hoverBench(matcher: ServiceMatcher, lines: string[]): Row[] {
  const random = rng('hover-positions');
  const positions: [number, number][] = [];
  while (positions.length < 2000) {
    const l = Math.floor(random() * lines.length);
    if (!lines[l].length) continue;
    positions.push([l, Math.floor(random() * lines[l].length)]);
  }
  const names = matcher.allNames().sort((a, b) => b.name.length - a.name.length);
  const getLine = (n: number) => lines[n];
  // Per-call cost = a batch of all positions timed at once, divided by their number (a timer around
  // each ~1 µs call would mostly measure the timer). 15 batches after 5 warm-up batches; median and p95
  // of the batches. The slowest single calls are reported separately, timed one by one.
  const perCall = (fn: (l: number, c: number) => unknown) => {
    for (let w = 0; w < 5; w++) for (const [l, c] of positions) fn(l, c); // warm-up: let the JIT settle
    settle();
    const out: number[] = [];
    for (let r = 0; r < 15; r++) {
      const t = nowMs();
      for (const [l, c] of positions) fn(l, c);
      out.push((nowMs() - t) / positions.length);
    }
    return out;
  };
  const single = (fn: (l: number, c: number) => unknown) => {
    const out: number[] = [];
    for (const [l, c] of positions) { const t = nowMs(); fn(l, c); out.push(nowMs() - t); }
    return out;
  };
  const ourFn = (l: number, c: number) => matcher.matchAt(getLine, l, c);
  const baseFn = (l: number, c: number) => baselineHover(names, lines[l], c);
  const ours = perCall(ourFn);
  const base = perCall(baseFn);
  const g = `hover (10,000-line file, ${positions.length} cursor positions)`;
  const o = timed(g, 'DE Study matcher: mean per hover call', ours, 'µs');
  const b = timed(g, `baseline indexOf over ${names.length} names: mean per hover call`, base, 'µs');
  const oSingle = timed(g, 'DE Study matcher: single calls (incl. ~1 µs timer)', single(ourFn), 'µs');
  const bSingle = timed(g, 'baseline: single calls (incl. ~1 µs timer)', single(baseFn), 'µs');
  const fullScan = timed(g, 'whole-file scan (AWS Services in This File)', (() => { const out: number[] = []; const text = lines.join('\n'); for (let i = 0; i < 5; i++) { const t = nowMs(); matcher.scanText(text); out.push(nowMs() - t); } return out; })(), 'ms');
  return [
    o, b, { group: g, name: 'speed-up (baseline / ours), mean per call (median of batch means)', unit: 'ratio', value: b.median! / o.median! },
    oSingle, bSingle, { group: g, name: 'speed-up (baseline / ours), median single call', unit: 'ratio', value: bSingle.median! / oSingle.median! },
    fullScan,
  ];
}
