// The cached index in the real host (issue 12, item 10): after a build, the parsed notes and the search
// index are in the extension's global storage, and the next build of a fresh window's knowledge base
// (what a window reload does) answers the first search from that cache, parsing nothing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';

interface Report { reused: number; parsed: number; indexFromCache: boolean }
interface Knowledge {
  ready(): Promise<unknown>;
  rebuild(reason: string): Promise<unknown>;
  searchIndex(): Promise<{ search(q: string): { section: { title: string } }[] }>;
  lastBuild: Report | undefined;
  cacheFile: string | undefined;
  kb: { stats(): { documents: number } };
}

suite('cached index', () => {
  test('cached index: the first search after a reload is answered from the cache', async function () {
    this.timeout(180000); // three whole builds of the notes (first, from the cache, without it) on a shared machine
    const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'));
    assert.ok(ext, 'DE Study extension not found');
    const { knowledge } = (await ext.activate()) as { knowledge: Knowledge };
    await knowledge.ready();
    const first = await knowledge.searchIndex();
    const expected = first.search('firehose buffering').map((h) => h.section.title).slice(0, 5);
    assert.ok(expected.length > 0);

    // A reload starts from an empty knowledge base and reads the cache file the last build wrote.
    assert.ok(knowledge.cacheFile && fs.existsSync(knowledge.cacheFile), `no cache file at ${knowledge.cacheFile}`);
    await knowledge.rebuild('window reload (test)');
    const report = knowledge.lastBuild!;
    assert.strictEqual(report.parsed, 0, JSON.stringify(report));
    assert.strictEqual(report.reused, knowledge.kb.stats().documents);
    assert.strictEqual(report.indexFromCache, true);
    const again = (await knowledge.searchIndex()).search('firehose buffering').map((h) => h.section.title).slice(0, 5);
    assert.deepStrictEqual(again, expected);

    // The same reload without the cache file parses every note and builds the index: the report above
    // came from the file, not from anything left in memory.
    fs.rmSync(knowledge.cacheFile);
    await knowledge.rebuild('window reload without a cache (test)');
    assert.strictEqual(knowledge.lastBuild!.reused, 0, JSON.stringify(knowledge.lastBuild));
    assert.strictEqual(knowledge.lastBuild!.parsed, knowledge.kb.stats().documents);
    assert.strictEqual(knowledge.lastBuild!.indexFromCache, false);
    assert.ok(fs.existsSync(knowledge.cacheFile), 'the build did not write the cache again');
  });
});
