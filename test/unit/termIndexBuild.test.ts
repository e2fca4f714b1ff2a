// The one-pass build of the search term index (src/core/search/termIndexBuild.ts) must make exactly the
// index MiniSearch's addAll makes (tree, postings, field lengths, averages), and its tokenizer exactly
// MiniSearch's split.
import * as assert from 'assert';
import MiniSearch from 'minisearch';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { SearchIndex } from '../../src/core/search';
import { splitTerms, STOP } from '../../src/core/search/text';
import { TermIndexBuilder } from '../../src/core/search/termIndexBuild';
import { compactTermIndex, loadTermIndex } from '../../src/core/search/termIndexData';
import { termTree } from '../../src/core/search/termTree';
import { Vocabulary } from '../../src/core/search/vocabulary';
import { NOTES_DIR } from './paths';

const SPLIT = /[\n\r\p{Z}\p{P}]+/u;

describe('search term index, built in one pass', () => {
  it('splits text exactly as MiniSearch\'s tokenizer does', () => {
    const samples = [
      '', ' ', 'glue', '  leading and trailing  ', 'S3→Redshift — “curly” ‘quotes’ … and a\u00a0no-break space',
      'tab\tis not a separator; $+<=>^`|~ are symbols, not punctuation', 'emoji 🚀 rocket, astral punctuation 𐄀 here',
      'crlf\r\nlines\rand\nmore', 'lone \ud800 surrogate', 'Ünïcödé wörds: Straße, İstanbul, ΟΔΟΣ.', '¡¿«»‹›〈〉【】', 'a__b--c..d',
    ];
    for (const s of samples) assert.deepStrictEqual(splitTerms(s), s.split(SPLIT), JSON.stringify(s));
  });

  it('makes the index MiniSearch\'s addAll makes from the bundled notes\' sections', () => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const records = kb.documents().flatMap((d) => d.sections.map((s) => ({ id: s.id, title: s.title, path: s.headingPath.slice(0, -1).join(' '), body: s.text, names: d.serviceId ?? '' })));
    assert.ok(records.length > 1000, `${records.length} sections`);
    const fields = ['title', 'path', 'body', 'names'];
    const options = { fields, storeFields: [], processTerm: (t: string) => { const w = t.toLowerCase(); return STOP.has(w) ? null : w; } };
    const reference = new MiniSearch(options);
    reference.addAll(records);
    const builder = new TermIndexBuilder(fields, STOP);
    for (const r of records) builder.add(r.id, [r.title, r.path, r.body, r.names]);
    const steps = builder.build(options);
    let r = steps.next();
    while (!r.done) r = steps.next();
    // The JSON keeps every map's order and the terms in tree order: equal text, equal index.
    assert.strictEqual(JSON.stringify(r.value.toJSON()), JSON.stringify(reference.toJSON()));
    for (const q of ['kinesis firehose', 'glue crawlr', 'partition projection', 'dynamo']) {
      assert.deepStrictEqual(r.value.search(q, { fuzzy: 0.2, prefix: true }), reference.search(q, { fuzzy: 0.2, prefix: true }), q);
    }
  });

  it('counts the sections that have each lowercased term, stop words included, as the vocabulary splits them', () => {
    const builder = new TermIndexBuilder(['title', 'body'], STOP);
    builder.add('a', ['Amazon S3 Basics', 'The bucket—and its S3 objects; the end.']);
    builder.add('b', ['Buckets', 'An S3 bucket, the S3 BUCKET again']);
    // Not counted (its terms go to the vocabulary another way), yet indexed.
    builder.add('c', ['S3 again', 'and more'], false);
    const counts = new Map(builder.termCounts());
    assert.deepStrictEqual([...counts].sort(), [
      ['again', 1], ['amazon', 1], ['an', 1], ['and', 1], ['basics', 1], ['bucket', 2], ['buckets', 1], ['end', 1], ['its', 1], ['objects', 1], ['s3', 2], ['the', 2],
    ]);
    const vocab = new Vocabulary();
    vocab.addCounts(counts, 2);
    const reference = new Vocabulary();
    reference.addSection('Amazon S3 Basics The bucket—and its S3 objects; the end.');
    reference.addSection('Buckets An S3 bucket, the S3 BUCKET again');
    for (const w of ['bucket', 'the', 'again', 'more']) {
      assert.strictEqual(vocab.count(w), reference.count(w), w);
      assert.strictEqual(vocab.idf(w), reference.idf(w), w);
    }
  });

  it('makes the term tree whole from the terms in MiniSearch\'s order: the same tree, map orders included', async () => {
    const words = ['s3', 's3a', 'sqs', 'sns', 'glue', 'gluedatabrew', 'glu', 'g', 'redshift', 'red', 'reds', 'kinesis', 'kin', 'lake', 'lakeformation', 'x'];
    const options = { fields: ['body'], storeFields: [] };
    const reference = new MiniSearch(options);
    // Documents in an order that makes MiniSearch split nodes after inserting their children.
    words.forEach((w, i) => reference.add({ id: String(i), body: `${w} ${words[(i * 7) % words.length]}` }));
    const tree = (m: MiniSearch) => (m as unknown as { _index: { _tree: Map<string, unknown> } })._index._tree;
    // A term's postings as plain maps: the loaded index decodes them on first use (its own Map-like object).
    const postings = (v: unknown) => new Map([...(v as Map<number, Map<number, number>>)].map(([f, docs]) => [f, new Map(docs)]));
    const shape = (node: Map<string, unknown>): unknown[] => [...node].map(([k, v]) => [k, k === '' ? postings(v) : shape(v as Map<string, unknown>)]);
    const entries = [...(reference as unknown as { _index: Iterable<[string, unknown]> })._index];
    const steps = termTree(entries.map(([t]) => t), entries.map(([, v]) => v));
    let r = steps.next();
    while (!r.done) r = steps.next();
    assert.deepStrictEqual(shape(r.value), shape(tree(reference)));
    const loaded = await loadTermIndex(compactTermIndex(reference.toJSON())!, options);
    assert.deepStrictEqual(shape(tree(loaded)), shape(tree(reference)));
    assert.deepStrictEqual(loaded.search('glu', { prefix: true, fuzzy: 1 }), reference.search('glu', { prefix: true, fuzzy: 1 }));
  });
});

