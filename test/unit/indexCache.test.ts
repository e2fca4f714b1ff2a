// The cached index (issue 12, item 10): unchanged notes come from the cache, a changed note alone is
// parsed again, the search index is reused only for the very same notes, and a damaged or foreign
// cache is ignored. Results are the same as without a cache.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { IndexCache, notesFingerprint } from '../../src/core/indexCache';
import { KnowledgeBase } from '../../src/core/knowledgeBase';
import { NoteSource } from '../../src/core/loader';
import { buildNotes } from '../../src/core/noteBuild';
import { parseNote } from '../../src/core/parser';
import { SearchAnswer, SearchIndex } from '../../src/core/search';
import { decodePostings } from '../../src/core/search/termIndexData';
import { NOTES_DIR, USER_NOTES_DIR } from './paths';

const titles = (hits: { section: { title: string } }[]) => hits.map((h) => h.section.title);

describe('cached index', () => {
  let dir: string;
  let cacheFile: string;
  let sources: NoteSource[];
  const build = async (key = 'v1') => {
    const cache = IndexCache.load(cacheFile, key);
    const kb = new KnowledgeBase();
    const r = await buildNotes(kb, sources, { cache });
    cache.save();
    return { kb, ...r };
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-cache-'));
    const notes = path.join(dir, 'notes');
    fs.mkdirSync(notes);
    fs.writeFileSync(path.join(notes, 'streams.md'), '# Streaming intake\nShards of Amazon Kinesis Data Streams carry the click events.\n\nRetention::24 hours by default\n');
    fs.writeFileSync(path.join(notes, 'catalog.md'), '# Table metadata\nThe AWS Glue Data Catalog keeps the schemas that Athena reads.\n');
    fs.writeFileSync(path.join(notes, 'warehouse.md'), '# Warehouse loads\nCOPY from S3 into Amazon Redshift, in parallel slices.\n');
    cacheFile = path.join(dir, 'cache', 'index-cache.json');
    sources = [{ root: notes, kind: 'user' }];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers a second build from the cache with the same results', async () => {
    const cold = await build();
    assert.deepStrictEqual(cold.report, { reused: 0, parsed: 3, indexFromCache: false });
    assert.ok(fs.existsSync(cacheFile));
    const warm = await build();
    assert.deepStrictEqual(warm.report, { reused: 3, parsed: 0, indexFromCache: true });
    for (const q of ['kinesis shards', 'glue catalog schemas', 'redshift copy', 'retention']) {
      assert.deepStrictEqual(titles(warm.index.search(q)), titles(cold.index.search(q)), q);
    }
    assert.deepStrictEqual(warm.kb.stats(), cold.kb.stats());
    assert.deepStrictEqual(warm.kb.documents()[0].sections[0].serviceIds, cold.kb.documents()[0].sections[0].serviceIds);
  });

  it('parses only the changed note again, and follows added and deleted notes', async () => {
    await build();
    const changed = path.join(sources[0].root, 'warehouse.md');
    fs.writeFileSync(changed, '# Warehouse loads\nUNLOAD from Amazon Redshift back to S3 as Parquet.\n');
    fs.utimesSync(changed, new Date(), new Date(Date.now() + 5000));
    fs.writeFileSync(path.join(sources[0].root, 'lake.md'), '# Lake permissions\nAWS Lake Formation grants columns.\n');
    fs.rmSync(path.join(sources[0].root, 'catalog.md'));
    const next = await build();
    assert.deepStrictEqual(next.report, { reused: 1, parsed: 2, indexFromCache: false });
    assert.deepStrictEqual(titles(next.index.search('unload parquet')).slice(0, 1), ['Warehouse loads']);
    assert.deepStrictEqual(titles(next.index.search('lake formation')).slice(0, 1), ['Lake permissions']);
    assert.deepStrictEqual(titles(next.index.search('glue data catalog schemas')).filter((t) => t === 'Table metadata'), []);
    const again = await build();
    assert.deepStrictEqual(again.report, { reused: 3, parsed: 0, indexFromCache: true });
  });

  it('ignores a cache of another version and a damaged cache file', async () => {
    await build('v1');
    assert.deepStrictEqual((await build('v2')).report, { reused: 0, parsed: 3, indexFromCache: false });
    fs.writeFileSync(cacheFile, '{"format":1,"key":"v2","notes":{"x": tru');
    const r = await build('v2');
    assert.deepStrictEqual(r.report, { reused: 0, parsed: 3, indexFromCache: false });
    assert.ok(IndexCache.load(cacheFile, 'v2').loadProblem === undefined);
  });

  it('ignores a cache of the previous layout (hashed fingerprints) and rebuilds it in the current one', async () => {
    await build('v1');
    const current = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { format: number; catalog: string; index: { notes: string } };
    // Format 2 kept 40-digit sha1 fingerprints where format 3 keeps the catalog and the notes' stamps as text.
    fs.writeFileSync(cacheFile, JSON.stringify({ ...current, format: 2, catalog: 'a'.repeat(40), index: { ...current.index, notes: 'b'.repeat(40) } }));
    assert.strictEqual(IndexCache.load(cacheFile, 'v1').loadProblem, 'unknown cache format');
    const r = await build('v1');
    assert.deepStrictEqual(r.report, { reused: 0, parsed: 3, indexFromCache: false });
    assert.deepStrictEqual(titles(r.index.search('kinesis shards')), titles((await build('v1')).index.search('kinesis shards')));
    assert.deepStrictEqual((await build('v1')).report, { reused: 3, parsed: 0, indexFromCache: true });
  });

  it('gives no search index when the catalog is not the one the index was built under', async () => {
    await build('v1');
    const cache = IndexCache.load(cacheFile, 'v1');
    const kb = new KnowledgeBase();
    const { report } = await buildNotes(kb, sources, { cache });
    assert.strictEqual(report.indexFromCache, true);
    const stamps = new Map(kb.documents().map((d) => [d.file, fs.statSync(d.file)] as const));
    const notes = notesFingerprint(kb.documents(), stamps);
    assert.ok(cache.searchIndex(notes, kb.catalogFingerprint()));
    assert.strictEqual(cache.searchIndex(notes, `${kb.catalogFingerprint()} `), undefined);
    assert.strictEqual(cache.searchIndex(`${notes}\nother.md`, kb.catalogFingerprint()), undefined);
  });
});

