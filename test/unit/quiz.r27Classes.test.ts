// The users' classes of blind review r27, each with an example it must catch and one it must keep. Our own words.
import * as assert from 'assert';
import { sharedFit } from '../../src/core/quiz/overlaps';
import { profileCue } from '../../src/core/quiz/extract/codeProfiles';

describe('quiz: classes of blind review r27', () => {
  it('a reason alone is no workload profile; a reason with its access pattern or latency is', () => {
    assert.strictEqual(profileCue(new Map([['reason', 'Quick reads of reward balances for each shopper']])), undefined);
    assert.strictEqual(
      profileCue(new Map([['reason', 'Quick reads of reward balances for each shopper'], ['access_pattern', 'Single-key reads at high volume']])),
      'Quick reads of reward balances for each shopper (access pattern: single-key reads at high volume)');
    assert.strictEqual(profileCue(new Map([['description', 'Nightly settlement files kept for audits']])), 'Nightly settlement files kept for audits');
  });

  it('a response-time bound alone is met by DynamoDB, ElastiCache and MemoryDB; durability or a key design decides', () => {
    assert.ok(sharedFit('Which AWS service fits this use case best: “replies within 20 ms when scoring card payments”?', 'Amazon DynamoDB', 'Amazon ElastiCache'));
    assert.ok(sharedFit('Which AWS service fits this use case best: “quick lookups of gift-card balances”?', 'Amazon DynamoDB', 'Amazon MemoryDB'));
    assert.ok(!sharedFit('Which service keeps items durably by partition key and answers within 20 ms?', 'Amazon DynamoDB', 'Amazon ElastiCache'));
  });

  it('an operational store read at random with strong consistency is met by several engines, a checkout too', () => {
    assert.ok(sharedFit('Which AWS service fits this use case best: “low-latency read/write for a basket checkout”?', 'Amazon DynamoDB', 'Amazon Aurora'));
    assert.ok(sharedFit('Which AWS service fits this use case best: “ledger balances read at random, strongly consistent”?', 'Amazon DynamoDB', 'Amazon MemoryDB'));
    assert.ok(!sharedFit('Which service answers joins across orders and customers in SQL with strong consistency?', 'Amazon DynamoDB', 'Amazon Aurora'));
  });
});