describe('search term index, loaded from the cache', () => {
  it('decodes a term\'s postings when first read, changed or iterated: each gives what MiniSearch\'s own maps give', async () => {
    const options = { fields: ['title', 'body'], storeFields: [] };
    const reference = new MiniSearch(options);
    reference.addAll([
      { id: 'a', title: 'Glue crawler', body: 'The crawler fills the Glue Data Catalog; a crawler run per day.' },
      { id: 'b', title: 'Athena', body: 'Athena reads the Glue Data Catalog.' },
      { id: 'c', title: 'Crawler schedules', body: 'Schedules of a crawler.' },
    ]);
    const load = () => loadTermIndex(compactTermIndex(reference.toJSON())!, options);
    const entry = async (term: string) => ((await load()) as unknown as { _index: { get(t: string): Map<number, Map<number, number>> } })._index.get(term);
    const expected = (reference as unknown as { _index: { get(t: string): Map<number, Map<number, number>> } })._index.get('crawler');
    assert.strictEqual((await entry('crawler')).size, expected.size);
    assert.deepStrictEqual((await entry('crawler')).get(1), expected.get(1));
    assert.strictEqual((await entry('crawler')).has(0), expected.has(0));
    assert.deepStrictEqual([...(await entry('crawler')).keys()], [...expected.keys()]);
    assert.deepStrictEqual([...(await entry('crawler')).values()], [...expected.values()]);
    assert.deepStrictEqual([...(await entry('crawler')).entries()], [...expected.entries()]);
    const seen: number[] = [];
    (await entry('crawler')).forEach((_, k) => seen.push(k));
    assert.deepStrictEqual(seen, [...expected.keys()]);
    // A change before any read keeps the other fields' postings.
    const changed = await entry('crawler');
    changed.set(7, new Map([[9, 1]]));
    assert.deepStrictEqual([...changed.keys()], [...expected.keys(), 7]);
    const removed = await entry('crawler');
    assert.strictEqual(removed.delete(0), expected.has(0));
    assert.deepStrictEqual([...removed.keys()], [...expected.keys()].filter((k) => k !== 0));
    // Discarding a document and searching again, then the whole index as JSON: as MiniSearch's own.
    const loaded = await load();
    for (const m of [loaded, reference]) m.discard('a');
    assert.deepStrictEqual(loaded.search('crawler glue', { prefix: true, fuzzy: 1 }), reference.search('crawler glue', { prefix: true, fuzzy: 1 }));
    assert.strictEqual(JSON.stringify(loaded.toJSON()), JSON.stringify(reference.toJSON()));
  });
});

describe('search index: the one-pass build equals note-by-note adds', () => {
  it('gives the index, vocabulary and answers that adding the notes one by one gives, Greek final sigma included', () => {
    const notes = [
      '# Streaming intake\n\nKinesis Data Streams keeps records for a day by default; Amazon Data Firehose (formerly Kinesis Data Firehose) buffers them.\n\n## ΟΔΟΣ ΣΟΦΙΑΣ\n\nA heading in capitals whose last Σ lowercases by its place in the word: ΟΔΟΣ.ΑΒ and ΟΔΟΣ end differently.',
      '# Warehouse notes\n\nWhich service runs SQL over files in S3 without loading them? Amazon Athena.\n\n- Redshift Spectrum reads S3 too — “external tables”.',
    ];
    const parsed = notes.map((text, i) => parseNote({ text, file: `/n/${i}.md`, relPath: `${i}.md`, source: 'user' }));
    const bulkKb = new KnowledgeBase();
    bulkKb.upsertMany(parsed);
    const bulk = new SearchIndex(bulkKb).toJSON();
    const stepKb = new KnowledgeBase();
    const stepwise = new SearchIndex(stepKb);
    for (const p of parsed) stepKb.upsert(p);
    const steps = stepwise.toJSON();
    assert.deepStrictEqual(bulk.vocab, steps.vocab);
    assert.strictEqual(JSON.stringify(bulk.mini), JSON.stringify(steps.mini));
    assert.deepStrictEqual(bulk.answers, steps.answers);
    assert.ok(bulk.vocab.terms.split('\n').includes('οδος'), 'the final sigma as the whole text lowercases it');
  });
});
