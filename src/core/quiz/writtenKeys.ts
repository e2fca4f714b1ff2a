// The keys of the written practice questions, as the near-duplicate checks read them (nearDuplicates.ts:
// writtenPointOf, writtenPairHalf). Every generated question of the bundled notes is compared with every
// written key (~600 in the bundled notes), so a linear scan that lower-cased each key for each question was
// ~12 % of a build in the profile (writtenPointOf and writtenPairHalf). The index answers the same entries in the same order: those naming every
// key of a question are filtered once per distinct key list; a key's content words are read once.
import { hasLowerWord } from './text';

export interface WrittenKey { key: string; words: Set<string>; at: string }

export class WrittenKeys {
  private readonly list: WrittenKey[] = [];
  private readonly naming = new Map<string, WrittenKey[]>();
  private readonly content = new Map<WrittenKey, Set<string>>();
  /** Each key lower-cased once, in the order of `list`. */
  private readonly lower: string[] = [];
  /** Runs of ASCII letters and digits of the lower-cased keys → the entries (indexes, ascending) that have them. */
  private readonly byRun = new Map<string, number[]>();

  constructor(private readonly contentWords: (text: string) => Set<string>) {}

  add(entry: WrittenKey): void {
    this.list.push(entry);
    const lower = entry.key.toLowerCase();
    this.lower.push(lower);
    for (const run of new Set(lower.match(/[a-z0-9]+/g) ?? [])) {
      let at = this.byRun.get(run);
      if (!at) { at = []; this.byRun.set(run, at); }
      at.push(this.list.length - 1);
    }
    // A key added after a lookup could be one of its answers: lookups start over.
    this.naming.clear();
  }

  /** The entries, in the order added, whose key names every one of `correct` as a whole word (as hasWord tells). */
  namingAll(correct: string[]): WrittenKey[] {
    const k = JSON.stringify(correct);
    let v = this.naming.get(k);
    if (!v) {
      const words = correct.map((c) => c.toLowerCase());
      // A whole word that starts with a letter or digit starts with a whole run of the text (its first run):
      // only the entries with that run can hold it. Other words are looked for in every entry.
      const first = words.length ? /^[a-z0-9]+/.exec(words[0])?.[0] : undefined;
      const from = first ? (this.byRun.get(first) ?? []) : this.list.map((_, i) => i);
      v = from.filter((i) => words.every((w) => hasLowerWord(this.lower[i], w))).map((i) => this.list[i]);
      this.naming.set(k, v);
    }
    return v;
  }

  /** Every entry, in the order added. */
  get all(): readonly WrittenKey[] { return this.list; }

  /** The content words of an entry's key (contentWords of the constructor), read once. */
  contentOf(p: WrittenKey): Set<string> {
    let v = this.content.get(p);
    if (!v) { v = this.contentWords(p.key); this.content.set(p, v); }
    return v;
  }
}
