import * as assert from 'assert';
import { leaksKey } from '../../src/core/quiz/keyLeak';
import { americanSpelling, namePartLeak, nameParts } from '../../src/core/quiz/nameLeak';
import { outdatedContent } from '../../src/core/quiz/outdated';
import { QuizContext } from '../../src/core/quiz/context';
import { PracticeClaim } from '../../src/core/quiz/extract/practice';
import { unfitPractice } from '../../src/core/quiz/practiceFit';
import { bundledKb } from './bundledMatcher';

// Blind review r5: stems that give the key away through a part of its name, not a whole word of it.
describe('quiz gate: leaks through parts of the key\'s name', () => {
  it('splits compound names at their capitals and adds brand spellings and abbreviations', () => {
    assert.deepStrictEqual(nameParts('AWS DataSync'), ['datasync', 'data', 'sync']);
    assert.ok(nameParts('Amazon Rekognition').includes('recognition'));
    assert.ok(nameParts('S3 One Zone-IA').includes('infrequent'));
  });

  it('a part of a compound name: "synchronizing" → DataSync, "caching" → ElastiCache, "rollouts of deployments" → CodeDeploy', () => {
    assert.strictEqual(leaksKey('Which service fits: “nightly synchronization of a file share into Amazon EFS”?', 'AWS DataSync', ['AWS Storage Gateway', 'AWS Transfer Family', 'AWS Snowball Edge']), 'synchronization');
    assert.strictEqual(leaksKey('Which service fits: “sub-millisecond caching in front of a relational database”?', 'Amazon ElastiCache', ['Amazon DynamoDB', 'Amazon Neptune', 'Amazon Aurora']), 'caching');
    assert.strictEqual(leaksKey('Which AWS service is this? “Rolls out deployments to servers and functions, rolling back on failure.”', 'AWS CodeDeploy', ['AWS CodePipeline', 'AWS CodeBuild', 'AWS CloudFormation']), 'deployments');
  });

  it('a query language named after the engine in the key\'s name: "CQL" → Keyspaces (for Apache Cassandra), "PromQL" → Prometheus', () => {
    assert.strictEqual(namePartLeak('Which AWS database suits an app whose drivers already speak CQL to a wide-column store?', 'Amazon Keyspaces (for Apache Cassandra)', ['Amazon DynamoDB', 'Amazon RDS', 'Amazon Aurora']), 'CQL');
    assert.strictEqual(namePartLeak('Which service stores metrics that dashboards read with PromQL?', 'Amazon Managed Service for Prometheus', ['Amazon CloudWatch', 'Amazon Timestream', 'Amazon OpenSearch Service']), 'PromQL');
    // A language whose engine no option is named after is knowledge, not a leak (Gremlin → Neptune).
    assert.strictEqual(namePartLeak('Which database answers traversals written in Gremlin?', 'Amazon Neptune', ['Amazon DynamoDB', 'Amazon RDS', 'Amazon Aurora']), undefined);
  });

  it('a brand spelling of an English word: "recognition" → Rekognition, "extracting" → Textract', () => {
    assert.strictEqual(leaksKey('Which AI service suits “spotting faces with recognition models in photos”?', 'Amazon Rekognition', ['Amazon Comprehend', 'Amazon Polly', 'Amazon Translate']), 'recognition');
    assert.strictEqual(namePartLeak('Which AI service suits “extracting form fields from scanned invoices”?', 'Amazon Textract', ['Amazon Comprehend', 'Amazon Polly', 'Amazon Translate']), 'extracting');
  });

  it('a synonym of a part of the key\'s name: "immediate" → Glacier Instant Retrieval (blind review r19)', () => {
    const classes = ['S3 Glacier Flexible Retrieval', 'S3 Glacier Deep Archive', 'S3 Standard-IA'];
    assert.strictEqual(leaksKey('Which storage class suits archived scans that clinicians must open with immediate retrieval?', 'S3 Glacier Instant Retrieval', classes), 'immediate');
    // The same word is no give-away when no option's name holds the part it means.
    assert.strictEqual(leaksKey('Which service sends an immediate alert when a pipeline fails?', 'Amazon SNS', ['Amazon SQS', 'AWS Glue', 'Amazon MQ']), undefined);
  });

  it('the V\'s of data glossed in their plain sense: "the kinds of data" → Variety (blind reviews r26–r29)', () => {
    const vs = ['Volume', 'Velocity', 'Veracity'];
    assert.strictEqual(leaksKey('Which of the V\'s of data is described here: “the kinds of data a pipeline takes in”?', 'Variety', vs), 'kinds');
    assert.strictEqual(leaksKey('Which of the V\'s of data is described here: “the total amount a pipeline stores”?', 'Volume', ['Variety', 'Velocity', 'Veracity']), 'amount');
    // A description that does not say the word's plain meaning still asks it.
    assert.strictEqual(leaksKey('Which of the V\'s of data is described here: “clickstream rows arriving every millisecond from many producers”?', 'Velocity', ['Volume', 'Variety', 'Veracity']), undefined);
  });

  it('a British spelling: "organisational units" → Organizations', () => {
    assert.strictEqual(americanSpelling('organisational'), 'organizational');
    assert.strictEqual(americanSpelling('catalogue'), 'catalog');
    assert.strictEqual(leaksKey('Which AWS service is this? “Groups accounts into organisational units with shared billing.”', 'AWS Organizations', ['AWS IAM Identity Center', 'AWS Security Token Service', 'AWS Control Tower']), 'organisational');
  });

  it('an abbreviation spelled out in part: "dual-layer" → DSSE-KMS, "1 AZ" → One Zone-IA', () => {
    assert.strictEqual(leaksKey('Which S3 encryption fits “auditors demand dual-layer encryption at rest”?', 'DSSE-KMS', ['SSE-KMS', 'SSE-S3', 'SSE-C']), 'dual-layer');
    assert.strictEqual(leaksKey('Which S3 storage class fits “re-creatable copies kept in 1 AZ”?', 'S3 One Zone-IA', ['S3 Standard-IA', 'S3 Standard', 'S3 Glacier Instant Retrieval']), '1');
  });

  it('a distinctive word of a multi-word key: "change stream" → Change Data Capture', () => {
    assert.strictEqual(leaksKey('Which DMS feature copies every row change to the target as it happens?', 'Change Data Capture (CDC)', ['Full load', 'Schema conversion', 'Data validation']), 'change');
  });

  it('words every option shares, and common parts, give nothing away', () => {
    // "S3" and "IA" are in every option; "open-source" is not OpenSearch.
    assert.strictEqual(namePartLeak('Which S3 storage class fits “rarely read copies, millisecond access”?', 'S3 Standard-IA', ['S3 One Zone-IA', 'S3 Glacier Instant Retrieval', 'S3 Intelligent-Tiering']), undefined);
    assert.strictEqual(namePartLeak('Which service indexes logs with an open-source engine?', 'Amazon OpenSearch Service', ['Amazon Redshift', 'Amazon Athena', 'Amazon Aurora']), undefined);
    // "synchronous" shares no part with a distractor-free key that lacks "sync".
    assert.strictEqual(namePartLeak('Which service runs a synchronous invocation?', 'AWS Lambda', ['AWS Batch', 'Amazon ECS', 'AWS Fargate']), undefined);
  });
});

