// Issue 9, recall cards of a student's service summaries (summaryRecall.ts) and of need lines the choice form
// could not ask (needRecall.ts). Fixtures in our own words, in the idioms of the users' notes.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/generator';
import { Question } from '../../src/core/quiz/types';
import { cleanSummary } from '../../src/core/quiz/build/summaryRecall';
import { misfit, RECALLABLE_RULES, reasonOf } from '../../src/core/quiz/build/needRecall';
import { NOTES_DIR } from './paths';

/** The bank of user notes (file name → lines) read beside the bundled notes. */
function userBank(notes: Record<string, string[]>): QuestionBank {
  const kb: KnowledgeBase = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
  for (const [name, lines] of Object.entries(notes)) kb.upsert(parseNote({ text: lines.join('\n'), file: `/user/${name}`, relPath: name, source: 'user' }));
  return new QuestionBank(kb);
}

const cards = (bank: QuestionBank): Question[] => bank.questions.filter((q) => q.source.file.startsWith('/user/') && q.format === 'recall');
const show = (qs: Question[]) => qs.map((q) => `${q.stem} => ${q.answerText}`).join('\n');

const serviceNote = (title: string, useCase: string, summary: string[] = []) => [
  '---', `title: ${title}`, 'type: aws-service', 'category: Analytics', '---', '',
  `# 🧰 ${title}`, '', '- **Category**: Analytics', `- **Primary Use Case**: ${useCase}`, '- **Hub Links**: [[index]]', '', '---', '',
  '## 1. High-Level Summary', ...summary, '',
];

