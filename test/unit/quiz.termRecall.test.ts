// A student's definition lists as self-graded recall cards (build/termRecall.ts, build/termFront.ts). Fixtures
// are our own words, in the idioms students write ("**Term**: …" under a heading that names the family).
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/generator';
import { Question } from '../../src/core/quiz/types';
import { definitionForm, termQuestion, termShape } from '../../src/core/quiz/build/termFront';
import { misdefinedTerm } from '../../src/core/quiz/termFacts';
import { NOTES_DIR } from './paths';

const isName = (w: string) => ['Aurora', 'EMR', 'Athena', 'Glue'].includes(w);

/** Every question user notes (file name → lines) give beside the bundled notes, recall cards included. */
function userQuestions(notes: Record<string, string[]>): Question[] {
  const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
  for (const [name, lines] of Object.entries(notes)) kb.upsert(parseNote({ text: lines.join('\n'), file: `/user/${name}`, relPath: name, source: 'user' }));
  return new QuestionBank(kb).questions.filter((q) => q.source.file.startsWith('/user/'));
}
const cards = (qs: Question[]) => qs.filter((q) => q.format === 'recall');

describe('quiz: recall cards of a user\'s definitions', () => {
  it('asks a term in natural grammar: number, article, capitals of names kept', () => {
    assert.deepStrictEqual(termShape('Job Queues', isName), { text: 'job queues', plural: true, article: '' });
    assert.deepStrictEqual(termShape('Table Bucket', isName), { text: 'table bucket', plural: false, article: 'a ' });
    assert.deepStrictEqual(termShape('Snapshot Expiration', isName), { text: 'snapshot expiration', plural: false, article: '' });
    assert.deepStrictEqual(termShape('EMR Serverless', isName), { text: 'EMR Serverless', plural: false, article: '' });
    assert.deepStrictEqual(termShape('Open-Source Compatibility', isName), { text: 'open-source compatibility', plural: false, article: '' });
    assert.deepStrictEqual(termShape('Infrequent Access Tier', isName), { text: 'infrequent access tier', plural: false, article: 'the ' });
    // The words before a qualifier carry the number; a function's "()" is no empty aside.
    assert.strictEqual(termShape('RA3 Nodes with Managed Storage', isName).plural, true);
    assert.strictEqual(termShape('ROW_NUMBER()', isName).text, 'ROW_NUMBER');
    assert.strictEqual(termShape('Scheduled Rules (Cron)', isName).text, 'scheduled rules (cron)');
  });

  it('asks what a thing is, what it does, what it lets you do, how it works, or for examples, as the definition answers', () => {
    assert.strictEqual(definitionForm('A named bucket of settings shared by several jobs'), 'thing');
    assert.strictEqual(definitionForm('Merges many small files into fewer large ones'), 'does');
    assert.strictEqual(definitionForm('Automatically removes old versions after a while'), 'does');
    assert.strictEqual(definitionForm('Objects smaller than the minimum are never moved'), 'thing');
    assert.strictEqual(definitionForm('Run containers without managing any servers'), 'lets');
    assert.strictEqual(definitionForm('Aurora continuously copies each block to six places'), 'works');
    assert.strictEqual(definitionForm('Amazon SQS, Amazon SNS, EventBridge'), 'examples');
    assert.strictEqual(definitionForm('JSON documents listing actions, resources and effects'), 'thing');
    const shape = termShape('Job Queues', isName);
    assert.strictEqual(termQuestion(shape, 'thing', 'AWS Batch'), 'In AWS Batch, what are job queues?');
    assert.strictEqual(termQuestion(termShape('Snapshot Expiration', isName), 'does', 'Amazon S3'), 'In Amazon S3, what does snapshot expiration do?');
    assert.strictEqual(termQuestion(termShape('Table Bucket', isName), 'thing', 'Amazon S3'), 'In Amazon S3, what is a table bucket?');
    assert.strictEqual(termQuestion(termShape('EMR Serverless', isName), 'lets', ''), 'What does EMR Serverless let you do?');
  });

  it('a note\'s definition list gives cards whose front names the subject and whose back is the definition, cleaned', () => {
    const qs = userQuestions({
      'batch.md': [
        '# AWS Batch', '', '## Main Building Blocks of the Architecture', '',
        '- **Job Queues**: Waiting lines ranked by priority that keep submitted work until capacity is free!',
        '- **Job Definitions**: Templates naming the container image, the CPU and memory, and the role a job runs under.',
        '- **Compute Environments**: Pools of EC2 instances or Fargate capacity that run the queued work 🚀',
      ],
    });
    const byFront = new Map(cards(qs).map((q) => [q.stem, q.answerText]));
    assert.strictEqual(byFront.get('In AWS Batch, what are job queues?'), 'Waiting lines ranked by priority that keep submitted work until capacity is free.');
    assert.strictEqual(byFront.get('In AWS Batch, what are compute environments?'), 'Pools of EC2 instances or Fargate capacity that run the queued work.');
    for (const q of cards(qs)) assert.ok(q.domain, `${q.stem} has a domain`);
    // One fact, one question: a term a kept choice question asks gives no card as well.
    const choiceLines = new Set(qs.filter((q) => q.format !== 'recall').map((q) => q.source.line));
    for (const q of cards(qs)) assert.ok(!choiceLines.has(q.source.line), `${q.stem} is also a choice question`);
  });

  it('a service defined in a list is asked by its current name, the former one said; a word that merely is a name is no subject', () => {
    const qs = userQuestions({
      'streaming.md': [
        '# Streaming summary', '', '## Delivery options', '',
        '- **Direct PUT**: Producers write records straight to the delivery stream with the API.',
        '- **Kinesis Data Firehose**: Hands records to S3, Redshift or OpenSearch with no consumer code to write.',
        '- **Batch upload**: Files copied to a bucket on a schedule by a small script.',
      ],
    });
    const fronts = cards(qs).map((q) => q.stem);
    assert.ok(fronts.includes('What does Amazon Data Firehose (formerly Kinesis Data Firehose) do?'), fronts.join('\n'));
    // "Batch" names AWS Batch, but this note is not about it: the term has no subject and gives no card.
    assert.ok(!fronts.some((f) => /Batch upload/i.test(f)), fronts.join('\n'));
  });

  it('leaves out study admin, attribute labels, thin, stale and residue-bearing definitions', () => {
    const qs = userQuestions({
      'guide.md': [
        '# My AWS data study guide', '', '## Course Overview', '',
        '- **Domain 1**: Ingestion and transformation, about a third of the scored questions.',
        '- **Domain 2**: Store management, about a quarter of the scored questions.',
        '- **Domain 3**: Operations and support, about a fifth of the scored questions.',
      ],
      'keys.md': [
        '# Amazon S3 bucket keys', '', '## S3 Bucket Keys', '',
        '- **Problem**: Every object operation under SSE-KMS calls AWS KMS and adds request cost.',
        '- **Solution**: A key kept at bucket level lets S3 make data keys locally for a while.',
        '- **Impact**: Far fewer KMS requests and a much smaller KMS bill.',
      ],
      'aurora.md': [
        '# Amazon Aurora', '', '## Aurora Deployment Options', '',
        '- **Aurora Serverless v2**: Grows and shrinks from 0.5 to 128 ACUs as the load changes.',
        '- **Aurora Global Database**: One primary Region and read-only copies in other Regions.',
        '- **Aurora Encryption**: Protects storage with a customer master key (CMK) of AWS KMS.',
        '', '## Aurora Storage Features', '',
        '- **Replicas**: Copies for read traffic.',
        '- **Backtrack**: Rewinds the cluster to an earlier time without restoring a snapshot.',
        '- **Fast Cloning**: Makes a copy-on-write clone, billed at $0.10 per GB-month.',
      ],
    });
    const fronts = cards(qs).map((q) => q.stem);
    for (const f of fronts) assert.ok(!/Domain \d|problem|solution|impact|Serverless v2|replicas|encryption|cloning/i.test(f), f);
    assert.ok(fronts.includes('What is Aurora Global Database?'), fronts.join('\n'));
  });

  it('a definition the student got wrong is no card: Lake Formation cell-level security masks nothing', () => {
    assert.ok(misdefinedTerm('Cell-Level Security', 'Mixes masking of columns with filters on rows'));
    assert.strictEqual(misdefinedTerm('Cell-Level Security', 'Row filters and column filters together on one table'), undefined);
    const qs = userQuestions({
      'lf.md': [
        '# AWS Lake Formation', '', '## Fine-Grained Permissions', '',
        '- **Column-Level Security**: Grant a role only some columns of a table and hide the rest.',
        '- **Row-Level Security**: Show a role only the rows that a filter expression keeps.',
        '- **Cell-Level Security**: Mixes masking of columns with filters on rows for one table.',
      ],
    });
    const fronts = cards(qs).map((q) => q.stem);
    assert.ok(!fronts.some((f) => /cell-level/i.test(f)), fronts.join('\n'));
    assert.ok(fronts.some((f) => /row-level security/.test(f)), fronts.join('\n'));
  });
});
