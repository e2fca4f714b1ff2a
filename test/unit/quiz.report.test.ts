// `de-study quiz --report`: a section that gives only a recall card counts among the sections with a question or
// card, not among those with choice questions (Review mode asks both; the figures say which is which).
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/generator';
import { bankReport, formatReport } from '../../src/core/quiz/report';
import { NOTES_DIR } from './paths';

describe('quiz report: sections with a question or a recall card', () => {
  it('counts a recall-card-only section apart from the choice sections', () => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const text = [
      '# Glue notes', '',
      '## Bookmarks', '',
      'Q: What does an AWS Glue job bookmark keep track of between runs?',
      'A: The data a job has already processed, so that the next run reads only what arrived since.', '',
    ].join('\n');
    kb.upsert(parseNote({ text, file: '/user/glue.md', relPath: 'glue.md', source: 'user' }));
    const bank = new QuestionBank(kb);
    const mine = bank.questions.filter((q) => q.source.file === '/user/glue.md');
    assert.deepStrictEqual(mine.map((q) => q.format), ['recall'], 'the fixture gives one recall card');
    const r = bankReport(kb, bank, 'user');
    assert.strictEqual(r.sectionsWithQuestions, 0);
    assert.strictEqual(r.sectionsWithAny, 1);
    assert.match(formatReport(r), /sections with questions {2}0 .*; 1 with a question or recall card/);
  });
});
