// One fact, one question, for a user's recall cards: a card that asks what a choice question of the user's notes
// already asks ("What is a use case for Amazon AppFlow?" beside "Which AWS service ingests data from SaaS apps
// …?" keyed AppFlow, from the same line) or what another card asks is dropped as a duplicate. The bank gates a
// user's cards after every choice question (claimLedger.ts singlesFirst), so the choice question is the one kept.
// The ledger lives beside the bank's `seen` map (one per bank build). userFacts.ts compares choice questions by
// their keys; a card has none, so here a card repeats a question when it names that question's key and holds
// most of what its stem says.
import { QuizContext } from '../context';
import { cueKey } from '../cueKey';
import { hasLowerWord } from '../text';

interface Asked { where: string; keys: string[]; serviceIds: string[]; words: Set<string> }
interface Ledger { asked: Asked[]; fronts: Map<string, string>; backs: Map<string, string> }

const ledgers = new WeakMap<Map<string, string>, Ledger>();

function ledgerOf(seen: Map<string, string>): Ledger {
  let l = ledgers.get(seen);
  if (!l) { l = { asked: [], fronts: new Map(), backs: new Map() }; ledgers.set(seen, l); }
  return l;
}

// The words every generated stem wears ("Which AWS service is described here: …", "fits this requirement best").
const FRAME = /\b(?:which|what|is|are|described|here|fits?|this|requirement|use case|best|fill in the blank|select (?:two|three)|two|three|following|of)\b/gi;
const words = (text: string) => new Set(cueKey(text.replace(FRAME, ' ')).split(' ').filter(Boolean));
const core = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^(?:Amazon|AWS)\s+/i, '').trim().toLowerCase();

/** Records a choice question a user's note gave (its stem and keys). */
export function keepAsked(ctx: QuizContext, seen: Map<string, string>, stem: string, correct: string[], where: string): void {
  ledgerOf(seen).asked.push({ where, keys: correct.map(core).filter((k) => k.length >= 3), serviceIds: correct.flatMap((c) => ctx.servicesIn(c)), words: words(stem) });
}

/** Where the fact of this card was asked before (and records the card when it was not). */
export function cardAskedBefore(ctx: QuizContext, seen: Map<string, string>, front: string, back: string, where: string): string | undefined {
  const l = ledgerOf(seen);
  const f = cueKey(front);
  const b = cueKey(back);
  const again = (f ? l.fronts.get(f) : undefined) ?? (b.split(' ').length >= 2 ? l.backs.get(b) : undefined);
  if (again) return again;
  const text = `${front} ${back}`;
  const lower = text.toLowerCase();
  const named = new Set(ctx.servicesIn(text));
  const mine = words(text);
  for (const a of l.asked) {
    // The key as a word ("batch data" does not name AWS Batch's "batch" unless the matcher says so).
    if (!a.serviceIds.some((id) => named.has(id)) && !a.keys.some((k) => !a.serviceIds.length && hasLowerWord(lower, k))) continue;
    let shared = 0;
    for (const w of a.words) if (mine.has(w)) shared++;
    if (shared >= 3 && shared / Math.max(1, a.words.size) >= 0.5) return a.where;
  }
  if (f) l.fronts.set(f, where);
  if (b.split(' ').length >= 2) l.backs.set(b, where);
  return undefined;
}
