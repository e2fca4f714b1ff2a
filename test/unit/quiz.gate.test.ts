// The gate (src/core/quiz/gate.ts): each rule with an example it must drop and, where useful, one it
// must keep. Drafts are built by hand over the bundled catalog; fixtures are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuizContext } from '../../src/core/quiz/context';
import { derivedFrom, isNice } from '../../src/core/quiz/numberFamily';
import { numberVariants, serviceDistractors } from '../../src/core/quiz/distractors';
import { Draft } from '../../src/core/quiz/draft';
import { duplicateKey, gate, GateResult } from '../../src/core/quiz/gate';
import { leaksKey } from '../../src/core/quiz/keyLeak';
import { rng } from '../../src/core/quiz/random';
import { NOTES_DIR } from './paths';

describe('quiz gate', function () {
  this.timeout(60000);
  let kb: KnowledgeBase;
  let ctx: QuizContext;
  const note = parseNote({ text: '# Ingest\n\n## Streams\n\nSome text.\n', file: '/user/ingest.md', relPath: 'ingest.md', source: 'user' }).doc;
  const section = note.sections[1];

  before(() => {
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    ctx = new QuizContext(kb, kb.documents());
  });

  const draft = (over: Partial<Draft>): Draft => ({
    kind: 'scenario', stem: 'Which service lets several consumers re-read yesterday\'s clickstream?', correct: ['Amazon Kinesis Data Streams'],
    distractors: ['Amazon Simple Queue Service', 'Amazon Simple Notification Service', 'Amazon Data Firehose'], optionKind: 'service',
    explanation: 'Retention keeps the records.', section, doc: note, line: 5, serviceIds: ['kinesis-data-streams'], answerServiceIds: [], ...over,
  });
  const run = (d: Draft): GateResult => gate(ctx, d, { seen: new Map() });
  const rule = (r: GateResult) => ('rejected' in r ? r.rejected : 'kept');

  it('reads a user\'s service note from its front matter (type: aws-service) and its title', () => {
    const doc = parseNote({ text: '---\ntype: aws-service\ntags: [migration]\n---\n# 🚚 AWS DataSync (online transfer)\n\nText.\n', file: '/user/ds.md', relPath: 'ds.md', source: 'user' }).doc;
    assert.strictEqual(ctx.docService(doc), 'datasync');
    const plain = parseNote({ text: '# AWS DataSync\n\nText.\n', file: '/user/ds2.md', relPath: 'ds2.md', source: 'user' }).doc;
    assert.strictEqual(ctx.docService(plain), undefined);
  });

  it('keeps a fair question', () => {
    const r = run(draft({}));
    assert.strictEqual(rule(r), 'kept');
    if ('question' in r) { assert.strictEqual(r.question.options.length, 4); assert.strictEqual(r.question.origin, 'generated'); }
  });

  it('leak: drops a stem that names the key (any of its names)', () => {
    assert.strictEqual(rule(run(draft({ stem: 'Which service lets Kinesis Data Streams consumers re-read data?', answerServiceIds: ['kinesis-data-streams'] }))), 'leak');
  });

  it('leak: drops a stem that holds a term key word for word (no service behind it)', () => {
    const d = draft({
      kind: 'identify', stem: 'Which Redshift distribution style places a full copy of a small table on every node, as ALL does?',
      correct: ['ALL'], distractors: ['KEY', 'EVEN', 'AUTO'], optionKind: 'text', serviceIds: ['redshift'], answerServiceIds: [],
    });
    assert.strictEqual(rule(run(d)), 'leak');
  });

  it('leak-word: drops a stem whose stemmed word gives the key away (plural, -ing, hyphen variants)', () => {
    assert.strictEqual(leaksKey('Which service takes scheduled backups of many resources?', 'AWS Backup', ['Amazon S3 Glacier Deep Archive', 'AWS DataSync', 'Amazon EBS']), 'backups');
    assert.strictEqual(leaksKey('Which store keeps evolving schemas for Kafka topics?', 'AWS Glue Schema Registry', ['Amazon MSK', 'AWS Lake Formation', 'Amazon DynamoDB']), 'schemas');
    assert.strictEqual(leaksKey('Which database is in-memory and durable?', 'Amazon MemoryDB', ['Amazon Aurora', 'Amazon DynamoDB', 'Amazon Neptune']), 'in-memory');
    // Names in the key count too (a blind review flagged "Kafka" → MSK, "Kubernetes" → EKS), and derived words.
    assert.strictEqual(leaksKey('Which service runs Kubernetes manifests?', 'Amazon Elastic Kubernetes Service', ['Amazon ECS', 'AWS Batch', 'AWS Lambda']), 'Kubernetes');
    assert.strictEqual(leaksKey('Which service replaces an on-premises Kafka cluster?', 'Amazon Managed Streaming for Apache Kafka', ['Amazon Kinesis Data Streams', 'Amazon SQS', 'AWS Glue']), 'Kafka');
    assert.strictEqual(leaksKey('Which service can notify an operations team by email?', 'Amazon Simple Notification Service', ['Amazon SQS', 'AWS Lambda', 'Amazon EventBridge']), 'notify');
    // A word the distractors share gives nothing away.
    assert.strictEqual(leaksKey('Which service streams records for replay?', 'Amazon Kinesis Data Streams', ['Amazon Kinesis Video Streams', 'Amazon SQS', 'Amazon SNS']), undefined);
    const r = run(draft({ stem: 'Which service replaces an on-premises Kafka cluster?', correct: ['Amazon Managed Streaming for Apache Kafka'], distractors: ['Amazon Kinesis Data Streams', 'Amazon Data Firehose', 'Amazon Simple Queue Service'] }));
    assert.strictEqual(rule(r), 'leak-word');
    // (AWS Backup beside three storage services is dropped before that in a user's note: the key alone of its kind, r50.)
    const alone = run(draft({ stem: 'Which service takes scheduled backups of many resources?', correct: ['AWS Backup'], distractors: ['Amazon Elastic File System', 'Amazon Elastic Block Store', 'AWS Storage Gateway'] }));
    assert.strictEqual(rule(alone), 'same-kind');
  });

  it('leak-word: the key\'s initials in the stem give it away', () => {
    assert.strictEqual(leaksKey('Which service runs a DMS-style replication?', 'AWS Database Migration Service', ['AWS DataSync', 'AWS Glue', 'Amazon AppFlow']), 'DMS');
  });

  it('ambiguous: drops a distractor that another note ties to the same cue, and the question when too few remain', () => {
    const cue = 'fan out one event to many subscribers';
    ctx.tieCue(cue, 'Amazon Simple Notification Service');
    ctx.tieCue(cue, 'Amazon EventBridge');
    ctx.tieCue(cue, 'AWS Batch');
    const r = run(draft({ stem: `Which service fits best when the scenario mentions “${cue}”?`, cue, correct: ['Amazon Simple Notification Service'], distractors: ['Amazon EventBridge', 'AWS Batch', 'Amazon Simple Queue Service', 'AWS Lambda'] }));
    assert.strictEqual(rule(r), 'ambiguous');
    ctx.cueAnswers.clear();
  });

  it('same-kind: drops a service question whose key is not a service', () => {
    assert.strictEqual(rule(run(draft({ correct: ['Use a bigger instance'] }))), 'same-kind');
  });

  it('same-kind: drops a distractor of another kind (IAM or a CLI beside a data store), and the question when too few remain', () => {
    const d = draft({ stem: 'Which store keeps a shopping cart with single-digit millisecond reads at any scale?', correct: ['Amazon DynamoDB'],
      distractors: ['AWS Identity and Access Management', 'AWS Command Line Interface', 'Amazon Keyspaces (for Apache Cassandra)', 'Amazon Relational Database Service'], serviceIds: ['dynamodb'] });
    assert.strictEqual(rule(run(d)), 'same-kind');
    const fair = run({ ...d, distractors: [...d.distractors, 'Amazon DocumentDB (with MongoDB compatibility)'] });
    assert.ok('question' in fair);
    if ('question' in fair) assert.ok(!fair.question.options.includes('AWS Identity and Access Management'));
  });

  it('same-kind: a stem that names the kind it asks for ("Which vector store …") gets options of that kind only', () => {
    const d = draft({ stem: 'Which vector store ranks documents by keyword relevance and k-NN similarity in one query?', correct: ['Amazon OpenSearch Service'],
      distractors: ['Amazon Athena', 'Amazon Redshift', 'Amazon S3 Vectors', 'Amazon MemoryDB'], serviceIds: ['opensearch-service'] });
    assert.strictEqual(rule(run(d)), 'same-kind');
    const fair = run({ ...d, distractors: [...d.distractors, 'Amazon Aurora'] });
    assert.ok('question' in fair && !fair.question.options.includes('Amazon Athena'));
  });

  it('ambiguous: never offers a service one cue cannot tell from the key (Amazon VPC beside PrivateLink)', () => {
    const d = draft({ stem: 'Which service keeps traffic from private subnets to a partner\'s SaaS API off the internet?', correct: ['AWS PrivateLink'],
      distractors: ['Amazon Virtual Private Cloud', 'AWS Direct Connect', 'Amazon CloudFront'], serviceIds: ['privatelink'] });
    assert.strictEqual(rule(run(d)), 'ambiguous');
  });

  it('distractor catalogue: services of the key\'s kind only (a storage service for a storage key, an orchestrator for an orchestrator)', () => {
    const of = (id: string) => serviceDistractors(ctx, [id], new Set(), `t:${id}`).map((s) => s.id);
    for (const x of of('s3')) assert.ok(['ebs', 'efs', 'backup', 'storage-gateway', 's3-tables', 's3-vectors'].includes(x), `s3 → ${x}`);
    for (const x of of('step-functions')) assert.ok(['mwaa', 'mwaa-serverless', 'glue-workflows', 'eventbridge', 'eventbridge-scheduler', 'sqs', 'sns', 'kinesis-data-streams', 'msk', 'eventbridge-pipes'].includes(x), `step-functions → ${x}`);
    // A data-prep key among data-prep tools first, then ETL engines; never a stream client (Kinesis Agent).
    const prep = of('glue-databrew');
    assert.ok(!prep.includes('kinesis-agent') && !prep.includes('glue-studio'), prep.join());
    // A service closed to new customers (said only in its description) is never offered.
    assert.ok(!of('config').includes('cloudtrail-lake') && !of('cloudwatch').includes('cloudtrail-lake'), of('config').join());
    // A kind with too few members and no near kind (cost) gives too few distractors: no question.
    assert.ok(of('budgets').length < 3, of('budgets').join());
  });

  it('few-distractors: drops a question with fewer than three distractors', () => {
    assert.strictEqual(rule(run(draft({ distractors: ['Amazon Data Firehose', 'Amazon Simple Queue Service'] }))), 'few-distractors');
  });

  it('number-unit: drops numeric options in mixed units', () => {
    const r = run(draft({ kind: 'cloze', optionKind: 'number', examRelevant: true, stem: 'Fill in the blank (Kinesis Data Streams): each shard takes _____ of writes.', correct: ['1 MB/s'], distractors: ['2 MB/s', '1000 KB/s', '4 MB/s'] }));
    assert.strictEqual(rule(r), 'number-unit');
  });

  it('key-in-other-unit: drops a stem that states the key in another unit', () => {
    const r = run(draft({ kind: 'cloze', optionKind: 'number', examRelevant: true, stem: 'Fill in the blank (Lambda): a function runs at most _____ (900 seconds).', correct: ['15 minutes'], distractors: ['5 minutes', '30 minutes', '60 minutes'] }));
    assert.strictEqual(rule(r), 'key-in-other-unit');
  });

  it('trivia: drops a number the notes do not mark as a limit, default or key fact', () => {
    const r = run(draft({ kind: 'cloze', optionKind: 'number', stem: 'Fill in the blank (Glue): the team created _____ last week.', correct: ['40 tables'], distractors: ['20 tables', '80 tables', '10 tables'] }));
    assert.strictEqual(rule(r), 'trivia');
  });

  it('residue: drops markdown, HTML, wiki links and LaTeX left in a stem', () => {
    for (const stem of ['Which service keeps **hot** records for replay?', 'Which service keeps $\\text{hot}$ records?', 'Which service is [[kinesis]] here?', 'Which service <br> keeps records?', 'Which service [!IMPORTANT] keeps records?']) {
      assert.strictEqual(rule(run(draft({ stem }))), 'residue', stem);
    }
  });

  it('no-subject: drops a stem that starts with a pronoun and names nothing', () => {
    assert.strictEqual(rule(run(draft({ kind: 'cloze', optionKind: 'number', examRelevant: true, stem: 'Fill in the blank: It keeps records for _____ by default.', correct: ['24 hours'], distractors: ['12 hours', '48 hours', '72 hours'] }))), 'no-subject');
  });

  it('grammar: drops broken stems (a doubled word, "the service whose")', () => {
    assert.strictEqual(rule(run(draft({ stem: 'Which service is the service whose API stores the the records?' }))), 'grammar');
  });

  it('plural-single: drops a plural stem with one key', () => {
    assert.strictEqual(rule(run(draft({ stem: 'What are services that let consumers re-read yesterday\'s clickstream?' }))), 'plural-single');
  });

  const cloze = (stem: string, key: string, distractors: string[]) => draft({ kind: 'cloze', optionKind: 'number', examRelevant: true, stem, correct: [key], distractors, serviceIds: [] });

  it('key-in-other-unit: a key restated in seconds written short, or as a count of nines', () => {
    assert.strictEqual(rule(run(cloze('Fill in the blank (Lambda): a function may run up to 900 s (_____).', '15 minutes', ['5 minutes', '30 minutes', '60 minutes']))), 'key-in-other-unit');
    assert.strictEqual(rule(run(cloze('Fill in the blank (Amazon S3): objects are designed for _____ (99.999999999 %) durability.', '11 nines', ['9 nines', '10 nines', '12 nines']))), 'key-in-other-unit');
  });

  it('subject-mismatch: drops a cloze tagged with one service whose sentence is about another', () => {
    assert.strictEqual(rule(run(cloze('Fill in the blank (Kinesis Data Streams): a Firehose record can hold up to _____ before base64 encoding.', '1,000 KiB', ['256 KiB', '512 KiB', '4,096 KiB']))), 'subject-mismatch');
    assert.strictEqual(rule(run(cloze('Fill in the blank (Kinesis Data Streams): each shard accepts up to _____ of writes.', '1 MB/s', ['2 MB/s', '4 MB/s', '5 MB/s']))), 'kept');
  });

  it('fragment: drops a cloze that is a note\'s label and a bare value', () => {
    assert.strictEqual(rule(run(cloze('Fill in the blank (Glue): Python shell job: 0.0625 or _____.', '1 DPU', ['2 DPU', '4 DPU', '8 DPU']))), 'fragment');
  });

  it('trivia: drops a number about a service outside data engineering (a container platform\'s support calendar)', () => {
    assert.strictEqual(rule(run(cloze('Fill in the blank (Amazon EKS): a Kubernetes minor version gets _____ of standard support.', '14 months', ['6 months', '24 months', '36 months']))), 'trivia');
  });

  it('weak-form: drops "which service does this fact describe" (siblings share the numbers)', () => {
    const d = draft({ kind: 'identify', stem: 'Which AWS service does this fact describe? “A cluster has one writer and up to 15 readers on storage that grows to 128 TiB.”', correct: ['Amazon DocumentDB (with MongoDB compatibility)'], distractors: ['Amazon Neptune', 'Amazon Keyspaces (for Apache Cassandra)', 'Amazon DynamoDB'], serviceIds: ['documentdb'] });
    assert.strictEqual(rule(run(d)), 'weak-form');
  });

  it('fragment: drops a requirement that is two clauses of a decision line', () => {
    const d = draft({ kind: 'choose', stem: 'Which AWS service fits this requirement best: “lookups by key in a few milliseconds at any scale; a relational engine when joins matter”?', correct: ['Amazon DynamoDB'], distractors: ['Amazon Keyspaces (for Apache Cassandra)', 'Amazon DocumentDB (with MongoDB compatibility)', 'Amazon Neptune'], serviceIds: ['dynamodb'] });
    assert.strictEqual(rule(run(d)), 'fragment');
  });

  it('no-subject: drops "Which type matches …" that never says what kind of type', () => {
    const d = draft({ kind: 'choose', optionKind: 'text', stem: 'Which type matches this description: “keep the old row, add a new one with its own surrogate key”?', correct: ['2'], distractors: ['1', '3', '6'], serviceIds: [] });
    assert.strictEqual(rule(run(d)), 'no-subject');
  });

  it('trivia: drops a blank on a superseded value ("raised from ___") and a monitoring quota that is no duration', () => {
    assert.strictEqual(rule(run(cloze('Fill in the blank (Amazon SQS): a message can now carry 1 MiB (raised from _____).', '256 KiB', ['64 KiB', '128 KiB', '512 KiB']))), 'trivia');
    const quota = draft({ kind: 'card', optionKind: 'number', examRelevant: true, stem: 'How many Logs Insights queries can one account run at once?', correct: ['30'], distractors: ['10', '50', '100'], serviceIds: [] });
    assert.strictEqual(rule(run(quota)), 'trivia');
    const keep = draft({ kind: 'card', optionKind: 'number', examRelevant: true, stem: 'How long does CloudTrail event history keep management events?', correct: ['90 days'], distractors: ['14 days', '60 days', '120 days'], serviceIds: [] });
    assert.strictEqual(rule(run(keep)), 'kept');
  });

  it('ambiguous: a capability the key shares (replay from the start: Kinesis Data Streams and MSK) drops the other', () => {
    const d = draft({ stem: 'Which service lets a consumer added today read last week\'s orders from the start while others read live?', correct: ['Amazon Kinesis Data Streams'],
      distractors: ['Amazon Managed Streaming for Apache Kafka', 'Amazon Data Firehose', 'Amazon Simple Notification Service'], serviceIds: ['kinesis-data-streams'] });
    assert.strictEqual(rule(run(d)), 'ambiguous');
  });

  it('trivia: drops numbers about the exam itself (a domain\'s weight, skills added in a guide version)', () => {
    const d = draft({ kind: 'card', optionKind: 'number', examRelevant: true, stem: 'What share of the scored questions does Domain 2 take?', correct: ['26 %'], distractors: ['10 %', '18 %', '40 %'], serviceIds: [] });
    assert.strictEqual(rule(run(d)), 'trivia');
  });

  it('trivia: a number about a service the bundled notes mark outside the exam (scope: extra), not its other questions', () => {
    const extra = kb.documents().find((x) => x.serviceId === 'kinesis-video-streams');
    assert.ok(extra && /\bextra\b/.test(ctx.service('kinesis-video-streams')?.scope ?? ''), 'the bundled notes mark Kinesis Video Streams extra');
    const number = draft({ kind: 'card', optionKind: 'number', examRelevant: true, stem: 'For how many hours at most can Amazon Kinesis Video Streams keep a camera feed?', correct: ['240 hours'], distractors: ['24 hours', '72 hours', '480 hours'], doc: extra!, section: extra!.sections[0], serviceIds: [] });
    assert.strictEqual(rule(run(number)), 'trivia');
    const inScope = kb.documents().find((x) => x.serviceId === 'kinesis-data-streams');
    assert.ok(inScope && /^in-scope/.test(ctx.service('kinesis-data-streams')?.scope ?? ''), 'the bundled notes have Kinesis Data Streams in scope');
    const kept = { ...number, stem: 'For how many hours at most can Amazon Kinesis Data Streams keep a record?', doc: inScope!, section: inScope!.sections[0] };
    assert.notStrictEqual(rule(run(kept)), 'trivia', 'the same number about an in-scope service is not trivia');
  });

  it('retired: drops every question of a note about a retired service', () => {
    const doc = kb.documents().find((x) => x.serviceId === 'snowmobile');
    assert.ok(doc, 'the bundled notes have a Snowmobile note');
    assert.strictEqual(rule(run({ ...cloze('Fill in the blank (Snowmobile): one truck carried up to _____.', '100 PB', ['10 PB', '50 PB', '200 PB']), doc: doc!, section: doc!.sections[0] })), 'retired');
  });

  it('duplicate: one number about one service is one question, whatever the wording', () => {
    const seen = new Map<string, string>();
    const first = cloze('Fill in the blank (DynamoDB): an item holds at most _____, attribute names included.', '400 KB', ['150 KB', '250 KB', '1 MB'].map((x) => x.replace('1 MB', '1000 KB')));
    assert.strictEqual(rule(gate(ctx, first, { seen })), 'kept');
    const card = draft({ kind: 'card', optionKind: 'number', examRelevant: true, stem: 'What is the largest item DynamoDB stores?', correct: ['400 KB'], distractors: ['64 KB', '256 KB', '1000 KB'], line: 99 });
    assert.strictEqual(rule(gate(ctx, card, { seen })), 'duplicate');
  });

  it('retired: never makes a retired service the key', () => {
    const retired = ctx.services.find((s) => /discontinued/i.test(s.scope ?? ''));
    assert.ok(retired, 'the bundled catalog has a discontinued service');
    assert.strictEqual(rule(run(draft({ correct: [retired!.name], answerServiceIds: [retired!.id], stem: 'Which service ran SQL over streams before Flink took over?' }))), 'retired');
  });

  it('duplicate: the same fact asked twice (from two files) is one question', () => {
    const seen = new Map<string, string>();
    assert.strictEqual(rule(gate(ctx, draft({}), { seen })), 'kept');
    assert.strictEqual(rule(gate(ctx, draft({ stem: 'Which service lets several consumers re-read yesterday\'s clickstreams?', line: 40 }), { seen })), 'duplicate');
    assert.strictEqual(duplicateKey('Which services replay streams?', ['X']), duplicateKey('Which service replays a stream?', ['x']));
  });
});

