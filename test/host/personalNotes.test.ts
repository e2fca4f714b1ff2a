// Personal notes in the real host: a folder named in deStudy.notesFolders is indexed, and the file
// watcher updates search when a note is added, changed or deleted (no full rebuild).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

interface Api { knowledge: { ready(): Promise<unknown>; searchIndex(): Promise<{ search(q: string): { section: { title: string } }[] }>; kb: { stats(): { documents: number } } } }

async function api(): Promise<Api> {
  const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'));
  assert.ok(ext, 'DE Study extension not found');
  return (await ext.activate()) as Api;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 20000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

suite('personal notes folders', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-notes-'));
  const config = () => vscode.workspace.getConfiguration('deStudy');

  suiteTeardown(async () => {
    await config().update('notesFolders', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a notes folder is indexed and follows added, changed and deleted files', async () => {
    fs.writeFileSync(path.join(dir, 'okapi.md'), '# Okapi ingestion notes\nThe okapi pipeline uses Amazon Kinesis Data Streams.\n');
    const { knowledge } = await api();
    await knowledge.ready();
    await config().update('notesFolders', [dir], vscode.ConfigurationTarget.Global);
    const titles = async (q: string) => (await knowledge.searchIndex()).search(q).map((h) => h.section.title);
    await until('the folder to be indexed', async () => ((await titles('okapi')).includes('Okapi ingestion notes') ? true : undefined));

    fs.writeFileSync(path.join(dir, 'zebra.md'), '# Zebra batch notes\nStripes go through AWS Glue.\n');
    await until('the added note', async () => ((await titles('zebra')).includes('Zebra batch notes') ? true : undefined));

    fs.writeFileSync(path.join(dir, 'zebra.md'), '# Quagga batch notes\nNo stripes any more.\n');
    await until('the changed note', async () => {
      const t = await titles('quagga');
      return t.includes('Quagga batch notes') && !(await titles('zebra')).includes('Zebra batch notes') ? true : undefined;
    });

    fs.rmSync(path.join(dir, 'okapi.md'));
    await until('the deleted note to leave the index', async () => (!(await titles('okapi')).includes('Okapi ingestion notes') ? true : undefined));
  });
});
