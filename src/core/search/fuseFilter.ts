// A cheap test that tells which strings fuse.js cannot match, so that its bitap search (the costliest
// part of a first query in a fresh CLI process) runs only on the others, with the very same results.
//
// fuse.js (bitap, ignoreLocation) scores a string by errors / pattern length, where errors is the least
// number of edits (insertions, deletions, substitutions) that make the pattern occur in the string, and
// matches when that score is <= threshold. Every pattern character an alignment keeps must meet an equal
// character of the string, each used once: the pattern characters the string lacks (counted with their
// multiplicity) are each an edit. If they alone exceed the threshold, fuse.js cannot match the string;
// leaving it out of the list changes neither the scores of the others nor their order (fuse.js breaks
// ties by list position, which filtering keeps).

/** fuse.js splits longer patterns into chunks and averages their scores: no bound is kept for those. */
const FUSE_MAX_PATTERN = 32;
// fuse.js returns every item for a blank pattern, unscored: nothing is filtered then either.

export class FuseCharFilter {
  private readonly slotOf = new Map<number, number>();
  private readonly need: Int32Array;
  private readonly left: Int32Array;
  private readonly length: number;
  private readonly keepAll: boolean;

  /** `pattern` as given to fuse.search; fuse.js compares lower-cased (isCaseSensitive false). */
  constructor(pattern: string, private readonly threshold: number) {
    const p = pattern.toLowerCase();
    this.length = p.length;
    this.keepAll = !pattern.trim() || p.length > FUSE_MAX_PATTERN;
    const counts: number[] = [];
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let slot = this.slotOf.get(c);
      if (slot === undefined) { slot = counts.length; this.slotOf.set(c, slot); counts.push(0); }
      counts[slot]++;
    }
    this.need = Int32Array.from(counts);
    this.left = new Int32Array(counts.length);
  }

  /** False only when fuse.js (same pattern and threshold, ignoreLocation) cannot match `text`. */
  mayMatch(text: string): boolean {
    if (this.keepAll) return true;
    const t = text.toLowerCase();
    this.left.set(this.need);
    let kept = 0;
    for (let i = 0; i < t.length && kept < this.length; i++) {
      const slot = this.slotOf.get(t.charCodeAt(i));
      if (slot !== undefined && this.left[slot] > 0) { this.left[slot]--; kept++; }
    }
    return (this.length - kept) / this.length <= this.threshold;
  }
}
