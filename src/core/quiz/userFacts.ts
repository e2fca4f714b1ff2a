// One fact, one question, in users' notes (blind review r7: Redshift Spectrum as a feature definition and as
// an exam tip, Glue DynamicFrames in two practice questions, Firehose's Parquet conversion in two notes).
// Two questions state the same fact when they share the key (by its core name: "Amazon Redshift Spectrum" is
// "Redshift Spectrum") and the words of what they say overlap much; two practice questions also when the key
// of one (a name of two words or more) is written in the other ("Dynamic frames" beside a stem about
// DynamicFrames' advantage). Blind review r8: two summary tables listing Lambda under two lines gave the same
// four options and key ("serverless functions for light transforms", "serverless compute for events"), and
// Lake Formation's row/column permissions came from a service summary and an exam-scenario list: the same
// key with the same option set is one fact whatever the cue, and the same key with three content words in
// common (after stemming) and a third of the smaller cue is too. Scoped
// to users' notes: the bundled bank has its own duplicate rules (gate.ts `duplicate`).
import { cueKey } from './cueKey';

/** A name without its closing aside or its Amazon/AWS prefix, in lower case: "Amazon Athena (serverless SQL)" is "athena". */
export const coreName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '').replace(/^(?:amazon|aws)\s+/i, '').trim().toLowerCase();

/** Words the two sets share, and their share of the smaller set. */
function overlap(a: Set<string>, b: Set<string>): { shared: number; share: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return { shared, share: shared / Math.max(1, Math.min(a.size, b.size)) };
}

/** Two option sets of one size (sorted, '|'-joined) that differ in one option at most. */
function allButOne(a: string, b: string): boolean {
  const x = a.split('|');
  const y = new Set(b.split('|'));
  return x.length === y.size && x.length >= 4 && x.filter((o) => y.has(o)).length >= x.length - 1;
}

interface Fact { keys: string[]; text: string; /** What the question says, without its key. */ said: string; words: Set<string>; options: string; where: string; authored: boolean }

export class UserFacts {
  private readonly facts: Fact[] = [];

  /**
   * Where the same fact was asked before, or undefined (and the fact is kept). `cue` is what the question
   * says (the quoted need, a definition, a practice stem), `keys` its answers, `options` all it offers;
   * `authored` for a practice question.
   */
  seen(cue: string, keys: string[], where: string, authored = false, options: string[] = []): string | undefined {
    // Practice questions written by the student may well share four options and ask two different things.
    const set = !authored && options.length > keys.length ? options.map(coreName).sort().join('|') : '';
    const k = keys.map(coreName).filter(Boolean);
    const text = `${cue} ${keys.join(' ')}`.toLowerCase();
    // A practice question's key is part of what it says; a generated one's cue is compared alone.
    // "directly" and "direct", "automatically" and "automatic" are one word here.
    const words = new Set(cueKey(authored ? `${cue} ${keys.join(' ')}` : cue).split(' ').filter(Boolean).map((w) => w.replace(/(?<=\w{4})(?:al)?ly$/, '')));
    const written = (x: string[], t: string) => x.length > 0 && x.every((w) => /\s/.test(w) && t.includes(w));
    // A generated key whose name a practice question the student wrote spells ("… enabling job bookmarks?") is that
    // question's fact asked the other way round when the two share what the feature does (blind review r19 draw).
    const spelled = authored ? [] : k.flatMap((name) => name.split(/\s+/).map((_, i, w) => w.slice(i).join(' ')).filter((x) => /\s/.test(x)));
    for (const f of this.facts) {
      if (f.authored && spelled.some((n) => f.said.includes(n)) && overlap(words, f.words).shared >= 2) return f.where;
      const sameKey = k.length > 0 && (k.join('|') === f.keys.join('|') || (authored && f.authored && (written(k, f.text) || written(f.keys, text))));
      if (!sameKey) continue;
      if (set && set === f.options) return f.where;
      // The same key among all but one of the same wrong options is the same fact asked twice, however the two cues
      // are worded (Partition Projection for "avoid metastore lookups" and for "bypass crawler runs", r19 pattern).
      if (set && f.options && allButOne(set, f.options)) return f.where;
      const o = overlap(words, f.words);
      if (o.share >= 0.4 || (o.shared >= 3 && o.share >= 0.3)) return f.where;
    }
    this.facts.push({ keys: k, text, said: cue.toLowerCase(), words, options: set, where, authored });
    return undefined;
  }
}
