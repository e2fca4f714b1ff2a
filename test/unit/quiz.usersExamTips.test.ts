// Exam-tip idioms of users' notes (issue 9): arrow lines and "If requirement is …" callouts with a bold or
// linked choice, "Choose X over Y", need → choice tables whose cells are wiki links, feature keys with
// same-kind rivals only; and a knowledge base of users' notes alone. Fixtures are in our own words.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/generator';
import { deploymentFormsInText } from '../../src/core/quiz/umbrella';

describe('quiz: exam-tip idioms of users\' notes', () => {
  it('a knowledge base of users\' notes alone: no deployment form is spliced into every gap of a stem', () => {
    // The catalog has no OpenSearch or Redshift note here: their names are empty.
    assert.strictEqual(deploymentFormsInText('Which ranking function is described here?', () => ['']), 'Which ranking function is described here?');
    const kb = buildKnowledgeBase([]);
    const text = ['# SQL window functions', '', '## Ranking functions', '',
      '- **ROW_NUMBER()**: numbers the rows one by one, so two tied rows still get different numbers.',
      '- **RANK()**: tied rows get the same number and the numbers after them leave a gap.',
      '- **DENSE_RANK()**: tied rows get the same number and the following number comes right after, with no gap.',
      '- **NTILE(n)**: deals the sorted rows into n groups of nearly equal size.', ''].join('\n');
    kb.upsert(parseNote({ text, file: '/user/w.md', relPath: 'w.md', source: 'user' }));
    const stems = new QuestionBank(kb).questions.map((q) => q.stem);
    assert.ok(stems.length > 0, 'the term list gives a question');
    for (const s of stems) assert.ok(!/Which[A-Z]|Amazon OpenSearch Service managed domain/.test(s), s);
  });
});
