// Idioms of users' own notes (issue 9): exam tips that bold their choice, need → choice tables, sibling
// headings, use-case columns, counted families, statements in prose, user service notes that cover several
// services. Fixtures are in our own words, written the way such notes are written.
import * as assert from 'assert';
import { Section, Service } from '../../src/core/model';
import { acronymOf } from '../../src/core/quiz/build/headingFamily';
import { isPseudoService } from '../../src/core/quiz/pseudoService';
import { categoryDomain } from '../../src/core/quiz/serviceTraits';
import { countedFamily, extractTermLists } from '../../src/core/quiz/extract/definitions';
import { extractFacts } from '../../src/core/quiz/extract/facts';
import { extractHeadingFamilies, headingName } from '../../src/core/quiz/extract/headingFamilies';
import { pairClaim } from '../../src/core/quiz/extract/passages';
import { boldChoice, extractRequirements } from '../../src/core/quiz/extract/requirements';
import { extractStatements } from '../../src/core/quiz/extract/statements';
import { Question } from '../../src/core/quiz/types';
import { userChoiceQuestions, userDoc } from './userNotes';

const docOf = userDoc;
const one = (text: string): Section => docOf(`# Note\n\n## Part\n\n${text}\n`).sections[1];
const svc = (id: string, name: string): Service => ({ id, name, formerNames: [], aliases: [], ambiguous: [], category: 'Storage', description: '', domains: [], tasks: [], identifiers: {}, file: `/user/${id}.md`, line: 1, keyFacts: [] });

