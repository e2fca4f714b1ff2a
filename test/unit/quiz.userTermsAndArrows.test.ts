// Idioms of users' concept and exam-tip notes (issue 9, quizvol8m): a definition list that defines two code
// terms in one item, a family heading with a study label after it, and a scenario bullet whose choice sits in
// the arrow line under it. Fixtures are in our own words, written the way such notes are written.
import * as assert from 'assert';
import { Section } from '../../src/core/model';
import { extractTermLists } from '../../src/core/quiz/extract/definitions';
import { callName, pairedCodeTerms } from '../../src/core/quiz/extract/pairedTerms';
import { extractRequirements } from '../../src/core/quiz/extract/requirements';
import { arrowChoice } from '../../src/core/quiz/extract/scenarioArrow';
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

describe('quiz: a sibling defined in too few words to ask (extractors)', () => {
  const list = [
    '1. **Provisioned fleet**: Self-sized cluster.',
    '2. **Pay-per-job runtime**: Submit Spark jobs and let the service add and remove workers for each one.',
    '3. **Shared container platform**: Run the same jobs on a Kubernetes cluster that other teams also use.',
    '4. **Object-store connector**: Lets the cluster read and write its tables in S3 instead of a local file system.',
  ].join('\n');

  it('is an option of the family beside the others, never a key', () => {
    const [family] = extractTermLists(one('Ways to run the engine', list));
    assert.deepStrictEqual(family.terms.map((t) => [t.term, !!t.optionOnly]),
      [['Provisioned fleet', true], ['Pay-per-job runtime', false], ['Shared container platform', false], ['Object-store connector', false]]);
  });

  it('does not make a family of two askable terms', () => {
    const two = list.split('\n').slice(0, 3).join('\n');
    assert.deepStrictEqual(extractTermLists(one('Ways to run the engine', two)), []);
  });
});

describe('quiz: users\' scenario bullets with the choice on a nested arrow line (extractors)', () => {
  it('the need is the scenario bullet, the choice the arrow line under it', () => {
    const s = one('Exam Decision Matrix', [
      '* **Scenario**: Tag and hide columns of customer tables for some analysts only, across accounts.',
      '  * ➔ **Choose AWS Lake Formation**.',
      '* **Scenario**: Replay a whole day of clicks for a second consumer.',
      '  * ➔ Use **Amazon Kinesis Data Streams**',
      '* **Scenario**: Alert the on-call engineer when a nightly load fails.',
      '  * ➔ **Choose Amazon EventBridge + Amazon SNS**.',
      '* A plain bullet about shards.',
      '  * ➔ **Choose Amazon MSK**.',
    ].join('\n'));
    assert.deepStrictEqual(extractRequirements(s).map((c) => [c.cue, c.answer]), [
      ['Tag and hide columns of customer tables for some analysts only, across accounts', 'AWS Lake Formation'],
      ['Replay a whole day of clicks for a second consumer', 'Amazon Kinesis Data Streams'],
    ], 'a combination is a design, and an arrow under a bullet that states no scenario has no need');
  });

  it('an arrow line without a choice verb, or with two choices, gives no answer', () => {
    assert.strictEqual(arrowChoice('➔ **Choose Amazon Athena**.'), 'Amazon Athena');
    assert.strictEqual(arrowChoice('➔ cheaper than a cluster'), undefined);
    assert.strictEqual(arrowChoice('➔ **Choose PyDeequ / Deequ**.'), undefined);
    assert.strictEqual(arrowChoice('**Choose Amazon Athena**.'), undefined, 'no arrow: the line is not the nested choice');
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

describe('quiz: a user\'s lone feature choice takes wrong options from that user\'s feature family', function () {
  this.timeout(60000);
  const glue = (components: string[][]): string[] => ['---', 'type: aws-service', 'category: Analytics', '---', '# AWS Glue', '', '## 2. Main Components', '',
    ...components.flatMap(([name, what]) => [`### ${name}`, `- ${what}`, '']) ];
  const first = [
    ['1. Glue Data Catalog', 'Keeps table definitions and partitions that query engines read.'],
    ['2. Glue Crawlers', 'Scan a store, guess the schema and write tables into the catalog.'],
    ['3. Glue ETL Jobs', 'Run Spark scripts without any cluster to size or patch.'],
  ];
  const tip = ['# Exam traps', '', '## Incremental loads', '', '- **Load only the files that arrived since the last run**: Enable **Glue Job Bookmarks**.', ''];

  it('the family members fill the options; one that shares a word with the key ("ETL Jobs") stays out', () => {
    const mine = userChoiceQuestions({
      'glue.md': glue([
        ...first,
        ['4. Glue DataBrew', 'Lets analysts clean data with ready-made steps and no code.'],
      ]),
      'traps.md': tip,
    });
    const q = mine.find((x) => x.options[x.answers[0]] === 'Glue Job Bookmarks');
    assert.ok(q, JSON.stringify(mine.map((x) => x.stem), null, 1));
    assert.match(q.stem, /^Which (?:AWS )?Glue feature fits this requirement best: “Load only the files/);
    assert.deepStrictEqual([...q.options].filter((o) => o !== 'Glue Job Bookmarks').sort(), ['Glue Crawlers', 'Glue Data Catalog', 'Glue DataBrew']);
  });

  it('too few fair members: no question', () => {
    const mine = userChoiceQuestions({
      'glue.md': glue([
        ...first,
        ['4. Glue Job Runs', 'Each start of a script, with its logs, metrics and state.'],
      ]),
      'traps.md': tip,
    });
    assert.ok(!mine.some((x) => x.options[x.answers[0]] === 'Glue Job Bookmarks'), 'two fair members and no other choice line are too few');
  });
});

describe('quiz: a user\'s list of what the exam tests often is about the exam, not a family to ask', function () {
  this.timeout(120000);
  it('gives no question under a "Frequently tested …" or "Common exam topics" heading', () => {
    const items = [
      '1. **Pipeline layout**: Picking the services that carry records from source to store.',
      '2. **Speed tuning**: Making scans and transformations finish sooner than before.',
      '3. **Spend control**: Picking the option that costs the least for the same result.',
      '4. **Failure recovery**: Keeping a pipeline running when one of its steps breaks.',
    ];
    const notes = {
      'topics.md': ['# Exam prep', '', '## Common exam topics', '', '### Frequently tested situations', '', ...items, ''],
      'control.md': ['# Exam prep', '', '## Pipeline concerns', '', ...items, ''],
    };
    const asked = userChoiceQuestions(notes).map((q) => q.source.file);
    assert.ok(asked.includes('/user/control.md'), 'the same list under a plain heading is asked');
    assert.ok(!asked.includes('/user/topics.md'), 'the list under the exam-topics heading is not');
  });
});
