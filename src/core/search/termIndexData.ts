// MiniSearch's term index in the compact form the cached index keeps: the terms as one string and every
// posting as numbers in one array of 32-bit integers, kept as base64. MiniSearch's own form (an object per
// term and per field, keyed by document numbers as strings) costs a property parse, a string-to-number
// conversion and a garbage object per posting on every load; this one fills the same maps straight from
// numbers. As a JSON array of numbers the postings were still the costliest part of the cache file to
// parse (110,000 numbers for the corpora: ~12 ms of JSON.parse); base64 is decoded by Node in well under
// a millisecond, into a typed array the garbage collector never walks.
import MiniSearch, { AsPlainObject, Options } from 'minisearch';
import { termTree } from './termTree';

export interface CompactTermIndex {
  /** MiniSearch's plain object without its `index`. */
  meta: Omit<AsPlainObject, 'index'>;
  /** The terms, joined by line breaks (the tokenizer never leaves one in a term). */
  terms: string;
  /**
   * Per term: its number of fields, then per field: the field id, its number of documents, then (document,
   * frequency) pairs; as unsigned 32-bit integers in the byte order `littleEndian` says, base64-encoded.
   */
  postings: string;
  littleEndian: boolean;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The postings of `data` as numbers (see CompactTermIndex); throws for another byte order. */
export function decodePostings(data: CompactTermIndex): Uint32Array {
  if (typeof data.postings !== 'string' || data.littleEndian !== LITTLE_ENDIAN) throw new Error('cached term index: postings in another form or byte order');
  const bytes = Buffer.from(data.postings, 'base64');
  if (bytes.length % 4) throw new Error('cached term index: postings cut short');
  // A view needs 4-byte alignment; a small buffer may sit anywhere in Node's pool, so it is copied then.
  const aligned = bytes.byteOffset % 4 ? new Uint8Array(bytes) : bytes;
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

function encodePostings(postings: number[]): string {
  const words = new Uint32Array(postings);
  return Buffer.from(words.buffer, words.byteOffset, words.byteLength).toString('base64');
}

/** Per field id, per document number, the term's frequency: the value MiniSearch keeps per term. */
export type Postings = Map<number, Map<number, number>>;
/** The one MiniSearch internal we fill: its term tree (checked on load). */
interface TermTree { set(term: string, value: Postings): unknown }

/** The compact form of MiniSearch's toJSON(), or undefined when a term holds a line break. */
export function compactTermIndex(plain: AsPlainObject): CompactTermIndex | undefined {
  const terms: string[] = [];
  const postings: number[] = [];
  for (const [term, fields] of plain.index) {
    if (term.includes('\n')) return undefined;
    terms.push(term);
    const ids = Object.keys(fields);
    postings.push(ids.length);
    for (const id of ids) {
      const docs = fields[id] as unknown as Record<string, number>;
      const keys = Object.keys(docs);
      postings.push(Number(id), keys.length);
      for (const k of keys) postings.push(Number(k), docs[k]);
    }
  }
  const { index: _index, ...meta } = plain;
  return { meta, terms: terms.join('\n'), postings: encodePostings(postings), littleEndian: LITTLE_ENDIAN };
}

/**
 * One term's postings, decoded from the cached array on first use. A query reads the postings of the few
 * terms it matches; decoding all of them up front made a map per term and field (tens of thousands) on
 * every load, most of them for the garbage collector alone. Until then it holds the array and where its
 * postings start; any read, change or iteration decodes them first into the Map MiniSearch would hold.
 * Not a Map subclass: an empty Map (its hash table) per term, made on every load, was itself most of the
 * young garbage collections' copying; this is a small object until a query reaches the term.
 */
class LazyPostings implements Map<number, Map<number, number>> {
  private source: Uint32Array | undefined;
  private at: number;
  private map: Map<number, Map<number, number>> | undefined;

  constructor(source: Uint32Array, at: number) {
    this.source = source;
    this.at = at;
  }

  private decoded(): Map<number, Map<number, number>> {
    if (this.map) return this.map;
    const map = new Map<number, Map<number, number>>();
    const p = this.source!;
    this.source = undefined;
    let at = this.at;
    for (let f = p[at++]; f > 0; f--) {
      const fieldId = p[at++];
      const docs = new Map<number, number>();
      for (let n = p[at++]; n > 0; n--) { docs.set(p[at], p[at + 1]); at += 2; }
      map.set(fieldId, docs);
    }
    this.map = map;
    return map;
  }

  get size(): number { return this.decoded().size; }
  get [Symbol.toStringTag](): string { return 'Map'; }
  get(key: number): Map<number, number> | undefined { return this.decoded().get(key); }
  has(key: number): boolean { return this.decoded().has(key); }
  set(key: number, value: Map<number, number>): this { this.decoded().set(key, value); return this; }
  delete(key: number): boolean { return this.decoded().delete(key); }
  clear(): void { this.decoded().clear(); }
  forEach(fn: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    this.decoded().forEach((v, k) => fn.call(thisArg, v, k, this));
  }
  keys(): MapIterator<number> { return this.decoded().keys(); }
  values(): MapIterator<Map<number, number>> { return this.decoded().values(); }
  entries(): MapIterator<[number, Map<number, number>]> { return this.decoded().entries(); }
  [Symbol.iterator](): MapIterator<[number, Map<number, number>]> { return this.decoded().entries(); }
}

/** The terms and, in the same order, their postings (each decoded when first used). */
function decode(data: CompactTermIndex): { terms: string[]; postings: Postings[] } {
  const p = decodePostings(data);
  const terms = data.terms ? data.terms.split('\n') : [];
  const postings: Postings[] = new Array(terms.length);
  let at = 0;
  for (let t = 0; t < terms.length; t++) {
    postings[t] = new LazyPostings(p, at);
    // Only the counts are read here, to find where the next term's postings start.
    for (let f = p[at++]; f > 0; f--) { at++; at += 2 * p[at] + 1; }
  }
  if (at !== p.length) throw new Error('cached term index: postings and terms do not match');
  return { terms, postings };
}

/**
 * The MiniSearch index `compactTermIndex` was made from, with `options` (term processing, boosts); `pause`
 * is awaited every 1,000 tree nodes (the extension host's slices). The terms are kept in MiniSearch's
 * iteration order, so the term tree is made whole from them (termTree.ts) instead of term by term.
 */
export async function loadTermIndex<T>(data: CompactTermIndex, options: Options<T>, pause?: () => Promise<void>): Promise<MiniSearch<T>> {
  const mini = MiniSearch.loadJS<T>({ ...data.meta, index: [] }, options);
  const tree = (mini as unknown as { _index?: { _tree?: unknown; _size?: unknown } })._index;
  // A MiniSearch that keeps its terms elsewhere: the build catches this and indexes the notes again
  // (and the round-trip unit test fails, so that an upgrade is noticed).
  if (!tree || !(tree._tree instanceof Map) || tree._tree.size !== 0 || !('_size' in tree)) throw new Error('MiniSearch has no term tree to load into');
  const { terms, postings } = decode(data);
  const steps = termTree(terms, postings);
  let r = steps.next();
  while (!r.done) { if (pause) await pause(); r = steps.next(); }
  tree._tree = r.value;
  tree._size = undefined;
  return mini;
}

/** Puts each term's postings into `mini`'s (empty) term tree, in the given order, yielding every 1,000 terms. */
export function* fillTermTree<T>(mini: MiniSearch<T>, terms: Iterable<[string, Postings]>): Generator<void, void, void> {
  const tree = (mini as unknown as { _index?: TermTree })._index;
  // A MiniSearch that keeps its terms elsewhere: the build catches this and indexes the notes again
  // (and the round-trip unit test fails, so that an upgrade is noticed).
  if (!tree || typeof tree.set !== 'function') throw new Error('MiniSearch has no term tree to load into');
  let n = 0;
  for (const [term, fields] of terms) {
    tree.set(term, fields);
    if (++n % 1000 === 0) yield;
  }
}
