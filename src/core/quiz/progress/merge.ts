// Two windows' (or an import's) copies of progress made one: per question the newer answer wins.
import { emptyProgress, ExamRecord, KNOWN_TOP_LEVEL, ProgressData, ProgressItem } from './types';

/** Merges two progress snapshots: per question the more recent answer wins; exams are united. */
export function mergeProgress(a: ProgressData, b: ProgressData, now: Date): ProgressData {
  const out = emptyProgress(now);
  // Unknown top-level fields: the more recently updated snapshot's value wins.
  const [older, newer] = Date.parse(a.updatedAt) > Date.parse(b.updatedAt) ? [b, a] : [a, b];
  for (const src of [older, newer]) {
    for (const [key, value] of Object.entries(src)) if (!KNOWN_TOP_LEVEL.has(key)) (out as unknown as Record<string, unknown>)[key] = value;
  }
  const resetAt = [a.resetAt, b.resetAt].filter((x): x is string => !!x).sort().pop();
  if (resetAt) out.resetAt = resetAt;
  const after = (i: ProgressItem) => !resetAt || i.lastAnswered >= resetAt;
  for (const src of [a, b]) {
    for (const [id, item] of Object.entries(src.items)) {
      if (!after(item)) continue;
      const have = out.items[id];
      if (!have || Date.parse(item.lastAnswered) > Date.parse(have.lastAnswered)) out.items[id] = item;
      // A report in either copy holds: the question stays out even if the other copy answered it later.
      const reported = have?.reported ?? item.reported;
      if (reported && !out.items[id].reported) out.items[id] = { ...out.items[id], reported };
    }
  }
  const exams = new Map<string, ExamRecord>();
  for (const e of [...a.exams, ...b.exams]) if (!resetAt || e.at >= resetAt) exams.set(`${e.at}|${e.total}|${e.correct}`, e);
  out.exams = [...exams.values()].sort((x, y) => x.at.localeCompare(y.at));
  // Per day the larger tally: both copies count the same answers up to their common past, so a sum
  // would count those twice (days before a reset are dropped with the answers).
  const resetDay = resetAt?.slice(0, 10);
  for (const src of [a, b]) {
    for (const [day, t] of Object.entries(src.daily ?? {})) {
      if (resetDay && day < resetDay) continue;
      const have = (out.daily ??= {})[day];
      if (!have || t.answered > have.answered) out.daily[day] = t;
    }
  }
  return out;
}
