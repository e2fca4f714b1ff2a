// The failure classes of blind reviews r18 and r19 (bundled), each rule with an example it must catch and one it
// must keep. Fixtures are our own words.
import * as assert from 'assert';
import { parseNote } from '../../src/core/parser';
import { Draft } from '../../src/core/quiz/draft';
import { recordPracticeFact, sameFactTwin, samePracticePoint } from '../../src/core/quiz/nearDuplicates';
import { stems } from '../../src/core/quiz/text';
import { whenClauseFragment } from '../../src/core/quiz/whenClauseCue';
import { bareQuota } from '../../src/core/quiz/quotaTrivia';
import { notADeploymentOption, otherFunction } from '../../src/core/quiz/functionCategory';
import { sharedFit } from '../../src/core/quiz/overlaps';
import { peripheralNumber } from '../../src/core/quiz/peripheralNumbers';

const words = (t: string) => new Set([...stems(t)].filter((w) => w.length >= 3));

describe('quiz: classes of blind reviews r18–r19', () => {
  it('near-duplicates: a comparison note\'s practice question on an exam question\'s point is one question; two short keys are not', () => {
    const keyA = words('The reporting project sends a subscription request and the owning project approves it.');
    const keyB = words('Have the analytics project send a subscription request that the owning project approves.');
    const a = words('A media company uses a business data catalog. Its reporting project found a published viewer table owned by the audience project and needs access approved by the owners.');
    const b = words('An insurer keeps claims in a governed catalog. A pricing project must read one claims table, and only the owners may grant that access.');
    assert.ok(samePracticePoint(keyA, keyB, a, b, true), 'a comparison practice question on the same point');
    assert.ok(!samePracticePoint(keyA, keyB, a, b, false), 'two exam questions keep the stricter test');
    const short1 = words('Turn on bucket keys.');
    const short2 = words('Turn on encryption with the customer managed key.');
    assert.ok(!samePracticePoint(short1, short2, a, b, true), 'two short keys sharing "turn" and "key" are no same point');
  });

  it('near-duplicates: a generated question whose key a written practice key names, with a scenario alike, is dropped', () => {
    const seen = new Map<string, string>();
    const doc = parseNote({ text: '# Quality rules\n\n## Choose\n\nText.\n', file: '/b/comparisons/q.md', relPath: 'comparisons/q.md', source: 'bundled' }).doc;
    const draft = { kind: 'choose', optionKind: 'text', doc, line: 9, section: doc.sections[1] } as unknown as Draft;
    recordPracticeFact('A shop loads invoices and suppliers with Glue jobs. Some invoices name supplier IDs that do not exist in the suppliers dataset, and joins drop them. Which rule measures this?', [], 'practice/exam-9.md:10', seen, 'A DQDL ReferentialIntegrity rule from invoices to suppliers.');
    assert.strictEqual(sameFactTwin(draft, 'Which DQDL rule type fits this requirement best: “every supplier ID in the invoices dataset must exist in the suppliers dataset”?', ['ReferentialIntegrity'], seen), 'practice/exam-9.md:10');
    assert.strictEqual(sameFactTwin({ ...draft, line: 11 }, 'Which DQDL rule type fits this requirement best: “the order total must never be negative”?', ['ColumnValues'], seen), undefined);
  });

  it('a noun phrase with a when-clause is no requirement; a clause or an imperative with one is', () => {
    assert.ok(whenClauseFragment('Which format fits this requirement best: “sensor readings in flight, when several writers must share a changing schema”?'));
    assert.strictEqual(whenClauseFragment('Which format fits this requirement best: “late files arrive every hour, when the nightly job has already run”?'), undefined);
    assert.strictEqual(whenClauseFragment('Which format fits this requirement best: “store readings in flight, when several writers share a schema”?'), undefined);
  });

  it('trivia: a database cluster\'s read-replica ceiling; a retention period is still asked', () => {
    assert.ok(bareQuota('What is the maximum number of read replicas for a graph database cluster?'));
    assert.strictEqual(bareQuota('How many days does a stream keep records by default?'), undefined);
  });

  it('trivia by the exam guide\'s emphasis: a limit of a listed service with no data-engineering task is dropped, a core one kept', () => {
    assert.strictEqual(peripheralNumber('ebs', []), 'ebs', 'a block volume\'s attach limit');
    assert.strictEqual(peripheralNumber(undefined, ['batch']), 'batch', 'an array job size in a comparison note');
    assert.strictEqual(peripheralNumber(undefined, ['batch', 'lambda']), undefined, 'a number that also concerns a core service');
    assert.strictEqual(peripheralNumber('kinesis-data-streams', []), undefined);
  });

  it('distractors of another function category: a CDN beside DNS, a path beside a filter; rivals of the category stay', () => {
    assert.ok(otherFunction(['Amazon Route 53'], 'Amazon CloudFront'));
    assert.ok(otherFunction(['Network ACLs'], 'Transit gateways'));
    assert.strictEqual(otherFunction(['Network ACLs'], 'Security groups'), undefined);
    assert.ok(otherFunction(['Gateway endpoints'], 'Security groups'));
    assert.strictEqual(otherFunction(['Gateway endpoints'], 'NAT gateways'), undefined);
    assert.strictEqual(otherFunction(['Amazon S3'], 'Amazon CloudFront'), undefined);
    assert.ok(notADeploymentOption('Which deployment option is cheapest for a steady reporting load?', ['Amazon Redshift'], 'Amazon Athena'));
    assert.strictEqual(notADeploymentOption('Which deployment option is cheapest for a steady reporting load?', ['Amazon Redshift'], 'Amazon Redshift Serverless'), undefined);
  });

  it('defensible neighbours: a hot shard or skewed rows name what rules the neighbour out, else the neighbour is a second key', () => {
    const hot = 'Which fix helps when one hot shard throttles writes and the other shards are idle?';
    assert.ok(sharedFit(hot, 'A high-cardinality partition key', 'Resharding'));
    assert.ok(!sharedFit(`${hot} One device sends most records.`, 'A high-cardinality partition key', 'Resharding'));
    const skew = 'Totals per store must be spread evenly over the executors although three stores hold most rows.';
    assert.ok(sharedFit(skew, 'Key salting', 'Repartition'));
    assert.ok(!sharedFit(`A GROUP BY store_id is slow: ${skew}`, 'Key salting', 'Repartition'));
  });
});
