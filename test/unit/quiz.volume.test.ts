// More questions from users' own notes (issue 9, corpus volume): the summary that opens a service note,
// definitions written on the line under a bold term, and rephrased stems. Fixtures are in our own words,
// written the way such notes are written.
import * as assert from 'assert';
import { Section } from '../../src/core/model';
import { describedAlike } from '../../src/core/quiz/build/statement';
import { extractNestedTerms, familyTitle } from '../../src/core/quiz/extract/nestedTerms';
import { extractStatements, isSummarySection } from '../../src/core/quiz/extract/statements';
import { Question } from '../../src/core/quiz/types';
import { userChoiceQuestions, userDoc } from './userNotes';

const docOf = userDoc;
const titled = (title: string, text: string): Section => docOf(`# Note\n\n## ${title}\n\n${text}\n`).sections[1];

describe('quiz: more questions from users\' notes (extractors)', () => {
  it('a summary heading is recognised with a number or an emoji before it', () => {
    assert.ok(isSummarySection(titled('1. High-Level Summary', 'x')));
    assert.ok(isSummarySection(titled('📋 Summary', 'x')));
    assert.ok(isSummarySection(titled('Overview', 'x')));
    assert.ok(!isSummarySection(titled('Summary of exam tips', 'x')));
  });

  it('a summary: "It …" is the service named before, summary verbs count, a long predicate ends at a comma', () => {
    const s = titled('1. High-Level Summary', [
      'Amazon Redshift is a columnar warehouse built for reporting queries over many terabytes.',
      'It replaces nightly cubes with SQL that spreads across every node of the cluster.',
      'AWS Batch dynamically provisions servers of the right size for queued container jobs.',
      'Amazon EMR is a platform for running open-source engines on clusters you size yourself, with engines such as Presto, Apache Spark, Trino, Apache Hive, Apache Pig, Apache Flink, Hue and a long tail of other projects you install.',
    ].join(' '));
    const got = extractStatements(s, { summary: true }).map((c) => [c.subject, c.predicate]);
    assert.deepStrictEqual(got, [
      ['Amazon Redshift', 'is a columnar warehouse built for reporting queries over many terabytes'],
      ['Amazon Redshift', 'replaces nightly cubes with SQL that spreads across every node of the cluster'],
      ['AWS Batch', 'dynamically provisions servers of the right size for queued container jobs'],
      ['Amazon EMR', 'is a platform for running open-source engines on clusters you size yourself, with engines such as Presto, Apache Spark, Trino, Apache Hive, Apache Pig, Apache Flink'],
    ]);
    // "(e.g." ends the match; what follows the parenthesis qualifies the claim, so the claim is not kept.
    const cut = titled('Summary', 'AWS Batch dynamically provisions servers (e.g. large ones) that fit the queued container jobs of a team.');
    assert.deepStrictEqual(extractStatements(cut, { summary: true }), []);
    // Outside a summary neither "It replaces …" nor "dynamically provisions …" is a statement.
    assert.deepStrictEqual(extractStatements(s).map((c) => c.subject), ['Amazon Redshift', 'Amazon EMR']);
  });

  it('bold terms alone on their item with the definition on the bullet below form a family', () => {
    const s = titled('Key Volume Types for Data Engineering', [
      '1. **Fast SSD (`fs1`)**:', '   - Balanced disk for boot volumes and small databases with steady load.',
      '2. **Burst HDD (`bh1`)**:', '   - Cheap spinning disk for logs that are written in long sequential runs!',
      '3. **Archive HDD (`ah1`)**:', '   - Cheapest disk for data read once a month or less. Slow to warm up.',
      '4. **Limits**:', '   - **Max size**: 16 TiB per volume.',
    ].join('\n'));
    const [list] = extractNestedTerms(s);
    assert.deepStrictEqual(list.terms.map((t) => [t.term, t.definition]), [
      ['Fast SSD (fs1)', 'Balanced disk for boot volumes and small databases with steady load.'],
      ['Burst HDD (bh1)', 'Cheap spinning disk for logs that are written in long sequential runs.'],
      ['Archive HDD (ah1)', 'Cheapest disk for data read once a month or less.'],
    ], 'a sub-list of labels is no definition');
    assert.strictEqual(list.heading, 'Volume Types');
    assert.strictEqual(familyTitle('Warehouse Extras Features'), '', 'a features heading leaves the note\'s service to name the family');
    assert.deepStrictEqual(extractNestedTerms(titled('Parts', '- **One**:\n  - Only two siblings here, which is too few.\n- **Two**:\n  - The second of the two siblings in this list.')), []);
  });

  it('a service described in the same words as the predicate is a second answer', () => {
    assert.ok(describedAlike('is a query service to read files in Amazon S3 with SQL', 'Feature that queries objects in S3 in place through external tables.'));
    assert.ok(!describedAlike('is a query service to read files in Amazon S3 with SQL', 'Managed message queues that decouple producers from consumers.'));
  });
});