describe('quiz: idioms of users\' notes (extractors)', () => {
  it('exam tips that bold their choice after a choice verb, with the need before it or after "for"', () => {
    assert.deepStrictEqual(boldChoice('**Skip files a nightly job already read**: Turn on nothing else, just use **Glue Job Bookmarks**.'), undefined, 'the verb must follow the need');
    const a = boldChoice('**Skip files a nightly job already read**: Use **Glue Job Bookmarks** (they remember state).');
    assert.deepStrictEqual(a && [a.cue, a.answer], ['Skip files a nightly job already read', 'Glue Job Bookmarks']);
    const b = boldChoice('Thousands of small writes throttle the key service -> Enable **S3 Bucket Keys**');
    assert.deepStrictEqual(b && [b.cue, b.answer], ['Thousands of small writes throttle the key service', 'S3 Bucket Keys']);
    const c = boldChoice('Choose **AWS Batch** for container jobs that run for hours on Spot capacity.');
    assert.deepStrictEqual(c && [c.cue, c.answer], ['container jobs that run for hours on Spot capacity', 'AWS Batch']);
    const d = boldChoice('If requirement is **ordered replay for several readers**: Choose [[streams-note]] (Data Streams).');
    assert.deepStrictEqual(d && [d.answer, d.alt], ['Data Streams', 'streams note Data Streams']);
    assert.strictEqual(boldChoice('**Cheap clusters**: Use **On-Demand** for core nodes and **Spot** for task nodes.'), undefined, 'two choices are not one answer');
    assert.strictEqual(boldChoice('**Glue vs EMR**: Choose **EMR** for custom Hadoop jars.'), undefined, 'a comparison label is a topic, not a need');
  });

  it('a table whose first column is the need and second the choice ("Use Case | Service")', () => {
    const s = one(['| Use Case | AWS Service Choice | Hint |', '|---|---|---|', '| Copy NFS shares to S3 every night | [[sync-note]] (AWS DataSync) | agent |', '| Ask questions of SaaS records in S3 | **Amazon AppFlow** | connectors |'].join('\n'));
    assert.deepStrictEqual(extractRequirements(s).map((c) => [c.cue, c.answer]), [
      ['Copy NFS shares to S3 every night', 'AWS DataSync'],
      ['Ask questions of SaaS records in S3', 'Amazon AppFlow'],
    ]);
  });

  it('sibling headings that each open with what they are form one family; a "Problem:" opening does not count', () => {
    const doc = docOf([
      '# AWS Glue', '', '## 2. Main Components', '',
      '### 1. Glue Data Catalog', '- Keeps table definitions and partitions that query engines read.', '',
      '### 2. Glue Crawlers (Classifiers)', '- Scan a store, guess the schema and write tables into the catalog.', '',
      '### 3. Glue ETL Jobs', '- Run Spark scripts without any cluster to size or patch.', '',
      '### 4. Glue DataBrew', '- Lets analysts clean data with ready-made steps and no code.', '',
      '### 5. Glue Flex', '- **Problem**: urgent jobs wait in a queue behind cheap ones.', '',
    ].join('\n'));
    const [family] = extractHeadingFamilies(doc);
    assert.deepStrictEqual(family.terms.map((t) => t.term), ['Glue Data Catalog', 'Glue Crawlers', 'Glue ETL Jobs', 'Glue DataBrew']);
    assert.strictEqual(family.parent, '2. Main Components');
    assert.strictEqual(headingName('2. Kinesis Data Firehose (KDF)'), 'Kinesis Data Firehose');
    assert.strictEqual(headingName('3. Flink Service (formerly Stream Analytics)'), 'Flink Service');
    assert.strictEqual(headingName('Exam Tips'), '');
    assert.strictEqual(headingName('Glue vs EMR'), '');
  });

  it('a description that spells the key\'s acronym gives it away', () => {
    assert.ok(acronymOf('Dual-layer server-side encryption with keys held in KMS', 'DSSE-KMS'));
    assert.ok(!acronymOf('Each object gets its own key that S3 owns and rotates', 'SSE-S3'));
  });

  it('a family the text before it counts ("the four …") is named by that count', () => {
    assert.strictEqual(countedFamily('So what are the four pillars of a pipeline?', 4), 'four pillars of a pipeline');
    assert.strictEqual(countedFamily('So what are the four pillars of a pipeline?', 3), undefined);
    const s = one([
      'Which are the three kinds of load?', '',
      '- **Spiky** is **traffic that jumps for minutes and then drops back**.',
      '- **Steady** is **traffic that stays within a narrow band all day**.',
      '- **Seasonal** is **probably the most important kind for retail**.',
    ].join('\n'));
    const [list] = extractTermLists(s);
    assert.strictEqual(list.counted, 'three kinds of load');
    assert.deepStrictEqual(list.terms.map((t) => t.term), ['Spiky', 'Steady'], 'an opinion is not a definition');
  });

  it('statements: "There is also an X that …", "X can also be used to …", "It" after a question naming X, a "For …," lead-in', () => {
    const s = one([
      'There is also an Amazon Kinesis Agent that helps to ship lines of a log file into a stream.',
      'Later, AWS DMS can also be used to keep a copy of a database in step with its source.',
      'Which jobs suit Amazon AppFlow? It can be used to copy records out of SaaS apps into a bucket.',
      'For operational dashboards, Amazon OpenSearch Service can index application logs and chart them in near real time.',
    ].join(' '));
    assert.deepStrictEqual(extractStatements(s).map((c) => [c.subject, c.predicate]), [
      ['Amazon Kinesis Agent', 'helps to ship lines of a log file into a stream'],
      ['Amazon AppFlow', 'can you use to copy records out of SaaS apps into a bucket'],
      ['Amazon OpenSearch Service', 'can index application logs and chart them in near real time'],
    ]);
    // Mid-sentence ("Later, AWS DMS can …") is not a statement about the service.
  });

  it('two services one sentence describes together ask for both', () => {
    assert.deepStrictEqual(pairClaim('Amazon Keyspaces and Amazon DocumentDB are AWS database services for document and wide-column data.', 4), {
      kind: 'qa', question: 'Which AWS database services suit document and wide-column data?', answer: 'Amazon Keyspaces and Amazon DocumentDB', line: 4,
    });
    // Without a category the sentence's own verb stays.
    assert.strictEqual(pairClaim('Amazon SQS and Amazon SNS are AWS services that decouple producers from consumers.', 7)?.question, 'Which AWS services are used to decouple producers from consumers?');
  });

  it('a user note\'s number is asked only under a limits heading or a limit label, never a bold figure in prose', () => {
    const doc = docOf(['# Widgets', '', '## Usage', '', 'Batching cuts calls by **up to 90%** in our tests.', '', '- **Max payload**: 6 MB per request.', ''].join('\n'));
    const facts = extractFacts(doc, doc.sections[1], () => 1);
    assert.deepStrictEqual(facts.map((f) => f.origin), ['bold', 'label']);
  });

  it('a user service note about several services, a family or a feature is not one service', () => {
    const s3 = svc('s3', 'Amazon S3');
    assert.ok(isPseudoService(svc('q', 'Amazon SQS & Amazon SNS'), [s3]));
    assert.ok(isPseudoService(svc('k', 'Amazon Kinesis Family'), [s3]));
    assert.ok(isPseudoService(svc('db', 'Specialized AWS Databases (Graph, Cache)'), [s3]));
    assert.ok(isPseudoService(svc('s3e', 'Amazon S3 Encryption'), [s3]));
    assert.ok(!isPseudoService(svc('glue', 'AWS Glue'), [s3]));
    assert.ok(!isPseudoService(s3, [s3]));
    assert.strictEqual(categoryDomain('Storage'), 2);
    assert.strictEqual(categoryDomain('Security'), 4);
    assert.strictEqual(categoryDomain('Monitoring'), 3);
    assert.strictEqual(categoryDomain('Analytics / Streaming'), 1);
  });
});

