// The study overview's pure parts: the exam outline, readiness per domain and task, the weakest tasks,
// accuracy per day (and the progress file's daily tallies behind it), the 30-day due forecast, the
// status bar's due counts, notes per task, folder summaries and inert text for notifications.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseNote } from '../../src/core/parser';
import { emptyProgress, mergeProgress, parseProgress, ProgressItem, ProgressStore } from '../../src/core/quiz/progress';
import { Scheduler } from '../../src/core/quiz/scheduler';
import { Question } from '../../src/core/quiz/types';
import { dayKey, daysEnding, startOfDay } from '../../src/core/study/days';
import { folderCounts, summarizeFolder } from '../../src/core/study/folders';
import { accuracyByDay, dueForecast, dueToday } from '../../src/core/study/history';
import { inertText } from '../../src/core/inertText';
import { EXAM_OUTLINE, TASK_STATEMENTS } from '../../src/core/study/outline';
import { accuracy, describeTally, explainTally, overall, readiness, weakestTasks } from '../../src/core/study/readiness';
import { notesByTask } from '../../src/core/study/taskNotes';

const scheduler = new Scheduler();
const NOW = new Date(2026, 2, 10, 15, 0, 0); // 10 March 2026, 15:00 local time
const HOUR = 3600000;

function question(id: string, domain: number | undefined, task: string | undefined, file = '/notes/a.md'): Question {
  return {
    id, kind: 'identify', format: 'single', stem: `stem ${id}`, options: ['a', 'b', 'c', 'd'], answers: [0], explanation: '',
    source: { file, line: 1, headingPath: [] }, domain, task, serviceIds: [],
  };
}

/** A progress item answered `correct` of `seen` times, due at `due`. */
function item(seen: number, correct: number, due: Date): ProgressItem {
  const card = { ...scheduler.review(undefined, 3, new Date(due.getTime() - 86400000)), due: due.toISOString() };
  return { card, seen, correct, wrong: seen - correct, lastAnswered: NOW.toISOString(), lastCorrect: correct > 0 };
}

