// The failure patterns blind review r8 found in the bundled bank, each as a rule with an example it must catch
// and one it must keep: comparison stems that drop the note's service (and take another note's rows as
// distractors), one question per cue across forms, a second defensible key (".sync" needs Standard workflows,
// Aurora beside Redshift Serverless for intermittent load, resharding beside KPL aggregation), a category word
// only the key fits, and a cloze cut inside a parenthesis. Fixtures are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuizContext } from '../../src/core/quiz/context';
import { Draft } from '../../src/core/quiz/draft';
import { clozeSubjectProblem, gate, GateResult } from '../../src/core/quiz/gate';
import { sharedFit } from '../../src/core/quiz/overlaps';
import { alsoPointsTo } from '../../src/core/quiz/rowRequires';
import { buildScenario, fairCategory } from '../../src/core/quiz/build/scenario';
import { buildChoose } from '../../src/core/quiz/build/choose';
import { indexChoiceTables, labelRow, ownedNoun, ownedStem } from '../../src/core/quiz/extract/tables';
import { nearKind } from '../../src/core/quiz/serviceKinds';
import { conceptNoun } from '../../src/core/quiz/build/requirement';
import { NOTES_DIR } from './paths';

const comparison = (file: string, title: string, heading: string, rows: string[]): string => ['---', 'kind: comparison', `title: "${title}"`, '---', '',
  `# ${title}`, '', 'Some words about the choices below.', '', `## ${heading}`, '', '| Choose | When the question mentions | Why not the others |', '|---|---|---|', ...rows, ''].join('\n');

