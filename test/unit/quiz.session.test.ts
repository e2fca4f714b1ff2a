// Quiz rounds as the panel drives them: practice feedback, review grades, the exam flow (flag, review,
// confirm, time up, result by domain weakest first), snapshots for a reloaded window, and the message
// guard that keeps untrusted webview input out.
import * as assert from 'assert';
import { reshuffle } from '../../src/core/quiz/generator';
import { Scheduler } from '../../src/core/quiz/scheduler';
import { QuizSession } from '../../src/core/quiz/session';
import { ViewContext } from '../../src/core/quiz/sessionView';
import { Question } from '../../src/core/quiz/types';
import { isWebviewMessage, QuizView } from '../../src/shared/quizProtocol';

function q(id: string, domain: number, answers = [1], format: Question['format'] = answers.length === 2 ? 'multiple' : 'single'): Question {
  const n = format === 'multiple' ? 5 : format === 'recall' ? 0 : 4;
  return {
    id, kind: format === 'recall' ? 'recall' : 'scenario', format, stem: `Question ${id}?`,
    options: Array.from({ length: n }, (_, i) => `${id} option ${i}`), answers: format === 'recall' ? [] : answers,
    answerText: format === 'recall' ? `answer of ${id}` : undefined,
    explanation: `Because ${id}.`, optionNotes: n ? Array.from({ length: n }, (_, i) => (answers.includes(i) ? '' : `why not ${i}`)) : undefined,
    source: { file: `/notes/${id}.md`, line: 3, headingPath: ['Note', 'Exam traps'] }, domain, task: `${domain}.1`, serviceIds: [],
  };
}

const ctx: ViewContext = {
  serviceName: (id) => id,
  source: (x) => ({ file: x.source.file, line: x.source.line, label: `${x.source.file}:${x.source.line}` }),
  card: () => undefined,
  scheduler: new Scheduler(),
  now: () => new Date('2026-03-01T09:00:00Z'),
  due: () => ({ count: 2 }),
};

function screen<T extends QuizView['screen']>(v: QuizView, s: T): Extract<QuizView, { screen: T }> {
  assert.strictEqual(v.screen, s, JSON.stringify(v).slice(0, 300));
  return v as Extract<QuizView, { screen: T }>;
}

