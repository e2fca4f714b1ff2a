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
    await panel.handleMessage({ type: 'openSource', file: '/etc/passwd', line: 1 });
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.fsPath === '/etc/passwd', false);

    // Both answers are in the progress file in global storage.
    assert.ok(!panel.progressFile.includes('notes'), `progress must live outside the notes: ${panel.progressFile}`);
    const data = JSON.parse(fs.readFileSync(panel.progressFile, 'utf8'));
    assert.strictEqual(data.schema, 'de-study-progress');
    assert.strictEqual(data.version, 2);
    assert.ok(data.items[first.id] && data.items[first.id].correct >= 1, 'first answer not saved');
    assert.ok(data.items[second.id] && data.items[second.id].wrong >= 1, 'second answer not saved');
  });

  test('Review Due Questions brings back the question answered wrong', async () => {
    const panel = await vscode.commands.executeCommand<QuizPanelHook>('deStudy.reviewDue', { seed: 'host-review' });
    assert.ok(panel);
    await within('the webview', panel.webviewReady);
    // Just answered wrong: due in 10 minutes, not yet; the review offers new recall cards meanwhile.
    assert.ok(['question', 'empty'].includes(panel.view.screen), panel.view.screen);
    if (panel.view.screen === 'question') {
      const q = panel.currentQuestion()!;
      if (q.format === 'recall') {
        await panel.handleMessage({ type: 'reveal' });
        await panel.handleMessage({ type: 'grade', grade: 3 });
      }
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
    const panel = await vscode.commands.executeCommand<QuizPanelHook>('deStudy.quizService', { serviceId: 'kinesis-data-streams', seed: 'host-svc' });
    assert.ok(panel && panel.session);
    assert.ok(panel.session.questions.length > 0);
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
    const focus = (panel.view as { focus?: string }).focus ?? '';
    assert.match(focus, /^(Amazon|AWS|Apache) /, `the quiz is not focused on a service: ${focus}`);
  });
});
