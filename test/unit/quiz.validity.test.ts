// Validity rules from blind review r4 of users' notes (issue 9): outdated content, overlapping options,
// acronym leaks, title-case fragments, vague needs, near-duplicates, off-topic feature lists, users'
// service tables named by the catalog, practice questions held back when unfit. Fixtures are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuizContext } from '../../src/core/quiz/context';
import { Draft } from '../../src/core/quiz/draft';
import { gate, GateResult } from '../../src/core/quiz/gate';
import { leaksKey } from '../../src/core/quiz/keyLeak';
import { titleFragment, vagueNeed } from '../../src/core/quiz/stemChecks';
import { QuestionBank } from '../../src/core/quiz/generator';
import { outdatedContent } from '../../src/core/quiz/outdated';
import { sharedFit } from '../../src/core/quiz/overlaps';
import { misnamedService } from '../../src/core/quiz/practiceFit';
import { NOTES_DIR } from './paths';

describe('quiz validity (users\' notes, blind review r4)', function () {
  this.timeout(60000);
  let kb: KnowledgeBase;
  let ctx: QuizContext;
  const note = parseNote({ text: '# Store\n\n## Choices\n\nSome text.\n', file: '/user/store.md', relPath: 'store.md', source: 'user' }).doc;
  const section = note.sections[1];

  before(() => {
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    ctx = new QuizContext(kb, kb.documents());
  });

  const draft = (over: Partial<Draft>): Draft => ({
    kind: 'choose', stem: 'Which S3 storage class fits this use case best: “Logs read twice a year but needed within milliseconds”?', correct: ['S3 Standard-IA'],
    distractors: ['S3 Glacier Deep Archive', 'S3 Glacier Flexible Retrieval', 'S3 Standard'], optionKind: 'text',
    explanation: 'x', section, doc: note, line: 5, serviceIds: [], answerServiceIds: [], ...over,
  });
  const run = (d: Draft, seen = new Map<string, string>()): GateResult => gate(ctx, d, { seen });
  const rule = (r: GateResult) => ('rejected' in r ? r.rejected : 'kept');
  const options = (r: GateResult) => ('question' in r ? r.question.options : []);

  it('outdated: a key relying on closed or discontinued content is dropped; describing the feature is not', () => {
    assert.strictEqual(outdatedContent('Which text service finds themes with topic modelling across a pile of reviews?', ['Amazon Comprehend'])?.id, 'comprehend-topic-modeling');
    assert.strictEqual(outdatedContent('Which database keeps sensor points in a memory store, then moves them to a magnetic store?', ['Amazon Timestream'])?.id, 'timestream-liveanalytics');
    assert.strictEqual(outdatedContent('Which database suits sensor points?', ['Amazon Timestream for InfluxDB']), undefined);
    assert.strictEqual(outdatedContent('Which in-memory store keeps a durable log?', ['Amazon MemoryDB'], ['Amazon Timestream', 'Amazon ElastiCache']), undefined, 'another key');
    assert.strictEqual(outdatedContent('Run SQL over a stream and send results on', ['Kinesis Data Analytics + Firehose'])?.id, 'kinesis-analytics-sql');
    assert.strictEqual(outdatedContent('A job runs out of memory', ['Move to G.2X instead of Standard'])?.id, 'glue-standard-worker');
    assert.strictEqual(outdatedContent('Where do I try ETL code interactively?', ['Glue dev endpoints'])?.id, 'glue-dev-endpoints');
    assert.strictEqual(outdatedContent('An auditor wants the company to hold its own keys', ['SSE-C'])?.id, 's3-sse-c');
    assert.strictEqual(outdatedContent('Which bucket feature rewrites each object as an app reads it, hiding card numbers?', ['S3 Object Lambda Access Points'])?.id, 's3-object-lambda');
    assert.strictEqual(outdatedContent('Which bucket feature gives one global endpoint over buckets in many Regions?', ['S3 Multi-Region Access Points'], ['S3 Object Lambda Access Points']), undefined, 'a distractor may be closed');
    assert.strictEqual(outdatedContent('Which method has the client send the key with every request?', ['SSE-C']), undefined, 'what SSE-C is stays true');
    assert.strictEqual(outdatedContent('An auditor wants the company to hold its own keys', ['SSE-KMS'], ['SSE-C', 'SSE-S3']), undefined, 'SSE-C as a distractor is fine');
    const r = run(draft({ stem: 'Which AWS service fits this use case best: “Themes and topic modeling over support tickets”?', correct: ['Amazon Comprehend'], distractors: ['Amazon Rekognition', 'Amazon Textract', 'Amazon Translate'], optionKind: 'service' }));
    assert.strictEqual(rule(r), 'outdated');
  });

  it('ambiguous: options that meet the same need are dropped unless the stem decides between them', () => {
    assert.ok(sharedFit('Which service fits: “keep the warehouse login password safe”?', 'AWS Secrets Manager', 'AWS Systems Manager Parameter Store'));
    assert.ok(!sharedFit('Which service fits: “rotate the warehouse login password monthly”?', 'AWS Secrets Manager', 'AWS Systems Manager Parameter Store'));
    assert.ok(sharedFit('Which format fits: “dashboards scanning a few columns in Athena”?', 'Apache Parquet', 'Apache ORC'));
    assert.ok(!sharedFit('Which format fits: “dashboards scanning a few columns in Athena”?', 'Apache Parquet', 'CSV'));
    assert.ok(!sharedFit('Which class fits: “rarely read, easy to re-create, one AZ is fine”?', 'S3 One Zone-IA', 'S3 Standard-IA'));
    const r = run(draft({ stem: 'Which S3 storage class fits this use case best: “Rarely read logs that must open within milliseconds”?', distractors: ['S3 One Zone-IA', 'S3 Glacier Instant Retrieval', 'S3 Glacier Deep Archive', 'S3 Standard'] }));
    assert.strictEqual(rule(r), 'ambiguous', 'two IA siblings dropped leave too few');
    const kept = run(draft({ stem: 'Which S3 storage class fits this use case best: “Rarely read files needed within milliseconds”?', distractors: ['S3 One Zone-IA', 'S3 Glacier Deep Archive', 'S3 Glacier Flexible Retrieval', 'S3 Standard'] }));
    assert.ok(!options(kept).includes('S3 One Zone-IA'));
  });

  it('leak-word: an abbreviation spelled out in the stem, or built on the key\'s words', () => {
    assert.strictEqual(leaksKey('Which method fits: “two layers of server-side encryption for auditors”? Dual-Layer Server-Side Encryption', 'DSSE-KMS', ['SSE-S3', 'SSE-KMS', 'SSE-C']), 'DSSE');
    assert.strictEqual(leaksKey('Which feature checks rows with DQDL rules before loading?', 'AWS Glue Data Quality', ['Amazon CloudWatch', 'Amazon EventBridge', 'AWS Cost Explorer']), 'DQDL');
    assert.strictEqual(leaksKey('Which feature checks rows with rules before loading?', 'AWS Glue Data Quality', ['Amazon CloudWatch', 'Amazon EventBridge', 'AWS Cost Explorer']), undefined);
  });

  it('fragment: a title-case heading quoted as the need, naming nothing; vague: a need every data service meets', () => {
    assert.ok(titleFragment(ctx, 'Which solution fits this requirement best: “Role-Based Views In Reports”?'));
    assert.ok(!titleFragment(ctx, 'Which solution fits this requirement best: “Role-Based Views In Amazon QuickSight Reports”?'));
    assert.ok(!titleFragment(ctx, 'Which solution fits this requirement best: “Hide rows a viewer may not see in dashboards”?'));
    assert.strictEqual(rule(run(draft({ stem: 'Which solution fits this requirement best: “Role-Based Views In Reports”?', correct: ['Row-Level Security'], distractors: ['SPICE', 'Themes', 'Embedding'] }))), 'fragment');
    assert.ok(vagueNeed('Which TWO AWS services are used for huge volumes of data? (Select TWO.)'));
    assert.ok(vagueNeed('Which TWO AWS services support stateless data transactions? (Select TWO.)'));
    assert.ok(!vagueNeed('Which AWS service keeps huge volumes of data queryable with SQL in a warehouse?'));
  });

  it('duplicate: the same key for a need worded alike in another user note is one question', () => {
    const seen = new Map<string, string>();
    const other = parseNote({ text: '# Sec\n\n## Tips\n\nx\n', file: '/user/sec.md', relPath: 'sec.md', source: 'user' }).doc;
    const svc = { correct: ['Sensitive data discovery'], distractors: ['Key rotation', 'Secret storage', 'Column masking'] };
    assert.strictEqual(rule(run(draft({ ...svc, stem: 'Which solution fits this requirement best: “Find card numbers and passport IDs sitting in buckets”?' }), seen)), 'kept');
    assert.strictEqual(rule(run(draft({ ...svc, doc: other, section: other.sections[1], stem: 'Which solution fits this use case best: “Scan buckets for passport IDs and card numbers automatically”?' }), seen)), 'duplicate');
  });

  it('leak: a key written in its long form ("Amazon S3 (Simple Storage Service)") is given away by its short name', () => {
    const r = run(draft({ stem: 'Which AWS service fits this use case best: “Cheap lake storage with S3 lifecycle rules”?', correct: ['Amazon S3 (Simple Storage Service)'], distractors: ['Amazon EBS', 'Amazon EFS', 'AWS Storage Gateway'] }));
    assert.strictEqual(rule(r), 'leak');
  });

  it('same-kind: "Which TWO AWS storage services" gets storage options only', () => {
    const r = run(draft({
      kind: 'scenario', stem: 'Which TWO AWS storage services can a delivery stream write its records to? (Select TWO.)', correct: ['Amazon Simple Storage Service', 'Amazon Redshift'], optionKind: 'service',
      distractors: ['AWS Step Functions', 'Amazon Elastic File System', 'Amazon SageMaker Data Wrangler', 'Amazon FSx for Lustre', 'Amazon Elastic Block Store'],
    }));
    assert.deepStrictEqual(options(r).filter((o) => /Step Functions|Data Wrangler/.test(o)), []);
  });

  it('practice questions: "All of the above", outdated keys and misnamed services are held back with a diagnostic; the others are asked as written', () => {
    assert.deepStrictEqual(misnamedService(ctx, 'Use Amazon DMS for the copy'), { written: 'Amazon DMS', official: 'AWS Database Migration Service' });
    assert.strictEqual(misnamedService(ctx, 'Use AWS DMS for the copy and AWS managed keys'), undefined);
    const text = [
      '# My practice set', '',
      '### Question 1', 'What helps a crawler read nested files?', '', 'A. A custom classifier', 'B. A bigger crawler', 'C. A schedule', 'D. All of the above', '', '**Answer: D**', '',
      '### Question 2', 'Which service copies a database to AWS with little downtime?', '', 'A. Amazon DMS', 'B. AWS DataSync', 'C. AWS Snowball Edge', 'D. AWS Transfer Family', '', '**Answer: A**', '',
      '### Question 4', 'Which Glue tool builds ETL jobs without writing code?', '', 'A. AWS Glue Studio', 'B. AWS Glue DataBrew', 'C. AWS Glue crawlers', 'D. Amazon Athena', '', '**Answer: A**', '',
      '### Question 3', 'Which service turns CSV into Parquet on delivery?', '', 'A. Amazon Data Firehose', 'B. Amazon SQS', 'C. Amazon SNS', 'D. AWS Step Functions', '', '**Answer: A**', '',
    ].join('\n');
    const kb2 = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    kb2.upsert(parseNote({ text, file: '/user/practice.md', relPath: 'practice.md', source: 'user' }));
    const bank = new QuestionBank(kb2);
    const mine = bank.questions.filter((q) => q.source.file === '/user/practice.md');
    assert.deepStrictEqual(mine.map((q) => q.stem), ['Which service turns CSV into Parquet on delivery?']);
    const held = bank.diagnostics.filter((d) => d.file === '/user/practice.md');
    assert.strictEqual(held.length, 3);
    assert.ok(held.some((d) => /DataBrew.*also fits/.test(d.message)), 'another option meets the same need');
    assert.ok(held.some((d) => /All of the above/.test(d.message) && d.line > 0));
    assert.ok(held.some((d) => /Amazon DMS.*AWS Database Migration Service/.test(d.message)));
  });

  it('a feature choice names its service (after r7): that service\'s features from other sections are fair distractors, never another service\'s', () => {
    const tips = [
      '# Bucket notes', '',
      '## Exam triggers', '',
      '- **Thousands of encrypted uploads throttle the key service**: Enable **S3 Bucket Keys**.',
      '- **Keep deleted objects recoverable for a while**: Enable **S3 Versioning**.', '',
      '## Other tips', '',
      '- **Copy new objects to a second Region within minutes**: Enable **S3 Replication Time Control**.',
      '- **Stop anyone deleting audit files for seven years**: Use **S3 Object Lock**.',
      '- **Let a partner pay for downloads**: Enable **Requester Pays**.',
    ].join('\n');
    const kb3 = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    kb3.upsert(parseNote({ text: tips, file: '/user/s3tips.md', relPath: 's3tips.md', source: 'user' }));
    const bank = new QuestionBank(kb3);
    const keys = bank.questions.filter((q) => q.source.file === '/user/s3tips.md').map((q) => q.options[q.answers[0]]);
    const mine = bank.questions.filter((q) => q.source.file === '/user/s3tips.md');
    // Versioning has a rival of its own area (Object Lock); Replication Time Control has none here, so a
    // reader would pick it as the only option about copying (s3Areas.ts, blind review r15).
    assert.ok(keys.includes('S3 Versioning'), keys.join(' | '));
    assert.ok(!keys.includes('S3 Replication Time Control'), keys.join(' | '));
    for (const q of mine) {
      assert.match(q.stem, /^Which Amazon S3 feature fits this requirement best/);
      assert.ok(q.options.every((o) => /^S3 |Requester Pays/.test(o)), q.options.join(' | '));
    }
  });
});