describe('quiz: more questions from users\' notes (questions)', function () {
  this.timeout(60000);
  let mine: Question[];
  const stems = () => JSON.stringify(mine.map((x) => x.stem), null, 1);
  before(() => {
    const notes: Record<string, string[]> = {
      'pipelines.md': ['---', 'type: aws-service', 'category: Application Integration', '---', '# AWS Step Functions', '',
        '## 1. High-Level Summary', '',
        'AWS Step Functions is a state machine service that runs the tasks of a job as states of a visual graph with retries on failure (e.g. a nightly load). It keeps the history of every run.', ''],
      'warehouse.md': ['---', 'type: aws-service', 'category: Analytics', '---', '# Amazon Redshift', '',
        '## Warehouse Extras Features', '',
        '1. **Redshift Spectrum**:', '   - Reads Parquet files sitting in S3 buckets through external tables, with no load step.', '',
        '2. **Data Sharing**:', '   - Lets a consumer cluster in another account read live tables without copying them.', '',
        '3. **Materialized Views**:', '   - Keep the output of a heavy join ready and refresh it as base rows change.', '',
        '4. **Redshift ML**:', '   - Trains machine learning models from a SQL statement and calls them in queries.', ''],
      'aurora.md': ['---', 'type: aws-service', 'category: Database', '---', '# Amazon Aurora', '',
        '## Architecture Features', '',
        '- **Cluster Volume**:', '  - One storage layer that every instance of the cluster reads and writes.',
        '- **Fast Cloning**:', '  - A copy of a whole database in minutes that shares pages until they change.',
        '- **Global Database**:', '  - A second Region that receives changes within about a second.', ''],
      'relational.md': ['# Relational notes', '', '## Amazon Aurora', '',
        '- **Backtrack**: Moves a MySQL-compatible cluster back to a moment in the past without a restore.',
        '- **Parallel Query**: Pushes filtering of large scans down to the storage nodes.',
        '- **Zero-ETL Integration**: Replicates committed rows to a warehouse without a pipeline to run.', ''],
    };
    mine = userChoiceQuestions(notes);
  });

  it('the summary of a user\'s service note asks which service it describes, without the cut-open parenthesis', () => {
    const q = mine.find((x) => /state machine service/.test(x.stem));
    assert.ok(q, stems());
    assert.strictEqual(q!.stem, 'Which AWS service is a state machine service that runs the tasks of a job as states of a visual graph with retries on failure?');
    assert.strictEqual(q!.options[q!.answers[0]], 'AWS Step Functions');
    assert.strictEqual(q!.options.length, 4);
  });

  it('a family under a "… Features" heading of a service note is that service\'s features; a definition that spells an acronym is not asked', () => {
    const q = mine.find((x) => /Parquet files sitting in S3/.test(x.stem));
    assert.ok(q, stems());
    assert.strictEqual(q!.stem, 'Which Redshift feature is described here: “Reads Parquet files sitting in S3 buckets through external tables, with no load step”?');
    assert.deepStrictEqual([...q!.options].sort(), ['Data Sharing', 'Materialized Views', 'Redshift ML', 'Redshift Spectrum']);
    assert.ok(!mine.some((x) => /machine learning models/.test(x.stem)), 'machine learning spells ML');
  });

  it('a family of three features of one service takes a fourth from another note about that service', () => {
    const q = mine.find((x) => /shares pages until they change/.test(x.stem));
    assert.ok(q, stems());
    assert.strictEqual(q!.options.length, 4);
    assert.deepStrictEqual(q!.options.filter((o) => !['Cluster Volume', 'Fast Cloning', 'Global Database'].includes(o)).map((o) => ['Backtrack', 'Parallel Query', 'Zero-ETL Integration'].includes(o)), [true]);
    assert.strictEqual(q!.options[q!.answers[0]], 'Fast Cloning');
  });
});
