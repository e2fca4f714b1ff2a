// The quiz home screen's view model: recall cards are only met in Review, so the menu says how many wait unstudied.
import * as assert from 'assert';
import { homeScreen } from '../../src/core/quiz/menu';
import type { ProgressItem } from '../../src/core/quiz/progress';
import { Question } from '../../src/core/quiz/types';

const q = (id: string, format: Question['format']): Question => ({ id, format, options: [], answers: [], stem: id, kind: format === 'recall' ? 'recall' : 'choose' }) as unknown as Question;

describe('quiz menu: recall cards waiting for Review', () => {
  it('counts the recall cards of the chosen source that progress has not seen, never choice questions', () => {
    const pool = [q('c1', 'single'), q('r1', 'recall'), q('r2', 'recall'), q('r3', 'recall')];
    const items = { r1: { seen: 1, correct: 1 } as unknown as ProgressItem, c1: { seen: 1, correct: 0 } as unknown as ProgressItem };
    const v = homeScreen({ pool, all: pool, counts: { all: 1, user: 1, bundled: 0, folders: [] }, source: 'all', items, exams: [], due: 0, roundSize: 10 });
    assert.strictEqual(v.newCards, 2);
    assert.strictEqual(v.questions, 1);
  });
});
