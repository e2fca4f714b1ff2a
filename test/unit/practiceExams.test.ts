// The bundled practice exams (notes/practice/exam-N.md, issues 14 and 9): read by the same importer as a
// user's practice questions, with no diagnostics, and spread like the real exam.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { QuestionBank } from '../../src/core/quiz/generator';
import { Question } from '../../src/core/quiz/types';
import { NOTES_DIR } from './paths';

// The exam forms that ship in notes/practice (exams 5 to 10 added for issue 9).
const EXAMS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
// The exams written for issue 9, each checked against every form and comparison note before it.
const NEW_EXAMS = EXAMS.filter((exam) => exam >= 5);
const TASKS = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4', '4.5'];

describe('bundled practice exams', function () {
  this.timeout(120000);
  let kb: KnowledgeBase;
  let practice: Question[];
  before(() => {
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    practice = new QuestionBank(kb).questions.filter((q) => q.kind === 'practice' && q.practice?.exam !== undefined);
  });

  it('parse with no diagnostics: every exam has 65 questions, numbered 1–65 in order', () => {
    const notes = kb.diagnostics().filter((d) => d.file.includes('practice'));
    assert.deepStrictEqual(notes.map((d) => `${d.file}:${d.line}: ${d.message}`), []);
    assert.deepStrictEqual([...new Set(practice.map((q) => q.practice!.exam!))].sort((a, b) => a - b), EXAMS);
    for (const exam of EXAMS) {
      const numbers = practice.filter((q) => q.practice!.exam === exam).map((q) => q.practice!.number).sort((a, b) => a - b);
      assert.deepStrictEqual(numbers, Array.from({ length: 65 }, (_, i) => i + 1), `exam ${exam}`);
    }
  });

  it('the exams written for issue 9 ask no scenario and key that an earlier exam or a comparison note already asks', () => {
    // A repeat is only asked in its own exam form (Question.repeats), so it would add nothing new.
    const repeats = practice.filter((q) => NEW_EXAMS.includes(q.practice!.exam!) && q.repeats)
      .map((q) => `exam ${q.practice!.exam} Q${q.practice!.number} repeats ${q.repeats}`);
    assert.deepStrictEqual(repeats, []);
  });

  it('weight the domains 22 / 17 / 14 / 12 in every exam (34 / 26 / 22 / 18 %)', () => {
    for (const exam of EXAMS) {
      const byDomain = [1, 2, 3, 4].map((d) => practice.filter((q) => q.practice!.exam === exam && q.domain === d).length);
      assert.deepStrictEqual(byDomain, [22, 17, 14, 12], `exam ${exam}`);
    }
  });

  it('cover each of the 17 task statements with at least 8 questions', () => {
    const count = new Map(TASKS.map((t) => [t, 0]));
    for (const q of practice) {
      assert.ok(q.task && count.has(q.task), `exam ${q.practice!.exam} Q${q.practice!.number}: task ${q.task}`);
      count.set(q.task, count.get(q.task)! + 1);
      assert.strictEqual(String(q.domain), q.task.split('.')[0], `exam ${q.practice!.exam} Q${q.practice!.number}: domain follows the task`);
    }
    const thin = [...count].filter(([, n]) => n < 8);
    assert.deepStrictEqual(thin, []);
  });

  it('have about 15 % multiple response: two keys of five options, said in the stem', () => {
    const multiple = practice.filter((q) => q.format === 'multiple');
    const share = multiple.length / practice.length;
    assert.ok(share >= 0.13 && share <= 0.17, `${(share * 100).toFixed(1)} % multiple response`);
    for (const q of multiple) {
      assert.strictEqual(q.answers.length, 2, `exam ${q.practice!.exam} Q${q.practice!.number}`);
      assert.strictEqual(q.options.length, 5, `exam ${q.practice!.exam} Q${q.practice!.number}`);
      assert.match(q.stem, /\(Select TWO\.?\)/, `exam ${q.practice!.exam} Q${q.practice!.number}`);
    }
    for (const q of practice.filter((x) => x.format === 'single')) assert.strictEqual(q.options.length, 4, `exam ${q.practice!.exam} Q${q.practice!.number}`);
  });

  it('every question carries services, an explanation, a reason for each wrong option, an AWS reference and a study link', () => {
    const problems: string[] = [];
    for (const q of practice) {
      const at = `exam ${q.practice!.exam} Q${q.practice!.number}`;
      if (!q.serviceIds.length || q.serviceIds.some((id) => !kb.service(id))) problems.push(`${at}: services ${q.serviceIds.join(',')}`);
      if (q.explanation.trim().length < 40) problems.push(`${at}: explanation`);
      q.options.forEach((_, i) => {
        if (!q.answers.includes(i) && !(q.optionNotes?.[i] ?? '').trim()) problems.push(`${at}: no reason for option ${'ABCDE'[i]}`);
      });
      if (!/^https:\/\/(docs\.)?aws\.amazon\.com\//.test(q.reference ?? '')) problems.push(`${at}: reference ${q.reference}`);
      if (!q.studyLinks?.length || q.studyLinks.some((l) => !l.file.includes('/notes/') || l.line < 1)) problems.push(`${at}: study link`);
    }
    assert.deepStrictEqual(problems, []);
  });

  it('spread the key letters: no letter keys more than 30 % of the single-answer questions', () => {
    const single = practice.filter((q) => q.format === 'single');
    for (let letter = 0; letter < 4; letter++) {
      const share = single.filter((q) => q.answers[0] === letter).length / single.length;
      assert.ok(share <= 0.3, `${'ABCD'[letter]} keys ${(share * 100).toFixed(1)} %`);
    }
  });
});