describe('quiz: idioms of users\' notes (questions)', function () {
  this.timeout(60000);
  let mine: Question[];
  const stems = () => JSON.stringify(mine.map((x) => x.stem), null, 1);
  before(() => {
    const notes: Record<string, string[]> = {
      'msg.md': ['---', 'type: aws-service', 'category: Integration', '---', '# Amazon SQS & Amazon SNS', '',
        '- **Primary Use Case**: Decoupling producers from consumers with queues and fan-out topics.', '', 'Hub: [[domain-3-operations]]', ''],
      'bucket-tips.md': ['---', 'type: aws-service', 'category: Storage', '---', '# Amazon S3 Tuning', '',
        '## Exam Tips', '',
        '- **Readers across the world download large objects slowly**: Use **S3 Transfer Acceleration**.',
        '- **Read only the footer of each large file in parallel**: Use **S3 Byte-Range Fetches**.',
        '- **Millisecond reads from one zone for training jobs**: Choose **S3 Express One Zone**.',
        '- **Keep yesterday\'s versions recoverable after a bad overwrite**: Enable **S3 Versioning**.',
        '- **Delete nothing for seven years, not even as root**: Choose **S3 Object Lock Compliance Mode**.', '',
        '## S3 Storage Classes Matrix', '',
        '| Storage Class | Durability | Ideal Use Case |', '|---|---|---|',
        '| S3 Standard | 11 nines | Hot objects read many times each day |',
        '| S3 Standard-IA | 11 nines | Backups read a few times a year but needed at once |',
        '| S3 Glacier Deep Archive | 11 nines | Records kept for a decade and almost never read |',
        '| S3 Express One Zone | 11 nines | Training jobs that reread small files with the lowest latency |', ''],
      'more-tips.md': ['# Storage patterns', '', '## Patterns', '',
        '- Teams abroad upload big files too slowly to one Region -> Enable **S3 Transfer Acceleration**.',
        '- **Cache hot keys in front of a database**: Choose **Valkey or Redis OSS**.', '',
        '- Live clickstream dashboards that update within a second -> Choose **Amazon Kinesis**.', '',
        'AWS Glue lets you run serverless Spark jobs that clean and reshape tables and the jobs can be scheduled nightly.', ''],
      'streams.md': ['# Streaming choices', '', '## Kinesis vs MSK', '',
        '| Feature | Amazon Kinesis Data Streams | Amazon MSK |', '|---|---|---|',
        '| Scaling | shards or on-demand | brokers and partitions |',
        '| Best For | Serverless streams built only on AWS APIs | Moving existing Kafka producers without code changes |', ''],
      'glue.md': ['---', 'type: aws-service', 'category: Analytics', '---', '# AWS Glue', '', '## 2. Main Components', '',
        '### 1. Glue Data Catalog', '- Keeps table definitions and partitions that query engines read.', '',
        '### 2. Glue Crawlers', '- Scan a store, guess the schema and write tables into the catalog.', '',
        '### 3. Glue ETL Jobs', '- Run Spark scripts without any cluster to size or patch.', '',
        '### 4. Glue DataBrew', '- Lets analysts clean data with ready-made steps and no code.', ''],
    };
    mine = userChoiceQuestions(notes);
  });

  it('feature choices of all notes: other features are the distractors, and the same feature from two notes is one question', () => {
    const q = mine.filter((x) => x.options[x.answers[0]] === 'S3 Transfer Acceleration');
    assert.strictEqual(q.length, 1, stems());
    assert.match(q[0].stem, /^Which Amazon S3 feature fits this requirement best: “Readers across the world download large objects slowly”\?$/);
    for (const o of q[0].options) assert.match(o, /^S3 /);
  });

  it('an umbrella brand is never the key of a requirement', () => {
    assert.ok(!mine.some((x) => x.answers.some((a) => /family/i.test(x.options[a]))), stems());
  });

  it('a feature answer is a name, not a phrase or a choice between two', () => {
    assert.ok(!mine.some((x) => x.options.includes('Valkey or Redis OSS')), stems());
  });

  it('a statement keeps its first clause when a second one has its own subject', () => {
    const q = mine.find((x) => /reshape tables/.test(x.stem));
    assert.ok(q, stems());
    assert.strictEqual(q!.stem, 'Which AWS service lets you run serverless Spark jobs that clean and reshape tables?');
    assert.strictEqual(q!.options[q!.answers[0]], 'AWS Glue');
  });

  it('a user note about two services is never an option, and its domain comes from the domain note it links to', () => {
    assert.ok(mine.every((x) => !x.options.includes('Amazon SQS & Amazon SNS')), stems());
    const msg = mine.filter((x) => x.source.file === '/user/msg.md');
    assert.ok(msg.every((x) => x.domain === 3), JSON.stringify(msg.map((x) => [x.stem, x.domain])));
  });

  it('a mapping table with a use-case column asks which member fits, naming the family from the heading', () => {
    const q = mine.find((x) => /Backups read a few times/.test(x.stem));
    assert.ok(q, stems());
    assert.strictEqual(q!.stem, 'Which S3 storage class fits this use case best: “Backups read a few times a year but needed at once”?');
    assert.strictEqual(q!.options[q!.answers[0]], 'S3 Standard-IA');
  });

  it('an "X vs Y" matrix of services asks which column a "Best For" cell describes', () => {
    const q = mine.find((x) => /built only on AWS APIs/.test(x.stem));
    assert.ok(q, stems());
    assert.strictEqual(q!.stem, 'Which AWS service fits this use case best: “Serverless streams built only on AWS APIs”?');
    assert.strictEqual(q!.options[q!.answers[0]], 'Amazon Kinesis Data Streams');
    assert.ok(q!.options.includes('Amazon Managed Streaming for Apache Kafka'), 'the other column is an option');
    // The MSK cell names Kafka, which gives its key away: the gate drops that one (leak-word).
  });

  it('sibling headings ask which member a description names, with the note\'s service in the stem', () => {
    // One question per family with one option set (blind review r11): the first member's.
    const qs = mine.filter((x) => /^Which Glue component is described here: “/.test(x.stem));
    assert.strictEqual(qs.length, 1, stems());
    assert.strictEqual(qs[0].stem, 'Which Glue component is described here: “Keeps table definitions and partitions that query engines read”?');
    assert.deepStrictEqual([...qs[0].options].sort(), ['Glue Crawlers', 'Glue Data Catalog', 'Glue DataBrew', 'Glue ETL Jobs']);
  });
});
