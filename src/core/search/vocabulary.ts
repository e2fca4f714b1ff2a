// Every term the notes contain, with the number of sections that contain it: the dictionary typo
// correction looks words up in, and the rarity (idf) that weighs a query word in the confidence.
import { tokens } from './text';

export class Vocabulary {
  private readonly df = new Map<string, number>();
  /** Terms of service names: the words users split ("red shift") or join. */
  private readonly names = new Map<string, number>();
  private sections = 0;
  /** Sorted terms for prefix lookups; dropped whenever the vocabulary changes. */
  private sorted: string[] | undefined;

  clear(): void {
    this.df.clear();
    this.names.clear();
    this.sections = 0;
    this.sorted = undefined;
  }

  addSection(text: string): void {
    this.sections++;
    this.sorted = undefined;
    for (const t of new Set(tokens(text))) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  removeSection(text: string): void {
    this.sections--;
    this.sorted = undefined;
    for (const t of new Set(tokens(text))) {
      const n = (this.df.get(t) ?? 0) - 1;
      if (n > 0) this.df.set(t, n); else this.df.delete(t);
    }
  }

  setNames(names: Iterable<string>): void {
    this.names.clear();
    this.sorted = undefined;
    for (const n of names) for (const t of tokens(n)) this.names.set(t, (this.names.get(t) ?? 0) + 1);
  }

  has(term: string): boolean { return this.df.has(term) || this.names.has(term); }
  isNameTerm(term: string): boolean { return this.names.has(term); }
  /** Sections containing the term (a name term counts as at least one). */
  count(term: string): number { return this.df.get(term) ?? (this.names.has(term) ? 1 : 0); }

  /** Does any term start with `prefix` (and go on)? The word being typed may be such a prefix. */
  startsAWord(prefix: string): boolean {
    this.sorted ??= [...new Set([...this.df.keys(), ...this.names.keys()])].sort();
    let lo = 0, hi = this.sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.sorted[mid] < prefix) lo = mid + 1; else hi = mid; }
    const t = this.sorted[lo] ?? '';
    if (t === prefix) { const u = this.sorted[lo + 1] ?? ''; return u.startsWith(prefix); }
    return t.startsWith(prefix);
  }

  /** Inverse document frequency: rare words weigh more; a word the notes never use weighs most. */
  idf(term: string): number {
    return Math.log(1 + Math.max(1, this.sections) / (1 + this.count(term)));
  }
}