describe('quiz: bundled-bank patterns of blind review r8', function () {
  this.timeout(60000);
  let kb: KnowledgeBase;
  let ctx: QuizContext;
  const streams = parseNote({
    file: '/notes/comparisons/streams.md', relPath: 'comparisons/streams.md', source: 'bundled',
    text: comparison('streams', 'Kinesis Data Streams write fixes: more shards vs on-demand mode vs batching', 'Choose a write fix when', [
      '| More shards | writes above the per-shard limit across many keys, planned before a launch | batching does not add capacity |',
      '| On-demand capacity mode | nobody can say how much traffic will come; nobody wants to resize by hand | more shards need someone to act |',
      '| Producer batching | a sensor fleet sends tiny events that hit the record-count limit, cheapest fix wanted | more shards pay for unused bytes |',
    ]),
  }).doc;
  const tables = parseNote({
    file: '/notes/comparisons/tables.md', relPath: 'comparisons/tables.md', source: 'bundled',
    text: comparison('tables', 'Amazon DynamoDB capacity: on-demand vs provisioned vs item expiry', 'Choose a DynamoDB feature when', [
      '| On-demand capacity mode | a table with sudden peaks and no capacity to set | provisioned needs a forecast |',
      '| Provisioned with auto scaling | a steady, known load at the lowest price per request | on-demand costs more per request |',
      '| Time to Live | old session items should vanish at no write cost | a scan-and-delete job pays for writes |',
    ]),
  }).doc;

  before(() => {
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    ctx = new QuizContext(kb, kb.documents());
    // The other note's table first: a global lookup by label alone would find its row.
    indexChoiceTables(ctx, [tables, streams]);
  });

  const rule = (r: GateResult) => ('rejected' in r ? r.rejected : 'kept');

  it('names the note\'s service in a comparison\'s noun ("Which Kinesis Data Streams write fix …")', () => {
    assert.strictEqual(ownedNoun(ctx, 'write fix', streams.title), 'Kinesis Data Streams write fix');
    assert.strictEqual(ownedNoun(ctx, 'event source setting', 'Lambda stream event source settings: batch size vs retries'), 'Lambda stream event source setting');
    // Already named, or a title with no service before the noun: kept as written.
    assert.strictEqual(ownedNoun(ctx, 'Step Functions feature', 'AWS Step Functions features: Standard vs Express'), 'Step Functions feature');
    assert.strictEqual(ownedNoun(ctx, 'vector store', 'Vector stores: OpenSearch Service vs S3 Vectors'), 'vector store');
    const drafts = buildChoose(ctx, ctx.tableBySection.get(streams.sections.find((s) => s.choiceRows.length)!)!);
    const single = drafts.filter((d) => d.kind === 'choose');
    assert.ok(single.length >= 3);
    for (const d of single) assert.match(d.stem, /^Which Kinesis Data Streams write fix fits best when/, d.stem);
  });

  it('takes an exam trap\'s options from its own note\'s table and names the service in its stem', () => {
    const hit = labelRow(ctx, 'On-demand capacity mode', streams)!;
    assert.strictEqual(hit.table.doc, streams);
    assert.deepStrictEqual([...hit.table.labels].sort(), ['More shards', 'On-demand capacity mode', 'Producer batching']);
    assert.strictEqual(ownedStem(hit.table, 'Which write fix suits a new feed whose volume nobody can guess?'),
      'Which Kinesis Data Streams write fix suits a new feed whose volume nobody can guess?');
    // A row only another note has is still found there.
    assert.notStrictEqual(labelRow(ctx, 'Time to Live', streams)!.table.doc, streams);
  });

  it('drops a category word only the key carries ("Which Airflow offering …" beside EventBridge)', () => {
    assert.strictEqual(fairCategory('Which Airflow offering on AWS runs DAG files with nothing to size?', ['Amazon EventBridge', 'AWS Step Functions', 'AWS Glue']),
      'Which offering on AWS runs DAG files with nothing to size?');
    assert.strictEqual(fairCategory('Which EMR option runs Spark as pods?', ['Amazon EMR on EC2', 'Amazon EMR Serverless', 'Amazon EMR on EC2 with Spot']), 'Which EMR option runs Spark as pods?');
    assert.strictEqual(fairCategory('Which AWS offering sends email?', ['Amazon SNS']), 'Which AWS offering sends email?');
  });

  it('fragment: a cloze cut inside a parenthesis ("starts at ___ writes) and …")', () => {
    assert.strictEqual(clozeSubjectProblem(ctx, 'Fill in the blank (Amazon Kinesis Data Streams): fresh ones begin at _____ writes) and a second mode (billed per account).'), 'fragment');
    assert.strictEqual(clozeSubjectProblem(ctx, 'Fill in the blank (Amazon Kinesis Data Streams): a new on-demand stream (of any kind) begins at _____ of writes.'), undefined);
  });

  it('ambiguous: Aurora beside Redshift Serverless for intermittent load unless a warehouse is named', () => {
    assert.strictEqual(sharedFit('Which service suits an intermittent, unpredictable load?', 'Amazon Redshift Serverless', 'Amazon Aurora'), true);
    assert.strictEqual(sharedFit('Which service suits an intermittent, unpredictable data warehouse load?', 'Amazon Redshift Serverless', 'Amazon Aurora'), false);
  });

  it('ambiguous: resharding and on-demand mode beside KPL aggregation for the record-count limit unless cost decides', () => {
    assert.strictEqual(sharedFit('Tiny events hit the 1,000 records per second limit. Which fix?', 'KPL aggregation', 'Resharding'), true);
    assert.strictEqual(sharedFit('Tiny events hit the 1,000 records per second limit. Which fix?', 'KPL aggregation', 'On-demand capacity mode'), true);
    assert.strictEqual(sharedFit('Tiny events hit the 1,000 records per second limit; the fix must cost the least. Which fix?', 'KPL aggregation', 'Resharding'), false);
  });

  it('a job wait or a callback also points to Standard workflows, never to Express', () => {
    assert.strictEqual(alsoPointsTo('Standard workflows', 'hold the next state until a crawler run is finished; wait for the crawler to finish'), true);
    assert.strictEqual(alsoPointsTo('Standard workflows', 'Synchronous integrations'), true);
    assert.strictEqual(alsoPointsTo('Standard workflows', 'Task tokens'), true);
    assert.strictEqual(alsoPointsTo('Express workflows', 'wait for the crawler to finish'), false);
    assert.strictEqual(alsoPointsTo('Standard workflows', 'millions of files processed with the same steps'), false);
  });

  const textDraft = (over: Partial<Draft>): Draft => ({
    kind: 'choose', stem: 'Which Kinesis Data Streams write fix fits best when the scenario mentions “nobody can say how much traffic will come”?',
    correct: ['On-demand capacity mode'], distractors: ['More shards', 'Producer batching', 'Enhanced fan-out'], optionKind: 'text',
    cue: 'nobody can say how much traffic will come', explanation: 'On-demand mode scales by itself.', doc: streams, section: streams.sections[1], line: 14,
    serviceIds: [], answerServiceIds: [], ...over,
  });

  it('duplicate: "Which TWO requirements point to …" keyed by a cue a single question already asks', () => {
    const seen = new Map<string, string>();
    assert.strictEqual(rule(gate(ctx, textDraft({}), { seen })), 'kept');
    const two = textDraft({
      kind: 'choose-two', stem: 'Which TWO requirements point to On-demand capacity mode rather than More shards or Producer batching? (Select TWO.)', cue: undefined,
      correct: ['nobody can say how much traffic will come', 'nobody wants to resize by hand'],
      distractors: ['writes above the per-shard limit across many keys', 'planned before a launch', 'a sensor fleet sends tiny events'],
    });
    assert.strictEqual(rule(gate(ctx, two, { seen })), 'duplicate');
    assert.strictEqual(rule(gate(ctx, two, { seen: new Map() })), 'kept');
  });

  it('duplicate: a row\'s definition after a cue question of the same note, key and need', () => {
    const seen = new Map<string, string>();
    assert.strictEqual(rule(gate(ctx, textDraft({}), { seen })), 'kept');
    const defined = textDraft({ kind: 'identify', cue: undefined, line: 9, stem: 'Which Kinesis Data Streams feature is described here: “Resources follow the traffic that comes, with nothing to resize”?' });
    assert.strictEqual(rule(gate(ctx, defined, { seen })), 'duplicate');
    const other = textDraft({ kind: 'identify', cue: undefined, line: 9, stem: 'Which Kinesis Data Streams feature is described here: “Billed per gigabyte written and read instead of per shard-hour”?' });
    assert.strictEqual(rule(gate(ctx, other, { seen })), 'kept');
  });

  it('never offers a visual ETL editor beside a container key (Glue Studio as a launch type)', () => {
    const s = (id: string) => kb.service(id)!;
    assert.strictEqual(nearKind(s('fargate'), s('glue-studio')), false);
    assert.strictEqual(nearKind(s('fargate'), s('batch')) || nearKind(s('fargate'), s('lambda')), true);
  });

  it('never offers Standard workflows as the wrong answer to a task-token or job-wait exam trap', () => {
    const flows = parseNote({
      file: '/notes/comparisons/flows.md', relPath: 'comparisons/flows.md', source: 'bundled',
      text: comparison('flows', 'AWS Step Functions features: Standard vs Express vs callbacks', 'Choose a Step Functions feature when', [
        '| Standard workflows | a year-long run with a history of each step | short runs cost less elsewhere |',
        '| Express workflows | a burst of short events each second | long runs need the other type |',
        '| Task tokens | pause until someone signs off | a job wait cannot wait for a person |',
        '| Distributed Map | a million objects with the same steps | an inline loop is small |',
        '| Synchronous integrations | start a crawler and go on after it ends | a callback needs a token |',
      ]),
    }).doc;
    indexChoiceTables(ctx, [flows]);
    const d = buildScenario(ctx, flows, flows.sections[1], { question: 'Which Step Functions feature keeps a load waiting until an analyst signs it off?', answer: 'Task tokens, because the analyst\'s tool returns the token.', line: 20, kind: 'qa' })!;
    assert.deepStrictEqual(d.correct, ['Task tokens']);
    assert.ok(!d.distractors.includes('Standard workflows'), d.distractors.join(' | '));
    assert.ok(d.distractors.includes('Express workflows'));
  });

  it('asks a concept note\'s choices by the note\'s subject, not "Which solution …"', () => {
    const doc = (title: string, kind: string, source: 'bundled' | 'user' = 'bundled') => parseNote({ file: '/notes/concepts/c.md', relPath: 'concepts/c.md', source,
      text: ['---', `kind: ${kind}`, `title: ${title}`, '---', '', `# ${title}`, '', 'Words.', ''].join('\n') }).doc;
    assert.strictEqual(conceptNoun(doc('Join strategies', 'concept')), 'join strategy option');
    assert.strictEqual(conceptNoun(doc('Partitioning vs bucketing', 'concept')), undefined);
    assert.strictEqual(conceptNoun(doc('Join strategies', 'service')), undefined);
    assert.strictEqual(conceptNoun(doc('Join strategies', 'concept', 'user')), undefined);
  });

  it('ambiguous: AWS Backup beside the Glacier classes for compliance copies unless objects or a restore decide', () => {
    assert.strictEqual(sharedFit('Which service keeps nightly copies of a file share in another Region?', 'Amazon S3 Glacier storage classes', 'AWS Backup'), false);
    assert.strictEqual(sharedFit('Which service keeps compliance copies for years that nobody reads?', 'Amazon S3 Glacier storage classes', 'AWS Backup'), true);
    assert.strictEqual(sharedFit('Which service keeps compliance copies of bucket objects for years?', 'Amazon S3 Glacier storage classes', 'AWS Backup'), false);
  });
});
