// The bundled classes of blind review r26, each with an example it must catch and one it must keep. Our own words.
import * as assert from 'assert';
import { sharedFit } from '../../src/core/quiz/overlaps';

describe('quiz: classes of blind review r26', () => {
  it('paging the on-call engineer is met by CloudWatch and Systems Manager alike, unless escalation decides', () => {
    assert.ok(sharedFit('Which service pages the on-call engineer when the nightly load runs past its window?', 'Amazon CloudWatch', 'AWS Systems Manager'));
    assert.ok(!sharedFit('Which service raises an alarm when the queue depth passes 1,000 messages?', 'Amazon CloudWatch', 'AWS Systems Manager'));
    assert.ok(!sharedFit('Which service pages the on-call engineer and escalates through a response plan?', 'Amazon CloudWatch', 'AWS Systems Manager'));
  });

  it('stateful windows over a stream are met by Flink, EMR and Glue streaming unless the stem rules them out', () => {
    const stem = 'Which service keeps running totals over tumbling windows of a clickstream and recovers its state from checkpoints?';
    assert.ok(sharedFit(stem, 'Amazon Managed Service for Apache Flink', 'Amazon EMR'));
    assert.ok(sharedFit(stem, 'Amazon Managed Service for Apache Flink', 'AWS Glue'));
    const serverless = 'Which serverless service keeps running totals over tumbling windows of a clickstream with sub-second results?';
    assert.ok(!sharedFit(serverless, 'Amazon Managed Service for Apache Flink', 'Amazon EMR'));
    assert.ok(!sharedFit(serverless, 'Amazon Managed Service for Apache Flink', 'AWS Glue'));
    // A batch question is not a stream question.
    assert.ok(!sharedFit('Which service runs a nightly aggregation over last month of orders?', 'Amazon Managed Service for Apache Flink', 'AWS Glue'));
  });

  it('a consistent, fast operational store is met by DynamoDB and a relational engine unless the data model decides', () => {
    const stem = 'Which AWS service fits this use case best: “Wallet balances read at random with strong consistency in under 10 ms”?';
    assert.ok(sharedFit(stem, 'Amazon DynamoDB', 'Amazon Aurora'));
    assert.ok(sharedFit(stem, 'Amazon DynamoDB', 'Amazon Relational Database Service'));
    assert.ok(!sharedFit('Which service stores wallet balances as key-value items read with strong consistency?', 'Amazon DynamoDB', 'Amazon Aurora'));
    assert.ok(!sharedFit('Which AWS service fits this use case best: “Wallet balances read at random with strong consistency”?', 'Amazon DynamoDB', 'Amazon Timestream'));
  });
});
