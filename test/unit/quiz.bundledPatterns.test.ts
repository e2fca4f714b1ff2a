// The failure patterns blind review r7 found in the bundled bank, each as a rule with an example it must
// catch and one it must keep: note-fragment cloze stems, near-duplicates across forms, a card that is not
// about a service asked as "which service", implausible distractors beside S3 Tables, and an umbrella
// option ("Amazon EMR") beside its own member. Fixtures are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuizContext } from '../../src/core/quiz/context';
import { Draft } from '../../src/core/quiz/draft';
import { gate, GateResult } from '../../src/core/quiz/gate';
import { buildCard, cardNamesService } from '../../src/core/quiz/build/card';
import { sharedFit } from '../../src/core/quiz/overlaps';
import { clauseAround } from '../../src/core/quiz/build/cloze';
import { buildRequirements } from '../../src/core/quiz/build/requirement';
import { serviceLead } from '../../src/core/quiz/build/scenario';
import { presentCloze } from '../../src/core/quiz/clozeStem';
import { deploymentFormsInText } from '../../src/core/quiz/umbrella';
import { extractRequirements } from '../../src/core/quiz/extract/requirements';
import { extractHeadingFamilies, headingName } from '../../src/core/quiz/extract/headingFamilies';
import { buildHeadingFamily } from '../../src/core/quiz/build/headingFamily';
import { serviceDistractors } from '../../src/core/quiz/distractors';
import { NOTES_DIR } from './paths';

