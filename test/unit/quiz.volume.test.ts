// More questions from users' own notes (issue 9, corpus volume): the summary that opens a service note,
// definitions written on the line under a bold term, and rephrased stems. Fixtures are in our own words,
// written the way such notes are written.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { Section } from '../../src/core/model';
import { parseNote } from '../../src/core/parser';
import { describedAlike } from '../../src/core/quiz/build/statement';
import { extractStatements, isSummarySection } from '../../src/core/quiz/extract/statements';
import { QuestionBank } from '../../src/core/quiz/generator';
import { Question } from '../../src/core/quiz/types';
import { NOTES_DIR } from './paths';

const docOf = (text: string, file = '/user/n.md') => parseNote({ text, file, relPath: file.slice(1), source: 'user' }).doc;
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
      'Amazon EMR is a platform for running open-source engines on clusters you size yourself, with engines such as Apache Spark, Apache Hive, Apache HBase, Apache Flink, Apache Hudi, Presto and a long tail of other projects you install.',
    ].join(' '));
    const got = extractStatements(s, { summary: true }).map((c) => [c.subject, c.predicate]);
    assert.deepStrictEqual(got, [
      ['Amazon Redshift', 'is a columnar warehouse built for reporting queries over many terabytes'],
      ['Amazon Redshift', 'replaces nightly cubes with SQL that spreads across every node of the cluster'],
      ['AWS Batch', 'dynamically provisions servers of the right size for queued container jobs'],
      ['Amazon EMR', 'is a platform for running open-source engines on clusters you size yourself, with engines such as Apache Spark, Apache Hive, Apache HBase, Apache Flink, Apache Hudi'],
    ]);
    // Outside a summary neither "It replaces …" nor "dynamically provisions …" is a statement.
    assert.deepStrictEqual(extractStatements(s).map((c) => c.subject), ['Amazon Redshift', 'Amazon EMR']);
  });

  it('a service described in the same words as the predicate is a second answer', () => {
    assert.ok(describedAlike('is a query service to read files in Amazon S3 with SQL', 'Feature that queries objects in S3 in place through external tables.'));
    assert.ok(!describedAlike('is a query service to read files in Amazon S3 with SQL', 'Managed message queues that decouple producers from consumers.'));
  });
});

describe('quiz: more questions from users\' notes (questions)', function () {
  this.timeout(60000);
  let kb: KnowledgeBase;
  let mine: Question[];
  const stems = () => JSON.stringify(mine.map((x) => x.stem), null, 1);
  before(() => {
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const notes: Record<string, string[]> = {
      'pipelines.md': ['---', 'type: aws-service', 'category: Application Integration', '---', '# AWS Step Functions', '',
        '## 1. High-Level Summary', '',
        'AWS Step Functions is a state machine service that chains Lambda calls, Glue jobs and waits into one visual workflow with retries on each task (e.g. a nightly load). It keeps the history of every run.', ''],
    };
    for (const [name, lines] of Object.entries(notes)) kb.upsert(parseNote({ text: lines.join('\n'), file: `/user/${name}`, relPath: name, source: 'user' }));
    mine = new QuestionBank(kb).questions.filter((q) => q.source.file.startsWith('/user/') && q.format !== 'recall');
  });

  it('the summary of a user\'s service note asks which service it describes, without the cut-open parenthesis', () => {
    const q = mine.find((x) => /state machine service/.test(x.stem));
    assert.ok(q, stems());
    assert.strictEqual(q!.stem, 'Which AWS service is a state machine service that chains Lambda calls, Glue jobs and waits into one visual workflow with retries on each task?');
    assert.strictEqual(q!.options[q!.answers[0]], 'AWS Step Functions');
    assert.strictEqual(q!.options.length, 4);
  });
});
