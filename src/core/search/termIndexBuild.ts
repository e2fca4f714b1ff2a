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
  private readonly postings = new Map<string, Postings>();
  private readonly documentIds: Record<number, string> = {};
  private readonly fieldLength: Record<number, number[]> = {};
  private readonly averageFieldLength: number[] = [];
  private count = 0;
  /** Raw tokens of the field being added, with their counts (reused). */
  private readonly raw = new Map<string, number>();

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
      for (const [t, n] of raw) {
        if (!t) continue;
        const term = t.toLowerCase();
        lowered.add(term);
        if (this.stop.has(term)) continue;
        let fields = this.postings.get(term);
        if (!fields) { fields = new Map(); this.postings.set(term, fields); }
        let docs = fields.get(fieldId);
        if (!docs) { docs = new Map(); fields.set(fieldId, docs); }
        docs.set(doc, (docs.get(doc) ?? 0) + n);
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
    yield* fillTermTree(mini, this.postings);
    return mini;
  }
}
