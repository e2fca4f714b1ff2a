// Reading a saved quiz round back (sessionSnapshot.ts): the round's set-up and where it stood, against a bank
// that may have lost questions or options since the snapshot was written.
import * as assert from 'assert';
import { QuizSession } from '../../src/core/quiz/session';
import { readSnapshot, SessionSnapshot } from '../../src/core/quiz/sessionSnapshot';
import { Question } from '../../src/core/quiz/types';

function q(id: string, options = 4): Question {
  return {
    id, kind: 'scenario', format: 'single', stem: `Question ${id}?`, options: Array.from({ length: options }, (_, i) => `${id} ${i}`), answers: [0],
    explanation: '', source: { file: `/notes/${id}.md`, line: 1, headingPath: [] }, domain: 1, serviceIds: [],
  } as Question;
}

const snap = (over: Partial<SessionSnapshot> = {}): SessionSnapshot => ({
  v: 1, mode: 'exam', seed: 'seed', focus: {}, focusLabel: 'Exam', ids: ['a', 'b', 'c'], newIds: [], position: 2,
  answers: { a: { chosen: [3], submitted: false }, c: { chosen: [1, 3], submitted: false } }, flagged: ['a', 'c'],
  startedAt: 5, deadline: 99, screen: 'exam-review', confirming: true, form: 2, ...over,
});

describe('quiz session snapshot, read back', () => {
  it('keeps the position on the same question and drops what the bank lost', () => {
    // Question a left the bank; c now has two options only.
    const bank = new Map([q('b'), q('c', 2)].map((x) => [x.id, x]));
    const r = readSnapshot(snap(), (id) => bank.get(id))!;
    assert.deepStrictEqual(r.init.questions.map((x) => x.id), ['b', 'c']);
    assert.strictEqual(r.position, 1);
    assert.deepStrictEqual([...r.answers], [['c', { chosen: [1], submitted: false }]]);
    assert.deepStrictEqual([...r.flagged], ['c']);
    assert.deepStrictEqual([r.screen, r.confirming, r.timedOut, r.init.form, r.init.deadline], ['exam-review', true, false, 2, 99]);
  });

  it('refuses what is no snapshot, or leaves no question, and ignores a form that is no number', () => {
    const bank = new Map([q('a'), q('b'), q('c')].map((x) => [x.id, x]));
    assert.strictEqual(readSnapshot({ ...snap(), v: 2 }, (id) => bank.get(id)), undefined);
    assert.strictEqual(readSnapshot(snap(), () => undefined), undefined);
    assert.strictEqual(readSnapshot({ ...snap(), form: '2' }, (id) => bank.get(id))?.init.form, undefined);
    assert.strictEqual(readSnapshot(snap({ screen: 'question', confirming: undefined }), (id) => bank.get(id))?.screen, 'question');
  });

  it('gives QuizSession.restore the state it saved', () => {
    const bank = new Map([q('a'), q('b'), q('c')].map((x) => [x.id, x]));
    const s = QuizSession.restore(snap(), (id) => bank.get(id))!;
    const back = s.snapshot();
    assert.deepStrictEqual([back.position, back.flagged, back.screen, back.confirming, back.form], [2, ['a', 'c'], 'exam-review', true, 2]);
    assert.deepStrictEqual(back.answers, snap().answers);
  });
});
