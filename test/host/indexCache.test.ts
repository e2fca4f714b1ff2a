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
  test('cached index: the first search after a reload is answered from the cache', async () => {
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
  });
});
