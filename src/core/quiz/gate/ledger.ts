// The gate's ledger of what the bank already asks: one question per claim, fact, note line and key, option set
// and situation. Checked (duplicateOf) before the question is recorded (record), so that a dropped draft spends
// nothing.
import { QuizContext } from '../context';
import { Draft } from '../draft';
import { GENERIC, namesService, stems } from '../text';
import { definedTwin, nearDuplicate, recordKey, sameFactTwin, sameKeyAgain, sameNoteTwin, sameOptionsTwin, writtenPairHalf } from '../nearDuplicates';
import { mirrorOf, recordClaims } from '../claimLedger';
import { sameUserOptionSet } from '../userOptionSets';
import { numberTwin, recordNumber } from '../numberTwins';
import { recordRow, rowTaken } from '../rowOnce';
import { reject, Rejection } from './rules';
import { factServices, factValue } from './number';

/** Normalised stem and key: two notes asking the same thing in slightly different words collide. */
export function duplicateKey(stem: string, correct: string[]): string {
  const words = [...stems(stem.replace(/^Fill in the blank:\s*/i, ''))].filter((w) => w.length > 2 && !GENERIC.has(w)).sort();
  return `${words.join(' ')}=>${correct.map((c) => c.toLowerCase()).sort().join('|')}`;
}

/** The ledger keys of one question, computed once for its check and its record. */
export interface LedgerKeys { dup: string; set: string; fact?: string; numberServices: string[] }

const cueAt = (d: Draft, c: string) => `cue:${d.doc.file}:${c.toLowerCase()}`;

export function ledgerKeys(ctx: QuizContext, d: Draft, stem: string, correct: string[], distractors: string[], own: string | undefined): LedgerKeys {
  // The same number about the same services, however worded (a card, a cloze in the service note and
  // one in the domain note): one fact, one question.
  const fact = d.optionKind === 'number' ? `fact:${factValue(correct[0])}:${factServices(ctx, stem).join('+')}` : undefined;
  // Services the stem names with a capital ("batch size" names no AWS Batch), and the note's own.
  const capitals = d.optionKind === 'number' ? stem.replace(/\b[a-z][\w-]*/g, ' ') : '';
  const numberServices = d.optionKind === 'number' ? [...new Set([...factServices(ctx, stem).filter((id) => namesService(capitals, ctx.service(id)!)), ...(own ? [own] : [])])] : [];
  // The same key among the same options from the same line of a note: a near-duplicate.
  const set = `set:${d.doc.file}:${d.line}:${correct.join('|')}=>${[...distractors].sort().join('|')}`;
  return { dup: duplicateKey(stem, correct), set, fact, numberServices };
}

/** The rejection of a question the bank already asks in some form, if any; its claims are free (gate.ts checks claimTaken first). */
export function duplicateOf(d: Draft, stem: string, correct: string[], distractors: string[], keys: LedgerKeys, seen: Map<string, string>): Rejection | undefined {
  const first = seen.get(keys.dup);
  if (first) return reject('duplicate', first);
  if (keys.fact && seen.has(keys.fact)) return reject('duplicate', seen.get(keys.fact)!);
  // The same amount about a shared service, or one stem stating the other's key (numberTwins.ts, blind review r14).
  const twinNumber = keys.numberServices.length ? numberTwin(correct[0], stem, keys.numberServices, seen) : undefined;
  if (twinNumber) return reject('same-fact', twinNumber);
  if (seen.has(keys.set)) return reject('duplicate', seen.get(keys.set)!);
  // One question per cue of a bundled table: "Which TWO requirements point to RDS?" keyed by a cue that a
  // "Which service fits best when … “Oracle, SQL Server or Db2 engine”?" already asks (blind review r8).
  if (d.doc.source !== 'user' && d.kind === 'choose-two' && d.optionKind === 'text') {
    const asked = correct.find((c) => seen.has(cueAt(d, c)));
    if (asked) return reject('duplicate', seen.get(cueAt(d, asked))!);
  }
  const defined = definedTwin(d, stem, correct, seen);
  if (defined) return reject('duplicate', defined);
  const near = nearDuplicate(d, stem, correct, seen);
  if (near) return reject('duplicate', near);
  const again = sameKeyAgain(d, correct, seen);
  if (again) return reject('duplicate', again);
  // The same key among the same options from another note (a scenario and a requirement line about
  // serverless Spark, both Glue beside Lambda, Flink and EMR): one question (blind review r7).
  const across = d.doc.source !== 'user' && d.optionKind !== 'number' ? `${correct.map((c) => c.toLowerCase()).sort().join('|')}=>${distractors.map((x) => x.toLowerCase()).sort().join('|')}` : undefined;
  const twin = across ? sameOptionsTwin(seen, across, stem, `${d.doc.relPath}:${d.line}`) : undefined;
  if (twin) return reject('duplicate', twin);
  const fact2 = sameFactTwin(d, stem, correct, seen);
  if (fact2) return reject('same-fact', fact2);
  // Each half of a stitched Select TWO against the written practice questions (nearDuplicates.ts, blind review r20).
  const half = writtenPairHalf(d, correct, seen);
  if (half) return reject('same-fact', half);
  const mirror = mirrorOf(d, [...correct, ...distractors], seen, `${d.doc.relPath}:${d.line}`);
  if (mirror) return reject('mirror', mirror);
  // The same situation asked twice from one note with one key (nearDuplicates.ts, blind review r11).
  const noteTwin = sameNoteTwin(d, stem, correct, seen);
  if (noteTwin) return reject('same-fact', noteTwin);
  // A user's key among the wrong options an earlier question with that key offered (userOptionSets.ts, r12).
  const sameSet = sameUserOptionSet(d, correct, distractors, seen);
  if (sameSet) return reject('duplicate', sameSet);
  // One question per note line and key, checked before any claim is recorded so that a later draft of the same
  // claims can still be asked (rowOnce.ts; blind review r15).
  const sameRow = rowTaken(d, correct, seen);
  if (sameRow) return reject('duplicate', sameRow);
  return undefined;
}

/** Records an accepted question in the ledger under every key its checks read. */
export function record(d: Draft, stem: string, correct: string[], keys: LedgerKeys, seen: Map<string, string>): void {
  const at = `${d.doc.relPath}:${d.line}`;
  recordRow(d, correct, seen, at);
  recordClaims(d, seen, at);
  recordKey(d, correct, seen);
  seen.set(keys.dup, at);
  seen.set(keys.set, at);
  if (keys.fact) seen.set(keys.fact, at);
  if (keys.numberServices.length) recordNumber(correct[0], stem, keys.numberServices, at, seen);
  if (d.doc.source !== 'user' && d.kind === 'choose' && d.cue) seen.set(cueAt(d, d.cue), at);
}
