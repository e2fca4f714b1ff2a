// One question per note line and key (blind review r15: a table row whose cue cell lists two needs gave two questions
// with one answer, which a reader takes for one question asked twice). Checked in the gate before the question's
// claims are recorded, so that a draft dropped here leaves its cues free for another form (a two-workload Select
// TWO, a later cue of the row); the bank's check after the gate had already spent them.
import { Draft } from './draft';

const rowKey = (d: Draft, correct: readonly string[]) => `row:${d.doc.file}|${d.line}|${correct.join('|')}`;
// A two-workload Select TWO keyed by a row that an earlier pair of the same note already keyed asks that row again in
// other words ("load only the partitions a filter keeps" and "filter partitions before loading them", both pushdown
// predicates): one pair per row and note.
const pairKey = (d: Draft, answer: string) => `pair-row:${d.doc.file}|${answer}`;
const isPair = (d: Draft, correct: readonly string[]) => d.kind === 'choose-two' && correct.length === 2 && /^A team has two separate workloads\./.test(d.stem);

/** Where a question of the same note line with the same key was kept, if one was. */
export function rowTaken(d: Draft, correct: readonly string[], seen: Map<string, string>): string | undefined {
  const first = d.kind === 'recall' ? undefined : seen.get(rowKey(d, correct));
  if (first) return `a question of the same note line with the same key is kept: ${first}`;
  const paired = isPair(d, correct) ? correct.map((c) => seen.get(pairKey(d, c))).find(Boolean) : undefined;
  return paired ? `a two-workload question of the same note already keys this row: ${paired}` : undefined;
}

/** Records a kept question's note line and key. */
export function recordRow(d: Draft, correct: readonly string[], seen: Map<string, string>, where: string): void {
  if (d.kind !== 'recall') seen.set(rowKey(d, correct), where);
  if (isPair(d, correct)) for (const c of correct) seen.set(pairKey(d, c), where);
}
