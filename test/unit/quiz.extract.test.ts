// The extractors (src/core/quiz/extract/) and builders (src/core/quiz/build/) on the idioms of notes
// people write: fixtures in our own words, one idiom each.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { Section } from '../../src/core/model';
import { parseNote } from '../../src/core/parser';
import { pluralStem } from '../../src/core/quiz/build/scenario';
import { extractCards } from '../../src/core/quiz/extract/cards';
import { extractTermLists } from '../../src/core/quiz/extract/definitions';
import { extractFacts } from '../../src/core/quiz/extract/facts';
import { extractPassages, stripLeadIn } from '../../src/core/quiz/extract/passages';
import { extractRequirements } from '../../src/core/quiz/extract/requirements';
import { QuestionBank } from '../../src/core/quiz/generator';
import { Question } from '../../src/core/quiz/types';
import { NOTES_DIR } from './paths';

const sectionsOf = (text: string, file = '/user/n.md') => parseNote({ text, file, relPath: file.slice(1), source: 'user' }).doc.sections;
const one = (text: string): Section => sectionsOf(`# Note\n\n## Part\n\n${text}\n`)[1];

describe('quiz extractors', () => {
  it('passages: a question in prose, a list item and a table cell, answered in the same block or the next', () => {
    const s = one([
      'Which service keeps a Hive-style catalog for Athena? The Glue Data Catalog.', '',
      '- What tool moves on-premises NFS shares to S3 on a schedule?', '- AWS DataSync does it, with verification.', '',
      '| Topic | Notes |', '|---|---|', '| Streams | Which service replays records? Kinesis Data Streams |', '',
      'Do you know which store answers in microseconds for DynamoDB? It is DAX.',
    ].join('\n'));
    const qs = extractPassages(s).map((p) => [p.question, p.answer]);
    assert.deepStrictEqual(qs, [
      ['Which service keeps a Hive-style catalog for Athena?', 'The Glue Data Catalog.'],
      ['What tool moves on-premises NFS shares to S3 on a schedule?', 'AWS DataSync does it, with verification.'],
      ['Which service replays records?', 'Kinesis Data Streams'],
      ['Which store answers in microseconds for DynamoDB?', 'It is DAX.'],
    ]);
  });

  it('passages: Q:/A: lines and <details> answers; a question answered by another question is skipped', () => {
    const s = one([
      'Q: Which service sends one message to many subscribers?', 'A: Amazon SNS', '',
      'What does a crawler infer from new files?', '', '<details><summary>Show</summary>', '', 'The schema and partitions.', '', '</details>', '',
      'What format is the data in? What volume arrives each day?',
    ].join('\n'));
    assert.deepStrictEqual(extractPassages(s).map((p) => [p.question, p.answer]), [
      ['Which service sends one message to many subscribers?', 'Amazon SNS'],
      ['What does a crawler infer from new files?', 'The schema and partitions.'],
    ]);
  });

  it('passages: answer lead-ins are not part of the answer', () => {
    assert.strictEqual(stripLeadIn('One option is to use AWS Glue with a crawler.'), 'AWS Glue with a crawler.');
    assert.strictEqual(stripLeadIn('A few services that can help here are Amazon S3 and Amazon SQS.'), 'Amazon S3 and Amazon SQS.');
    assert.strictEqual(stripLeadIn('They include Redshift and OpenSearch.'), 'Redshift and OpenSearch.');
  });

  it('requirements: "X → Y", "If X, choose Y", "Need X? Y", "Use Y when X", "For X, Y …", "Y is great for X"', () => {
    const s = one([
      '- Sub-second replay for many consumers → Kinesis Data Streams',
      '- If the requirement is zero-code delivery into S3 as Parquet: choose Amazon Data Firehose.',
      '- Need a managed Airflow? Amazon MWAA',
      '- Use AWS DataSync when copying NFS shares to S3 on a schedule.',
      '- For ad hoc SQL over the lake, Amazon Athena needs no servers.',
      '- Amazon Redshift is great for joins over years of sales history.',
    ].join('\n'));
    assert.deepStrictEqual(extractRequirements(s).map((c) => [c.cue, c.answer]), [
      ['Sub-second replay for many consumers', 'Kinesis Data Streams'],
      ['zero-code delivery into S3 as Parquet', 'Amazon Data Firehose'],
      ['a managed Airflow', 'Amazon MWAA'],
      ['copying NFS shares to S3 on a schedule', 'AWS DataSync'],
      ['ad hoc SQL over the lake', 'Amazon Athena'],
      ['joins over years of sales history', 'Amazon Redshift'],
    ]);
  });

  it('requirements: the clause after a semicolon is about another choice and stays out of the cue', () => {
    const s = one('- Use Amazon Redshift Serverless when warehouse load comes and goes; a provisioned cluster when it runs all day.');
    assert.deepStrictEqual(extractRequirements(s).map((c) => [c.cue, c.answer]), [['warehouse load comes and goes', 'Amazon Redshift Serverless']]);
  });

  it('requirements: "**What:**" and "**When to use:**" bullets under a heading that names the service', () => {
    const [, svc] = sectionsOf('# Services\n\n### AWS DataSync (file transfer)\n\n- **What:** copies files from on-premises shares into AWS storage\n- **When to Use:** a nightly NFS copy into S3 with verification\n');
    assert.deepStrictEqual(extractRequirements(svc).map((c) => [c.cue, c.answer, c.style, c.fromHeading]), [
      ['copies files from on-premises shares into AWS storage', 'AWS DataSync (file transfer)', 'describe', true],
      ['a nightly NFS copy into S3 with verification', 'AWS DataSync (file transfer)', 'require', true],
    ]);
  });

  it('definitions: "**Term**: …", "**Term** is …" and "- Term — …" siblings form one list', () => {
    const bold = one(['- **KEY**: rows with the same column value land on one slice.', '- **EVEN**: rows are spread round-robin over the slices.', '- **ALL**: every node keeps a full copy of the table.', '- **AUTO**: Redshift picks and changes the style for you.'].join('\n'));
    assert.deepStrictEqual(extractTermLists(bold)[0].terms.map((t) => [t.term, t.definition]), [
      ['KEY', 'rows with the same column value land on one slice.'], ['EVEN', 'rows are spread round-robin over the slices.'],
      ['ALL', 'every node keeps a full copy of the table.'], ['AUTO', 'Redshift picks and changes the style for you.'],
    ]);
    const is = one(['- **Velocity** is the speed at which new records arrive.', '- **Volume** is the amount of data to store and move.', '- **Variety** is the mix of structured and unstructured shapes.'].join('\n'));
    assert.deepStrictEqual(extractTermLists(is)[0].terms.map((t) => t.term), ['Velocity', 'Volume', 'Variety']);
    const dash = one(['- STL — log tables kept for a few days on disk.', '- STV — virtual tables with a snapshot of current state.', '- SVV — views that join system data for you.'].join('\n'));
    assert.deepStrictEqual(extractTermLists(dash)[0].terms.map((t) => t.term), ['STL', 'STV', 'SVV']);
    // Template metadata is not a definition list.
    assert.deepStrictEqual(extractTermLists(one(['- **Category**: Analytics and streaming services', '- **Primary Use Case**: real-time ingestion of clickstreams', '- **Tags**: streaming, kinesis, shards and more'].join('\n'))), []);
  });

  it('facts: bullets of a numbered "Key Limits" heading, bold numbers, and limit-labelled bullets', () => {
    const [, limits] = sectionsOf('# Kinesis\n\n## 2. Key Limits & Quotas\n\n- Each shard takes 1 MB/s of writes.\n- Records live for 24 hours by default.\n');
    const facts = extractFacts(limits.docId as never, limits, () => limits.startLine);
    assert.deepStrictEqual(facts.map((f) => [f.text, f.examRelevant]), [['Each shard takes 1 MB/s of writes.', true], ['Records live for 24 hours by default.', true]]);
    const labelled = one('- **Max timeout**: 15 minutes per run.\n- **Owner**: the data team since 2021 days.');
    assert.deepStrictEqual(extractFacts(labelled.docId as never, labelled, () => 0).map((f) => f.text), ['Max timeout: 15 minutes per run.']);
  });

  it('cards: Anki cloze lines, one card per cloze number', () => {
    const s = one('{{c1::Athena}} queries files in {{c2::Amazon S3}} with SQL.');
    assert.deepStrictEqual(extractCards(s).map((c) => [c.question, c.answer, c.cloze]), [
      ['[…] queries files in Amazon S3 with SQL.', 'Athena', true],
      ['Athena queries files in […] with SQL.', 'Amazon S3', true],
    ]);
  });
});

