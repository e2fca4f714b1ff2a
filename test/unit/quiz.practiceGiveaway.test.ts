// Written practice questions whose form gives the key away (practiceGiveaway.ts, blind reviews r15–r16): the stem
// names the key, "(Select TWO.)" before the question sentence ends, the key far longer than the others. Checked on
// every practice question, bundled or the user's. Fixtures are our own.
import * as assert from 'assert';
import { PracticeClaim } from '../../src/core/quiz/extract/practice';
import { longKey, misplacedSelect, practiceGiveaway, stemNamesKey } from '../../src/core/quiz/practiceGiveaway';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuestionBank } from '../../src/core/quiz/generator';
import { NOTES_DIR } from './paths';

const claim = (stem: string, options: string[], answers: number[]): PracticeClaim =>
  ({ number: 1, line: 3, stem, options, answers, study: [], multiple: answers.length > 1 });

describe('practice questions that give their answer away by form', () => {
  it('the stem says a word of a name in the key, in any form, that no other option has', () => {
    const config = ['Turn on AWS Config recording for the buckets', 'Query the CloudTrail event history', 'Enable S3 server access logging', 'Run Amazon Macie discovery jobs'];
    assert.match(stemNamesKey('Auditors must see how each bucket\'s configuration changed over the last quarter. What should the team do?', config, [0]) ?? '', /"configuration" names the answer A \("Config"\)/);
    const migrate = ['Use AWS Database Migration Service with ongoing replication', 'Export nightly dumps to Amazon S3', 'Copy the files with AWS DataSync', 'Run a Glue job over JDBC every hour'];
    assert.match(stemNamesKey('A bank must migrate its Oracle tables to Aurora with minutes of downtime. Which solution fits?', migrate, [0]) ?? '', /"migrate"/);
    // The same word in a distractor too: the stem no longer points at one option.
    const shared = ['Use AWS Database Migration Service with ongoing replication', 'Use AWS Application Migration Service to copy the servers', 'Copy the files with AWS DataSync', 'Run a Glue job over JDBC every hour'];
    assert.strictEqual(stemNamesKey('A bank must migrate its Oracle tables to Aurora with minutes of downtime. Which solution fits?', shared, [0]), undefined);
  });

  it('an abbreviation of the key that the stem spells out, in no other option (the table of nameLeak.ts)', () => {
    const options = ['Run an AWS DMS task with full load and CDC', 'Export nightly dumps to Amazon S3', 'Copy the files with AWS DataSync', 'Run a Glue job over JDBC every hour'];
    assert.match(stemNamesKey('The warehouse must follow every row change of the source by change data capture. Which solution fits?', options, [0]) ?? '', /"change data capture" spells out "CDC"/);
    const both = ['Run an AWS DMS task with full load and CDC', 'Read the binlog with a CDC connector on Amazon MSK Connect', 'Copy the files with AWS DataSync', 'Run a Glue job over JDBC every hour'];
    assert.strictEqual(stemNamesKey('The warehouse must follow every row change of the source by change data capture. Which solution fits?', both, [0]), undefined);
  });

  it('the scenario\'s own service, written as a name, is context, not a give-away', () => {
    const options = ['Enable job bookmarks on the AWS Glue job', 'Add an Amazon SQS queue in front of the loader', 'Rewrite the loader as an AWS Lambda function', 'Move the files with AWS DataSync'];
    assert.strictEqual(stemNamesKey('A nightly AWS Glue job reprocesses every file in the bucket each run. Which change fixes this?', options, [0]), undefined);
  });

  it('a run of three words with a name in it that only the stem and the key share', () => {
    const options = ['Point the engine at the Iceberg REST catalog endpoint of AWS Glue', 'Copy the tables to Amazon Redshift every night', 'Expose the tables through an Athena federated connector', 'Export the tables as CSV files to a shared bucket'];
    assert.match(stemNamesKey('A partner engine speaks only the Iceberg REST catalog protocol and must read the lake\'s tables. What should the team do?', options, [0]) ?? '', /"Iceberg REST catalog" is in the question and in the answer A only/);
    // A sentence key that says an ordinary word of the stem is no name.
    const plain = ['Run a crawler on a schedule to catalog the new tables', 'Query the files with Amazon Athena', 'Copy the files with AWS DataSync', 'Load them into Amazon DynamoDB'];
    assert.strictEqual(stemNamesKey('A team must find and catalog new tables as files land in S3. What should it do?', plain, [0]), undefined);
  });

  it('"(Select TWO.)" ends the question sentence, never a scenario before it', () => {
    assert.match(misplacedSelect('A retailer must keep two copies of its tables. (Select TWO.) Which actions meet these requirements?') ?? '', /comes before the end of the question/);
    assert.match(misplacedSelect('A retailer must keep two copies of its tables. (Select TWO.)') ?? '', /follows no question/);
    assert.strictEqual(misplacedSelect('A retailer must keep two copies of its tables. Which actions meet these requirements? (Select TWO.)'), undefined);
  });

  it('the key the longest option by far (the longest and 1.5 times the mean of the others)', () => {
    const long = ['Use S3 Lifecycle', 'Use S3 Versioning', 'Use S3 Object Lock in governance mode with a legal hold that the legal team removes later', 'Use S3 Replication'];
    assert.match(longKey(long, [2]) ?? '', /answer C is the longest option by far/);
    const even = ['Use S3 Lifecycle rules to expire old versions', 'Turn on S3 Versioning for the bucket', 'Place an S3 Object Lock legal hold on the objects', 'Replicate the bucket to a second Region'];
    assert.strictEqual(longKey(even, [2]), undefined);
    // Service names differ in length by nature: "Amazon Kinesis Data Streams" beside "Amazon SQS" is no tell.
    assert.strictEqual(longKey(['Amazon SNS', 'Amazon Kinesis Data Streams', 'Amazon SQS', 'AWS Batch'], [1]), undefined);
    assert.match(longKey(['Amazon EBS', 'Amazon S3', 'Instance store (local disks of the node)', 'Amazon EFS'], [2]) ?? '', /answer C/);
    // Multiple response: both keys longer than every distractor and far longer than their mean.
    const two = ['Add a retry', 'Raise memory', 'Set the maximum record age on the event source mapping to five minutes', 'Send discarded batches to an SQS on-failure destination of the mapping', 'Add shards'];
    assert.match(longKey(two, [2, 3]) ?? '', /answers C and D are the longest options/);
  });

  it('practiceGiveaway names the first reason', () => {
    assert.match(practiceGiveaway(claim('Which is right? (Select TWO.) Pick now.', ['a', 'b', 'c', 'd', 'e'], [0, 1])) ?? '', /Select TWO/);
    assert.strictEqual(practiceGiveaway(claim('A team loads files nightly. Which service fits?', ['Amazon EMR', 'AWS Glue', 'AWS Lambda', 'AWS Batch'], [1])), undefined);
  });

  it('the bundled practice questions give no answer away (every one is asked)', function () {
    this.timeout(120000);
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const held = new QuestionBank(kb).diagnostics.filter((d) => /held back/.test(d.message)).map((d) => `${d.file.replace(/.*\/notes\//, '')}:${d.line} ${d.message}`);
    assert.deepStrictEqual(held, []);
  });
});
