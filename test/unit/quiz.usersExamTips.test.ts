// Exam-tip idioms of users' notes (issue 9): arrow lines and "If requirement is …" callouts with a bold or
// linked choice, "Choose X over Y", need → choice tables whose cells are wiki links, feature keys with
// same-kind rivals only; and a knowledge base of users' notes alone. Fixtures are in our own words.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/generator';
import { deploymentFormsInText } from '../../src/core/quiz/umbrella';
import { ownAreaFirst } from '../../src/core/quiz/s3Areas';
import { sharedFit } from '../../src/core/quiz/overlaps';
import { overChoice } from '../../src/core/quiz/extract/overLines';
import { extractRequirements } from '../../src/core/quiz/extract/requirements';
import { userBank } from './userNotes';

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

  it('a feature key with no fair features of its own service to stand beside it is dropped with a named reason', () => {
    const bank = userBank({ 'lf.md': ['# Lake Formation tips', '', '## Exam rules', '',
      '> [!TIP]', '> - **Give another account the curated tables without copying any file**: Use **Lake Formation Resource Share** through AWS RAM.', ''] });
    const r = bank.rejections.find((x) => x.file === '/user/lf.md' && x.stem.includes('another account'));
    assert.ok(r, 'the feature line is reported, not silently lost');
    assert.strictEqual(r.rule, 'few-distractors');
    assert.match(r.detail, /same-kind rivals for a feature of lake-formation/);
    assert.ok(!bank.questions.some((q) => q.source.file === '/user/lf.md' && q.format !== 'recall'), 'no choice question (a recall card may ask it: needRecall.ts)');
  });

  it('a twin need in another user note stands in when the first statement of it is dropped by the gate', () => {
    const first = '- If requirement is **land clickstream records in S3 as Parquet files with no code and no servers/clusters to run**: Choose **Amazon Data Firehose**.';
    const twin = '- If requirement is **land clickstream records in S3 as Parquet files with no code and no servers to run**: Choose **Amazon Data Firehose**.';
    const bank = userBank({ 'a.md': ['# Streaming tips', '', '## Rules', '', first, ''], 'b.md': ['# Delivery tips', '', '## Rules', '', twin, ''] });
    assert.ok(bank.rejections.some((r) => r.file === '/user/a.md' && r.rule === 'residue'), 'the first is dropped for its slash shorthand');
    const q = bank.questions.find((x) => x.source.file === '/user/b.md');
    assert.ok(q, 'its twin is asked instead');
    assert.strictEqual(q.options[q.answers[0]], 'Amazon Data Firehose');
  });

  it('a user\'s S3 feature takes rivals of its own area first, so that the off-area test finds one', () => {
    assert.deepStrictEqual(ownAreaFirst('S3 Object Lock Compliance Mode', ['S3 Inventory', 'S3 Transfer Acceleration', 'S3 Versioning', 'S3 Storage Lens']),
      ['S3 Versioning', 'S3 Inventory', 'S3 Transfer Acceleration', 'S3 Storage Lens']);
    assert.deepStrictEqual(ownAreaFirst('Glue Job Bookmarks', ['B', 'A']), ['B', 'A'], 'no S3 area: order kept');
  });

  it('leaving KMS meets a KMS throttling need as Bucket Keys do; Versioning and Object Lock both keep objects from deletion', () => {
    const kms = 'Which Amazon S3 feature fits this requirement best: “Nightly Spark scans hit the KMS request quota and the KMS bill keeps growing”?';
    assert.ok(sharedFit(kms, 'S3 Bucket Keys', 'SSE-S3'));
    assert.ok(sharedFit(kms, 'S3 Bucket Keys', 'SSE-C'));
    assert.ok(!sharedFit(kms, 'S3 Bucket Keys', 'SSE-KMS'), 'SSE-KMS is the cause, not a way out');
    assert.ok(!sharedFit(`${kms} The security team must keep SSE-KMS with its customer managed key.`, 'S3 Bucket Keys', 'SSE-S3'));
    const del = 'Which Amazon S3 feature fits this requirement best: “Keep analysts from losing raw files to a mistaken delete or overwrite”?';
    assert.ok(sharedFit(del, 'S3 Versioning', 'S3 Object Lock Compliance Mode'));
    assert.ok(!sharedFit('Which S3 feature fits: “Nobody, the root user included, may delete an object during its retention period”?', 'S3 Object Lock Compliance Mode', 'S3 Versioning'));
  });

  it('"Choose X over Y" under a bullet that states the need: the parent\'s need, made specific by what X replaces', () => {
    assert.deepStrictEqual(overChoice('  - Choose [[spark-jobs]] ETL over babysitting a Spark fleet on EC2.'),
      { answer: 'spark jobs ETL', alt: 'spark jobs ETL', rival: 'babysitting a Spark fleet on EC2', link: { slug: 'spark-jobs', qualifier: 'ETL' } });
    assert.strictEqual(overChoice('- Choose **AWS Batch** over Lambda when a job runs for hours.'), undefined, 'a line with its own need is read by boldChoice');
    const doc = parseNote({ text: ['# Rules', '', '## Less to run', '',
      '- If the question asks for **ad hoc SQL over log files in S3 with the least operational effort**, prefer serverless services over clusters you run yourself:',
      '  - Choose [[sql-notes]] over running Trino on a fleet of EC2 instances.', ''].join('\n'), file: '/user/r.md', relPath: 'r.md', source: 'user' }).doc;
    const [c] = extractRequirements(doc.sections[1]);
    assert.deepStrictEqual([c.cue, c.answer, c.rival], ['Ad hoc SQL over log files in S3 with the least operational effort, instead of running Trino on a fleet of EC2 instances', 'sql notes', 'running Trino on a fleet of EC2 instances']);
    const b = parseNote({ text: '# Tips\n\n## Jobs\n\n- Choose **AWS Batch** over Lambda when a job runs for hours on a GPU.\n', file: '/user/b.md', relPath: 'b.md', source: 'user' }).doc;
    assert.strictEqual(extractRequirements(b.sections[1])[0].rival, 'Lambda');
  });

  it('a wiki link is resolved through the note it names (its title), never as a table row that shares the slug', () => {
    const bank = userBank({
      'etl-notes.md': ['---', 'title: AWS Glue', '---', '# AWS Glue', '', 'Serverless Spark ETL with a data catalog.', ''],
      'rules.md': ['# Rules', '', '## Less to run', '',
        '- If the question asks for **nightly Spark ETL that remembers which files it already processed**, prefer serverless services over clusters you run yourself:',
        '  - Choose [[etl-notes]] over running a Spark cluster on EC2 yourself.', ''],
    });
    const q = bank.questions.find((x) => x.source.file === '/user/rules.md');
    assert.ok(q, JSON.stringify(bank.rejections.filter((r) => r.file === '/user/rules.md')));
    assert.strictEqual(q.options[q.answers[0]], 'AWS Glue');
    assert.match(q.stem, /instead of running a Spark cluster on EC2 yourself/);
  });

  it('a former name in a user\'s choice is asked by the current name, and the explanation names the former one', () => {
    const bank = userBank({ 'deliver.md': ['# Delivery', '', '## Exam rules', '', '> [!IMPORTANT]',
      '> - If requirement is **loading click events into S3 as Parquet with no servers and no code to maintain**: Choose **Kinesis Data Firehose (KDF)**.', ''] });
    const q = bank.questions.find((x) => x.source.file === '/user/deliver.md');
    assert.ok(q, JSON.stringify(bank.rejections.filter((r) => r.file === '/user/deliver.md')));
    assert.strictEqual(q.options[q.answers[0]], 'Amazon Data Firehose');
    assert.match(q.explanation ?? '', /Amazon Data Firehose \(formerly Amazon Kinesis Data Firehose\)/);
  });

  it('the same feature written again in another user note stands in when the first line of it is dropped', () => {
    const rules = ['# S3 rules', '', '## Decision rules', '',
      '- **Auditors want a daily list of every object with its size/encryption state**: Use **S3 Inventory**.',
      '- **One dashboard of storage use and activity trends across all accounts of the company**: Use **S3 Storage Lens**.',
      '- **Partners on other continents upload large files too slowly**: Enable **S3 Transfer Acceleration**.',
      '- **Copy the objects written before a replication rule existed**: Use **S3 Batch Replication**.', ''];
    const bank = userBank({ 'a.md': rules, 'b.md': ['# More S3', '', '## Tips', '', '- **Auditors want a daily report that names every stored object along with its size and encryption state**: Use **S3 Inventory**.', ''] });
    assert.ok(bank.rejections.some((r) => r.file === '/user/a.md' && r.rule === 'residue' && /size\/encryption/.test(r.stem)), 'the first is dropped for its slash shorthand');
    const q = bank.questions.find((x) => x.source.file === '/user/b.md');
    assert.ok(q, JSON.stringify(bank.rejections.filter((r) => r.file === '/user/b.md')));
    assert.strictEqual(q.options[q.answers[0]], 'S3 Inventory');
  });
});

