// Exams and rounds beyond the generator: the mixed exam draws authored practice questions first and
// fills each domain with generated ones; practice exam forms are fixed and in order; results by task
// statement come weakest first; a reported question leaves the round, is stored, and is never due;
// the source filter keeps one notes folder.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DOMAIN_NAMES, TASK_STATEMENTS, domainLabel } from '../../src/core/examGuide';
import { drawExam, examDurationMs, formQuestions, practiceForms } from '../../src/core/quiz/examDraw';
import { examStartScreen } from '../../src/core/quiz/menu';
import { emptyProgress, mergeProgress, ProgressStore } from '../../src/core/quiz/progress';
import { QuizSession } from '../../src/core/quiz/session';
import { noteRoot, sourceCounts, sourcePredicate } from '../../src/core/quiz/sourceFilter';
import { Question } from '../../src/core/quiz/types';
import { question } from '../support/questions';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

function pool(): Question[] {
  const qs: Question[] = [];
  // Domain 1 has 10 authored and 40 generated; the others only generated.
  for (let i = 0; i < 10; i++) qs.push(question({ id: `a1-${i}`, domain: 1, task: '1.1', authored: { number: i + 1 } }));
  for (const d of [1, 2, 3, 4]) for (let i = 0; i < 40; i++) qs.push(question({ id: `g${d}-${i}`, domain: d, task: `${d}.2` }));
  // Practice exam 2, written out of order in the pool.
  for (const n of [3, 1, 2]) qs.push(question({ id: `p2-${n}`, domain: n, task: `${n}.3`, authored: { exam: 2, number: n } }));
  return qs;
}

describe('exam guide', () => {
  it('has the four domains and the 17 task statements of guide v1.1, one list for every face', () => {
    assert.strictEqual(Object.keys(DOMAIN_NAMES).length, 4);
    assert.strictEqual(Object.keys(TASK_STATEMENTS).length, 17);
    assert.strictEqual(domainLabel(3), 'Domain 3: Data Operations and Support');
    assert.strictEqual(domainLabel(undefined), 'All domains');
  });
});

describe('exam simulation', () => {
  it('takes authored questions first within each domain quota and fills with generated ones', () => {
    const exam = drawExam(pool(), { count: 65, seed: 'x' });
    assert.strictEqual(exam.length, 65);
    const inDomain = (d: number) => exam.filter((q) => q.domain === d);
    assert.deepStrictEqual([1, 2, 3, 4].map((d) => inDomain(d).length), [22, 17, 14, 12]);
    const authored = inDomain(1).filter((q) => q.origin === 'authored').length;
    assert.strictEqual(authored, 11, 'all 10 authored domain-1 questions and the domain-1 question of exam 2');
    assert.strictEqual(new Set(exam.map((q) => q.id)).size, 65, 'no question twice');
  });

  it('never draws a reported question and keeps an authored question\'s option order', () => {
    const all = pool();
    const exam = drawExam(all, { count: 65, seed: 'y', excludeIds: new Set(['a1-0', 'a1-1']) });
    assert.ok(!exam.some((q) => q.id === 'a1-0' || q.id === 'a1-1'));
    const a = exam.find((q) => q.id === 'a1-2')!;
    assert.deepStrictEqual(a.options, all.find((q) => q.id === 'a1-2')!.options);
  });

  it('offers practice exam forms as fixed lists in their authors\' order, timed at two minutes a question', () => {
    const forms = practiceForms(pool());
    assert.deepStrictEqual([...forms.keys()], [2]);
    assert.deepStrictEqual(formQuestions(pool(), 2).map((q) => q.id), ['p2-1', 'p2-2', 'p2-3']);
    assert.deepStrictEqual(formQuestions(pool(), 2, new Set(['p2-2'])).map((q) => q.id), ['p2-1', 'p2-3']);
    assert.strictEqual(examDurationMs(65), 130 * 60_000);
    const start = examStartScreen(pool(), pool(), [
      { at: '2026-03-01T10:00:00.000Z', durationSec: 60, total: 3, correct: 1, byDomain: {}, form: 2 },
      { at: '2026-03-02T10:00:00.000Z', durationSec: 60, total: 3, correct: 3, byDomain: {}, form: 2 },
      { at: '2026-03-03T10:00:00.000Z', durationSec: 60, total: 65, correct: 50, byDomain: {} },
    ], 2, new Set());
    assert.strictEqual(start.title, 'Practice Exam 2');
    assert.strictEqual(start.questions, 3);
    assert.strictEqual(start.minutes, 6);
    assert.deepStrictEqual(start.history.map((h) => h.percent), [100, 33], 'this form only, newest first');
    const mixed = examStartScreen(pool(), pool(), [], undefined, new Set());
    assert.strictEqual(mixed.questions, 65);
    assert.strictEqual(mixed.minutes, 130);
    assert.strictEqual(mixed.authored, 13);
  });

  it('reports the result per task statement, weakest first', () => {
    const qs = [
      question({ id: 't1', domain: 1, task: '1.1' }), question({ id: 't2', domain: 1, task: '1.1' }),
      question({ id: 't3', domain: 3, task: '3.4' }), question({ id: 't4', domain: 2, task: '2.2' }),
    ];
    const s = new QuizSession({ mode: 'exam', questions: qs, seed: 's', focusLabel: 'Practice Exam 1', startedAt: 0, deadline: 1e13, form: 1 });
    // Right on t1, t4; wrong on t2, t3.
    for (const [i, choice] of [[0, 1], [1, 0], [2, 0], [3, 1]]) { s.goto(i + 1); s.select([choice]); }
    s.finish(10, { confirmed: true });
    const v = s.view({ serviceName: (x) => x, source: (q) => ({ file: q.source.file, line: 1, label: '' }), card: () => undefined, scheduler: undefined as never, now: () => new Date(), due: () => ({ count: 0 }) });
    assert.strictEqual(v.screen, 'exam-result');
    if (v.screen !== 'exam-result') return;
    assert.deepStrictEqual(v.tasks.map((t) => [t.task, t.percent]), [['3.4', 0], ['1.1', 50], ['2.2', 100]]);
    assert.strictEqual(v.tasks[0].name, 'Ensure data quality');
    assert.strictEqual(v.form, 1);
    assert.strictEqual(QuizSession.restore(s.snapshot(), (id) => qs.find((q) => q.id === id))?.form, 1);
  });
});

