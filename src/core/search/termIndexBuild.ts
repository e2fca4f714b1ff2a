// A whole build of MiniSearch's term index in one pass, for the first build of the search index.
// MiniSearch's own `add` looks every token up in its radix tree (a path walk and, for a new term, node
// splits) and makes a Set of each field's tokens; that cost more than markdown-it's parse of the notes.
// Here each field's tokens are counted in a hash map, postings gather in one map per term, and the tree
// is filled once per distinct term, in the order MiniSearch meets them, so the index (tree shape, map
// orders, field lengths, averages to the last bit) is the very one `addAll` makes: the unit test
// compares the two. Later single-note changes still go through MiniSearch's `add`.
import MiniSearch, { Options } from 'minisearch';
import { fillTermTree, Postings } from './termIndexData';
import { splitTerms } from './text';

export class TermIndexBuilder {
  /**
   * Each term, in the order terms are met, with its entry number. An entry's counts and its per-field
   * posting lists live in the typed arrays below, not in a JavaScript array per term and field: the
   * hundreds of thousands of small arrays that grew while documents were added were copied by every
   * young-generation garbage collection (about two thirds of the build's time went to keeping them).
   * The maps MiniSearch keeps are made once, map after map, in build().
   */
  private readonly terms = new Map<string, number>();
  /** Per entry: the last counted document that had the term (+1; 0 for none) and how many documents did. */
  private lastDoc = new Int32Array(1024);
  private docCount = new Int32Array(1024);
  /** Per entry and field: first and last posting (-1 for none) and when the field was first met for it. */
  private head = new Int32Array(1024);
  private tail = new Int32Array(1024);
  private seen = new Int32Array(1024);
  /** Postings as (document, frequency, next posting of the same term and field or -1) triples. */
  private postings = new Int32Array(3 * 4096);
  private postingCount = 0;
  private fieldsMet = 0;
  /** Stop words have no postings, only the two counts. */
  private readonly stopCounts = new Map<string, number[]>();
  private readonly documentIds: Record<number, string> = {};
  private readonly fieldLength: Record<number, number[]> = {};
  private readonly averageFieldLength: number[] = [];
  private count = 0;
  /** Raw tokens of the field being added, with their counts (reused). */
  private readonly raw = new Map<string, number>();
  /** The same, lowercased (reused). */
  private readonly low = new Map<string, number>();

  /** `stop`: the words MiniSearch's processTerm drops (it lowercases the others, as here). */
  constructor(private readonly fields: string[], private readonly stop: ReadonlySet<string>) {}

  /**
   * Adds one document: `values` in the order of `fields`. Unless `counted` is false, its lowercased
   * non-empty tokens (stop words included: the vocabulary's view of the same text) count once each in
   * termCounts().
   */
  add(id: string, values: string[], counted = true): void {
    const doc = this.count++;
    this.documentIds[doc] = id;
    const lengths: number[] = [];
    this.fieldLength[doc] = lengths;
    const mark = counted ? doc + 1 : 0;
    const nFields = this.fields.length;
    for (let fieldId = 0; fieldId < nFields; fieldId++) {
      const raw = this.raw;
      raw.clear();
      for (const t of splitTerms(values[fieldId])) raw.set(t, (raw.get(t) ?? 0) + 1);
      // MiniSearch's field length: distinct raw tokens, the empty one and stop words included.
      lengths[fieldId] = raw.size;
      const avg = this.averageFieldLength[fieldId] || 0;
      this.averageFieldLength[fieldId] = (avg * doc + raw.size) / (doc + 1);
      // Tokens that differ only in case are one term: their counts are summed here, in a small map, so
      // that each term's postings get one insertion per document and no lookup.
      const low = this.low;
      low.clear();
      for (const [t, n] of raw) {
        if (!t) continue;
        const term = t.toLowerCase();
        const had = low.get(term);
        low.set(term, had === undefined ? n : had + n);
      }
      for (const [term, n] of low) {
        if (this.stop.has(term)) {
          if (!mark) continue;
          const c = this.stopCounts.get(term);
          if (!c) this.stopCounts.set(term, [mark, 1]);
          else if (c[0] !== mark) { c[0] = mark; c[1]++; }
          continue;
        }
        let e = this.terms.get(term);
        if (e === undefined) { e = this.terms.size; this.terms.set(term, e); this.newEntry(e); }
        if (mark && this.lastDoc[e] !== mark) { this.lastDoc[e] = mark; this.docCount[e]++; }
        this.post(e * nFields + fieldId, doc, n);
      }
    }
  }

