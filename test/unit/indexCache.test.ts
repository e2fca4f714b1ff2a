// The cached index (issue 12, item 10): unchanged notes come from the cache, a changed note alone is
// parsed again, the search index is reused only for the very same notes, and a damaged or foreign
// cache is ignored. Results are the same as without a cache.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { IndexCache } from '../../src/core/indexCache';
import { KnowledgeBase } from '../../src/core/knowledgeBase';
import { NoteSource } from '../../src/core/loader';
import { buildNotes } from '../../src/core/noteBuild';

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
});
