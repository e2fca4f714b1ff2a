// One fact, one question. The notes state a decision rule many times over: a comparison table's row, a
// service note's exam trap, a card, a written practice question. Blind review r4 found the same rule asked
// by two templates (a row's cue and "which TWO requirements point to X"), the same row with its other cue,
// and the same exam-trap fact from a comparison note and a service note. Stem text alone cannot tell these
// apart, so the bank keys each question by the fact it tests:
//   - its source claims (a table row, or a note line with its key): two questions from one claim collide;
//   - what it is about (the key's service, else the key) with the words that carry its cue, weighted by how
//     rare they are in the bank: "CQL drivers, self-managed cluster" → Keyspaces is one fact however worded.
// Questions are claimed in bank order, so written practice questions (first) win over generated ones.
import { stems } from './text';

/** A question as the fact index sees it. */
export interface FactClaim {
  /** Source claims the question tests ("row:file:line", "line:file:line:key"). */
  sources: string[];
  /** What the question is about: the key's service id(s), else the key text, normalised. */
  about: string;
  /** The text that carries the cue: the stem without its template words, plus text keys. */
  cueText: string;
  /** Where it comes from, for the rejection's detail. */
  where: string;
  /** From the user's notes (claimed before the bundled ones). */
  user?: boolean;
  /** A form that restates a row's cues ("which TWO requirements point to X"): asked only when nothing else asks about X. */
  restates?: boolean;
  /** Claimed for the record only (written practice questions): never rejected, but later ones collide with it. */
  keep?: boolean;
}

// Template and question words that say nothing about the fact.
const TEMPLATE = new Set([...stems(`which what where when why how who does do is are the a an of to for in on with by and or as at from
  that this these those it its be can must should would could will has have fit fits best scenario mention mentions requirement requirements
  point points rather than other others two select one separate workload workloads team company choose described here describe
  service services aws amazon solution meets meet these following option options answer question lets let use uses using need needs want wants
  data new without while into only also more most least every each any all their them they you your`)]);

/** Cue words of a text: stemmed, template words and short tokens left out. */
export function cueWords(text: string): Set<string> {
  return new Set([...stems(text)].filter((w) => w.length >= 3 && !TEMPLATE.has(w) && !/^\d+$/.test(w)));
}

/** Share of cue weight two questions about the same thing must have in common to be one fact. */
export const SAME_FACT = 0.4;

export class FactIndex {
  private readonly claimed = new Map<string, string>();
  private readonly byAbout = new Map<string, { words: Set<string>; where: string }[]>();
  private readonly df = new Map<string, number>();
  private n = 0;

  /** Counts how often each cue word occurs across the bank (call for every claim before any `claim`). */
  observe(words: Set<string>): void {
    this.n++;
    for (const w of words) this.df.set(w, (this.df.get(w) ?? 0) + 1);
  }

  private weight(w: string): number {
    return Math.log((this.n + 1) / ((this.df.get(w) ?? 0) + 0.5));
  }

  /** Where the earlier question testing the same fact comes from, or undefined (and the fact is now claimed). */
  claim(c: FactClaim, words: Set<string> = cueWords(c.cueText)): string | undefined {
    if (!c.keep) {
      const src = c.sources.find((s) => this.claimed.has(s));
      if (src) return this.claimed.get(src);
      const asked = this.byAbout.get(c.about);
      if (c.restates && asked?.length) return asked[0].where;
      for (const prior of this.byAbout.get(c.about) ?? []) {
        if (this.overlap(words, prior.words) >= SAME_FACT) return prior.where;
      }
    }
    for (const s of c.sources) if (!this.claimed.has(s)) this.claimed.set(s, c.where);
    const list = this.byAbout.get(c.about) ?? [];
    list.push({ words, where: c.where });
    this.byAbout.set(c.about, list);
    return undefined;
  }

  /** Weighted share of the smaller question's cue words that the other also has. */
  overlap(a: Set<string>, b: Set<string>): number {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let all = 0;
    let shared = 0;
    for (const w of small) {
      const x = this.weight(w);
      all += x;
      if (large.has(w)) shared += x;
    }
    return all > 0 ? shared / all : 0;
  }
}
