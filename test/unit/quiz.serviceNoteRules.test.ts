// Exam-rule bullets of users' service notes (issue 9, Wathon-style vaults): a thin bold label completed by the
// purpose clause after the choice, more choice verbs ("Create", "Configure", "Must use"), and two precise
// distractor rules for S3 feature questions. Fixtures are in our own words.
import * as assert from 'assert';
import { featureVariant } from '../../src/core/quiz/build/featureVariant';
import { purposeCue } from '../../src/core/quiz/extract/purposeCue';
import { boldChoice, extractRequirements } from '../../src/core/quiz/extract/requirements';
import { s3Area, s3OffArea } from '../../src/core/quiz/s3Areas';
import { leaksKey } from '../../src/core/quiz/keyLeak';
import { UserFacts } from '../../src/core/quiz/userFacts';
import { userChoiceQuestions, userDoc } from './userNotes';

describe('quiz: exam-rule bullets of users\' service notes', function () {
  this.timeout(120000);

  it('reads a thin bold label\'s need from the purpose clause that follows the choice', () => {
    assert.strictEqual(purposeCue('Hourly Partition Growth', 'to skip crawler runs and catalog lookups for new partitions.'), 'Skip crawler runs and catalog lookups for new partitions');
    assert.strictEqual(purposeCue('Incremental Loads', 'so that each run reads ONLY files the last one missed!'), 'Each run reads only files the last one missed');
    // A label of four words or more is a need already; a reason in parentheses is an aside, not a purpose.
    assert.strictEqual(purposeCue('Replay events for several readers', 'to keep them for a week'), undefined);
    assert.strictEqual(purposeCue('Strict Ordering', '(one group id per customer keeps the order)'), undefined);
    // Too short a purpose tells no choices apart; a one-word label is a topic.
    assert.strictEqual(purposeCue('Cost Savings', 'to save money'), undefined);
    assert.strictEqual(purposeCue('Streaming', 'to read records as they arrive in the shard'), undefined);
  });

  it('reads the label and purpose of a rule bullet as one need', () => {
    const doc = userDoc(['# Amazon Athena', '', '## Exam Rules', '', '> [!IMPORTANT]', '> - **Hourly Partition Growth**: Use **Partition Projection** to skip crawler runs and catalog lookups for new partitions.'].join('\n'));
    const [claim] = extractRequirements(doc.sections[1]);
    assert.deepStrictEqual([claim.cue, claim.answer], ['Skip crawler runs and catalog lookups for new partitions', 'Partition Projection']);
  });

  it('takes "Create", "Configure" and "Must use" as choice verbs', () => {
    const a = boldChoice('**Give each analytics team its own entry policy on one bucket**: Create **S3 Access Points** per team.');
    assert.deepStrictEqual(a && [a.cue, a.answer], ['Give each analytics team its own entry policy on one bucket', 'S3 Access Points']);
    const b = boldChoice('**Send yesterday\'s bucket metrics to a bucket for SQL**: Configure **S3 Storage Lens Metrics Export**.');
    assert.deepStrictEqual(b && [b.cue, b.answer], ['Send yesterday\'s bucket metrics to a bucket for SQL', 'S3 Storage Lens Metrics Export']);
    const c = boldChoice('**Objects of several gigabytes over a slow link**: Must use **S3 Multipart Upload**.');
    assert.deepStrictEqual(c && [c.cue, c.answer], ['Objects of several gigabytes over a slow link', 'S3 Multipart Upload']);
    assert.strictEqual(boldChoice('**Cut versioned bucket costs**: Configure **NoncurrentVersionTransition** and **NoncurrentVersionExpiration**.'), undefined, 'two choices are still not one answer');
  });

  it('never offers a narrower form of the key as its wrong option', () => {
    assert.ok(featureVariant('S3 Cross-Region Replication (CRR)', 'S3 Tables Cross-Region Replication'));
    assert.ok(featureVariant('S3 Storage Lens Groups', 'S3 Storage Lens'));
    assert.ok(!featureVariant('S3 Batch Replication', 'S3 Cross-Region Replication'));
    assert.ok(!featureVariant('S3 Replication Time Control', 'S3 Same-Region Replication'));
  });

  it('reads Storage Class Analysis as an insight and S3 Tables as an area of its own', () => {
    assert.strictEqual(s3Area('S3 Storage Class Analysis'), 'insight');
    assert.strictEqual(s3Area('Amazon S3 Tables'), 'tables');
    assert.strictEqual(s3Area('S3 Intelligent-Tiering storage class'), 'cost');
    // A KMS cost need beside replication, table buckets and an access-pattern report: answered by elimination.
    assert.ok(s3OffArea(['S3 Bucket Keys'], ['S3 Batch Replication', 'Amazon S3 Tables', 'S3 Storage Class Analysis']));
    assert.strictEqual(s3OffArea(['S3 Bucket Keys'], ['SSE-C', 'Amazon S3 Tables', 'S3 Storage Class Analysis']), undefined);
  });

  it('asks a user\'s thin rule label by its purpose beside the note\'s other techniques', () => {
    const questions = userChoiceQuestions({
      'athena.md': ['---', 'title: Amazon Athena', 'type: aws-service', 'category: Analytics', '---', '', '# Amazon Athena', '', '## 3. Exam Tips', '',
        '> [!IMPORTANT]', '> - **Hourly Partition Growth**: Use **Partition Projection** to skip crawler runs and catalog lookups for new partitions.'],
    });
    const q = questions.find((x) => x.stem.includes('Skip crawler runs and catalog lookups'));
    assert.ok(q, questions.map((x) => x.stem).join('\n'));
    assert.match(q.options[q.answers[0]], /^Partition projection$/i);
    assert.strictEqual(q.options.length, 4);
  });
});