describe('quiz builders over a user note', function () {
  this.timeout(60000);
  let kb: KnowledgeBase;
  let mine: Question[];
  const file = '/user/ingest-notes.md';
  before(() => {
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const text = [
      '---', 'type: aws-service', 'tags: [ingestion]', '---', '# Ingestion notes', '',
      '## Event sources', '',
      'What AWS services can emit an event when a new object arrives without writing polling code?', '',
      'A few services that can help here are Amazon S3, Amazon EventBridge, or AWS CloudTrail.', '',
      '## Redshift distribution styles', '',
      '- **KEY**: rows sharing a column value are stored on the same slice.', '- **EVEN**: rows are dealt round-robin across slices.',
      '- **ALL**: each node holds a whole copy of a small table.', '- **AUTO**: the warehouse picks the style and changes it as the table grows.', '',
      '## Exam tips', '',
      '- Replaying a week of clickstream for a second consumer → Kinesis Data Streams',
      '- If the requirement is running existing DAG files with the least operations work: choose Amazon MWAA.', '',
    ].join('\n');
    kb.upsert(parseNote({ text, file, relPath: 'ingest-notes.md', source: 'user' }));
    mine = new QuestionBank(kb).questions.filter((q) => q.source.file === file);
  });

  it('a list answer becomes a Select TWO question whose distractors come from other families', () => {
    // "A few services that can help" names one option of several: the stem keeps what decides (blind review r11).
    const q = mine.find((x) => x.format === 'multiple' && /new object arrives/.test(x.stem));
    assert.ok(q, JSON.stringify(mine.map((x) => x.stem)));
    assert.match(q!.stem, /^Which TWO AWS services can emit an event when a new object arrives without writing polling code\? \(Select TWO\.\)$/);
    const listed = ['Amazon Simple Storage Service', 'Amazon EventBridge', 'AWS CloudTrail'];
    assert.strictEqual(q!.answers.filter((a) => listed.includes(q!.options[a])).length, 2);
    assert.ok(q!.options.filter((o) => listed.includes(o)).length === 2, 'the third listed service is right too, so it is not a distractor');
  });

  it('a definition list asks which sibling term a definition describes, once per list (blind review r11)', () => {
    const qs = mine.filter((x) => /^Which Redshift distribution style is described here: “/.test(x.stem));
    assert.strictEqual(qs.length, 1, JSON.stringify(mine.map((x) => x.stem)));
    assert.deepStrictEqual([...qs[0].options].sort(), ['ALL', 'AUTO', 'EVEN', 'KEY']);
    const defined: Record<string, string> = { KEY: 'Rows sharing a column value', EVEN: 'Rows are dealt round-robin', ALL: 'Each node holds', AUTO: 'The warehouse picks' };
    assert.ok(qs[0].stem.includes(defined[qs[0].options[qs[0].answers[0]]]), qs[0].stem);
  });

  it('requirement lines ask for the service, with the cue in the stem', () => {
    const q = mine.find((x) => /existing DAG files/.test(x.stem));
    assert.ok(q, JSON.stringify(mine.map((x) => x.stem)));
    assert.strictEqual(q!.options[q!.answers[0]], 'Amazon Managed Workflows for Apache Airflow');
  });

  it('rephrases plural stems for two keys', () => {
    assert.strictEqual(pluralStem('What are AWS services that support stateless transactions?'), 'Which TWO AWS services support stateless transactions? (Select TWO.)');
    assert.strictEqual(pluralStem('What are some AWS storage services for large volumes of data?'), 'Which TWO AWS storage services are used for large volumes of data? (Select TWO.)');
    assert.strictEqual(pluralStem('What AWS service can you use to ingest streaming data?'), 'Which TWO AWS services can you use to ingest streaming data? (Select TWO.)');
  });
});
