// Users' notes: wrong options of the key's own kind before those of a near kind, and a Select TWO whose stem names
// a kind its keys are not of takes wrong options of that kind or of the keys' kinds only (blind reviews r15, r16).
// The services are the catalog's; the need is in our own words.
import * as assert from 'assert';
import { Service } from '../../src/core/model';
import { ownKindFirst, outsideAskedKinds } from '../../src/core/quiz/plausibleRivals';

const service = (id: string, name: string) => ({ id, name, formerNames: [], aliases: [], ambiguous: [], category: 'Analytics', description: '' }) as unknown as Service;

describe('quiz: plausible rivals in users\' notes', () => {
  const video = service('kinesis-video-streams', 'Amazon Kinesis Video Streams');
  const sns = service('sns', 'Amazon Simple Notification Service');
  const pipes = service('eventbridge-pipes', 'Amazon EventBridge Pipes');
  const msk = service('msk', 'Amazon Managed Streaming for Apache Kafka');
  const firehose = service('data-firehose', 'Amazon Data Firehose');

  it('a media stream key ("camera feeds and sonar readings") gets other streaming services before messaging ones', () => {
    const pool = [sns, pipes, msk, firehose];
    assert.deepStrictEqual(ownKindFirst(true, video, pool).slice(0, 2).map((s) => s.id), ['msk', 'data-firehose']);
    // The bundled bank keeps its measured order.
    assert.deepStrictEqual(ownKindFirst(false, video, pool), pool);
  });

  it('"Which TWO storage services keep ledger entries?" keyed to two databases never offers a compute service', () => {
    const keys = [service('dynamodb', 'Amazon DynamoDB'), service('rds', 'Amazon Relational Database Service')];
    assert.ok(outsideAskedKinds('storage', keys, service('lambda', 'AWS Lambda')));
    assert.ok(!outsideAskedKinds('storage', keys, service('s3', 'Amazon Simple Storage Service')));
    assert.ok(!outsideAskedKinds('storage', keys, service('elasticache', 'Amazon ElastiCache')));
    // Keys of the kind the stem names: the usual kind check decides, not this one.
    assert.ok(!outsideAskedKinds('storage', [service('s3', 'Amazon Simple Storage Service')], service('lambda', 'AWS Lambda')));
    assert.ok(!outsideAskedKinds(undefined, keys, service('lambda', 'AWS Lambda')));
  });
});