describe('study: exam outline', () => {
  it('has 4 domains and 17 task statements, numbered in order', () => {
    assert.strictEqual(EXAM_OUTLINE.length, 4);
    assert.deepStrictEqual(EXAM_OUTLINE.map((d) => d.tasks.length), [4, 4, 4, 5]);
    assert.strictEqual(TASK_STATEMENTS.length, 17);
    assert.strictEqual(EXAM_OUTLINE[0].tasks[1].title, 'Transform and process data');
    assert.strictEqual(Math.round(EXAM_OUTLINE.reduce((n, d) => n + d.weight, 0) * 100), 100);
  });

  it('names every task as the bundled domain notes head it', () => {
    const dir = path.join(__dirname, '../../../notes/domains');
    const headings = new Set(fs.readdirSync(dir).flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
      .filter((l) => /^## [1-4]\.\d /.test(l)).map((l) => l.slice(3).trim()));
    for (const t of TASK_STATEMENTS) assert.ok(headings.has(`${t.id} ${t.title}`), `no heading "## ${t.id} ${t.title}"`);
    assert.strictEqual(headings.size, 17);
  });
});

describe('study: readiness', () => {
  const questions = [
    question('q1', 1, '1.1'), question('q2', 1, '1.1'), question('q3', 1, '1.2'),
    question('q4', 2, '2.3'), question('q5', 4, undefined), question('q6', undefined, undefined),
  ];
  const items = {
    q1: item(4, 1, new Date(NOW.getTime() - HOUR)), // 25 %, due
    q3: item(2, 2, new Date(NOW.getTime() + 48 * HOUR)), // 100 %
    q4: item(1, 0, new Date(NOW.getTime() - HOUR)), // 0 %, due
    q6: item(1, 1, new Date(NOW.getTime() + HOUR)),
    gone: item(3, 3, NOW), // no longer in the bank
  };

  it('counts questions, answered, accuracy and due per domain and task', () => {
    const r = readiness(questions, items, NOW);
    assert.deepStrictEqual(r.map((d) => [d.questions, d.answered, d.seen, d.correct, d.due]), [[3, 2, 6, 3, 1], [1, 1, 1, 0, 1], [0, 0, 0, 0, 0], [1, 0, 0, 0, 0]]);
    const t11 = r[0].tasks[0];
    assert.strictEqual(t11.task.id, '1.1');
    assert.deepStrictEqual([t11.questions, t11.answered, accuracy(t11), t11.due], [2, 1, 25, 1]);
    assert.strictEqual(accuracy(r[2]), undefined, 'no answers, no accuracy');
    assert.strictEqual(r[3].tasks.reduce((n, t) => n + t.questions, 0), 0, 'a question without a task counts for its domain only');
    const all = overall(questions, items, NOW);
    assert.deepStrictEqual([all.questions, all.answered, all.due], [6, 4, 2]);
  });

  it('puts the weakest practised task first, unpractised tasks last in outline order', () => {
    const weak = weakestTasks(readiness(questions, items, NOW)).map((t) => t.task.id);
    // 2.3: 0 of 1 → (0+1)/(1+2) = 0.33; 1.1: 1 of 4 → 2/6 = 0.33 (tie: both 1 due; stable) ; 1.2: 2 of 2 → 0.75
    assert.deepStrictEqual(weak.slice(0, 3).sort(), ['1.1', '1.2', '2.3'].sort());
    assert.strictEqual(weak[2], '1.2');
    assert.deepStrictEqual(weak.slice(3, 6), ['1.3', '1.4', '2.1']);
    assert.strictEqual(weak.length, 17);
  });

  it('smooths accuracy: a single wrong answer ranks after four wrong of five', () => {
    const qs = [question('a', 1, '1.1'), question('b', 1, '1.2')];
    const its = { a: item(1, 0, NOW), b: item(5, 1, NOW) }; // (0+1)/(1+2) = 0.33 vs (1+1)/(5+2) = 0.29
    assert.deepStrictEqual(weakestTasks(readiness(qs, its, NOW)).slice(0, 2).map((t) => t.task.id), ['1.2', '1.1']);
  });
});

describe('study: history and forecast', () => {
  it('lists the last 30 days with accuracy on days with answers', () => {
    const today = dayKey(NOW);
    const before = dayKey(startOfDay(NOW, -3));
    const days = accuracyByDay({ [today]: { answered: 4, correct: 3 }, [before]: { answered: 2, correct: 0 }, '2020-01-01': { answered: 9, correct: 9 } }, NOW);
    assert.strictEqual(days.length, 30);
    assert.strictEqual(days[29].day, today);
    assert.deepStrictEqual(days[29], { day: today, answered: 4, correct: 3, accuracy: 75 });
    assert.strictEqual(days[26].accuracy, 0);
    assert.strictEqual(days.filter((d) => d.answered).length, 2, 'days outside the window are left out');
    assert.deepStrictEqual(accuracyByDay(undefined, NOW, 3).map((d) => d.answered), [0, 0, 0]);
    assert.deepStrictEqual(daysEnding(new Date(2026, 2, 1, 12), 2), ['2026-02-28', '2026-03-01']);
  });

  it('forecasts reviews per day for 30 days, overdue counted today', () => {
    const items = {
      overdue: item(1, 0, new Date(NOW.getTime() - 72 * HOUR)),
      tonight: item(1, 1, new Date(NOW.getTime() + 5 * HOUR)),
      tomorrow: item(1, 1, startOfDay(NOW, 1)),
      later: item(1, 1, new Date(startOfDay(NOW, 29).getTime() + HOUR)),
      tooLate: item(1, 1, startOfDay(NOW, 30)),
      removed: item(1, 1, NOW),
    };
    const f = dueForecast(items, NOW, 30, (id) => id !== 'removed');
    assert.strictEqual(f.length, 30);
    assert.strictEqual(f[0].day, dayKey(NOW));
    assert.deepStrictEqual([f[0].due, f[1].due, f[29].due], [2, 1, 1]);
    assert.strictEqual(f.reduce((n, d) => n + d.due, 0), 4);
  });

  it('counts what is due now and later today for the status bar', () => {
    const items = {
      a: item(1, 0, new Date(NOW.getTime() - HOUR)),
      b: item(1, 0, new Date(NOW.getTime() + HOUR / 6)),
      c: item(1, 0, new Date(NOW.getTime() + 2 * HOUR)),
      d: item(1, 1, startOfDay(NOW, 2)),
    };
    const r = dueToday(items, NOW);
    assert.deepStrictEqual([r.now, r.laterToday, r.next?.getTime()], [1, 2, NOW.getTime() + HOUR / 6]);
    assert.deepStrictEqual(dueToday({}, NOW), { now: 0, laterToday: 0, next: undefined });
  });
});

describe('study: daily tallies in the progress file', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-daily-'));
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

  it('records each answer under its local day and reads it back', () => {
    let now = NOW;
    const dir = tmp();
    const store = new ProgressStore(dir, quiet, { now: () => now });
    store.record('q1', { correct: true, grade: 3 });
    store.record('q2', { correct: false, grade: 1 });
    now = startOfDay(NOW, 1);
    store.record('q1', { correct: true, grade: 3 });
    const again = new ProgressStore(dir, quiet, { now: () => now }).data;
    assert.deepStrictEqual(again.daily, { [dayKey(NOW)]: { answered: 2, correct: 1 }, [dayKey(now)]: { answered: 1, correct: 1 } });
  });

  it('keeps older files without tallies valid and drops malformed days only', () => {
    const base = { schema: 'de-study-progress', version: 2, items: {}, exams: [] };
    assert.strictEqual(parseProgress(JSON.stringify(base), scheduler, NOW).data.daily, undefined);
    const bad = { ...base, daily: { '2026-03-01': { answered: 2, correct: 1 }, 'yesterday': { answered: 1, correct: 1 }, '2026-03-02': { answered: 1, correct: 5 } } };
    const parsed = parseProgress(JSON.stringify(bad), scheduler, NOW);
    assert.deepStrictEqual(parsed.data.daily, { '2026-03-01': { answered: 2, correct: 1 } });
  });

  it('merges two windows per day by the larger tally, never summing the same answers twice', () => {
    const a = { ...emptyProgress(NOW), daily: { '2026-03-01': { answered: 3, correct: 2 }, '2026-03-02': { answered: 1, correct: 1 } } };
    const b = { ...emptyProgress(NOW), daily: { '2026-03-01': { answered: 5, correct: 2 } } };
    assert.deepStrictEqual(mergeProgress(a, b, NOW).daily, { '2026-03-01': { answered: 5, correct: 2 }, '2026-03-02': { answered: 1, correct: 1 } });
    const reset = { ...emptyProgress(NOW), resetAt: '2026-03-02T08:00:00.000Z' };
    assert.deepStrictEqual(mergeProgress(a, reset, NOW).daily, { '2026-03-02': { answered: 1, correct: 1 } });
    assert.strictEqual(mergeProgress(emptyProgress(NOW), emptyProgress(NOW), NOW).daily, undefined);
  });
});

describe('study: notes per task and folder summaries', () => {
  const domainNote = parseNote({
    file: '/mine/ingest.md', relPath: 'ingest.md', source: 'user',
    text: '# Ingest\n\n## 1.1 Perform data ingestion\n\nStreams and batches.\n\n### Shards\n\nOne shard takes 1 MB/s.\n\n## Task 1.3 pipelines\n\nSchedules.\n',
  }).doc;
  const serviceNote = parseNote({
    file: '/bundled/svc.md', relPath: 'svc.md', source: 'bundled',
    text: '---\nkind: concept\ntitle: Queues\ntasks: ["1.1"]\n---\n\n# Queues\n\nBuffer records.\n',
  }).doc;

  it('lists the sections that name a task and the notes whose front matter lists it, the user\'s first', () => {
    const bundledDomain = parseNote({ file: '/bundled/d1.md', relPath: 'd1.md', source: 'bundled', text: '# Domain 1\n\n## 1.1 Ingest\n\nText.\n' }).doc;
    const withBundled = notesByTask([serviceNote, bundledDomain, domainNote]).get('1.1')!;
    assert.deepStrictEqual(withBundled.map((n) => n.doc.file), ['/mine/ingest.md', '/bundled/d1.md', '/bundled/svc.md'], 'notes with a section on the task before front-matter-only ones');
    const map = notesByTask([serviceNote, domainNote]);
    const t11 = map.get('1.1')!;
    assert.deepStrictEqual(t11.map((n) => n.doc.file), ['/mine/ingest.md', '/bundled/svc.md']);
    assert.deepStrictEqual(t11[0].sections.map((s) => s.title), ['1.1 Perform data ingestion'], 'the subsection "Shards" inherits the task and is not listed again');
    assert.deepStrictEqual(t11[1].sections, []);
    assert.deepStrictEqual(map.get('1.3')![0].sections.map((s) => s.title), ['Task 1.3 pipelines']);
    assert.strictEqual(map.has('1.2'), false);
  });

  it('counts notes, sections, questions and problems of a folder', () => {
    const questions = [question('x', 1, '1.1', '/mine/ingest.md'), question('y', 1, '1.1', '/mine/sub/other.md'), question('z', 1, '1.1', '/mine-too/a.md')];
    const problems = [
      { file: '/mine/broken.md', line: 2, message: 'bad front matter', severity: 'error' as const },
      { file: '/elsewhere/x.md', line: 0, message: 'binary', severity: 'warning' as const },
    ];
    const s = summarizeFolder('/mine', [domainNote, serviceNote], questions, problems);
    assert.deepStrictEqual([s.notes, s.sections, s.questions, s.problems.length], [1, 4, 2, 1]);
    assert.strictEqual(folderCounts(s), '1 note, 4 sections, 2 questions, 1 problem');
    assert.strictEqual(folderCounts({ root: '/x', notes: 12, sections: 140, questions: 85, problems: [] }), '12 notes, 140 sections, 85 questions, 0 problems');
  });
});

describe('study: inert text', () => {
  it('breaks link and icon syntax and control characters, keeps the rest as written', () => {
    const t = inertText('notes [click](command:workbench.action.quit) $(alert)\nline2');
    assert.ok(!/\]\(command:/.test(t), t);
    assert.ok(!/\$\(alert\)/.test(t), t);
    assert.ok(!t.includes('\n'));
    assert.strictEqual(t.replace(/\u200b/g, ''), 'notes [click](command:workbench.action.quit) $(alert) line2');
    assert.strictEqual(inertText('My notes/DEA-C01 (2026)'), 'My notes/DEA-C01 (2026)');
  });
});

describe('study: readiness wording', () => {
  it('describes a tally briefly and in sentences', () => {
    const t = { questions: 12, answered: 5, seen: 10, correct: 8, due: 2 };
    assert.strictEqual(describeTally(t), '5/12 answered · 80% · 2 due');
    assert.strictEqual(explainTally(t), '12 questions, 5 answered.\nAccuracy 80% (8 of 10 answers right).\n2 due for review now.');
    assert.strictEqual(describeTally({ questions: 3, answered: 0, seen: 0, correct: 0, due: 0 }), '0/3 answered');
    assert.strictEqual(describeTally({ questions: 0, answered: 0, seen: 0, correct: 0, due: 0 }), 'no questions yet');
  });
});