describe('quiz: a rule\'s feature asked beside the features its note lists', function () {
  this.timeout(120000);
  const note = (rule: string) => ['---', 'title: Amazon Redshift', 'type: aws-service', 'category: Database', '---', '', '# Amazon Redshift', '', '## 2. Key Architecture & Features', '',
    '### Redshift Ecosystem Features', '',
    '1. **Redshift Spectrum**:', '   - Runs SQL over files kept in an S3 data lake without loading them into local tables first.', '',
    '2. **Redshift Data Sharing**:', '   - Shares live tables with other clusters and accounts, and no copies are made.', '',
    '3. **Concurrency Scaling**:', '   - Adds short-lived extra capacity while many dashboards send queries at the same moment.', '',
    '4. **Materialized Views**:', '   - Keeps the stored result of a heavy query and refreshes it later on a schedule.', '',
    '## 3. Exam Tips', '', '> [!IMPORTANT]', `> - ${rule}`];

  it('offers the other listed features of the key\'s service as its wrong options', () => {
    const questions = userChoiceQuestions({ 'redshift.md': note('**A partner company queries our warehouse figures without ETL**: Choose **Redshift Data Sharing**.') });
    const q = questions.find((x) => /^Which (?:Amazon )?Redshift feature fits this requirement best: “A partner company queries/.test(x.stem));
    assert.ok(q, questions.map((x) => x.stem).join('\n'));
    assert.strictEqual(q.options[q.answers[0]], 'Redshift Data Sharing');
    assert.ok(q.options.filter((o) => ['Redshift Spectrum', 'Concurrency Scaling', 'Materialized Views'].includes(o)).length === 3, q.options.join(' / '));
  });

  it('never asks a separate product under the note\'s service with that service\'s features', () => {
    const questions = userChoiceQuestions({ 'redshift.md': note('**Pull totals out of scanned supplier invoices automatically**: Choose **Amazon Invoicereader**.') });
    assert.ok(!questions.some((x) => x.options.includes('Amazon Invoicereader')), questions.map((x) => x.stem).join('\n'));
  });
});

describe('quiz: a stem that paraphrases the word that sets the key apart', () => {
  it('reads "immediate" as the key\'s "Instant" when no wrong option has it (blind review r19)', () => {
    const wrong = ['S3 Glacier Flexible Retrieval', 'S3 Standard-IA', 'S3 One Zone-IA'];
    assert.strictEqual(leaksKey('Which S3 storage class fits this use case best: “Cold records that must open immediately when auditors ask”?', 'S3 Glacier Instant Retrieval', wrong), 'immediately');
    assert.strictEqual(leaksKey('Which S3 storage class fits this use case best: “Cold records read once a quarter within milliseconds”?', 'S3 Glacier Instant Retrieval', wrong), undefined);
    // A wrong option with the same word makes the paraphrase no tell.
    assert.strictEqual(leaksKey('Which option fits: “an immediate answer”?', 'Instant Query', ['Instant Export', 'Batch Query', 'Scheduled Query']), undefined);
  });
});

describe('quiz: one fact in users\' notes, however the cue is worded', () => {
  it('takes the same key among all but one of the same wrong options as the same fact', () => {
    const facts = new UserFacts();
    assert.strictEqual(facts.seen('Skip catalog lookups when the query engine plans', ['Partition projection'], 'a.md:1', false, ['Partition projection', 'Partitioning', 'Columnar formats', 'Workgroup limits']), undefined);
    assert.strictEqual(facts.seen('Hourly partition growth without crawler runs', ['Partition projection'], 'b.md:2', false, ['Partitioning', 'Partition projection', 'Query result reuse', 'Workgroup limits']), 'a.md:1');
    // Two options apart, or another key among the same options, is another question.
    assert.strictEqual(facts.seen('Hourly partition growth without crawler runs', ['Partition projection'], 'c.md:3', false, ['Partition projection', 'Bucketing', 'Query result reuse', 'Workgroup limits']), undefined);
    assert.strictEqual(facts.seen('Fewer bytes read per query', ['Columnar formats'], 'd.md:4', false, ['Partition projection', 'Partitioning', 'Columnar formats', 'Workgroup limits']), undefined);
  });
});

describe('quiz: a generated question that turns a written practice question round', () => {
  it('is the same fact when the practice question spells the key and both say what it does', () => {
    const facts = new UserFacts();
    assert.strictEqual(facts.seen('A nightly AWS Glue job has job bookmarks turned on. What does that give?', ['Each run reads only the files added since the last run'], 'p.md:1', true), undefined);
    assert.strictEqual(facts.seen('Incremental loads, to read only the files added since the last run', ['Glue Job Bookmarks'], 'g.md:2', false, ['Glue Job Bookmarks', 'Glue Data Catalog', 'AWS Glue DataBrew', 'Glue crawler']), 'p.md:1');
    // A key the practice question never spells, or one it spells for another need, is another question.
    assert.strictEqual(facts.seen('Incremental loads, to read only the files added since the last run', ['Glue Flex Execution'], 'g.md:3', false, ['Glue Flex Execution', 'Glue Data Catalog', 'AWS Glue DataBrew', 'Glue crawler']), undefined);
    assert.strictEqual(facts.seen('Restart a failed nightly import where it stopped', ['Glue Job Bookmarks'], 'g.md:4', false, ['Glue Job Bookmarks', 'Glue Data Catalog', 'AWS Glue DataBrew', 'Glue crawler', 'x']), undefined);
  });
});