describe('quiz gate: closed content as key (r5)', () => {
  it('outdated: CloudTrail Lake is closed to new customers', () => {
    assert.strictEqual(outdatedContent('Which option finds console sign-ins across the accounts with SQL?', ['Query the event data store in CloudTrail Lake.'])?.id, 'cloudtrail-lake');
    assert.strictEqual(outdatedContent('Which option finds console sign-ins across the accounts with SQL?', ['Query the trail in Amazon S3 with Amazon Athena.'], ['Query the event data store in CloudTrail Lake.']), undefined);
  });

  it('outdated: asking what replaced S3 Select has no single key', () => {
    assert.strictEqual(outdatedContent('Which service took over from S3 Select as its replacement for SQL on objects?', ['Amazon Athena'])?.id, 's3-select-replacement');
    assert.strictEqual(outdatedContent('Which feature filtered one object with SQL on the server side?', ['S3 Select']), undefined);
  });
});

describe('practice questions: a stem that repeats a word of the key\'s name (r5)', function () {
  this.timeout(60000);
  let ctx: QuizContext;
  before(() => {
    const kb = bundledKb();
    ctx = new QuizContext(kb, kb.documents());
  });
  const claim = (stem: string, options: string[], answer: number): PracticeClaim => ({ number: 1, line: 3, stem, options, answers: [answer], study: [], multiple: false });

  it('holds back a name key whose word the stem repeats, keeps a sentence key', () => {
    const leaky = claim('A team must find and catalog new tables as files land in S3. Which combination fits?',
      ['AWS Glue Crawlers and AWS Glue Data Catalog', 'Amazon Athena and AWS Lambda', 'Amazon EMR and Amazon DynamoDB', 'AWS Batch and Amazon SQS'], 0);
    assert.match(unfitPractice(ctx, leaky) ?? '', /gives its answer away: "catalog"/);
    const sentence = claim('A team must find and catalog new tables as files land in S3. What should it do?',
      ['Run a crawler on a schedule to catalog the new tables', 'Query the new files in place with Amazon Athena', 'Copy the new files to a second bucket with AWS DataSync', 'Load the new files into an Amazon DynamoDB table'], 0);
    assert.strictEqual(unfitPractice(ctx, sentence), undefined);
  });
});
