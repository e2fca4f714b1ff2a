// The DE Study view, "Add Notes Folder" and the status bar in the real host: the outline lists the 4
// domains and 17 task statements with their counts; adding a folder of notes ends with a notification
// of what was found (the folder's name kept inert); the status bar's count follows each answer; the
// dashboard's webview loads under its CSP and shows the answers of today.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

interface Node { kind: string }
interface TreeHook<N = Node> { getChildren(n?: N): Promise<N[]>; getTreeItem(n: N): vscode.TreeItem }
interface StoreHook {
  data: { items: Record<string, { seen: number; card: { due: string } }> };
  file: string;
  reload(): void;
}
interface Api {
  study: {
    outline: TreeHook;
    folders: TreeHook & { summaries(): Promise<{ root: string; notes: number; sections: number; questions: number; problems: unknown[] }[]> };
  };
  dueStatus: { count: number | undefined };
  quiz: { store: StoreHook };
}
interface PanelHook {
  readonly webviewReady: Promise<void>;
  readonly view: { screen: string };
  currentQuestion(): { id: string; answers: number[]; options: string[]; format: string } | undefined;
  handleMessage(message: unknown): Promise<void>;
}
interface DashboardHook {
  readonly webviewReady: Promise<void>;
  readonly data?: { domains: { tasks: unknown[] }[]; history: { day: string; answered: number }[]; forecast: unknown[]; weakest: { id: string }[] };
  readonly panel: vscode.WebviewPanel;
}

async function api(): Promise<Api> {
  const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'));
  assert.ok(ext, 'DE Study extension not found');
  return (await ext.activate()) as Api;
}

async function within<T>(what: string, p: Thenable<T>, ms = 30000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms); });
  try { return await Promise.race([p, timeout]); } finally { clearTimeout(timer); }
}