/** Scores are sums over matched terms, added in the term index's order: equal to the last few bits. */
const round = (v: number) => Number(v.toPrecision(12));

/** MiniSearch cleans a replaced note's postings in timed batches; scores differ until it is done. */
async function vacuumed(index: SearchIndex): Promise<void> {
  const dirt = () => { const m = index.toJSON().mini; return ('postings' in m ? m.meta.dirtCount : m.dirtCount) ?? 0; };
  for (let i = 0; dirt() > 0; i++) {
    assert.ok(i < 500, 'term index never finished cleaning up');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Everything a search answers, in a comparable form (ranks, scores, lines, corrections, suggestions).
 * A hit's matched terms are a set (a loaded term index lists prefix matches in another order; the
 * line and snippet they pick do not depend on it).
 */
function answerOf(a: SearchAnswer) {
  return {
    query: a.query, corrections: a.corrections, confidence: round(a.confidence), closeMatch: a.closeMatch, didYouMean: a.didYouMean,
    hits: a.hits.map((h) => ({ id: h.section.id, score: round(h.score), confidence: round(h.confidence), line: h.line, terms: [...h.terms].sort(), reasons: h.reasons, alsoIn: h.alsoIn })),
  };
}

// Exact words, typos the vocabulary corrects, split and joined names, a question the answers layer
// answers, a domain prefix, a typed prefix and a topic the notes never mention.
const QUERIES = ['kinesis firehose buffering', 'which service finds PII in S3', 'glue crawler schema', 'redshfit distribution key',
  'red shift', 'dynamo db', 'd3 step functions retries', 'd2', 'athena partition projection', 'lake formation column permissions',
  'kinesi', 'quantum annealing', 'scd type 2', 'emr spot instances'];

describe('cached index: same answers as a fresh build', function () {
  this.timeout(240000);
  let dir: string;
  let sources: NoteSource[];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-cache-eq-'));
    sources = [{ root: USER_NOTES_DIR, kind: 'user' }, { root: NOTES_DIR, kind: 'bundled' }];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cachedBuild = async () => {
    const cache = IndexCache.load(path.join(dir, 'index-cache.json'), 'eq');
    const kb = new KnowledgeBase();
    const r = await buildNotes(kb, sources, { cache });
    cache.save();
    return { kb, ...r };
  };

  it('answers every query of the bundled and test notes exactly as a build without the cache', async () => {
    await cachedBuild();
    const warm = await cachedBuild();
    assert.deepStrictEqual({ parsed: warm.report.parsed, indexFromCache: warm.report.indexFromCache }, { parsed: 0, indexFromCache: true });
    const freshKb = new KnowledgeBase();
    const fresh = await buildNotes(freshKb, sources);
    for (const q of QUERIES) assert.deepStrictEqual(answerOf(warm.index.lookup(q)), answerOf(fresh.index.lookup(q)), q);
    assert.deepStrictEqual(warm.kb.stats(), freshKb.stats());
  });

  it('follows a changed note the same way after a load from the cache (vocabulary, answers, term index)', async () => {
    await cachedBuild();
    const warm = await cachedBuild();
    const fresh = { kb: new KnowledgeBase() };
    const { index } = await buildNotes(fresh.kb, sources);
    // The watcher's path: one note replaced in the knowledge base, the index following its change event.
    const doc = warm.kb.documents().find((d) => d.serviceId === 'data-firehose')!;
    const text = fs.readFileSync(doc.file, 'utf8').replace(/buffer/gi, 'batching window');
    for (const kb of [warm.kb, fresh.kb]) kb.upsert(parseNote({ text, file: doc.file, relPath: doc.relPath, source: doc.source }));
    await vacuumed(warm.index);
    await vacuumed(index);
    for (const q of [...QUERIES, 'firehose batching window']) assert.deepStrictEqual(answerOf(warm.index.lookup(q)), answerOf(index.lookup(q)), q);
  });
});

describe('cached search index data', () => {
  it('reloads to the same data it was saved from', async () => {
    const kb = new KnowledgeBase();
    const { index } = await buildNotes(kb, [{ root: NOTES_DIR, kind: 'bundled' }]);
    // Term indexes list their terms in tree order, which a load may change: compared term by term.
    const byTerm = (a: [string, ...unknown[]], b: [string, ...unknown[]]) => (a[0] < b[0] ? -1 : 1);
    const plain = (i: SearchIndex) => {
      const d = JSON.parse(JSON.stringify(i.toJSON()));
      for (const m of [d.answers.mini, d.names.terms]) m.index.sort(byTerm);
      // The main term index is compact: each term with its run of postings.
      const terms: string[] = d.mini.terms.split('\n');
      const postings = [...decodePostings(d.mini)];
      const runs: [string, number[]][] = [];
      let at = 0;
      for (const t of terms) {
        const from = at;
        for (let f = postings[at++]; f > 0; f--) { const docs = postings[at + 1]; at += 2 + 2 * docs; }
        runs.push([t, postings.slice(from, at)]);
      }
      d.mini = { meta: d.mini.meta, runs: runs.sort(byTerm) };
      return d;
    };
    const before = plain(index);
    assert.ok(before.vocab.counts.length > 50 && before.answers.idsByDoc.length > 0 && before.names.records.length > 0 && before.mini.runs.length > 1000);
    assert.deepStrictEqual(plain(await SearchIndex.fromJSON(kb, index.toJSON())), before);
  });
});