describe('quiz session', () => {
  it('practice: select, submit, feedback with notes, next, summary', () => {
    const s = new QuizSession({ mode: 'practice', questions: [q('a', 1), q('b', 2, [0, 3])], seed: 's', focusLabel: 'All domains', startedAt: 0 });
    let v = screen(s.view(ctx), 'question');
    assert.strictEqual(v.question.phase, 'answering');
    assert.strictEqual(v.question.options[0].verdict, undefined, 'no answer shown before submitting');
    assert.deepStrictEqual(v.question.services, [], 'the services would give the answer away');
    assert.strictEqual(s.enter(), undefined, 'Enter without a choice does nothing');
    s.select([0]);
    const outcome = s.enter();
    assert.deepStrictEqual(outcome, { id: 'a', correct: false, grade: 1 });
    v = screen(s.view(ctx), 'question');
    assert.strictEqual(v.question.phase, 'feedback');
    assert.strictEqual(v.question.feedback!.correct, false);
    assert.deepStrictEqual(v.question.options.map((o) => o.verdict), ['wrong', 'missed', undefined, undefined]);
    assert.strictEqual(v.question.options[0].note, 'why not 0');
    assert.strictEqual(v.question.feedback!.source.file, '/notes/a.md');
    s.select([1]);
    assert.deepStrictEqual(s.answer(s.current()!).chosen, [0], 'no changing the answer after feedback');
    s.enter();
    v = screen(s.view(ctx), 'question');
    assert.strictEqual(v.question.position, 2);
    assert.strictEqual(v.question.select, 2);
    s.select([0, 3]);
    s.select([3, 0, 4]); // a third choice drops the oldest
    assert.deepStrictEqual(s.answer(s.current()!).chosen, [0, 4]);
    s.select([0, 3]);
    assert.deepStrictEqual(s.enter(), { id: 'b', correct: true, grade: 3 });
    s.enter();
    const sum = screen(s.view(ctx), 'summary');
    assert.strictEqual(sum.correct, 1);
    assert.strictEqual(sum.answered, 2);
    assert.strictEqual(sum.missed.length, 1);
  });

  it('review: the user grades; Enter takes the suggested grade; recall cards reveal then grade', () => {
    const s = new QuizSession({ mode: 'review', questions: [q('a', 1), q('r', 3, [], 'recall')], seed: 's', focusLabel: 'Due', startedAt: 0, newIds: ['r'] });
    s.select([1]);
    assert.strictEqual(s.enter(), undefined, 'review waits for a grade');
    let v = screen(s.view(ctx), 'question');
    assert.strictEqual(v.question.feedback!.suggested, 3);
    assert.deepStrictEqual(Object.keys(v.question.feedback!.intervals!), ['1', '2', '3', '4']);
    assert.deepStrictEqual(s.grade(2), { id: 'a', correct: true, grade: 2 });
    v = screen(s.view(ctx), 'question');
    assert.strictEqual(v.question.format, 'recall');
    assert.ok(v.question.isNew);
    assert.strictEqual(v.question.feedback, undefined, 'the answer stays hidden');
    s.enter();
    v = screen(s.view(ctx), 'question');
    assert.strictEqual(v.question.feedback!.answerText, 'answer of r');
    assert.deepStrictEqual(s.enter(), { id: 'r', correct: true, grade: 3 });
    screen(s.view(ctx), 'summary');
  });

  it('exam: navigate, flag, review, confirm, result by domain weakest first', () => {
    const qs = [q('a', 1), q('b', 1), q('c', 2), q('d', 3), q('e', 4)];
    const s = new QuizSession({ mode: 'exam', questions: qs, seed: 's', focusLabel: 'Exam', startedAt: 1000, deadline: 1000 + 130 * 60000 });
    let v = screen(s.view(ctx), 'question');
    assert.strictEqual(v.exam!.durationMs, 130 * 60000);
    s.select([1]); s.enter();            // a right
    s.select([2]); s.flag(); s.next();    // b wrong, flagged
    s.prev();
    v = screen(s.view(ctx), 'question');
    assert.strictEqual(v.question.id, 'b');
    assert.ok(v.question.flagged);
    assert.strictEqual(v.question.feedback, undefined, 'no feedback during an exam');
    s.goto(3); s.select([1]);             // c right
    s.goto(5); s.select([1]);             // e right; d unanswered
    s.enter();                            // Enter on the last question → review screen
    const r = screen(s.view(ctx), 'exam-review');
    assert.deepStrictEqual(r.items.map((i) => [i.answered, i.flagged]), [[true, false], [true, true], [true, false], [false, false], [true, false]]);
    assert.strictEqual(s.finish(5000), undefined, 'the first Submit asks to confirm');
    assert.ok(screen(s.view(ctx), 'exam-review').confirming);
    const outcomes = s.finish(6000)!;
    assert.deepStrictEqual(outcomes.map((o) => o.correct), [true, false, true, false, true]);
    const res = screen(s.view(ctx), 'exam-result');
    assert.strictEqual(res.correct, 3);
    assert.strictEqual(res.unanswered, 1);
    assert.strictEqual(res.durationMs, 5000);
    assert.deepStrictEqual(res.domains.map((d) => [d.domain, d.percent]), [[3, 0], [1, 50], [2, 100], [4, 100]]);
    assert.strictEqual(res.missed.length, 2);
  });

  it('exam: time up ends it without confirmation', () => {
    const s = new QuizSession({ mode: 'exam', questions: [q('a', 1), q('b', 2)], seed: 's', focusLabel: 'Exam', startedAt: 0, deadline: 10 });
    s.select([1]);
    const outcomes = s.finish(10, { timedOut: true })!;
    assert.strictEqual(outcomes.length, 2);
    assert.ok(screen(s.view(ctx), 'exam-result').timedOut);
  });

  it('restores from a snapshot (window reload) with the same options, answers, flags and position', () => {
    const bank = new Map([q('a', 1), q('b', 2), q('c', 3)].map((x) => [x.id, x]));
    // Sessions hold questions with options in the order of their seed (selectQuestions reshuffles).
    const s = new QuizSession({ mode: 'exam', questions: [...bank.values()].map((x) => reshuffle(x, 'seed')), seed: 'seed', focusLabel: 'Exam', startedAt: 5, deadline: 99999 });
    s.select([2]); s.flag(); s.next(); s.select([1]);
    const snap = JSON.parse(JSON.stringify(s.snapshot()));
    const r = QuizSession.restore(snap, (id) => bank.get(id))!;
    assert.deepStrictEqual(r.view(ctx), s.view(ctx));
    assert.strictEqual(r.deadline, 99999);
    // A question that left the bank is dropped; garbage is refused.
    const partial = QuizSession.restore(snap, (id) => (id === 'a' ? undefined : bank.get(id)))!;
    assert.strictEqual(partial.questions.length, 2);
    assert.strictEqual(QuizSession.restore({ v: 2 }, (id) => bank.get(id)), undefined);
    assert.strictEqual(QuizSession.restore('nonsense', (id) => bank.get(id)), undefined);
  });
});

describe('quiz message protocol', () => {
  it('accepts the messages the webview sends', () => {
    for (const m of [
      { type: 'ready' }, { type: 'start', mode: 'exam' }, { type: 'start', mode: 'practice', domain: 2 }, { type: 'select', choices: [0, 4] },
      { type: 'grade', grade: 4 }, { type: 'goto', position: 65 }, { type: 'openSource', file: '/n/a.md', line: 3 }, { type: 'timeUp' },
    ]) assert.ok(isWebviewMessage(m), JSON.stringify(m));
  });

  it('refuses anything else', () => {
    for (const m of [
      null, 'ready', {}, { type: 'eval' }, { type: 'start', mode: 'cheat' }, { type: 'start', mode: 'practice', domain: 5 },
      { type: 'select', choices: [9] }, { type: 'select', choices: 'all' }, { type: 'grade', grade: 0 }, { type: 'grade', grade: 2.5 },
      { type: 'openSource', file: 42, line: 1 }, { type: 'openSource', file: '/a', line: -1 }, { type: 'goto', position: 0 },
    ]) assert.ok(!isWebviewMessage(m), JSON.stringify(m));
  });
});
