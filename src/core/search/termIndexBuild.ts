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
   * Per term, in the order terms are met: field id, then that field's (document, frequency) pairs, for
   * each field in the order it was met. Flat arrays while documents are added (a push each, where a
   * posting map per term and field would take a hash insertion into one of thousands of maps each
   * time); the maps MiniSearch keeps are made once, map after map, in build().
   */
  private readonly postings = new Map<string, (number | number[])[]>();
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
   * Adds one document: `values` in the order of `fields`. Returns the lowercased non-empty tokens of
   * all its fields (before stop words are dropped), which is the vocabulary's view of the same text.
   */
  add(id: string, values: string[]): Set<string> {
    const doc = this.count++;
    this.documentIds[doc] = id;
    const lengths: number[] = [];
    this.fieldLength[doc] = lengths;
    const lowered = new Set<string>();
    for (let fieldId = 0; fieldId < this.fields.length; fieldId++) {
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
        lowered.add(term);
        if (this.stop.has(term)) continue;
        let fields = this.postings.get(term);
        if (!fields) { fields = []; this.postings.set(term, fields); }
        let k = 0;
        while (k < fields.length && fields[k] !== fieldId) k += 2;
        if (k < fields.length) (fields[k + 1] as number[]).push(doc, n); else fields.push(fieldId, [doc, n]);
      }
    }
    return lowered;
  }

  /** The MiniSearch index of every document added, with `options`; yields every 1,000 terms. */
  *build<T>(options: Options<T>): Generator<void, MiniSearch<T>, void> {
    const fieldIds: Record<string, number> = {};
    this.fields.forEach((f, i) => { fieldIds[f] = i; });
    const meta = {
      documentCount: this.count, nextId: this.count, documentIds: this.documentIds, fieldIds,
      fieldLength: this.fieldLength, averageFieldLength: this.averageFieldLength, storedFields: {}, dirtCount: 0,
      index: [], serializationVersion: 2,
    };
    const mini = MiniSearch.loadJS<T>(meta, options);
    yield* fillTermTree(mini, postingMaps(this.postings));
    return mini;
  }
}

/** The postings as the maps MiniSearch keeps (field id → document → frequency), in the same orders. */
function* postingMaps(postings: Map<string, (number | number[])[]>): Generator<[string, Postings], void, void> {
  for (const [term, flat] of postings) {
    const fields: Postings = new Map();
    for (let k = 0; k < flat.length; k += 2) {
      const pairs = flat[k + 1] as number[];
      const docs = new Map<number, number>();
      for (let j = 0; j < pairs.length; j += 2) docs.set(pairs[j], pairs[j + 1]);
      fields.set(flat[k] as number, docs);
    }
    yield [term, fields];
  }
}