describe('numeric distractors', () => {
  it('sit on both sides of the key: its rank among the options is close to uniform', () => {
    const keys = ['24', '7', '1,000', '512', '15', '90', '128', '48.8', '365', '3'];
    const units = ['hours', 'days', 'KiB', 'MB', 'minutes', 'days', 'MB', 'TiB', 'days', 'copies'];
    const ranks = [0, 0, 0, 0];
    let n = 0;
    for (let s = 0; s < 200; s++) {
      const i = s % keys.length;
      const v = numberVariants(keys[i], units[i], rng(`seed-${s}`));
      if (v.length < 3) continue;
      const value = (x: string) => Number(x.replace(/,/g, '').split(' ')[0]);
      const rank = v.filter((x) => value(x) < value(keys[i])).length;
      ranks[rank]++;
      n++;
      for (const x of v) assert.ok(x.split(' ')[1].startsWith(units[i].slice(0, 3)), x);
    }
    for (const r of ranks) assert.ok(r / n > 0.12 && r / n < 0.4, `ranks ${JSON.stringify(ranks)} of ${n}`);
  });

  it('offers nines beside an availability percentage and a 1-2-5 series beside a round key', () => {
    for (const x of numberVariants('99.9', '%', rng('n'), '')) assert.ok([90, 95, 98, 99, 99.5, 99.95, 99.99, 99.999, 99.9999].includes(Number(x.replace('%', ''))), x);
    // Round values, none a simple multiple or fraction of the key (r16: not 10, 20, 50 or 200 beside 100).
    const round = numberVariants('100', 'shards', rng('r')).map((x) => Number(x.split(' ')[0]));
    assert.ok(round.every((v) => isNice(v) && !derivedFrom(100, v)), JSON.stringify(round));
  });

  it('never derives wrong numbers from a key that is not round (no 1,230 or 3,070 beside 6,144), and keeps options apart', () => {
    for (let k = 0; k < 20; k++) {
      const v = numberVariants('6,144', 'MB', rng(`d${k}`), ' ', [], [65535, 65536, 2557, 4096]).map((x) => Number(x.split(' ')[0].replace(/,/g, '')));
      assert.strictEqual(v.length, 3);
      for (const x of v) {
        const ratio = x > 6144 ? x / 6144 : 6144 / x;
        assert.ok(!Number.isInteger(Number(ratio.toFixed(6))), `${x} is the key times or over ${ratio}`);
        assert.notStrictEqual(x, 65535, 'a one-off figure of the notes is not offered');
      }
      for (const a of v) for (const b of v) if (a !== b) assert.ok(Math.abs(a - b) / Math.max(a, b) >= 0.2, `${a} and ${b} are too close`);
    }
  });

  it('offers nearby counts beside a count of nines (never 88 nines)', () => {
    for (const x of numberVariants('11', 'nines', rng('nn'))) assert.ok(Math.abs(Number(x.split(' ')[0]) - 11) <= 3, x);
  });

  it('offers natural values: a ladder for durations, powers of two for 512', () => {
    const hours = numberVariants('48', 'hours', rng('h'));
    for (const x of hours) assert.ok([1, 2, 3, 4, 6, 8, 12, 18, 24, 36, 72, 96, 120, 168].includes(Number(x.split(' ')[0])), x);
    // A binary limit among binary-like values (m × 2^k), never its doubles or halves (r16) …
    for (const x of numberVariants('10,240', 'MB', rng('p'))) {
      const v = Number(x.split(' ')[0].replace(/,/g, ''));
      assert.ok([1, 3, 5, 7].some((m) => Number.isInteger(Math.log2(v / m))) && !derivedFrom(10240, v), x);
    }
    // … but a power of two among other powers of two, where it would be the only one (r58).
    for (const x of numberVariants('512', 'MB', rng('p'))) assert.ok(Number.isInteger(Math.log2(Number(x.split(' ')[0].replace(/,/g, '')))), x);
  });
});
