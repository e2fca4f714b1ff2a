// Timing helpers for the benchmark: warm-up first, then many samples, reported as median and p95.

export interface Row {
  group: string;
  name: string;
  unit: 'ms' | 'µs' | 'ratio' | 'count';
  median?: number;
  p95?: number;
  value?: number;
  note?: string;
}

/** Collects garbage left by earlier work before a measured series (node --expose-gc; else a no-op). */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
}

/** Runs fn `warmup` times unmeasured, then `runs` times; returns each run's duration in ms. */
export function sample(fn: () => unknown, runs: number, warmup = Math.min(3, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  settle();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = nowMs();
    fn();
    out.push(nowMs() - t);
  }
  return out;
}

export function timed(group: string, name: string, samples: number[], unit: 'ms' | 'µs' = 'ms', note?: string): Row {
  const k = unit === 'µs' ? 1000 : 1;
  return { group, name, unit, median: percentile(samples, 50) * k, p95: percentile(samples, 95) * k, note };
}
