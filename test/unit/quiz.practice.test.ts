// The practice-question importer (src/core/quiz/extract/practice.ts, build/practice.ts): the canonical
// format of the bundled practice exams and the idioms of users' own question files. Fixtures are our own.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { importPractice } from '../../src/core/quiz/extract/practice';
import { QuestionBank } from '../../src/core/quiz/generator';
import { NOTES_DIR } from './paths';

const doc = (text: string, file = '/user/practice.md') => parseNote({ text, file, relPath: file.slice(1), source: 'user' }).doc;

const CANONICAL = [
  '---', 'title: Practice Exam 9', 'kind: practice-exam', 'exam: 9', '---', '# Practice Exam 9', '',
  '## Question 1', '',
  'A retailer collects point-of-sale events from 400 stores and must land them in Amazon S3 as Parquet within five minutes.',
  'Which solution meets these requirements with the LEAST operational overhead?', '',
  'A. Run a fleet of EC2 consumers that batch the events into Parquet files', 'B. Deliver the events with Amazon Data Firehose and its record format conversion',
  'C. Write each event to DynamoDB and export the table to S3 nightly', 'D. Send the events to Amazon SQS and poll them with a cron job', '',
  '**Answer:** B', '',
  '**Task:** 1.1 · **Services:** data-firehose, s3', '',
  '**Explanation:** Firehose buffers, converts to Parquet and writes to S3 without servers to manage.', '',
  '- **A:** EC2 consumers are servers to patch and scale.',
  '- **C:** a nightly export misses the five-minute window.',
  '- **D:** a cron poller adds code and delay.', '',
  '**Reference:** https://docs.aws.amazon.com/firehose/latest/dev/what-is-this-service.html', '',
  '**Study:** [Amazon Data Firehose › Key facts](../services/data-firehose.md#key-facts)', '',
  '## Question 2', '',
  'A team must keep two copies of its curated tables in different Regions and prove who changed them.',
  'Which actions meet these requirements? (Select TWO.)', '',
  'A. Enable S3 Cross-Region Replication on the bucket', 'B. Turn on S3 Transfer Acceleration', 'C. Record data events with AWS CloudTrail',
  'D. Query the objects with S3 Select', 'E. Compress the objects with gzip', '',
  '**Answer:** A, C', '',
].join('\n');

describe('practice questions: the canonical format', () => {
  it('reads stem, options, key, task, services, explanation, option notes, reference and study links', () => {
    const r = importPractice(doc(CANONICAL, '/user/exam-9.md'));
    assert.deepStrictEqual(r.diagnostics, []);
    assert.strictEqual(r.questions.length, 2);
    const [q1, q2] = r.questions;
    assert.strictEqual(q1.number, 1);
    assert.match(q1.stem, /^A retailer collects .* LEAST operational overhead\?$/);
    assert.strictEqual(q1.options.length, 4);
    assert.deepStrictEqual(q1.answers, [1]);
    assert.strictEqual(q1.task, '1.1');
    assert.deepStrictEqual(q1.serviceIds, ['data-firehose', 's3']);
    assert.match(q1.explanation!, /buffers, converts to Parquet/);
    assert.deepStrictEqual(q1.optionNotes!.map(Boolean), [true, false, true, true]);
    assert.strictEqual(q1.reference, 'https://docs.aws.amazon.com/firehose/latest/dev/what-is-this-service.html');
    assert.deepStrictEqual(q1.study.map((s) => s.target), ['../services/data-firehose.md#key-facts']);
    assert.strictEqual(q1.multiple, false);
    assert.deepStrictEqual(q2.answers, [0, 2]);
    assert.strictEqual(q2.options.length, 5);
    assert.strictEqual(q2.multiple, true);
  });
});

describe('practice questions in the bank', function () {
  this.timeout(60000);
  let kb: KnowledgeBase;
  before(() => { kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]); });

  it('imports them as written (kind practice, origin authored, exam number), resolves study links, never mines their text', () => {
    const p = parseNote({ text: CANONICAL, file: `${NOTES_DIR}/practice/exam-9.md`, relPath: 'practice/exam-9.md', source: 'bundled' });
    kb.upsert(p);
    const bank = new QuestionBank(kb);
    const mine = bank.questions.filter((q) => q.source.file === p.doc.file);
    assert.deepStrictEqual(mine.map((q) => q.kind), ['practice', 'practice'], 'only the two practice questions, nothing generated from their text');
    const q1 = mine[0];
    assert.strictEqual(q1.origin, 'authored');
    assert.deepStrictEqual(q1.practice, { exam: 9, number: 1 });
    assert.strictEqual(q1.format, 'single');
    assert.strictEqual(q1.options[q1.answers[0]], 'Deliver the events with Amazon Data Firehose and its record format conversion');
    assert.strictEqual(q1.domain, 1);
    assert.strictEqual(q1.task, '1.1');
    assert.strictEqual(q1.studyLinks?.length, 1);
    assert.match(q1.studyLinks![0].file, /services\/data-firehose\.md$/);
    assert.strictEqual(q1.studyLinks![0].headingPath.at(-1), 'Key facts');
    assert.strictEqual(mine[1].format, 'multiple');
    // Without a Task line, domain and services come from the services the question names.
    assert.ok(mine[1].serviceIds.includes('cloudtrail'), JSON.stringify(mine[1].serviceIds));
    assert.ok(mine[1].domain);
    kb.remove(p.doc.file);
  });

  it('keeps one copy of a question written twice', () => {
    const a = parseNote({ text: CANONICAL, file: '/user/a.md', relPath: 'a.md', source: 'user' });
    const b = parseNote({ text: CANONICAL.replace('exam: 9', 'exam: 10'), file: '/user/b.md', relPath: 'b.md', source: 'user' });
    kb.upsertMany([a, b]);
    const bank = new QuestionBank(kb);
    // Only the two files written here: the bundled practice exams are in the bank too.
    const fromUser = bank.questions.filter((q) => q.kind === 'practice' && q.source.file.startsWith('/user/'));
    assert.strictEqual(fromUser.length, 2);
    assert.ok(bank.rejections.some((r) => r.rule === 'duplicate' && r.kind === 'practice'));
    kb.remove(a.doc.file); kb.remove(b.doc.file);
  });
});