describe('reporting a question', () => {
  it('takes it out of the round and shows the next one; the last one ends the round', () => {
    const qs = [question({ id: 'r1' }), question({ id: 'r2' })];
    const s = new QuizSession({ mode: 'practice', questions: [...qs], seed: 's', focusLabel: 'All domains', startedAt: 0 });
    assert.strictEqual(s.report()?.id, 'r1');
    assert.strictEqual(s.current()?.id, 'r2');
    assert.strictEqual(s.questions.length, 1);
    assert.strictEqual(s.report()?.id, 'r2');
    assert.ok(s.finished);
    const exam = new QuizSession({ mode: 'exam', questions: [...qs], seed: 's', focusLabel: 'x', startedAt: 0, deadline: 1e13 });
    assert.strictEqual(exam.report(), undefined, 'not during an exam');
  });

  it('is stored with the reason, survives a reload and later answers, is never due, and wins a merge', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-report-'));
    const store = new ProgressStore(dir, silent);
    store.record('seen', { correct: false, grade: 1 });
    store.report('seen', 'wrong key');
    store.report('never-answered', 'unclear or broken');
    store.record('seen', { correct: true, grade: 3 });
    const again = new ProgressStore(dir, silent);
    assert.deepStrictEqual([...again.reportedIds()].sort(), ['never-answered', 'seen']);
    assert.strictEqual(again.item('seen')!.reported!.reason, 'wrong key');
    assert.deepStrictEqual(again.due(undefined, new Date(Date.now() + 400 * 86400000)), [], 'a reported question is never due');
    const exported = path.join(dir, 'export.json');
    again.exportTo(exported);
    assert.ok(JSON.parse(fs.readFileSync(exported, 'utf8')).items['never-answered'].reported, 'kept in the export');
    // Another window answered it later without knowing of the report: the report holds.
    const other = emptyProgress(new Date());
    other.items.seen = { ...again.item('seen')!, reported: undefined, lastAnswered: new Date(Date.now() + 60000).toISOString() };
    assert.ok(mergeProgress(again.data, other, new Date()).items.seen.reported);
  });
});

describe('source filter', () => {
  const docs = new Map([
    ['/home/me/aws/kinesis.md', { file: '/home/me/aws/kinesis.md', relPath: 'kinesis.md', source: 'user' as const }],
    ['/home/me/aws/deep/glue.md', { file: '/home/me/aws/deep/glue.md', relPath: 'deep/glue.md', source: 'user' as const }],
    ['/home/me/exam/q.md', { file: '/home/me/exam/q.md', relPath: 'q.md', source: 'user' as const }],
    ['/ext/notes/services/s3.md', { file: '/ext/notes/services/s3.md', relPath: 'services/s3.md', source: 'bundled' as const }],
  ]);
  const lookup = (f: string) => docs.get(f);
  const qs = [...docs.keys()].map((file, i) => question({ id: `s${i}`, file }));

  it('finds the folder a note was indexed from', () => {
    assert.strictEqual(noteRoot(docs.get('/home/me/aws/deep/glue.md')!), path.normalize('/home/me/aws'));
  });

  it('keeps all notes, the user\'s, the bundled ones, or one folder', () => {
    const ids = (f: Parameters<typeof sourcePredicate>[0]) => qs.filter(sourcePredicate(f, lookup)).map((q) => q.id);
    assert.deepStrictEqual(ids('all'), ['s0', 's1', 's2', 's3']);
    assert.deepStrictEqual(ids('user'), ['s0', 's1', 's2']);
    assert.deepStrictEqual(ids('bundled'), ['s3']);
    assert.deepStrictEqual(ids('folder:/home/me/aws'), ['s0', 's1']);
    assert.deepStrictEqual(ids('folder:/nowhere'), []);
  });

  it('counts the questions of each folder, the user\'s folders first', () => {
    const c = sourceCounts(qs, lookup);
    assert.deepStrictEqual({ all: c.all, user: c.user, bundled: c.bundled }, { all: 4, user: 3, bundled: 1 });
    assert.deepStrictEqual(c.folders.map((f) => [f.root, f.kind, f.questions]), [
      [path.normalize('/home/me/aws'), 'user', 2], [path.normalize('/home/me/exam'), 'user', 1], [path.normalize('/ext/notes'), 'bundled', 1],
    ]);
  });
});
