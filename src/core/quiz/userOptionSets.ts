// One question per (key, option set) across a user's notes. Blind review r12 found two questions of one student
// whose keys share Kinesis Data Streams among the same three wrong options (DynamoDB Streams, EventBridge Pipes,
// SQS): the second reads as the first again. Distractors already offered beside a key go last in the pool, so a
// later question with that key draws other wrong options when its pool has them; one whose options are still
// those of an earlier question with a shared key is a duplicate.
import { Draft } from './draft';
import { perBuild } from './perBuild';

interface Offered { key: Set<string>; wrong: Set<string>; at: string }

const offeredIn = perBuild<Offered[]>(() => []);

const lowered = (xs: readonly string[]) => new Set(xs.map((x) => x.trim().toLowerCase()));
const sharesKey = (o: Offered, key: Set<string>) => [...key].some((k) => o.key.has(k));

/** A user's pool of wrong options, those not yet offered beside any of the key's answers first (order kept otherwise). */
export function freshFirst(d: Draft, correct: readonly string[], pool: readonly string[], seen: Map<string, string>): readonly string[] {
  if (d.doc.source !== 'user' || d.optionKind === 'number') return pool;
  const key = lowered(correct);
  const used = new Set(offeredIn(seen).filter((o) => sharesKey(o, key)).flatMap((o) => [...o.wrong]));
  if (!used.size) return pool;
  return [...pool.filter((x) => !used.has(x.trim().toLowerCase())), ...pool.filter((x) => used.has(x.trim().toLowerCase()))];
}

/**
 * A user's question whose key shares an answer with an earlier one and whose wrong options are all among that
 * one's: where the first was asked, else undefined. A kept question is recorded.
 */
export function sameUserOptionSet(d: Draft, correct: readonly string[], wrong: readonly string[], seen: Map<string, string>): string | undefined {
  if (d.doc.source !== 'user' || d.optionKind === 'number') return undefined;
  const key = lowered(correct);
  const mine = lowered(wrong);
  const list = offeredIn(seen);
  const hit = list.find((o) => sharesKey(o, key) && [...mine].every((x) => o.wrong.has(x) || o.key.has(x)));
  if (hit) return hit.at;
  list.push({ key, wrong: mine, at: `${d.doc.relPath}:${d.line}` });
  return undefined;
}