describe('quiz: bundled-bank patterns of blind review r7', function () {
  this.timeout(60000);
  let kb: KnowledgeBase;
  let ctx: QuizContext;
  const note = parseNote({ text: '# Lake\n\n## Loads\n\nSome text.\n', file: '/notes/lake.md', relPath: 'lake.md', source: 'bundled' }).doc;
  const section = note.sections[1];

  before(() => {
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    ctx = new QuizContext(kb, kb.documents());
  });

  const draft = (over: Partial<Draft>): Draft => ({
    kind: 'scenario', stem: 'Which service runs a nightly Spark job over catalog tables with nothing to size and resumes where the last run stopped?',
    correct: ['AWS Glue'], distractors: ['AWS Lambda', 'Amazon Managed Service for Apache Flink', 'AWS Batch'], optionKind: 'service',
    explanation: 'Glue, with job bookmarks.', section, doc: note, line: 5, serviceIds: ['glue'], answerServiceIds: ['glue'], ...over,
  });
  const rule = (r: GateResult) => ('rejected' in r ? r.rejected : 'kept');

  it('asks a card by service only when its answer is the service written as one of its names', () => {
    const s = (id: string) => kb.service(id)!;
    assert.strictEqual(cardNamesService('Class-name prefix of low-level CDK constructs', 'Cfn', s('cloudformation')), false);
    assert.strictEqual(cardNamesService('IAM action prefix for managing graph clusters', 'rds', s('rds')), false);
    assert.strictEqual(cardNamesService('Copy-free sharing of warehouse tables between accounts', 'Redshift data sharing', s('redshift-data-api')), false);
    assert.strictEqual(cardNamesService('Which EMR option runs Spark jobs as pods in a namespace?', 'EMR on EKS', s('emr-on-eks')), true);
    assert.strictEqual(cardNamesService('Service that discovers partitions for the catalog', 'Crawler', s('glue-crawler')), true);
  });

  it('never takes a study heading ("Numbers that get tested", "Cards") as a member of a family', () => {
    assert.strictEqual(headingName('Numbers that get tested'), '');
    assert.strictEqual(headingName('Cards'), '');
    assert.strictEqual(headingName('Decision rules'), '');
    assert.strictEqual(headingName('S3 Standard-IA'), 'S3 Standard-IA');
  });

  it('quotes only the clause that holds a cloze\'s blank, not the rest of the note\'s paragraph', () => {
    assert.strictEqual(clauseAround('A batch carries at most 200 rows. One worker has 8 cores and ', ' of disk. Workers scale out.'), 'One worker has 8 cores and _____ of disk.');
    assert.strictEqual(clauseAround('Each message holds up to ', ' before encoding; a call takes at most 50 messages.'), 'Each message holds up to _____ before encoding');
  });

  it('shows a cloze as a complete question naming its subject in full, never a tag or a domain heading', () => {
    assert.strictEqual(presentCloze(ctx, 'Fill in the blank (Firehose): A buffer flushes after _____ by default.', 'number'),
      'Which value completes this statement about Amazon Data Firehose: “A buffer flushes after _____ by default.”?');
    assert.strictEqual(presentCloze(ctx, 'Fill in the blank (Domain 1: Ingestion): One Glue worker of the smallest type has _____ of memory.', 'number'),
      'Which value completes this statement: “One Glue worker of the smallest type has _____ of memory.”?');
    assert.strictEqual(presentCloze(ctx, 'Fill in the blank (Amazon S3 — Multipart upload): "parts" may number up to _____.', 'number'),
      'Which value completes this statement about Amazon S3 (multipart upload): “‘parts’ may number up to _____.”?');
    // A title-case heading under its service reads as a topic, without the service's name twice (r46).
    assert.strictEqual(presentCloze(ctx, 'Fill in the blank (Amazon S3 — S3 Request Rates per Prefix): Reads per second per prefix reach _____.', 'number'),
      'Which value completes this statement about Amazon S3 (request rates per prefix): “Reads per second per prefix reach _____.”?');
    assert.strictEqual(presentCloze(ctx, 'Fill in the blank (Amazon S3 — Standard vs Glacier Flexible Retrieval): A restore takes up to _____.', 'number'),
      'Which value completes this statement about Amazon S3 (Standard vs Glacier Flexible Retrieval): “A restore takes up to _____.”?');
    assert.strictEqual(presentCloze(ctx, 'Which service keeps records?', 'service'), 'Which service keeps records?');
    assert.strictEqual(presentCloze(ctx, 'Which AWS service fits this requirement best: “"within minutes" delivery with no code”?', 'service'),
      'Which AWS service fits this requirement best: “‘within minutes’ delivery with no code”?');
  });

  it('keeps the draft\'s id for a reworded cloze, so recorded progress still applies', () => {
    const r = gate(ctx, draft({ kind: 'cloze', optionKind: 'number', examRelevant: true, stem: 'Fill in the blank (Lambda): a function runs at most _____ per call.', correct: ['15 minutes'], distractors: ['10 minutes', '20 minutes', '40 minutes'], serviceIds: ['lambda'], answerServiceIds: [] }), { seen: new Map() });
    assert.ok('question' in r);
    if ('question' in r) assert.match(r.question.stem, /^Which value completes this statement about AWS Lambda: “/);
  });

  it('duplicate: drops a second question with the same key and options whose need shares two words with the first', () => {
    const seen = new Map<string, string>();
    assert.strictEqual(rule(gate(ctx, draft({}), { seen })), 'kept');
    const twin = draft({ stem: 'Which AWS service fits this requirement best: “nightly Spark jobs with nothing to size or patch”?', line: 40 });
    assert.strictEqual(rule(gate(ctx, twin, { seen })), 'duplicate');
    const other = draft({ stem: 'Which AWS service fits this requirement best: “register crawled partitions and tables for Athena”?', line: 41 });
    assert.strictEqual(rule(gate(ctx, other, { seen })), 'kept');
  });

  it('umbrella: never offers the parent of the key ("AWS Glue" beside Glue Data Quality)', () => {
    const d = draft({
      stem: 'Which service checks completeness and uniqueness rules on catalog tables each night?', correct: ['AWS Glue Data Quality'],
      distractors: ['AWS Glue', 'AWS Glue Data Catalog', 'AWS Glue Schema Registry', 'Amazon DataZone'], serviceIds: ['glue-data-quality'], answerServiceIds: ['glue-data-quality'],
    });
    const r = gate(ctx, d, { seen: new Map() });
    assert.ok('question' in r);
    if ('question' in r) assert.ok(!r.question.options.includes('AWS Glue'), r.question.options.join(', '));
  });

  it('umbrella: shows "Amazon EMR" as EMR on EC2 beside its deployment members and where the stem rules out servers', () => {
    const beside = gate(ctx, draft({
      stem: 'Which option keeps HDFS data on core nodes of a long-running cluster?', correct: ['Amazon EMR'],
      distractors: ['Amazon EMR Serverless', 'Amazon EMR on EKS', 'AWS Glue'], serviceIds: ['emr'], answerServiceIds: ['emr'],
    }), { seen: new Map() });
    assert.ok('question' in beside);
    if ('question' in beside) {
      assert.strictEqual(beside.question.options[beside.question.answers[0]], 'Amazon EMR on EC2');
      assert.ok(!beside.question.options.includes('Amazon EMR'));
    }
    const serverless = gate(ctx, draft({ stem: 'Which service runs serverless Spark ETL with no cluster to size and resumes from the last processed file?', distractors: ['AWS Lambda', 'Amazon EMR', 'AWS Batch'] }), { seen: new Map() });
    assert.ok('question' in serverless);
    if ('question' in serverless) assert.ok(serverless.question.options.includes('Amazon EMR on EC2') && !serverless.question.options.includes('Amazon EMR'));
  });

  it('offers S3 Tables among engines and warehouses, never beside block volumes, file systems or backups', () => {
    const picked = serviceDistractors(ctx, ['s3-tables'], new Set(), 'seed').map((s) => s.id);
    for (const id of ['ebs', 'efs', 'backup']) assert.ok(!picked.includes(id), picked.join(', '));
    assert.ok(picked.length >= 3, picked.join(', '));
  });

  it('keeps a service name whole in a scenario\'s answer ("EMR on EKS, because …" is not Amazon EMR)', () => {
    assert.strictEqual(serviceLead(ctx, 'EMR on EKS, because jobs run as pods.'), 'EMR on EKS');
    assert.strictEqual(serviceLead(ctx, 'Amazon Managed Service for Apache Flink, with checkpoints.'), 'Amazon Managed Service for Apache Flink');
    assert.strictEqual(serviceLead(ctx, 'Amazon EMR, because only it runs HBase.'), 'Amazon EMR');
  });

  it('ambiguous: no EMR option beside a Glue key for Spark code unless the stem says what tells them apart', () => {
    assert.strictEqual(sharedFit('Which service fits best when the scenario mentions “reuse PySpark batch ETL code for a stream”?', 'AWS Glue', 'Amazon EMR on EKS'), true);
    assert.strictEqual(sharedFit('Which service runs PySpark jobs with no cluster to manage and job bookmarks?', 'AWS Glue', 'Amazon EMR on EC2'), false);
    assert.strictEqual(sharedFit('Which service runs Spark jobs with nothing to size and stops when idle?', 'Amazon EMR Serverless', 'AWS Glue'), true);
  });

  it('never asks the exam\'s own make-up from a card ("Total number of questions on DEA-C01")', () => {
    const doc = parseNote({ text: '# Exam\n\n## Cards\n\nCount of questions on DEA-C01::65\nLongest run of a queue message wait::20 seconds\n', file: '/notes/exam.md', relPath: 'exam.md', source: 'bundled' }).doc;
    const cards = doc.sections[1].cards;
    const built = cards.map((c) => buildCard(ctx, doc, doc.sections[1], { kind: 'card', question: c.question, answer: c.answer, line: c.line, cloze: false }));
    assert.strictEqual(built[0]?.kind, 'recall');
    assert.strictEqual(built[1]?.kind, 'card');
  });

  it('umbrella: a stem naming a parent beside its deployment member names the parent\'s deployment form', () => {
    const names = (id: string) => [kb.service(id)!.name];
    assert.strictEqual(deploymentFormsInText('Which TWO requirements point to Amazon Redshift Serverless rather than Amazon Redshift? (Select TWO.)', names),
      'Which TWO requirements point to Amazon Redshift Serverless rather than Amazon Redshift provisioned cluster? (Select TWO.)');
    assert.strictEqual(deploymentFormsInText('Which feature of Amazon Redshift loads files in parallel?', names), 'Which feature of Amazon Redshift loads files in parallel?');
  });

  it('duplicate: one question per amount and service, whatever its unit ("365 days" and "8,760 hours")', () => {
    const seen = new Map<string, string>();
    const num = (stem: string, key: string, distractors: string[], line: number) => draft({ kind: 'card', optionKind: 'number', examRelevant: true, stem, correct: [key], distractors, serviceIds: [], answerServiceIds: [], line });
    assert.strictEqual(rule(gate(ctx, num('What is the longest retention of a Kinesis data stream?', '365 days', ['30 days', '90 days', '180 days'], 1), { seen })), 'kept');
    assert.strictEqual(rule(gate(ctx, num('How long can a Kinesis data stream keep its records at most?', '8,760 hours', ['168 hours', '720 hours', '2,160 hours'], 2), { seen })), 'duplicate');
  });

  it('ambiguous: Standard-IA and One Zone-IA alike for data read once a month unless resilience is stated', () => {
    assert.strictEqual(sharedFit('Which storage class fits data read about once a month but needed in milliseconds?', 'S3 Standard-IA', 'S3 One Zone-IA'), true);
    assert.strictEqual(sharedFit('Which storage class fits data read about once a month that can be re-created if lost?', 'S3 One Zone-IA', 'S3 Standard-IA'), false);
  });

  it('never offers the Well-Architected Tool beside a monitoring key (it reviews workloads, it does not monitor them)', () => {
    for (const seed of ['a', 'b', 'c']) {
      const picked = serviceDistractors(ctx, ['cloudwatch'], new Set(), seed).map((s) => s.id);
      assert.ok(!picked.includes('well-architected-tool'), picked.join(', '));
    }
  });

  it('names a comparison\'s family by the word before its colon, never by a rival listed after it', () => {
    const text = ['---', 'kind: comparison', 'title: "Amazon Redshift tuning: sort styles vs caches"', '---', '', '# Amazon Redshift tuning: sort styles vs caches', '',
      '## Result caching', '', 'Repeated identical queries return a stored answer without running again on the compute nodes.', '',
      '## Compound sort keys', '', 'Rows are kept ordered by several columns so that range filters on the first column skip blocks.', '',
      '## Workload queues', '', 'Separate queues with their own slots keep short reports from waiting behind long loads.', '',
      '## Concurrency bursts', '', 'Extra transient clusters take read queries while the main cluster is busy with a queue.', ''].join('\n');
    const doc = parseNote({ text, file: '/notes/comparisons/tuning.md', relPath: 'comparisons/tuning.md', source: 'bundled' }).doc;
    const drafts = extractHeadingFamilies(doc).flatMap((f) => buildHeadingFamily(ctx, doc, f));
    assert.ok(drafts.length >= 4, String(drafts.length));
    for (const d of drafts) assert.match(d.stem, /^Which Redshift feature is described here/, d.stem);
  });

  it('never reads a lower-case choice ("Choose **batch** when …") as a service', () => {
    const doc = parseNote({ text: '# Timing\n\n## Decision rules\n\n- Choose **batch** when files arrive once a night and reports are read in the morning.\n- Choose **Amazon Data Firehose** when records must land in S3 within minutes with no consumer code to write.\n', file: '/notes/timing.md', relPath: 'timing.md', source: 'bundled' }).doc;
    const rules = doc.sections[1];
    const drafts = buildRequirements(ctx, doc, extractRequirements(rules).map((claim) => ({ section: rules, claim })));
    assert.ok(!drafts.some((d) => d.correct.includes('AWS Batch')), drafts.map((d) => d.correct[0]).join(', '));
    assert.ok(drafts.some((d) => d.correct.includes('Amazon Data Firehose')), drafts.map((d) => d.correct[0]).join(', '));
  });
});