  private newEntry(e: number): void {
    const slots = (e + 1) * this.fields.length;
    if (e >= this.lastDoc.length) { this.lastDoc = grow(this.lastDoc, 0); this.docCount = grow(this.docCount, 0); }
    while (slots > this.head.length) { this.head = grow(this.head, -1); this.tail = grow(this.tail, -1); this.seen = grow(this.seen, 0); }
    this.lastDoc[e] = 0;
    this.docCount[e] = 0;
    this.head.fill(-1, slots - this.fields.length, slots);
  }

  /** Appends (doc, n) to the posting list of one term's field. */
  private post(slot: number, doc: number, n: number): void {
    const p = this.postingCount++;
    if (3 * p + 3 > this.postings.length) this.postings = grow(this.postings, 0);
    const q = 3 * p;
    this.postings[q] = doc;
    this.postings[q + 1] = n;
    this.postings[q + 2] = -1;
    if (this.head[slot] < 0) { this.head[slot] = p; this.seen[slot] = this.fieldsMet++; } else this.postings[3 * this.tail[slot] + 2] = p;
    this.tail[slot] = p;
  }

  /** Every term of the counted documents with the number of them that have it (unordered). */
  *termCounts(): Generator<[string, number], void, void> {
    for (const [term, e] of this.terms) if (this.docCount[e]) yield [term, this.docCount[e]];
    for (const [term, c] of this.stopCounts) yield [term, c[1]];
  }

  /**
   * The MiniSearch index of every document added, with `options`; yields every 1,000 terms.
   * `storedFields`: per document (numbered from 0 in the order added), what MiniSearch would store.
   */
  *build<T>(options: Options<T>, storedFields: Record<number, Record<string, unknown>> = {}): Generator<void, MiniSearch<T>, void> {
    const fieldIds: Record<string, number> = {};
    this.fields.forEach((f, i) => { fieldIds[f] = i; });
    const meta = {
      documentCount: this.count, nextId: this.count, documentIds: this.documentIds, fieldIds,
      fieldLength: this.fieldLength, averageFieldLength: this.averageFieldLength, storedFields, dirtCount: 0,
      index: [], serializationVersion: 2,
    };
    const mini = MiniSearch.loadJS<T>(meta, options);
    yield* fillTermTree(mini, this.postingMaps());
    return mini;
  }

  /** The postings as the maps MiniSearch keeps (field id → document → frequency), in the same orders. */
  private *postingMaps(): Generator<[string, Postings], void, void> {
    const nFields = this.fields.length;
    const order: number[] = [];
    for (const [term, e] of this.terms) {
      const fields: Postings = new Map();
      // The term's fields in the order they were first met (MiniSearch's map order).
      order.length = 0;
      for (let f = 0; f < nFields; f++) if (this.head[e * nFields + f] >= 0) order.push(f);
      if (order.length > 1) order.sort((a, b) => this.seen[e * nFields + a] - this.seen[e * nFields + b]);
      for (const f of order) {
        const docs = new Map<number, number>();
        for (let p = this.head[e * nFields + f]; p >= 0; p = this.postings[3 * p + 2]) docs.set(this.postings[3 * p], this.postings[3 * p + 1]);
        fields.set(f, docs);
      }
      yield [term, fields];
    }
  }
}

/** A copy of `a` twice as long, the new half filled with `fill`. */
function grow(a: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}
