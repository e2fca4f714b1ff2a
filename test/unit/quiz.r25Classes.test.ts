// The failure classes of blind review r25 (bundled and users' notes), each rule with an example it must catch and one
// it must keep. Fixtures are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuizContext } from '../../src/core/quiz/context';
import { Draft } from '../../src/core/quiz/draft';
import { gate, GateResult } from '../../src/core/quiz/gate';
import { QuestionBank } from '../../src/core/quiz/generator';
import { definesByExclusion } from '../../src/core/quiz/selfDescription';
import { explanationAboutOptions, explanationNames } from '../../src/core/quiz/explanationNames';
import { buildPractice } from '../../src/core/quiz/build/practice';
import { buildCard } from '../../src/core/quiz/build/card';
import { nearKind, sameKind } from '../../src/core/quiz/serviceKinds';
import { rowsOfKeyKind } from '../../src/core/quiz/rowKinds';
import { ChoiceTable } from '../../src/core/quiz/extract/tables';
import { NOTES_DIR } from './paths';
import { bundledKb } from './bundledMatcher';

describe('quiz: classes of blind review r25', function () {
  this.timeout(120000);
  let ctx: QuizContext;
  before(() => {
    // The shared read-only bundled knowledge base: a context only reads it.
    const kb = bundledKb();
    ctx = new QuizContext(kb, kb.documents());
  });
  const run = (d: Draft): GateResult => gate(ctx, d, { seen: new Map() });
  const rule = (r: GateResult) => ('rejected' in r ? r.rejected : 'kept');
  const detail = (r: GateResult) => ('rejected' in r ? r.detail : '');

  it('a requirement that defines its option by what no rival offers or nobody does is no need', () => {
    assert.ok(definesByExclusion('root access to the server software that no hosted offering provides'));
    assert.ok(definesByExclusion('fields nobody reports on over time (a misspelt street name)'));
    assert.ok(definesByExclusion('a catalogue which nothing else in the account keeps'));
    // Constraints and needs keep their negatives: after a preposition, in a purpose clause, or with a need in the head.
    assert.strictEqual(definesByExclusion('a nightly load with no servers to patch'), undefined);
    assert.strictEqual(definesByExclusion('coarsen birth dates to years so that no single patient stands out'), undefined);
    assert.strictEqual(definesByExclusion('analysts need a table that nobody edits by hand'), undefined);
    assert.strictEqual(definesByExclusion('codes that must never change once issued'), undefined);
    assert.strictEqual(definesByExclusion('the regulator insists that no teller can alter a closed ledger'), undefined);
    assert.strictEqual(definesByExclusion('ledgers no person may rewrite before the year ends'), undefined);
  });

  it('the gate drops such a quoted requirement as a fragment', () => {
    const doc = parseNote({ text: '# Amazon EC2\n\n## When to choose it\n\nText.\n', file: '/b/services/ec2x.md', relPath: 'services/ec2x.md', source: 'bundled' }).doc;
    const d: Draft = {
      kind: 'choose', stem: 'Which AWS service fits this requirement best: “root access to the server software that no hosted offering provides”?',
      correct: ['Amazon Elastic Compute Cloud'], distractors: ['AWS Fargate', 'AWS Batch', 'AWS Lambda', 'Amazon Elastic Container Service'], optionKind: 'service',
      explanation: 'Root access → EC2.', section: doc.sections[1], doc, line: 5, serviceIds: ['ec2'], answerServiceIds: ['ec2'],
    };
    const r = run(d);
    assert.strictEqual(rule(r), 'fragment');
    assert.match(detail(r), /by exclusion/);
  });

  it('a bundled statement from a section about its own service is the note\'s definition, not a question', () => {
    const doc = parseNote({
      text: '# Event compute: a comparison\n\n## AWS Lambda\n\nAWS Lambda starts a handler for each incoming event and charges for the milliseconds it runs.\n\n## Exam traps\n\nText.\n',
      file: '/b/comparisons/event-compute.md', relPath: 'comparisons/event-compute.md', source: 'bundled',
    }).doc;
    const d = (section: number): Draft => ({
      kind: 'identify', stem: 'Which AWS service starts a handler for each incoming event and charges for the milliseconds it runs?',
      correct: ['AWS Lambda'], distractors: ['AWS Glue', 'Amazon EMR', 'Amazon Managed Service for Apache Flink'], optionKind: 'service',
      explanation: 'AWS Lambda starts a handler for each incoming event.', section: doc.sections[section], doc, line: 5, serviceIds: ['lambda'], answerServiceIds: ['lambda'],
    });
    const own = run(d(1));
    assert.strictEqual(rule(own), 'fragment');
    assert.match(detail(own), /describes its own service/);
    // The same sentence under a heading about something else is not this rule's business.
    assert.doesNotMatch(detail(run(d(2))), /describes its own service/);
  });

  it('an explanation says a renamed option by the name the options use', () => {
    const options = ['Amazon Data Firehose', 'Amazon Kinesis Data Streams', 'Amazon Simple Queue Service', 'Amazon Managed Streaming for Apache Kafka'];
    assert.strictEqual(explanationNames(ctx, 'Buffered delivery into S3 with no consumer code → Kinesis Data Firehose.', options),
      'Buffered delivery into S3 with no consumer code → Amazon Data Firehose (formerly Amazon Kinesis Data Firehose).');
    // Said once with the rename, then by the current name.
    assert.strictEqual(explanationNames(ctx, 'Kinesis Data Firehose buffers. Kinesis Data Firehose delivers.', options),
      'Amazon Data Firehose (formerly Amazon Kinesis Data Firehose) buffers. Amazon Data Firehose delivers.');
    // A note that already says the rename is left as it is.
    const told = 'Amazon Data Firehose buffers records. It was formerly Kinesis Data Firehose.';
    assert.strictEqual(explanationNames(ctx, told, options), told);
    // A former name of a service that is not among the options is not touched.
    assert.strictEqual(explanationNames(ctx, 'Kinesis Data Firehose buffers.', options.slice(1)), 'Kinesis Data Firehose buffers.');
  });

  it('an explanation leaves out a sentence that argues only about services that are not options', () => {
    const options = ['AWS Direct Connect', 'AWS PrivateLink', 'Amazon Virtual Private Cloud', 'AWS Transit Gateway'].filter((o) => ctx.byName.has(o));
    assert.ok(options.length >= 2, 'the catalog names the network options');
    const said = 'AWS Direct Connect, because the line is private and its latency steady. AWS PrivateLink reaches a service, not a building. '
      + 'AWS DataSync copies the files but needs a network path first.';
    assert.strictEqual(explanationAboutOptions(ctx, said, options, 'Which AWS service links an office to a VPC over a private line?'),
      'AWS Direct Connect, because the line is private and its latency steady. AWS PrivateLink reaches a service, not a building.');
    // A sentence about a service the stem names stays; so does one that names no service.
    const stemmed = 'AWS Direct Connect, because the line is private. AWS DataSync then has a path to copy over. Nothing else is needed.';
    assert.strictEqual(explanationAboutOptions(ctx, stemmed, options, 'Which AWS service gives AWS DataSync a private line from the office?'), stemmed);
  });

  it('a card front with a former name asks by the current one', () => {
    const card = { kind: 'card' as const, question: 'On which compute do the servers that AWS Application Migration Service copies start up?', answer: 'Amazon EC2', line: 4, cloze: false };
    const bundled = parseNote({ text: '# Moving servers\n\n## Cards\n\nText.\n', file: '/b/services/move.md', relPath: 'services/move.md', source: 'bundled' }).doc;
    const b = buildCard(ctx, bundled, bundled.sections[1], card);
    assert.ok(b && /AWS Application Migration Service \(now AWS Transform MGN\)/.test(b.stem), b?.stem);
    const user = parseNote({ text: '# Moving servers\n\n## Cards\n\nText.\n', file: '/u/move.md', relPath: 'move.md', source: 'user' }).doc;
    const u = buildCard(ctx, user, user.sections[1], card);
    assert.ok(u && /AWS Transform MGN/.test(u.stem) && !/Application Migration Service/.test(u.stem), u?.stem);
  });

  it('a user\'s practice explanation ends its sentence before the "formerly" note', () => {
    const doc = parseNote({ text: '# My practice\n\nText.\n', file: '/u/practice.md', relPath: 'practice.md', source: 'user' }).doc;
    const q = buildPractice(ctx, doc, {
      number: 1, line: 3, stem: 'Which service buffers click events and writes them to S3 as Parquet?',
      options: ['Kinesis Data Firehose', 'Amazon SQS', 'Amazon SNS', 'AWS Batch'], answers: [0],
      explanation: 'Kinesis Data Firehose converts JSON records to Parquet before delivery', study: [], multiple: false,
    });
    assert.strictEqual(q.explanation, 'Amazon Data Firehose converts JSON records to Parquet before delivery. Amazon Data Firehose was formerly Amazon Kinesis Data Firehose.');
  });

  it('a quoted use case keeps no full stop before the question mark, in the table-row form too', () => {
    const file = '/u/s3-protect.md';
    const text = ['# S3 object protection', '', '## 4. Client-Side Encryption', '',
      '- **How**: the uploading program encrypts each file with its own data key.',
      '- **Use Case**: Regulated records where AWS must only ever receive ciphertext from the uploader.', ''].join('\n');
    const withUser = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    withUser.upsert(parseNote({ text, file, relPath: 's3-protect.md', source: 'user' }));
    const mine = new QuestionBank(withUser).questions.filter((q) => q.source.file === file);
    const quoted = mine.filter((q) => /receive ciphertext from the uploader/.test(q.stem));
    assert.ok(quoted.length > 0, mine.map((q) => q.stem).join('\n'));
    for (const q of quoted) {
      assert.doesNotMatch(q.stem, /[.;:]”\?$/, q.stem);
      assert.doesNotMatch(q.explanation, /uploader\. →/, q.explanation);
    }
  });

  it('a user\'s use case keyed to a row of a mixed table is asked among the rows of the key\'s kind', () => {
    const file = '/u/s3-keys.md';
    const text = ['# Keeping S3 data secret', '', '## 4. Client-Side Encryption', '',
      '- **Use Case**: Partner contracts where the storage provider must never see readable text at any point.', ''].join('\n');
    const withUser = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    withUser.upsert(parseNote({ text, file, relPath: 's3-keys.md', source: 'user' }));
    const q = new QuestionBank(withUser).questions.find((x) => x.source.file === file && /readable text/.test(x.stem));
    assert.ok(q, 'the use case is asked');
    assert.match(q!.stem, /^Which data security option fits/);
    assert.ok(!q!.options.includes('Bucket Keys') && !q!.options.includes('TLS-only bucket policy'), q!.options.join(' / '));
    // A key whose noun no other row shares leaves its table's rows as they are.
    const table = {
      doc: { sections: [] }, section: {}, noun: 'Athena technique', style: 'choose',
      labels: ['Partitioning', 'Partition projection', 'Columnar formats', 'Result reuse'], rows: [{ choice: 'a' }, { choice: 'b' }, { choice: 'c' }, { choice: 'd' }],
    } as unknown as ChoiceTable;
    assert.strictEqual(rowsOfKeyKind(table, 1), undefined);
  });

  it('client software is never asked as an "AWS service", and sits beside client software only', () => {
    const doc = parseNote({ text: '# Shipping logs\n\n## Tools\n\nText.\n', file: '/u/logs.md', relPath: 'logs.md', source: 'user' }).doc;
    const d = (stem: string, distractors: string[]): Draft => ({
      kind: 'identify', stem, correct: ['Amazon Kinesis Agent'], distractors, optionKind: 'service',
      explanation: 'The agent follows log files.', section: doc.sections[1], doc, line: 5, serviceIds: ['kinesis-agent'], answerServiceIds: ['kinesis-agent'],
    });
    const asService = run(d('Which AWS service follows growing log files on a host and forwards each new line to a stream?',
      ['Amazon Kinesis Producer Library', 'Amazon Kinesis Client Library', 'Amazon DynamoDB Streams']));
    assert.strictEqual(rule(asService), 'same-kind');
    assert.match(detail(asService), /client software/);
    // Called a tool, it still needs three wrong options that are client software: a table's change feed is not one.
    assert.strictEqual(rule(run(d('Which tool follows growing log files on a host and forwards each new line to a stream?',
      ['Amazon Kinesis Producer Library', 'Amazon Kinesis Client Library', 'Amazon DynamoDB Streams']))), 'same-kind');
  });

  it('a container registry is no compute rival; as a key it still meets the container services', () => {
    const ecr = ctx.service('ecr')!;
    const fargate = ctx.service('fargate')!;
    const ecs = ctx.service('ecs')!;
    assert.strictEqual(sameKind(fargate, ecr), false);
    assert.strictEqual(nearKind(fargate, ecr), false);
    assert.strictEqual(nearKind(ctx.service('ec2')!, ecr), false);
    assert.strictEqual(nearKind(ecr, ecs), true);
  });

  it('AWS Backup stores nothing of its own: no rival of a data store, but a backup key still meets storage (r30)', () => {
    const backup = ctx.service('backup')!;
    const s3 = ctx.service('s3')!;
    assert.strictEqual(sameKind(s3, backup), false);
    assert.strictEqual(nearKind(s3, backup), false);
    assert.strictEqual(nearKind(backup, s3), true);
  });
});
