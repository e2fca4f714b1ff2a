import * as assert from 'assert';
import * as fc from 'fast-check';
import Fuse from 'fuse.js';
import { FuseCharFilter } from '../../src/core/search/fuseFilter';

// The filter may only drop strings fuse.js itself would not return: fuse.js over the filtered list must
// give the same items, scores and order as over the whole list.
describe('fuse.js character filter', () => {
  const options = (threshold: number) => ({ keys: ['title'], includeScore: true, threshold, ignoreLocation: true });
  const results = (titles: string[], query: string, threshold: number) =>
    new Fuse(titles.map((title) => ({ title })), options(threshold)).search(query, { limit: 20 }).map((r) => [r.item.title, r.score]);
  const same = (titles: string[], query: string, threshold: number) => {
    const filter = new FuseCharFilter(query, threshold);
    assert.deepStrictEqual(results(titles.filter((t) => filter.mayMatch(t)), query, threshold), results(titles, query, threshold), query);
  };

  it('keeps every title fuse.js matches, in the same order and with the same score (study-note titles)', () => {
    const titles = ['stream buffering hints', 'delivery stream buffer size and interval', 'firehose', 'data firehose delivery',
      'kinesis data streams shards', 'kinesis data firehose (kdf)', 'kinesis firehose buffering', 'kinesis firehose bufering hints',
      'glue crawlers', 'partition projection in athena', 'athena partition projections', 'redshift spectrum', 'lake formation tags',
      'dms change data capture', 'change data capture with dms', 'step functions retries', 'emr on eks', 'msk connect', ''];
    for (const q of ['kinesis firehose buffering', 'kinesis firehos', 'partiton projection', 'change data capture', 'dms cdc', 'emr', 'x',
      'redshift spectrum', 'Step Functions Retry', 'glue crawler schedules', 'lake formation tag based access control'])
      for (const threshold of [0.3, 0.34, 0.6]) same(titles, q, threshold);
  });

  it('keeps every title fuse.js matches on random strings over a small alphabet', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', ' ', 'é', 'A'), maxLength: 40 });
    fc.assert(fc.property(fc.array(word, { maxLength: 30 }), word, fc.constantFrom(0.1, 0.3, 0.34, 0.5), (titles, query, threshold) => {
      same(titles, query, threshold);
    }), { numRuns: 1500, seed: 7 });
  });

  it('drops titles that lack too many of the query characters', () => {
    const filter = new FuseCharFilter('kinesis firehose buffering', 0.3);
    assert.strictEqual(filter.mayMatch('glue crawlers'), false);
    assert.strictEqual(filter.mayMatch('Kinesis Firehose Buffering hints'), true);
  });
});
