// The recall-card gate (gate/recall.ts): each rule with a card it drops and one it keeps. Fixtures are our own
// words, in the idioms of a student's interview-style lesson notes.
import * as assert from 'assert';
import { QuizContext } from '../../src/core/quiz/context';
import { Draft } from '../../src/core/quiz/draft';
import { GATE_RULES } from '../../src/core/quiz/gate';
import {
  adminFront, currentlyNamed, fragmentBack, leansOnContext, misnamed, partialBack, recallProblem, restatesFront, talkInBack, unanswered,
} from '../../src/core/quiz/gate/recall';
import { cardAskedBefore, keepAsked } from '../../src/core/quiz/gate/recallLedger';
import { bundledKb } from './bundledMatcher';

describe('quiz: the recall-card gate (gate/recall.ts)', () => {
  let ctx: QuizContext;
  before(() => { const kb = bundledKb(); ctx = new QuizContext(kb, kb.documents()); });
  const userCard = { doc: { source: 'user' } } as unknown as Draft;
  const bundledCard = { doc: { source: 'bundled' } } as unknown as Draft;

  it('every recall rule is a named gate rule the report counts', () => {
    for (const r of ['recall-context', 'recall-admin', 'recall-talk', 'recall-unanswered', 'recall-fragment', 'recall-partial', 'recall-restates', 'recall-misnamed']) {
      assert.ok((GATE_RULES as readonly string[]).includes(r), r);
    }
  });

  it('a front that leans on what the note said before it', () => {
    assert.match(leansOnContext('How would you set that up?')!, /pointer/);
    assert.match(leansOnContext('What if the files arrive every few seconds?')!, /talk/);
    assert.match(leansOnContext('How does it scale when traffic doubles?')!, /pronoun/);
    assert.match(leansOnContext('Which of the above lets analysts query the files in place?')!, /above/);
    assert.match(leansOnContext('How do you make your nightly pipeline rerun a failed day?')!, /your nightly pipeline/);
    assert.match(leansOnContext('How can you change the configuration to load the warehouse faster?')!, /the configuration/);
    assert.strictEqual(leansOnContext('Which AWS service can you use to keep your Athena tables current as files land in S3?'), undefined);
    assert.strictEqual(leansOnContext('What are the four stages of a data pipeline?'), undefined);
    assert.strictEqual(leansOnContext('Which window function returns the previous row\'s value?'), undefined);
    assert.strictEqual(leansOnContext('Which part of an IAM role says who may assume it?'), undefined);
  });

  it('a back that is talk, not an answer', () => {
    assert.match(talkInBack('Well, let us go over the basics first.')!, /well/i);
    assert.match(talkInBack('Let\'s take a step back and think about streams.')!, /step back/);
    assert.match(talkInBack('First I would load the files into a staging table.')!, /I/);
    assert.match(talkInBack('We mentioned them already: Kinesis and MSK.')!, /we mentioned/i);
    assert.strictEqual(talkInBack('Amazon Kinesis Data Streams and Amazon MSK.'), undefined);
    assert.strictEqual(talkInBack('Objects land under s3://my-bucket/raw/ first.'), undefined);
    assert.strictEqual(talkInBack('So that a replayed batch writes each row once.'), undefined);
  });

  it('a back that does not answer its front', () => {
    assert.match(unanswered(ctx, 'Which AWS services keep session state for a web tier?', 'Session state must be read back within a few milliseconds.')!, /names none/);
    assert.match(unanswered(ctx, 'How do you move a file share to AWS?', 'Which service reads NFS shares? AWS DataSync does.')!, /question/);
    assert.match(unanswered(ctx, 'How do you ship petabytes offline?', 'Make sure you know every device of the Snow Family and when to pick each.')!, /study advice/);
    assert.strictEqual(unanswered(ctx, 'Which AWS services keep session state for a web tier?', 'Amazon ElastiCache and Amazon DynamoDB.'), undefined);
    assert.strictEqual(unanswered(ctx, 'Which account do service control policies never restrict?', 'The management account of the organization.'), undefined);
    assert.strictEqual(unanswered(ctx, 'What is Service Discovery?', 'Finding the address of a running task by its name.'), undefined);
    assert.strictEqual(unanswered(ctx, 'What type of service is Amazon Athena?', 'A serverless, interactive query engine over files.'), undefined);
    assert.strictEqual(unanswered(ctx, 'What is a partition key?', 'The attribute whose hash decides which partition stores an item.'), undefined);
  });

  it('a back cut short or carrying residue', () => {
    assert.match(fragmentBack('It writes to S3 (and to Redshift through')!, /parenthesis/);
    assert.match(fragmentBack('It lands raw files in zones such as')!, /cut/);
    assert.strictEqual(fragmentBack('FOR TIMESTAMP AS OF'), undefined);
    assert.match(fragmentBack('Use the **COPY** command.')!, /residue/);
    assert.match(fragmentBack('As shown in the diagram above, three zones.')!, /shown/);
    assert.strictEqual(fragmentBack('Split the input into several files so every slice loads one (a multiple of the slice count).'), undefined);
  });

  it('study admin and trivia fronts', () => {
    assert.match(adminFront('How many questions does the exam have?', '65.')!, /questions/);
    assert.match(adminFront('How should you split your time per question?', 'About two minutes.')!, /question|time/);
    assert.match(adminFront('What does one terabyte scanned cost?', '$5 per TB in most Regions.')!, /\$/);
    assert.strictEqual(adminFront('What does Athena bill a query by?', 'The bytes it scans.'), undefined);
  });

  it('a plural front answered by one item', () => {
    assert.match(partialBack(ctx, 'What are ways to make a pipeline replayable?', 'Drive it by events.')!, /gives one/);
    assert.match(partialBack(ctx, 'What are some AWS services for batch loads?', 'Amazon EMR runs Spark jobs that read a database over JDBC. It can also run Hive.')!, /names one/);
    assert.strictEqual(partialBack(ctx, 'What are ways to make a pipeline replayable?', 'Drive it by events, keep raw copies and checkpoint progress.'), undefined);
    assert.strictEqual(partialBack(ctx, 'What are some AWS services for batch loads?', 'Amazon EMR and AWS Glue.'), undefined);
    // A plural term to define is no list asked for.
    assert.strictEqual(partialBack(ctx, 'What are data processing units?', 'The units of compute a Glue job is billed by.'), undefined);
  });

  it('a back that restates its front', () => {
    assert.match(restatesFront('Why is Amazon Redshift Spectrum useful for data lakes?', 'Amazon Redshift Spectrum is useful for data lakes.')!, /restates/);
    assert.strictEqual(restatesFront('What does a Glue crawler do to new partitions?', 'It adds them to the table.'), undefined);
    assert.strictEqual(restatesFront('Are network ACLs stateful or stateless?', 'Stateless'), undefined);
    assert.strictEqual(restatesFront('What does a Glue crawler do?', 'It infers schemas and adds tables and partitions to the Data Catalog.'), undefined);
  });

  it('a service name that no AWS service has', () => {
    assert.match(misnamed(ctx, 'Amazon ElastiCash and Amazon RDS.')!, /ElastiCash/);
    assert.strictEqual(misnamed(ctx, 'Amazon ElastiCache and Amazon RDS; an AWS Glue crawler; the AWS Snow Family.'), undefined);
  });

  it('only a user\'s cards pass these rules; the first rule that fails names the rejection', () => {
    assert.deepStrictEqual(recallProblem(ctx, userCard, 'How would you set that up?', 'Well, first I would make a bucket.'), { rejected: 'recall-context', detail: 'ends on a pointer to what it never said' });
    assert.strictEqual(recallProblem(ctx, bundledCard, 'How would you set that up?', 'Well, first I would make a bucket.'), undefined);
    assert.strictEqual(recallProblem(ctx, userCard, 'Which AWS services keep session state for a web tier?', 'Amazon ElastiCache and Amazon DynamoDB.'), undefined);
  });

  it('a card says current names, the former one beside the current', () => {
    const c = currentlyNamed(ctx, 'Where can Kinesis Data Firehose deliver records?', 'Kinesis Data Firehose delivers to Amazon S3 and Amazon Redshift.');
    assert.strictEqual(c.front, 'Where can Amazon Data Firehose deliver records?');
    assert.match(c.back, /^Amazon Data Firehose \(formerly (?:Amazon )?Kinesis Data Firehose\) delivers to Amazon S3/);
    const d = currentlyNamed(ctx, 'Which destinations does Kinesis Data Firehose offer?', 'Amazon S3 and Amazon Redshift.');
    assert.match(d.back, /^Amazon S3 and Amazon Redshift\. \(Amazon Data Firehose was formerly (?:Amazon )?Kinesis Data Firehose\.\)$/);
    // A longer product name that starts with a former name stays as the note wrote it.
    assert.deepStrictEqual(currentlyNamed(ctx, 'What is SageMaker Ground Truth?', 'A managed labelling service with human reviewers.'), { front: 'What is SageMaker Ground Truth?', back: 'A managed labelling service with human reviewers.' });
  });

  it('a card that asks the fact of a choice question, or of another card, is a duplicate', () => {
    const seen = new Map<string, string>();
    keepAsked(ctx, seen, 'Which AWS service copies files from on-premises NFS shares into Amazon S3 on a schedule?', ['AWS DataSync'], 'n.md:4');
    assert.strictEqual(cardAskedBefore(ctx, seen, 'Which service would you use to copy on-premises NFS shares into Amazon S3?', 'AWS DataSync copies files from NFS shares into Amazon S3 on a schedule.', 'n.md:9'), 'n.md:4');
    assert.strictEqual(cardAskedBefore(ctx, seen, 'Which AWS service streams change data from a database?', 'AWS Database Migration Service, with ongoing replication.', 'n.md:12'), undefined);
    assert.strictEqual(cardAskedBefore(ctx, seen, 'Which AWS service streams change data from a database?', 'AWS DMS.', 'n.md:20'), 'n.md:12');
    // A text key counts as a word of the card; a service key only as the service the card names.
    keepAsked(ctx, seen, 'Which of the five V\'s of data is described here: “how fast new records arrive and must be processed”?', ['Velocity'], 'n.md:30');
    assert.strictEqual(cardAskedBefore(ctx, seen, 'What is velocity in the five V\'s of data?', 'How fast new records arrive and must be processed.', 'n.md:31'), 'n.md:30');
    keepAsked(ctx, seen, 'Which AWS service queues batch jobs onto Spot compute environments?', ['AWS Batch'], 'n.md:40');
    assert.strictEqual(cardAskedBefore(ctx, seen, 'What do scheduled batch loads do?', 'They queue jobs on Spot compute environments at night.', 'n.md:41'), undefined);
  });
});