suite('DE Study view and progress', () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-view-'));
  // A name with link and icon syntax in it: the notification must show it as text.
  const dir = path.join(parent, 'my notes [x](command:workbench.action.quit) $(alert)');

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('DEStudy').update('notesFolders', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(parent, { recursive: true, force: true });
  });

  test('the view lists 4 domains and 17 task statements with their counts, and the notes on each', async () => {
    const { study } = await api();
    await vscode.commands.executeCommand('deStudy.outline.focus');
    const domains = await study.outline.getChildren();
    assert.strictEqual(domains.length, 4);
    assert.match(String(study.outline.getTreeItem(domains[0]).label), /^Domain 1: Data Ingestion and Transformation$/);
    const tasks = (await Promise.all(domains.map((d) => study.outline.getChildren(d)))).flat();
    const items = tasks.map((t) => study.outline.getTreeItem(t));
    assert.deepStrictEqual(items.map((i) => String(i.label).match(/^Task (\d\.\d):/)?.[1]),
      ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4', '4.5']);
    for (const i of items) assert.match(String(i.description), /^\d+\/\d+ answered|^no questions yet$/, `${i.label}: ${i.description}`);
    const withQuestions = items.filter((i) => /^\d+\/[1-9]\d* answered/.test(String(i.description)));
    assert.ok(withQuestions.length >= 15, `only ${withQuestions.length} task statements have questions`);

    // Task 1.2 → its notes → the domain note's section "1.2 Transform and process data", which opens the note there.
    const notes = await study.outline.getChildren(tasks[1]);
    assert.ok(notes.length >= 3, `${notes.length} notes on task 1.2`);
    const domainNote = notes.find((n) => String(study.outline.getTreeItem(n).label).startsWith('Domain 1'));
    assert.ok(domainNote, 'the domain 1 note is listed under task 1.2');
    const sections = await study.outline.getChildren(domainNote);
    const section = study.outline.getTreeItem(sections[0]);
    assert.strictEqual(section.label, '1.2 Transform and process data');
    assert.strictEqual(section.command?.command, 'deStudy.openNote');
  });

  test('adding a notes folder indexes it and says what was found, with the name as plain text', async () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'lakes.md'), [
      '# Lake layout', '', 'Raw, clean and curated zones sit in separate S3 prefixes.', '',
      '## Partitions', '', 'Partition by the column most queries filter on, usually a date.', '',
      'Which AWS service crawls S3 prefixes to fill the Data Catalog? :: AWS Glue crawlers', '',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'streams.md'), [
      '# Stream notes', '', '## Ordering', '', 'Records with the same partition key keep their order within a shard of Amazon Kinesis Data Streams.', '',
      'How long does Kinesis Data Streams keep records by default? :: 24 hours', '',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'scan.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02, 0x00, 0xff, 0x00]));

    const feedback = await within('the notes folder feedback', vscode.commands.executeCommand<{ message: string; summary: { notes: number; sections: number; questions: number; problems: unknown[] } }>('deStudy.addNotesFolder', { folder: dir }));
    assert.ok(feedback, 'no feedback');
    const s = feedback.summary;
    assert.deepStrictEqual([s.notes, s.sections, s.problems.length], [2, 4, 1]);
    assert.ok(s.questions >= 2, `${s.questions} questions from the folder`);
    assert.match(feedback.message, new RegExp(`: 2 notes, 4 sections, ${s.questions} questions, 1 problem\\.$`));
    assert.ok(!feedback.message.includes('](command:'), `link syntax survived: ${feedback.message}`);
    assert.ok(!feedback.message.includes('$(alert)'), `icon syntax survived: ${feedback.message}`);
    assert.strictEqual(feedback.message.replace(/\u200b/g, '').includes(path.basename(dir)), true);

    // The Notes Folders view shows it with the same counts, and the problem under it.
    const { study } = await api();
    const folders = await study.folders.getChildren();
    const mine = folders.find((f) => String(study.folders.getTreeItem(f).label) === path.basename(dir));
    assert.ok(mine, 'the folder is not in the Notes Folders view');
    assert.strictEqual(study.folders.getTreeItem(mine).description, `2 notes · 4 sections · ${s.questions} questions · 1 problem`);
    const problems = await study.folders.getChildren(mine);
    assert.strictEqual(String(study.folders.getTreeItem(problems[0]).label), 'scan.md:1');
    assert.match(String(study.folders.getTreeItem(problems[0]).description), /binary/);
  });

  test('the status bar count follows the answers: a wrong one adds a review today, a right review removes it', async () => {
    const { dueStatus, quiz } = await api();
    const count = () => dueStatus.count ?? 0;
    const before = count();
    // Earlier tests answer questions too, so the round starts from the first seed whose first question is new
    // (which seed that is depends on the bank, not on what this test checks).
    const freshRound = async () => {
      for (let n = 0; n < 20; n++) {
        const p = await vscode.commands.executeCommand<PanelHook>('deStudy.openQuiz', { count: 3, seed: `status-bar-host-${n}`, replace: true });
        await within('the quiz webview', p.webviewReady);
        const q = p.currentQuestion()!;
        if (!quiz.store.data.items[q.id]) return { panel: p, q1: q };
      }
      throw new Error('no seed gave a question not answered before');
    };
    const { panel, q1 } = await freshRound();
    const wrong = q1.options.map((_, i) => i).filter((i) => !q1.answers.includes(i)).slice(0, q1.answers.length);
    await panel.handleMessage({ type: 'select', choices: wrong });
    await panel.handleMessage({ type: 'submit' });
    // Back in 10 minutes: today's count goes up at once (unless those 10 minutes cross midnight).
    const dueAt = new Date(quiz.store.data.items[q1.id].card.due);
    const sameDay = dueAt.toDateString() === new Date().toDateString();
    assert.strictEqual(count(), before + (sameDay ? 1 : 0), 'a wrong answer adds one review today');

    await panel.handleMessage({ type: 'submit' });
    const q2 = panel.currentQuestion()!;
    const newQuestion = !quiz.store.data.items[q2.id];
    await panel.handleMessage({ type: 'select', choices: q2.answers });
    await panel.handleMessage({ type: 'submit' });
    if (newQuestion) assert.strictEqual(count(), before + (sameDay ? 1 : 0), 'a right answer to a new question is due in days');

    // Make the wrong one due now (as it is 10 minutes later), then review it and answer right.
    const file = JSON.parse(fs.readFileSync(quiz.store.file, 'utf8'));
    file.items[q1.id].card.due = new Date(Date.now() - 1000).toISOString();
    fs.writeFileSync(quiz.store.file, JSON.stringify(file));
    quiz.store.reload();
    const duePlusOne = count();
    assert.ok(duePlusOne >= 1);
    const review = await vscode.commands.executeCommand<PanelHook>('deStudy.reviewDue', { seed: 'status-bar-review', replace: true });
    await within('the review webview', review.webviewReady);
    const r = review.currentQuestion()!;
    const seen = quiz.store.data.items[r.id]?.seen ?? 0;
    if (r.format === 'recall') {
      await review.handleMessage({ type: 'reveal' });
      await review.handleMessage({ type: 'grade', grade: 3 });
    } else {
      await review.handleMessage({ type: 'select', choices: r.answers });
      await review.handleMessage({ type: 'submit' });
      if ((quiz.store.data.items[r.id]?.seen ?? 0) === seen) await review.handleMessage({ type: 'submit' });
    }
    assert.strictEqual(quiz.store.data.items[r.id].seen, seen + 1, 'the review answer was recorded');
    assert.strictEqual(count(), duePlusOne - 1, 'a right review leaves today\'s reviews');
  });

  test('the progress dashboard opens in its own panel with today\'s answers', async () => {
    const dash = await vscode.commands.executeCommand<DashboardHook>('deStudy.openDashboard');
    assert.strictEqual(dash.panel.viewType, 'deStudy.dashboard');
    await within('the dashboard webview to load under its CSP', dash.webviewReady);
    await within('the dashboard data', new Promise<void>((resolve) => { const t = setInterval(() => { if (dash.data) { clearInterval(t); resolve(); } }, 100); }));
    const d = dash.data!;
    assert.strictEqual(d.domains.length, 4);
    assert.strictEqual(d.domains.reduce((n, x) => n + x.tasks.length, 0), 17);
    assert.strictEqual(d.weakest.length, 17);
    assert.strictEqual(d.forecast.length, 30);
    assert.strictEqual(d.history.length, 30);
    assert.ok(d.history[29].answered >= 3, `today: ${d.history[29].answered} answers`);
  });
});
