// Issue 9, recall cards of need lines the choice form could not ask (needRecall.ts), and the card text helpers
// (cardText.ts). Fixtures in our own words, in the idioms of the users' notes.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/generator';
import { Question } from '../../src/core/quiz/types';
import { cleanSummary } from '../../src/core/quiz/build/cardText';
import { misfit, RECALLABLE_RULES, reasonOf } from '../../src/core/quiz/build/needRecall';
import { userBank } from './userNotes';

const cards = (bank: QuestionBank): Question[] => bank.questions.filter((q) => q.source.file.startsWith('/user/') && q.format === 'recall');
const show = (qs: Question[]) => qs.map((q) => `${q.stem} => ${q.answerText}`).join('\n');

const serviceNote = (title: string, useCase: string, summary: string[] = []) => [
  '---', `title: ${title}`, 'type: aws-service', 'category: Analytics', '---', '',
  `# 🧰 ${title}`, '', '- **Category**: Analytics', `- **Primary Use Case**: ${useCase}`, '- **Hub Links**: [[index]]', '', '---', '',
  '## 1. High-Level Summary', ...summary, '',
];

describe('quiz: recall cards of users\' need lines', () => {
  it('cleans a summary into a back one can grade oneself against', () => {
    assert.strictEqual(cleanSummary('Serverless **Spark** jobs that reshape raw files into curated tables ($0.44 per DPU-hour)!'), 'Serverless Spark jobs that reshape raw files into curated tables.');
    assert.strictEqual(cleanSummary('routing events between [[lambda]] and queues'), 'Routing events between lambda and queues.');
    // Residue a reader would see (a formula, a placeholder) and a stub are no back.
    assert.strictEqual(cleanSummary('Upload files $> 5\\text{ GB}$ in parts'), undefined);
    assert.strictEqual(cleanSummary('Endpoints for <region> buckets only'), undefined);
    assert.strictEqual(cleanSummary('Storage'), undefined);
  });

  it('makes no card of a service note\'s summary: "what is X used for" is too open a front (withdrawn after blind review r38)', () => {
    const bank = userBank({ 'widget.md': serviceNote('Amazon Athena', 'Interactive SQL over files in S3 without servers to run', ['Amazon Athena is a serverless query service for data in S3.']) });
    assert.ok(!cards(bank).some((q) => /used for|What is Amazon Athena/.test(q.stem)), show(cards(bank)));
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
    // Snowball Edge is a product of its own name, not a feature of the note's entry: no choice form is drafted
    // (requirement.ts, otherProduct), and no card stands in for one.
    assert.ok(!bank.questions.some((q) => /Snow Family feature/.test(q.stem)), 'no choice question under the two-service title');
    assert.deepStrictEqual(cards(bank).map((q) => q.stem), []);
  });

  it('asks no "Which <service> feature" card when the notes name fewer than two of its other features (blind review r44)', () => {
    // Event history, a trail or CloudTrail Lake would answer "which CloudTrail feature" as well as the note's key.
    const kb = buildKnowledgeBase([]);
    const note = ['---', 'title: AWS CloudTrail', 'type: aws-service', 'category: Management', '---', '', '# AWS CloudTrail', '',
      '## 3. Exam Tips', '', '> [!IMPORTANT]', '> - **Finding out who dropped a table definition last week**: Choose **Management Events**.', ''];
    kb.upsert(parseNote({ text: note.join('\n'), file: '/user/trail.md', relPath: 'trail.md', source: 'user' }));
    const bank = new QuestionBank(kb);
    assert.ok(bank.rejections.some((r) => r.rule === 'few-distractors' && /CloudTrail feature/.test(r.stem)), 'the choice form was dropped for want of rivals');
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

  it('makes no card of a lesson\'s "**When to Use:**" line (a service summary, too open), and a need the note pairs with the wrong service out', () => {
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
