// One note line, one question: every draft names the claims it asks (a row's line and the cue it quotes, a
// practice or card line and its need), and the bank keeps at most one question per claim. Blind review r9
// found the same cue asked as a single "fits best" question and again inside a two-workload Select TWO, in
// five of its eleven failures. The bank gates single forms before Select TWO (bank.ts), so a Select TWO is
// built only from claims no single question uses.
import { cueKey } from './cueKey';
import { Draft } from './draft';

/** A claim of a note line: the line and the cue, as the ledger keys it. */
export const claimAt = (line: number, cue: string): string => `${line}|${cueKey(cue)}`;

/** The claims of a draft: those its builder named, else its line and its cue (or stem). None in a user's note (userFacts.ts rules there). */
export function claimsOf(d: Draft): string[] {
  if (d.doc.source === 'user') return [];
  return d.claims ?? [claimAt(d.line, d.cue ?? d.stem)];
}

const ledgerKey = (d: Draft, claim: string) => `claim:${d.doc.source}:${d.doc.file}:${claim}`;

/** Where a claim of this draft was asked already, else undefined. */
export function claimTaken(d: Draft, seen: Map<string, string>): string | undefined {
  for (const c of claimsOf(d)) {
    const at = seen.get(ledgerKey(d, c));
    if (at) return at;
  }
  return undefined;
}

/** Records the claims of a kept draft. */
export function recordClaims(d: Draft, seen: Map<string, string>, at: string): void {
  for (const c of claimsOf(d)) seen.set(ledgerKey(d, c), at);
}

/** A bundled Select TWO is gated last: a single question keeps its claim, a Select TWO takes what is left. */
export function singlesFirst(drafts: Draft[]): Draft[] {
  const late = (d: Draft) => d.kind === 'choose-two' && d.doc.source !== 'user';
  // A user's recall cards come last: a card that repeats a choice question's fact is the one dropped (gate/recallLedger.ts).
  const card = (d: Draft) => d.kind === 'recall' && d.doc.source === 'user';
  return [...drafts.filter((d) => !late(d) && !card(d)), ...drafts.filter(late), ...drafts.filter(card)];
}

/** Questions of one note section that may share one option set: more read as mirrors with the key swapped (r9). */
export const MIRRORS_PER_OPTION_SET = 2;

/**
 * Where the questions of this bundled section with these options were asked, when MIRRORS_PER_OPTION_SET already
 * were (the same option set with the key swapped, drawn from one comparison table); else records this one.
 */
export function mirrorOf(d: Draft, options: string[], seen: Map<string, string>, at: string): string | undefined {
  if (d.doc.source === 'user' || d.optionKind === 'number') return undefined;
  const key = `mirror:${d.doc.file}:${d.section.id}:${options.map((o) => o.toLowerCase()).sort().join('|')}`;
  const prior = seen.get(key);
  const count = prior ? prior.split('\n').length : 0;
  if (count >= MIRRORS_PER_OPTION_SET) return prior!.split('\n')[0];
  seen.set(key, prior ? `${prior}\n${at}` : at);
  return undefined;
}
