// Idioms of users' concept and exam-tip notes (issue 9, quizvol8m): a definition list that defines two code
// terms in one item, a family heading with a study label after it, and a scenario bullet whose choice sits in
// the arrow line under it. Fixtures are in our own words, written the way such notes are written.
import * as assert from 'assert';
import { Section } from '../../src/core/model';
import { extractTermLists } from '../../src/core/quiz/extract/definitions';
import { callName, pairedCodeTerms } from '../../src/core/quiz/extract/pairedTerms';
import { userChoiceQuestions, userDoc } from './userNotes';

const one = (title: string, text: string): Section => userDoc(`# Note\n\n## ${title}\n\n${text}\n`).sections[1];

describe('quiz: users\' paired code terms and family labels (extractors)', () => {
  it('a paired code item gives two option-only terms named without their arguments', () => {
    assert.deepStrictEqual(pairedCodeTerms('`FIRST_VALUE(x)` / `LAST_VALUE(x)`: Reads the first or the last value of the frame.'),
      { terms: ['FIRST_VALUE()', 'LAST_VALUE()'], definition: 'Reads the first or the last value of the frame.' });
    assert.strictEqual(pairedCodeTerms('`NTILE(4)`: Splits the ordered rows into buckets.'), undefined, 'one term is no pair');
    assert.strictEqual(pairedCodeTerms('`SUM(x)` / `sum(x)`: the same function twice.'), undefined, 'one term written twice is no pair');
    assert.strictEqual(callName('PERCENT_RANK(col)'), 'PERCENT_RANK()');
    assert.strictEqual(callName('DISTKEY'), 'DISTKEY');
  });

  it('the pair joins the run of code terms as options only; a pair alone (or with two terms) is no family', () => {
    const s = one('Ranking Functions', [
      '- `NTILE()`: Splits the ordered rows of a partition into a given number of buckets.',
      '- `PERCENT_RANK()`: Relative standing of a row between zero and one.',
      '- `CUME_DIST()`: Share of rows whose value is lower or equal to the current one.',
      '- `FIRST_VALUE(x)` / `LAST_VALUE(x)`: Reads the first or the last value of the window frame.',
    ].join('\n'));
    const [list] = extractTermLists(s);
    assert.deepStrictEqual(list.terms.map((t) => [t.term, !!t.optionOnly]), [
      ['NTILE()', false], ['PERCENT_RANK()', false], ['CUME_DIST()', false], ['FIRST_VALUE()', true], ['LAST_VALUE()', true],
    ]);
    const short = one('Ranking Functions', [
      '- `NTILE()`: Splits the ordered rows of a partition into a given number of buckets.',
      '- `CUME_DIST()`: Share of rows whose value is lower or equal to the current one.',
      '- `FIRST_VALUE(x)` / `LAST_VALUE(x)`: Reads the first or the last value of the window frame.',
    ].join('\n'));
    assert.deepStrictEqual(extractTermLists(short), [], 'two terms that can be keys are too few, whatever the pair adds');
  });
});

describe('quiz: users\' paired code terms and family labels (questions)', function () {
  this.timeout(60000);
  it('a "… Review" heading names the family; the pair is never the key but is among the options', () => {
    const mine = userChoiceQuestions({
      'sql.md': ['# Query notes', '', '## 2. Analytic Window Functions Review', '',
        'These run over a set of rows near the current one and keep every row in the result.', '',
        '- `NTILE()`: Splits the ordered rows of a partition into a given number of buckets.',
        '- `PERCENT_RANK()`: Relative standing of a row between zero and one.',
        '- `CUME_DIST()`: Share of rows whose value is lower or equal to the current one.',
        '- `FIRST_VALUE(x)` / `LAST_VALUE(x)`: Reads the first or the last value of the window frame.', ''],
    });
    const asked = mine.filter((q) => /analytic window function/.test(q.stem));
    assert.ok(asked.length >= 1, JSON.stringify(mine.map((q) => q.stem)));
    for (const q of asked) {
      assert.ok(!/FIRST_VALUE|LAST_VALUE/.test(q.options[q.answers[0]]), 'a paired term is never the key');
      assert.ok(q.options.some((o) => /FIRST_VALUE|LAST_VALUE/.test(o)), `the pair fills the options: ${q.options}`);
      assert.ok(!/Review/i.test(q.stem), q.stem);
    }
  });
});
