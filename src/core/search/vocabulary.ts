// Every term the notes contain, with the number of sections that contain it: the dictionary typo
// correction looks words up in, and the rarity (idf) that weighs a query word in the confidence.
import { tokens } from './text';

/**
 * The cached form (src/core/indexCache.ts): the section count, and every term, sorted, with its count.
 * Terms never contain a line break (the tokenizer splits on them), so they are kept as one joined
 * string, which parses far faster than an array of pairs; sorted, so that prefix lookups need no sort.
 */
export interface VocabularyData { sections: number; terms: string; counts: number[] }

export class Vocabulary {
  private readonly df = new Map<string, number>();
  /** Terms of service names: the words users split ("red shift") or join. */
  private readonly names = new Map<string, number>();
  private sections = 0;
  /** Sorted terms for prefix lookups; dropped whenever the vocabulary changes. */
  private sorted: string[] | undefined;
  /** The section terms in sorted order, as loaded from the cache, until they change. */
  private sortedSectionTerms: string[] | undefined;

  clear(): void {
    this.df.clear();
    this.names.clear();
    this.sections = 0;
    this.sorted = undefined;
    this.sortedSectionTerms = undefined;
  }

  addSection(text: string): void {
    this.sections++;
    this.sorted = undefined;
    this.sortedSectionTerms = undefined;
    for (const t of new Set(tokens(text))) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  /** addSection for `sections` sections whose terms are already counted (term, sections that have it). */
  addCounts(counts: Iterable<[string, number]>, sections: number): void {
    this.sections += sections;
    this.sorted = undefined;
    this.sortedSectionTerms = undefined;
    for (const [t, n] of counts) this.df.set(t, (this.df.get(t) ?? 0) + n);
  }

  removeSection(text: string): void {
    this.sections--;
    this.sorted = undefined;
    this.sortedSectionTerms = undefined;
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

  toJSON(): VocabularyData {
    const terms = this.sortedSectionTerms ?? [...this.df.keys()].sort();
    return { sections: this.sections, terms: terms.join('\n'), counts: terms.map((t) => this.df.get(t)!) };
  }

  /** Replaces the section terms with cached ones (the names come from setNames, as on a build). */
  load(data: VocabularyData): void {
    const terms = data.terms ? data.terms.split('\n') : [];
    if (terms.length !== data.counts.length) throw new Error('vocabulary: terms and counts differ in length');
    this.df.clear();
    for (let i = 0; i < terms.length; i++) this.df.set(terms[i], data.counts[i]);
    this.sections = data.sections;
    this.sorted = undefined;
    this.sortedSectionTerms = terms.every((t, i) => i === 0 || terms[i - 1] < t) ? terms : undefined;
  }

  has(term: string): boolean { return this.df.has(term) || this.names.has(term); }
  isNameTerm(term: string): boolean { return this.names.has(term); }
  /** Sections containing the term (a name term counts as at least one). */
  count(term: string): number { return this.df.get(term) ?? (this.names.has(term) ? 1 : 0); }

  /** Does any term start with `prefix` (and go on)? The word being typed may be such a prefix. */
  startsAWord(prefix: string): boolean {
    this.sorted ??= this.sortedSectionTerms
      ? mergeSorted(this.sortedSectionTerms, [...this.names.keys()].filter((t) => !this.df.has(t)).sort())
      : [...new Set([...this.df.keys(), ...this.names.keys()])].sort();
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

/** Two sorted lists with no term in common, as one sorted list. */
function mergeSorted(a: string[], b: string[]): string[] {
  if (!b.length) return a;
  const out: string[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]);
  return out;
}
