// The quiz in the real host: the command opens the panel (its webview script loads under the CSP and
// says "ready"), answers go through the same messages the webview sends, and progress lands in the
// extension's global storage.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

/** What the quiz commands return (src/vscode/quiz/panel.ts QuizPanel), as far as this test needs it. */
interface QuizPanelHook {
  readonly view: {
    screen: string; question?: { id: string; phase: string; position: number; feedback?: { correct?: boolean; source: { file: string; line: number } } };
    correct?: number; pausedExam?: { answered: number; total: number; deadline: number };
  };
  readonly webviewReady: Promise<void>;
  readonly panel: vscode.WebviewPanel;
  readonly progressFile: string;
  readonly session?: { mode: string; seed: string; position: number; finished: boolean; questions: { id: string; domain?: number }[]; deadline?: number };
  currentQuestion(): { id: string; answers: number[]; options: string[]; format: string } | undefined;
  handleMessage(message: unknown): Promise<void>;
}

async function activate(): Promise<void> {
  const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'));
  assert.ok(ext, 'DE Study extension not found');
  await ext.activate();
}

async function within<T>(what: string, p: Promise<T>, ms = 20000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms); });
  try { return await Promise.race([p, timeout]); } finally { clearTimeout(timer); }
}

suite('quiz panel', () => {
  suiteSetup(activate);

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('DE Study: Start Quiz opens the panel, answers are checked and progress is saved', async () => {
    const panel = await vscode.commands.executeCommand<QuizPanelHook>('deStudy.openQuiz', { count: 3, seed: 'host-test' });
    assert.ok(panel, 'deStudy.openQuiz returned no panel');
    assert.strictEqual(panel.panel.viewType, 'deStudy.quiz');
    await within('the webview script to load and say ready', panel.webviewReady);
    assert.strictEqual(panel.view.screen, 'question');

    // Answer the first question right and the second wrong, through the webview's messages.
    const first = panel.currentQuestion()!;
    await panel.handleMessage({ type: 'select', choices: first.answers });
    await panel.handleMessage({ type: 'submit' });
    assert.strictEqual(panel.view.question?.phase, 'feedback');
    assert.strictEqual(panel.view.question?.feedback?.correct, true);
    assert.ok(fs.existsSync(panel.view.question!.feedback!.source.file), 'the explanation points at a note');

    await panel.handleMessage({ type: 'submit' }); // Enter again: next question
    const second = panel.currentQuestion()!;
    assert.notStrictEqual(second.id, first.id);
    const wrong = second.options.map((_, i) => i).filter((i) => !second.answers.includes(i)).slice(0, second.answers.length);
    await panel.handleMessage({ type: 'select', choices: wrong });
    await panel.handleMessage({ type: 'submit' });
    assert.strictEqual(panel.view.question?.feedback?.correct, false);

    // Untrusted messages are ignored.
    await panel.handleMessage({ type: 'eval', code: 'alert(1)' });
    const editorsBefore = vscode.workspace.textDocuments.map((d) => d.uri.toString()).sort();
    await panel.handleMessage({ type: 'openSource', file: '/etc/passwd', line: 1 });
    await new Promise((r) => setTimeout(r, 500)); // an editor opened by the message would be there by now
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === '/etc/passwd'), 'a file outside the notes was opened');
    assert.deepStrictEqual(vscode.workspace.textDocuments.map((d) => d.uri.toString()).sort().filter((u) => !editorsBefore.includes(u) && !u.startsWith('output:')), [], 'no document opened');

    // Both answers are in the progress file in global storage.
    assert.ok(!panel.progressFile.includes('notes'), `progress must live outside the notes: ${panel.progressFile}`);
    const data = JSON.parse(fs.readFileSync(panel.progressFile, 'utf8'));
    assert.strictEqual(data.schema, 'de-study-progress');
    assert.strictEqual(data.version, 2);
    assert.ok(data.items[first.id] && data.items[first.id].correct >= 1, 'first answer not saved');
    assert.ok(data.items[second.id] && data.items[second.id].wrong >= 1, 'second answer not saved');
  });

  test('Review Due Questions brings back the question answered wrong, once it is due', async () => {
    const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'))!;
    // The progress store's clock (its constructor option \`now\`) is driven here, as a day passing would.
    const store = (ext.exports as { quiz: { store: unknown } }).quiz.store as { now: () => Date; due(): string[] };

    // Answer one question wrong in a practice round.
    const practice = await vscode.commands.executeCommand<QuizPanelHook>('deStudy.openQuiz', { count: 3, seed: 'host-review-wrong', replace: true });
    assert.ok(practice);
    await within('the webview', practice.webviewReady);
    const q = practice.currentQuestion()!;
    const wrong = q.options.map((_, i) => i).filter((i) => !q.answers.includes(i)).slice(0, q.answers.length);
    await practice.handleMessage({ type: 'select', choices: wrong });
    await practice.handleMessage({ type: 'submit' });
    assert.strictEqual(practice.view.question?.feedback?.correct, false);
    assert.ok(!store.due().includes(q.id), 'just answered: not due yet');

    const realNow = store.now;
    store.now = () => new Date(Date.now() + 24 * 3600_000);
    try {
      assert.ok(store.due().includes(q.id), 'due a day later');
      const review = await vscode.commands.executeCommand<QuizPanelHook>('deStudy.reviewDue', { seed: 'host-review', replace: true });
      assert.ok(review && review.session, 'no review session');
      await within('the webview', review.webviewReady);
      assert.strictEqual(review.session.mode, 'review');
      assert.ok(review.session.questions.some((x) => x.id === q.id), 'the question answered wrong is in the review');
      assert.strictEqual(review.view.screen, 'question');
    } finally {
      store.now = realNow;
    }
  });

  test('Start Exam Simulation: a start screen, then 65 questions weighted by domain, 130 minutes', async () => {
    const panel = await vscode.commands.executeCommand<QuizPanelHook>('deStudy.startExam', { seed: 'host-exam' });
    assert.ok(panel);
    await within('the webview', panel.webviewReady);
    // The clock does not start before the user has read the rules and pressed Start.
    assert.strictEqual(panel.view.screen, 'exam-start');
    assert.strictEqual(Boolean(panel.session), false);
    assert.deepStrictEqual([(panel.view as { questions?: number }).questions, (panel.view as { minutes?: number }).minutes], [65, 130]);
    await panel.handleMessage({ type: 'beginExam' });
    assert.ok(panel.session);
    assert.strictEqual(panel.session.mode, 'exam');
    assert.strictEqual(panel.session.questions.length, 65);
    const byDomain = [1, 2, 3, 4].map((d) => panel.session!.questions.filter((q) => q.domain === d).length);
    assert.deepStrictEqual(byDomain, [22, 17, 14, 12]);
    const minutes = (panel.session.deadline! - Date.now()) / 60000;
    assert.ok(minutes > 129 && minutes <= 130, `${minutes} minutes`);
    await panel.handleMessage({ type: 'flag' });
    await panel.handleMessage({ type: 'review' });
    assert.strictEqual(panel.view.screen, 'exam-review');
    await panel.handleMessage({ type: 'finish' });
    await panel.handleMessage({ type: 'finish' });
    assert.strictEqual(panel.view.screen, 'exam-result');
  });

  test('an exam closed or left through the menu before it is finished resumes where it was', async () => {
    const panel = await vscode.commands.executeCommand<QuizPanelHook>('deStudy.startExam', { seed: 'host-pause', begin: true });
    assert.ok(panel && panel.session);
    await within('the webview', panel.webviewReady);
    const { deadline } = panel.session;
    for (let i = 0; i < 2; i++) {
      await panel.handleMessage({ type: 'select', choices: [0] });
      await panel.handleMessage({ type: 'next' });
    }
    panel.panel.dispose(); // the user closes the tab

    // Start Exam Simulation (no seed, as from the palette) brings the same exam back, clock unchanged.
    const resumed = await vscode.commands.executeCommand<QuizPanelHook>('deStudy.startExam');
    assert.ok(resumed && resumed.session && resumed !== panel);
    await within('the webview', resumed.webviewReady);
    assert.strictEqual(resumed.session.seed, 'host-pause');
    assert.strictEqual(resumed.session.position, 2);
    assert.strictEqual(resumed.session.deadline, deadline);
    assert.strictEqual(resumed.view.screen, 'question');

    // The Menu button keeps it too, and the menu offers to resume it.
    await resumed.handleMessage({ type: 'home' });
    assert.strictEqual(resumed.view.screen, 'home');
    assert.deepStrictEqual(resumed.view.pausedExam, { answered: 2, total: 65, deadline });
    await resumed.handleMessage({ type: 'start', mode: 'exam' });
    assert.strictEqual(resumed.session?.seed, 'host-pause');

    // Once finished it is scored and no longer offered.
    await resumed.handleMessage({ type: 'finish' });
    await resumed.handleMessage({ type: 'finish' });
    assert.strictEqual(resumed.view.screen, 'exam-result');
    await resumed.handleMessage({ type: 'home' });
    assert.strictEqual(resumed.view.pausedExam, undefined);
  });

  test('Quiz on the AWS Services in This File focuses on the services of the active file', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the host runs with the fixture workspace open');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'pipeline.py'));
    await vscode.window.showTextDocument(doc);
    const panel = await vscode.commands.executeCommand<QuizPanelHook & { session?: { focus: { serviceIds?: string[] }; focusLabel: string } }>('deStudy.quizServicesInFile', { seed: 'host-file' });
    assert.ok(panel && panel.session, 'no quiz for pipeline.py');
    assert.ok(panel.session.focus.serviceIds?.includes('data-firehose'), JSON.stringify(panel.session.focus));
    assert.match(panel.session.focusLabel, /pipeline\.py/);
  });

  test('progress exports to JSON and imports back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-export-'));
    const file = path.join(dir, 'progress.json');
    const exported = await vscode.commands.executeCommand<{ questions: number }>('deStudy.exportProgress', { file });
    assert.ok(exported && exported.questions >= 2, JSON.stringify(exported));
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.strictEqual(data.schema, 'de-study-progress');
    const imported = await vscode.commands.executeCommand<{ questions: number }>('deStudy.importProgress', { file, mode: 'merge' });
    assert.strictEqual(imported?.questions, exported.questions);
    fs.writeFileSync(file, 'not json');
    const refused = await vscode.commands.executeCommand('deStudy.importProgress', { file, mode: 'merge' });
    assert.strictEqual(refused, undefined, 'a damaged file is refused');
  });

  test('Quiz on a Service (the hover\'s "Quiz me" link) focuses on that service', async () => {
    const panel = await vscode.commands.executeCommand<QuizPanelHook>('deStudy.quizService', { serviceId: 'kinesis-data-streams', seed: 'host-svc', replace: true });
    assert.ok(panel && panel.session);
    assert.ok(panel.session.questions.length >= 3, `${panel.session.questions.length} questions`);
    const off = (panel.session.questions as { id: string; serviceIds?: string[] }[]).filter((x) => !x.serviceIds?.includes('kinesis-data-streams'));
    assert.deepStrictEqual(off.map((x) => x.id), [], 'every question is about Kinesis Data Streams');
  });

  test('Quiz on a Service from the palette asks with a list; Esc starts nothing', async () => {
    // The list opens once the question bank is ready: repeat the key until the command answers.
    const press = async <T>(command: string, pending: Thenable<T>): Promise<T> => {
      let settled = false;
      const done = Promise.resolve(pending).finally(() => { settled = true; });
      for (let i = 0; i < 80 && !settled; i++) {
        await new Promise((r) => setTimeout(r, 250));
        if (!settled) await vscode.commands.executeCommand(command);
      }
      return within(`the pick to answer ${command}`, done, 1000);
    };
    // Esc: the command resolves with nothing and no panel opens.
    const cancelled = await press('workbench.action.closeQuickOpen', vscode.commands.executeCommand<QuizPanelHook | undefined>('deStudy.quizService'));
    assert.strictEqual(cancelled, undefined);

    // Enter on the first service in the list starts a quiz focused on it.
    const panel = await press('workbench.action.acceptSelectedQuickOpenItem', vscode.commands.executeCommand<QuizPanelHook | undefined>('deStudy.quizService'));
    assert.ok(panel && panel.session, 'no quiz started from the picked service');
    const session = panel.session as unknown as { focus: { serviceIds?: string[] }; questions: { id: string; serviceIds?: string[] }[] };
    const ids = session.focus.serviceIds ?? [];
    assert.strictEqual(ids.length, 1, `the quiz is focused on one service: ${JSON.stringify(session.focus)}`);
    assert.deepStrictEqual(session.questions.filter((q) => !q.serviceIds?.includes(ids[0])).map((q) => q.id), [], `every question is about ${ids[0]}`);
    const focus = (panel.view as { focus?: string }).focus ?? '';
    assert.match(focus, /^(Amazon|AWS|Apache) /, `the focus label names the service: ${focus}`);
  });
});
