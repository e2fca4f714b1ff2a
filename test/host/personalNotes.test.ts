// Personal notes in the real host: a folder named in DEStudy.notesFolders is indexed, and the file
// watcher updates search when a note is added, changed or deleted (no full rebuild).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

interface BankLike { questions: { source: { file: string } }[] }
interface Api {
  knowledge: { ready(): Promise<unknown>; searchIndex(): Promise<{ search(q: string): { section: { title: string } }[] }>; kb: { stats(): { documents: number } } };
  quiz: { bank(): Promise<BankLike>; bankNow(): BankLike | undefined; workerBuilds: number; onDidBuildBank(listener: () => void): vscode.Disposable };
}

async function api(): Promise<Api> {
  const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'));
  assert.ok(ext, 'DE Study extension not found');
  return (await ext.activate()) as Api;
}

/**
 * Waits for a condition and, when it does not come, says what was seen last (the search titles), so a
 * failure is a diagnosis and not just "timed out". Each wait has its own budget; the test's mocha timeout
 * covers the sum of them, so no wait is cut short by the suite's 30 s default.
 */
async function until(what: string, probe: () => Promise<{ ok: boolean; seen: unknown }>, ms = WAIT_MS): Promise<void> {
  const deadline = Date.now() + ms;
  let seen: unknown;
  for (;;) {
    const r = await probe();
    if (r.ok) return;
    seen = r.seen;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}; last seen: ${JSON.stringify(seen)}`);
    await new Promise((res) => setTimeout(res, 200));
  }
}
const WAIT_MS = 20000;

suite('personal notes folders', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-notes-'));
  const config = () => vscode.workspace.getConfiguration('DEStudy');

  suiteTeardown(async () => {
    await config().update('notesFolders', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a notes folder is indexed and follows added, changed and deleted files', async function () {
    this.timeout(5 * WAIT_MS);
    fs.writeFileSync(path.join(dir, 'okapi.md'), '# Okapi ingestion notes\nThe okapi pipeline uses Amazon Kinesis Data Streams.\n');
    const { knowledge } = await api();
    await knowledge.ready();
    await config().update('notesFolders', [dir], vscode.ConfigurationTarget.Global);
    const titles = async (q: string) => (await knowledge.searchIndex()).search(q).map((h) => h.section.title);
    const has = (q: string, title: string) => async () => { const t = await titles(q); return { ok: t.includes(title), seen: t }; };
    const lacks = (q: string, title: string) => async () => { const t = await titles(q); return { ok: !t.includes(title), seen: t }; };
    await until('the folder to be indexed', has('okapi', 'Okapi ingestion notes'));

    fs.writeFileSync(path.join(dir, 'zebra.md'), '# Zebra batch notes\nStripes go through AWS Glue.\n');
    await until('the added note', has('zebra', 'Zebra batch notes'));

    fs.writeFileSync(path.join(dir, 'zebra.md'), '# Quagga batch notes\nNo stripes any more.\n');
    await until('the changed note', has('quagga', 'Quagga batch notes'));
    await until('the old title to leave the index', lacks('zebra', 'Zebra batch notes'));

    fs.rmSync(path.join(dir, 'okapi.md'));
    await until('the deleted note to leave the index', lacks('okapi', 'Okapi ingestion notes'));
  });

  test('a saved note\'s questions are built on the worker thread while the last bank keeps serving', async function () {
    this.timeout(4 * WAIT_MS);
    const { knowledge, quiz } = await api();
    await config().update('notesFolders', [dir], vscode.ConfigurationTarget.Global);
    await knowledge.ready();
    const before = await quiz.bank();
    const workerBuilds = quiz.workerBuilds;
    let fired = 0;
    const sub = quiz.onDidBuildBank(() => fired++);
    const file = path.join(dir, 'queue.md');
    try {
      fs.writeFileSync(file, '# Amazon SQS\n\n## Limits\n\n- **Message Retention**: 4 days default up to **14 days**!\n');
      // Without waiting for a build, the quiz always has a bank to show: the last one until the new one is ready.
      const asked = (b: BankLike | undefined) => !!b && b.questions.some((q) => q.source.file === file);
      await until('the new note\'s questions to arrive without anyone waiting for them', async () => {
        const now = quiz.bankNow();
        assert.ok(now, 'bankNow gave no bank at all');
        return { ok: asked(now), seen: { questions: now.questions.length, fired, workerBuilds: quiz.workerBuilds } };
      });
      assert.ok(!asked(before), 'the bank before the note was saved did not have its questions');
      assert.ok(fired > 0, 'onDidBuildBank fired for the background build');
      assert.ok(quiz.workerBuilds > workerBuilds, 'the new bank was built on the worker thread');
    } finally {
      sub.dispose();
      fs.rmSync(file, { force: true });
    }
  });
});
