// One question per key and need: a second line that ties the same key to a need worded much alike (or a second
// line of one section with the same key) is the same fact, and is not asked twice. But the first line's question
// may not survive the gate (a slash shorthand, too few fair rivals, a thin cue), while its twin, written in
// other words elsewhere in a user's notes, would: such a twin is kept as a spare and gated in its place. The
// Wathon-style notes state each exam pattern in a service note, a domain note and an exam-tips note; a dropped
// first statement had silently taken the pattern with it. Spares are of users' notes only: the bundled bank
// keeps its figures.
import { cueKey } from './cueKey';
import { Draft } from './draft';

/** Rules that drop a draft as a repeat of a kept question: its twins repeat that question too. */
const REPEATS = new Set(['duplicate', 'same-fact', 'same-claim', 'mirror']);

export class NeedLedger {
  private readonly asked = new Map<string, { words: string[]; draft: Draft }[]>();
  private readonly spares = new Map<Draft, Draft[]>();

  /** True when no earlier draft of the same key states a need worded much alike (the need is then recorded). */
  admit(d: Draft): boolean {
    const key = d.correct.join('|').toLowerCase();
    const words = new Set(cueKey(d.cue ?? d.stem).split(' ').filter(Boolean));
    const prior = this.asked.get(key) ?? [];
    const alike = prior.find((p) => {
      const shared = p.words.filter((w) => words.has(w)).length;
      return shared / Math.max(1, Math.min(p.words.length, words.size)) >= 0.4;
    });
    if (alike) { this.spare(d, alike.draft); return false; }
    prior.push({ words: [...words], draft: d });
    this.asked.set(key, prior);
    return true;
  }

  /** Keeps `d` to be asked instead of `first` should the gate drop `first` (users' notes only). */
  spare(d: Draft, first: Draft): void {
    if (d.doc.source !== 'user' || first.doc.source !== 'user') return;
    const list = this.spares.get(first) ?? [];
    list.push(d);
    this.spares.set(first, list);
  }

  /**
   * The spares to gate, each list in note order: those of drafts the gate dropped for what they are (not as
   * repeats of a kept question). `outcome` is the rule that dropped a draft, or 'kept'.
   */
  retries(outcome: ReadonlyMap<Draft, string>): Draft[][] {
    const out: Draft[][] = [];
    for (const [first, list] of this.spares) {
      const r = outcome.get(first);
      if (r && r !== 'kept' && !REPEATS.has(r)) out.push(list);
    }
    return out;
  }
}