describe('quiz: recall cards of users\' service summaries and need lines', () => {
  it('cleans a summary into a back one can grade oneself against', () => {
    assert.strictEqual(cleanSummary('Serverless **Spark** jobs that reshape raw files into curated tables ($0.44 per DPU-hour)!'), 'Serverless Spark jobs that reshape raw files into curated tables.');
    assert.strictEqual(cleanSummary('routing events between [[lambda]] and queues'), 'Routing events between lambda and queues.');
    // Residue a reader would see (a formula, a placeholder) and a stub are no back.
    assert.strictEqual(cleanSummary('Upload files $> 5\\text{ GB}$ in parts'), undefined);
    assert.strictEqual(cleanSummary('Endpoints for <region> buckets only'), undefined);
    assert.strictEqual(cleanSummary('Storage'), undefined);
  });

  it('asks a user\'s service note\'s Primary Use Case as "What is <service> used for?", by the current name', () => {
    const bank = userBank({
      'batch.md': serviceNote('AWS Batch', 'Queued **container jobs** that run for hours on EC2 or Fargate capacity chosen for them!'),
      'quicksight.md': serviceNote('Amazon QuickSight', 'Dashboards and paginated reports that business users open in the browser.'),
    });
    const qs = cards(bank);
    const batch = qs.find((q) => q.stem === 'What is AWS Batch used for?');
    assert.ok(batch, show(qs));
    assert.strictEqual(batch.answerText, 'Queued container jobs that run for hours on EC2 or Fargate capacity chosen for them.');
    assert.strictEqual(batch.kind, 'recall');
    assert.deepStrictEqual(batch.serviceIds, ['batch']);
    // The note's own name is the former one: the card asks by the current name and says the former.
    assert.ok(qs.some((q) => q.stem === 'What is Amazon Quick Sight (formerly Amazon QuickSight) used for?'), show(qs));
  });

  it('reads a lesson\'s "**What:**" and "**When to Use:**" under a heading that names the service, once per service', () => {
    const lesson = [
      '# Lesson 1', '', '## Services', '',
      '### AWS Database Migration Service (DMS)', '- **What:** Copies tables from one database engine to another', '- **When to Use:** Moving an on-premises database to the cloud', '',
      '### 1. Streaming', '- **What:** Records arrive one after another as they happen', '',
    ];
    const twin = lesson.map((l) => l.replace('Lesson 1', 'Lesson 1 (short)'));
    const qs = cards(userBank({ 'lesson.md': lesson, 'lesson-short.md': twin }));
    const dms = qs.filter((q) => /^What is AWS Database Migration Service/.test(q.stem));
    assert.strictEqual(dms.length, 1, show(qs));
    assert.strictEqual(dms[0].stem, 'What is AWS Database Migration Service (AWS DMS) used for?');
    assert.strictEqual(dms[0].answerText, 'Copies tables from one database engine to another; used for moving an on-premises database to the cloud.');
    // A heading that names no service gives no card.
    assert.ok(!qs.some((q) => /Streaming/.test(q.stem)), show(qs));
  });

  it('takes a feature note\'s title as the subject only when its summary introduces it by that name', () => {
    const qs = cards(userBank({
      'repl.md': serviceNote('Amazon S3 Replication (CRR & SRR)', 'Copies of objects in a second Region for recovery and for data residency rules.',
        ['Amazon S3 Replication provides asynchronous copying of new objects from one bucket to another bucket.']),
      'perf.md': serviceNote('Amazon S3 Performance & Optimization', 'Faster reads and writes for analytics workloads on the data lake.',
        ['Amazon S3 scales request rates per prefix, so spreading keys over prefixes raises throughput.']),
    }));
    assert.ok(qs.some((q) => q.stem === 'What is Amazon S3 Replication used for?' && /^Copies of objects in a second Region/.test(q.answerText ?? '')), show(qs));
    assert.ok(!qs.some((q) => /Performance/.test(q.stem)), show(qs));
  });

  it('asks each service a two-service note\'s summary introduces: "What is X?" for "X is a …", "What does X do?" for a verb', () => {
    const note = [
      '---', 'title: Amazon SQS & Amazon EventBridge', 'type: aws-service', 'category: Application Integration', '---', '',
      '# Queues and events', '', '- **Category**: Application Integration', '', '## 1. High-Level Summary',
      'Amazon EventBridge (formerly CloudWatch Events) is a serverless event bus that carries events from their sources to the targets that react to them. ' +
      'Amazon Simple Queue Service (SQS) stores messages durably until a consumer reads and deletes them.', '',
    ];
    const qs = cards(userBank({ 'queues.md': note }));
    const bus = qs.find((q) => q.stem === 'What is Amazon EventBridge (formerly CloudWatch Events)?');
    assert.ok(bus, show(qs));
    assert.strictEqual(bus.answerText, 'Amazon EventBridge is a serverless event bus that carries events from their sources to the targets that react to them.');
    assert.ok(qs.some((q) => /^What does Amazon Simple Queue Service .*do\?$/.test(q.stem) && /stores messages durably/.test(q.answerText ?? '')), show(qs));
  });

  it('gives no card for a summary a kept choice question already asks (one fact, one question)', () => {
    const pair = [
      '# Audit and configuration', '', '## 2. What each service does', '',
      '### AWS CloudTrail (who did what)', '- Keeps a history of the API requests that people, roles and services make in an account.', '',
      '### AWS Config (resource settings)', '- Tracks how the settings of resources change over time and checks them against your rules.', '',
    ];
    const lesson = ['# Lesson', '', '## Services', '', '### AWS CloudTrail', '- **What:** Keeps a history of the API requests that people and services make in an account', ''];
    const bank = userBank({ 'audit.md': pair, 'lesson.md': lesson });
    assert.ok(bank.questions.some((q) => q.format === 'single' && q.source.file === '/user/audit.md' && q.answers.map((a) => q.options[a])[0] === 'AWS CloudTrail'));
    assert.ok(!cards(bank).some((q) => /CloudTrail/.test(q.stem)), show(cards(bank)));
    assert.ok(bank.rejections.some((r) => r.kind === 'recall' && r.rule === 'duplicate' && r.file === '/user/lesson.md'));
  });

  it('asks "Choose X over Y when …" as "When should you choose X over Y?"', () => {
    const bank = userBank({
      'tips.md': ['# Compute tips', '', '## Exam tips', '', '> [!IMPORTANT]', '> - Choose **AWS Batch** over Lambda when a job runs for more than fifteen minutes or needs GPU instances.', ''],
    });
    const qs = cards(bank);
    const over = qs.find((q) => q.stem === 'When should you choose AWS Batch over AWS Lambda?');
    // The choice question "Which AWS service fits … a job runs for more than fifteen minutes …" asks this fact beside
    // the bundled notes, so the card is its repeat (one fact, one question: gate/recallLedger.ts); asked, it reads so.
    const repeat = bank.rejections.find((r) => r.kind === 'recall' && r.stem === 'When should you choose AWS Batch over AWS Lambda?');
    assert.strictEqual(over, undefined, show(qs));
    assert.strictEqual(repeat?.rule, 'duplicate');
    assert.ok(bank.questions.some((q) => q.format !== 'recall' && /more than fifteen minutes/.test(q.stem)));
  });

  it('asks a need → choice row the choice form could not ask (too few rivals) as a card, unless the need spells its key', () => {
    const table = [
      '# Object Lock', '', '## Modes', '',
      '| Object Lock Mode | Who can remove it | Primary Use Case |', '| --- | --- | --- |',
      '| **Compliance Mode** | Nobody until the date passes | Broker-dealer record keeping that regulators audit |',
      '| **Governance Mode** | Users granted a bypass permission | Guarding data against accidental deletes while testing |',
      '| **Legal Hold** | Anyone with the permission to lift it | Keeping records under a legal hold for a lawsuit |',
    ];
    const bank = userBank({ 'lock.md': table });
    const qs = cards(bank);
    const compliance = qs.find((q) => /Broker-dealer record keeping/.test(q.stem));
    assert.ok(compliance, `${show(qs)}\n${bank.rejections.filter((r) => r.file === '/user/lock.md').map((r) => `${r.rule} ${r.kind} ${r.stem}`).join('\n')}`);
    assert.match(compliance.stem, /^Which .*object lock mode fits this use case best: “/i);
    assert.strictEqual(compliance.answerText, 'Compliance Mode.');
    // "legal hold" in the need gives "Legal Hold" away.
    assert.ok(!qs.some((q) => /legal hold for a lawsuit/.test(q.stem)), show(qs));
    // The choice question itself is still not asked.
    assert.ok(!bank.questions.some((q) => q.format !== 'recall' && /Broker-dealer/.test(q.stem)));
  });

  it('asks no card under a noun that is two services\' note title ("Which AWS DataSync & AWS Snow Family feature …")', () => {
    // The user's notes alone, without the bundled catalog: the tip's choices become features of the note's own entry.
    const kb = buildKnowledgeBase([]);
    const note = ['---', 'title: AWS DataSync & AWS Snow Family', 'type: aws-service', 'category: Migration', '---', '', '# AWS DataSync & AWS Snow Family', '',
      '## 3. Exam Tips', '', '> [!IMPORTANT]', '> - **Copying 80 TB when the office uplink would need a month**: Choose **AWS Snowball Edge**.', ''];
    kb.upsert(parseNote({ text: note.join('\n'), file: '/user/move.md', relPath: 'move.md', source: 'user' }));
    const bank = new QuestionBank(kb);
    assert.ok(bank.rejections.some((r) => r.rule === 'few-distractors' && /Snow Family feature/.test(r.stem)), 'the choice form was dropped for want of rivals');
    assert.deepStrictEqual(cards(bank).map((q) => q.stem), []);
  });

  it('asks no card of a row under a noun that names no subject, nor of a key that is two things', () => {
    const bank = userBank({
      'fail.md': ['# Bad records', '', '## Handling failed checks', '', '| Pattern | Mechanism | Use Case |', '| --- | --- | --- |',
        '| **Park and continue** | Move rejected rows to a side bucket and keep loading the rest. | Click streams where a few bad events may wait for a fix |',
        '| **Stop the run** | Abort the job at the first broken row. | Payroll loads where one wrong amount must halt everything |',
        '| **Patch in place** | Fill gaps with defaults and hide bad personal fields. | Trend dashboards that tolerate estimated values |', ''],
      'codecs.md': ['# Codecs', '', '## Choosing a codec', '', '| Compression Codec | Speed | Recommended Use Case |', '| --- | --- | --- |',
        '| **Snappy / LZ4** | Very fast | Hot tables that analysts query every few minutes |',
        '| **Gzip** | Moderate | Archived web server logs kept for a year |',
        '| **Bzip2** | Slow | Cold text archives that must still be split across workers |', ''],
    });
    const qs = cards(bank);
    // The choice questions were dropped for want of rivals: the cards are what is left.
    assert.ok(bank.rejections.some((r) => r.rule === 'few-distractors' && /^Which pattern fits/.test(r.stem)));
    assert.ok(qs.some((q) => q.stem === 'Which compression codec fits this use case best: “Cold text archives that must still be split across workers”?' && q.answerText === 'Bzip2.'), show(qs));
    assert.ok(!qs.some((q) => /^Which pattern/.test(q.stem)), show(qs));
    assert.ok(!qs.some((q) => /Hot tables/.test(q.stem)), show(qs));
  });

  it('leaves a lesson\'s "**When to Use:**" line to the summary card, and a need the note pairs with the wrong service out', () => {
    const lesson = ['# Lesson 1', '', '## Services', '',
      '### AWS Glue (Data Processing)', '- **What:** Serverless Spark jobs that reshape raw files', '- **When to Use:** Reshaping and cleaning files on a nightly schedule', ''];
    const bank = userBank({ 'l.md': lesson });
    assert.ok(!bank.rejections.some((r) => r.kind === 'recall' && /nightly schedule/.test(r.stem)), 'no card was even made of it');
    assert.ok(!cards(bank).some((q) => /nightly schedule/.test(q.stem)));
    assert.ok(misfit('Find the costliest resources and set budgets for them', 'AWS Cost Explorer'));
    assert.ok(!misfit('Find the costliest resources and set budgets for them', 'AWS Budgets'));
    assert.ok(!misfit('Find the costliest resources by tag', 'AWS Cost Explorer'));
  });

  it('reads the note\'s reason beside a choice, and only a reason', () => {
    assert.strictEqual(reasonOf('Ingesting CRM data into S3 → Amazon AppFlow (no code, native SaaS connectors).'), 'no code, native SaaS connectors');
    assert.strictEqual(reasonOf('Streaming with Kafka clients → Amazon MSK (Managed Streaming for Apache Kafka).'), undefined);
    assert.strictEqual(reasonOf('Ad-hoc SQL on S3 → Amazon Athena.'), undefined);
    assert.ok(RECALLABLE_RULES.has('few-distractors') && !RECALLABLE_RULES.has('leak-word') && !RECALLABLE_RULES.has('fragment'));
    // A need that another service meets too has two answers on a card as it had among options.
    assert.ok(!RECALLABLE_RULES.has('ambiguous'));
    // Wrong options only from other areas of the service (off-topic) say nothing against the need itself.
    assert.ok(RECALLABLE_RULES.has('off-topic'));
  });

  it('makes no card of the bundled notes', () => {
    const bank = userBank({});
    assert.strictEqual(bank.questions.filter((q) => q.format === 'recall' && /^(?:What (?:is|are) .* used for\?|When should you choose )/.test(q.stem)).length, 0);
  });
});