describe('practice questions: the idioms of users\' files', () => {
  it('reads "Answer: B" lines, bold or not, and "Correct answer:"', () => {
    const text = [
      '# My questions', '',
      '1. Which service keeps a Hive-compatible catalog of tables for Athena?', '',
      'A) Amazon RDS', 'B) AWS Glue Data Catalog', 'C) Amazon ElastiCache', 'D) Amazon EBS', '',
      'Answer: B', '',
      '2. Which store gives single-digit millisecond reads of key-value items at any scale?', '',
      '- A) Amazon Redshift', '- B) Amazon S3 Glacier', '- C) Amazon DynamoDB', '- D) Amazon Athena', '',
      'Correct answer: C', '',
    ].join('\n');
    const r = importPractice(doc(text));
    assert.deepStrictEqual(r.diagnostics, []);
    assert.deepStrictEqual(r.questions.map((q) => [q.number, q.answers]), [[1, [1]], [2, [2]]]);
  });

  it('reads an answer key at the end of the file: "1. **B** - reason", "Q2: C", a table', () => {
    const text = [
      '# Drill', '',
      '## Question 1', 'Which service replays a stream from a week ago?', '', 'A) Amazon SNS', 'B) Amazon Kinesis Data Streams', 'C) Amazon SQS standard', 'D) AWS Batch', '',
      '## Question 2', 'Which TWO settings lower Athena scan cost? (Select TWO)', '', 'A) Partition by date', 'B) Store CSV', 'C) Use Parquet', 'D) Add more workgroups', 'E) Disable result reuse', '',
      '## Question 3', 'Which service turns on-premises NFS shares into S3 objects on a schedule?', '', 'A) AWS DataSync', 'B) Amazon AppFlow', 'C) AWS Glue DataBrew', 'D) Amazon MQ', '',
      '## Answer Key', '',
      '1. **B** - only Kinesis keeps records for replay', '',
      'Q2: A, C', '',
      '| # | Answer |', '|---|---|', '| 3 | A |', '',
    ].join('\n');
    const r = importPractice(doc(text));
    assert.deepStrictEqual(r.diagnostics, []);
    assert.deepStrictEqual(r.questions.map((q) => [q.number, q.answers, q.multiple]), [[1, [1], false], [2, [0, 2], true], [3, [0], false]]);
    assert.strictEqual(r.questions[0].explanation, 'only Kinesis keeps records for replay');
  });

  it('reads <details> answers and "select all that apply"', () => {
    const text = [
      '# Quiz', '',
      '**Q1.** Which of these are columnar formats? (select all that apply)', '',
      'A. Parquet', 'B. CSV', 'C. ORC', 'D. JSON lines', '',
      '<details><summary>Answer</summary>', '', 'A, C — both store values by column.', '', '</details>', '',
    ].join('\n');
    const r = importPractice(doc(text));
    assert.deepStrictEqual(r.diagnostics, []);
    assert.deepStrictEqual(r.questions.map((q) => [q.number, q.answers, q.multiple]), [[1, [0, 2], true]]);
  });

  it('reports a missing or malformed key with file and line, and imports nothing for it (never a guessed key)', () => {
    const text = [
      '# Broken', '',
      '## Question 1', 'Which service is a managed Airflow?', '', 'A) Amazon MWAA', 'B) AWS Glue', 'C) Amazon EMR', 'D) AWS Batch', '',
      '## Question 2', 'Which service is serverless SQL over S3?', '', 'A) Amazon Athena', 'B) Amazon RDS', 'C) Amazon Neptune', 'D) AWS Glue', '',
      'Answer: F', '',
      '## Question 3', 'Which TWO services store objects? (Select TWO.)', '', 'A) Amazon S3', 'B) AWS Lambda', 'C) Amazon S3 Glacier', 'D) Amazon SQS', 'E) AWS STS', '',
      'Answer: A', '',
    ].join('\n');
    const r = importPractice(doc(text, '/user/broken.md'));
    assert.strictEqual(r.questions.length, 0);
    assert.strictEqual(r.diagnostics.length, 3);
    for (const d of r.diagnostics) assert.strictEqual(d.file, '/user/broken.md');
    assert.match(r.diagnostics[0].message, /question 1: no answer key/);
    assert.strictEqual(r.diagnostics[0].line, 3);
    assert.match(r.diagnostics[1].message, /question 2: cannot read the key "F"|question 2: key .* names no option/);
    assert.match(r.diagnostics[2].message, /question 3: the stem asks to select 2 but the key has 1/);
  });

  it('leaves ordinary notes alone: lettered lists without a question are not practice questions', () => {
    const text = ['# Steps', '', 'A. Create the bucket', 'B. Add the policy', 'C. Upload the data', ''].join('\n');
    const r = importPractice(doc(text));
    assert.deepStrictEqual([r.questions.length, r.diagnostics.length], [0, 0]);
  });
});
