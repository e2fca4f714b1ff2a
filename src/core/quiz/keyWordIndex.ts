// Entries by the words of their keys, for checks that only ever match entries sharing a key word with the
// one asked about (samePracticeFact in nearDuplicates.ts: two written questions on one point share 60 % of
// their keys' words). A scan of every earlier entry made the import of ~600 practice questions quadratic;
// the index gives the same candidates in the same order.

export class KeyWordIndex<T extends { key?: Set<string> }> {
  private readonly list: T[] = [];
  private readonly byWord = new Map<string, number[]>();

  add(entry: T): void {
    const at = this.list.length;
    this.list.push(entry);
    for (const w of entry.key ?? []) {
      let list = this.byWord.get(w);
      if (!list) { list = []; this.byWord.set(w, list); }
      list.push(at);
    }
  }

  /** The entries whose key shares a word with `key`, in the order they were added. */
  sharing(key: Set<string>): T[] {
    const at = new Set<number>();
    for (const w of key) for (const i of this.byWord.get(w) ?? []) at.add(i);
    return [...at].sort((a, b) => a - b).map((i) => this.list[i]);
  }

  get size(): number { return this.list.length; }
}
