// The quiz panel's menu and exams in the real host: the practice exam forms (fixed, in order, with a
// start screen and results by task statement), the source filter (one notes folder), and Report
// question (never asked again, also after the progress file is read back as a new window would).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseAnki } from '../support/anki';
import type { Question } from '../../src/core/quiz/types';

interface View {
  screen: string;
  questions?: number; minutes?: number; title?: string;
  tasks?: { task: string; percent: number }[];
  sources?: { value: string; label: string; questions: number }[];
  practiceExams?: { exam: number; questions: number; attempts: number }[];
}
interface PanelHook {
  readonly view: View;
  readonly webviewReady: Promise<void>;
  readonly session?: { mode: string; questions: Question[]; deadline?: number; startedAt: number; finished: boolean };
  currentQuestion(): Question | undefined;
  handleMessage(message: unknown): Promise<void>;
}
interface Api {
  knowledge: { ready(): Promise<unknown> };
  quiz: { bank(): Promise<{ questions: Question[]; byId: Map<string, Question> }>; store: { reload(): unknown; file: string; reportedIds(): Set<string> }; setSource(source: string): Promise<void> };
}

const REPO = path.resolve(__dirname, '../../..');

async function api(): Promise<Api> {
  const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'));
  assert.ok(ext, 'DE Study extension not found');
  return (await ext.activate()) as Api;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 30000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

suite('quiz panel: practice exams, source filter, report', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-mine-'));
  const config = () => vscode.workspace.getConfiguration('DEStudy');

  teardown(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });
  suiteTeardown(async () => {
    // Leave the menu's source filter as a new user has it (the filter test chose one folder).
    await (await api()).quiz.setSource('all');
    await config().update('notesFolders', undefined, vscode.ConfigurationTarget.Global);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('"Practice Exam 2" starts a 65-question, 130-minute exam of its authored questions in order; the result lists task statements weakest first', async () => {
    const { knowledge, quiz } = await api();
    await knowledge.ready();
    // The bundled notes/practice/exam-2.md, read by the same importer as a user's practice questions.
    const form = (await quiz.bank()).questions.filter((q) => q.practice?.exam === 2).sort((a, b) => a.practice!.number - b.practice!.number);
    assert.strictEqual(form.length, 65);

    const panel = await vscode.commands.executeCommand<PanelHook>('deStudy.openQuiz', { count: 3, seed: 'host-form', replace: true });
    assert.ok(panel);
    await panel.handleMessage({ type: 'home' });
    assert.deepStrictEqual(panel.view.practiceExams?.map((f) => [f.exam, f.questions]), [[1, 65], [2, 65], [3, 65], [4, 65], [5, 65], [6, 65], [7, 65], [8, 65], [9, 65], [10, 65]], 'the menu offers every bundled Practice Exam');

    await panel.handleMessage({ type: 'examStart', form: 2 });
    assert.strictEqual(panel.view.screen, 'exam-start');
    assert.strictEqual(panel.view.title, 'Practice Exam 2');
    assert.deepStrictEqual([panel.view.questions, panel.view.minutes], [65, 130]);
    assert.strictEqual(Boolean(panel.session), false, 'the clock waits for Start');

    await panel.handleMessage({ type: 'beginExam' });
    const s = panel.session!;
    assert.strictEqual(s.mode, 'exam');
    assert.deepStrictEqual(s.questions.map((q) => q.id), form.map((q) => q.id), 'the form\'s questions, in order');
    assert.ok(s.questions.every((q) => q.origin === 'authored' && q.practice?.exam === 2));
    assert.strictEqual(s.deadline! - s.startedAt, 130 * 60_000);
    // Right on every question of one task statement (the first question's), wrong on all the others:
    // that task is the strongest (100 %), every other task 0 %.
    const strong = form[0].task!;
    for (let i = 0; i < form.length; i++) {
      const q = panel.currentQuestion()!;
      const wrong = q.options.map((_, k) => k).filter((k) => !q.answers.includes(k)).slice(0, q.answers.length);
      await panel.handleMessage({ type: 'select', choices: q.task === strong ? q.answers : wrong });
      await panel.handleMessage({ type: 'next' });
    }
    await panel.handleMessage({ type: 'finish' });
    await panel.handleMessage({ type: 'finish' });
    assert.strictEqual(panel.view.screen, 'exam-result');
    const tasks = panel.view.tasks!;
    assert.deepStrictEqual(tasks.map((t) => t.task).sort(), [...new Set(form.map((q) => q.task!))].sort(), 'one row per task statement of the form');
    assert.deepStrictEqual(tasks[tasks.length - 1], { ...tasks[tasks.length - 1], task: strong, percent: 100 }, 'the strongest task comes last');
    assert.ok(tasks.slice(0, -1).every((t) => t.percent === 0), JSON.stringify(tasks));

    await panel.handleMessage({ type: 'home' });
    assert.strictEqual(panel.view.practiceExams?.find((f) => f.exam === 2)?.attempts, 1, 'the result is in the form\'s history');
  });

  test('the source filter limits a round to one notes folder; a reported question is not asked again after a reload', async () => {
    fs.copyFileSync(path.join(REPO, 'test', 'fixtures', 'user-notes', 'streaming-cards.md'), path.join(dir, 'streaming-cards.md'));
    const { knowledge, quiz } = await api();
    await knowledge.ready();
    await config().update('notesFolders', [dir], vscode.ConfigurationTarget.Global);
    const mine = await until('questions from the notes folder', async () => {
      await knowledge.ready();
      const qs = (await quiz.bank()).questions.filter((q) => q.source.file.startsWith(dir) && q.format !== 'recall');
      return qs.length >= 3 ? qs : undefined;
    });

    const source = `folder:${dir}`;
    const panel = await vscode.commands.executeCommand<PanelHook>('deStudy.openQuiz', { source, count: 50, seed: 'host-source', replace: true });
    assert.ok(panel && panel.session);
    const ids = panel.session.questions.map((q) => q.id).sort();
    assert.deepStrictEqual(ids, mine.map((q) => q.id).sort(), 'the round is exactly the folder\'s questions');

    // Report the question on screen: it leaves the round at once and the next one shows.
    const reported = panel.currentQuestion()!;
    await panel.handleMessage({ type: 'report', reason: 'wrong key' });
    assert.ok(!panel.session.questions.some((q) => q.id === reported.id));
    assert.notStrictEqual(panel.currentQuestion()?.id, reported.id);
    const saved = JSON.parse(fs.readFileSync(quiz.store.file, 'utf8'));
    assert.strictEqual(saved.items[reported.id]?.reported?.reason, 'wrong key', 'the report is in the progress file');

    // Read the progress file back, as a reloaded window does, and start over on the same folder.
    quiz.store.reload();
    assert.ok(quiz.store.reportedIds().has(reported.id));
    await panel.handleMessage({ type: 'home' });
    const choice = panel.view.sources?.find((c) => c.value === source);
    assert.ok(choice, JSON.stringify(panel.view.sources));
    assert.strictEqual(choice.questions, mine.length - 1, 'the menu counts the folder without the reported question');
    await panel.handleMessage({ type: 'start', mode: 'practice', source });
    const again = panel.session!.questions.map((q) => q.id);
    assert.ok(again.length > 0 && !again.includes(reported.id), 'the reported question is not asked again');
    assert.ok(again.every((id) => mine.some((q) => q.id === id)), 'still only the folder\'s questions');
  });

  test('Export Questions for Anki writes a file that parses back to the same questions', async () => {
    const { quiz } = await api();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-anki-')), 'domain-3.txt');
    const r = await vscode.commands.executeCommand<{ questions: number; file: string }>('deStudy.exportAnki', { file: out, domain: 3 });
    assert.ok(r && r.questions > 0, JSON.stringify(r));
    const reported = quiz.store.reportedIds();
    const expected = (await quiz.bank()).questions.filter((q) => q.domain === 3 && !reported.has(q.id));
    const rows = parseAnki(fs.readFileSync(out, 'utf8')).rows;
    assert.deepStrictEqual(rows.map((row) => row.GUID), expected.map((q) => `de-study-${q.id}`));
    assert.ok(rows.every((row) => row.Deck === 'DE Study::Domain 3 Data Operations and Support'));
  });
});
