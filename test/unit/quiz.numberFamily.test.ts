// Numeric four-option questions after blind reviews r15–r16: wrong numbers that are simple multiples or
// fractions of the key, a key that stands out by its form, and bare quotas no design choice turns on.
// Fixtures are our own words.
import * as assert from 'assert';
import { numberVariants } from '../../src/core/quiz/distractors';
import { binaryLike, derivedFrom, numberFamilyProblem, oddFormKey, sameFormValues, significantDigits } from '../../src/core/quiz/numberFamily';
import { bareQuota } from '../../src/core/quiz/quotaTrivia';
import { rng } from '../../src/core/quiz/random';

const value = (option: string) => Number(option.replace(/,/g, '').split(' ')[0]);

describe('quiz: numeric options a test-wise candidate cannot see through (r15–r16)', () => {
  it('a wrong number that is the key times or divided by a simple factor is derived from it', () => {
    // Failing examples: half and three times a 20-second key, double a 16 GB key, a tenth of 10,000.
    assert.ok(derivedFrom(20, 10));
    assert.ok(derivedFrom(20, 60));
    assert.ok(derivedFrom(16, 32));
    assert.ok(derivedFrom(10000, 1000));
    assert.ok(derivedFrom(0.0625, 0.0125));
    // Kept: ratios nobody reads as a family, and any ratio to 1 (every count is a multiple of one).
    assert.ok(!derivedFrom(20, 15));
    assert.ok(!derivedFrom(20, 45));
    assert.ok(!derivedFrom(24, 36));
    assert.ok(!derivedFrom(1, 4));
    assert.ok(!derivedFrom(5, 1));
  });

  it('the distractor picker never offers a derived value, for round, ladder, binary and precise keys', () => {
    const keys: [string, string][] = [['20', 'seconds'], ['24', 'hours'], ['300', 'seconds'], ['90', 'days'], ['15', 'minutes'],
      ['10,000', ''], ['100', ''], ['16', 'GB'], ['128', 'KB'], ['4,096', 'bytes'], ['3,500', ''], ['35', 'days'], ['50', 'TB'], ['8', 'KB']];
    for (const [raw, unit] of keys) {
      for (let i = 0; i < 30; i++) {
        const options = numberVariants(raw, unit, rng(`family:${raw}:${i}`));
        assert.strictEqual(options.length, 3, `${raw} ${unit}: ${options.join(', ')}`);
        const key = value(raw);
        // A power of two takes other powers of two (blind review r58): each is a double or half of another, so all
        // four options are one family and none is made from the key alone.
        if (Number.isInteger(Math.log2(key)) && key >= 8) {
          for (const o of options) assert.ok(Number.isInteger(Math.log2(value(o))), `${o} beside ${raw} ${unit}`);
          continue;
        }
        for (const o of options) assert.ok(!derivedFrom(key, value(o)), `${o} beside ${raw} ${unit}`);
      }
    }
  });

  it('the key keeps no rank: over many seeds it is sometimes the smallest, sometimes the largest, mostly between', () => {
    let smallest = 0;
    let largest = 0;
    const n = 200;
    for (let i = 0; i < n; i++) {
      const options = numberVariants('30', 'days', rng(`rank:${i}`)).map(value);
      if (options.every((v) => v > 30)) smallest++;
      if (options.every((v) => v < 30)) largest++;
    }
    assert.ok(smallest > n * 0.1 && smallest < n * 0.4, `smallest ${smallest} of ${n}`);
    assert.ok(largest > n * 0.1 && largest < n * 0.4, `largest ${largest} of ${n}`);
  });

  it('a precise key gets wrong options written like it, so its form gives nothing away', () => {
    assert.strictEqual(significantDigits('3,500'), 2);
    assert.strictEqual(significantDigits('48.8'), 3);
    assert.deepStrictEqual(sameFormValues('3,500', 1000, 6000), [1500, 2500, 3500, 4500, 5500]);
    for (let i = 0; i < 20; i++) {
      const options = numberVariants('3,500', 'requests', rng(`form:${i}`));
      assert.ok(!oddFormKey('3,500 requests', options), options.join(', '));
      for (const o of options) assert.strictEqual(significantDigits(o.split(' ')[0]), 2, o);
    }
    assert.ok(binaryLike(128) && binaryLike(10240) && binaryLike(96) && !binaryLike(100));
  });

  it('the gate names a derived option, then a key odd by form', () => {
    // Failing examples (r16): 10 and 60 seconds beside 20; 32 GB beside 16; 48.8 among round sizes.
    assert.strictEqual(numberFamilyProblem('20 seconds', ['3 seconds', '10 seconds', '60 seconds'])?.rule, 'derived-number');
    assert.strictEqual(numberFamilyProblem('16 GB', ['25 GB', '10 GB', '32 GB'])?.rule, 'derived-number');
    assert.strictEqual(numberFamilyProblem('48.8 TiB', ['20 TiB', '60 TiB', '128 TiB'])?.rule, 'odd-form');
    assert.strictEqual(numberFamilyProblem('3,500', ['1,000', '2,000', '6,000'])?.rule, 'odd-form');
    // Kept: a ladder value (a day in hours), a round value, a binary limit among binary-like values, and
    // options of the key's own form.
    assert.strictEqual(numberFamilyProblem('24 hours', ['2 hours', '18 hours', '36 hours']), undefined);
    assert.strictEqual(numberFamilyProblem('15 minutes', ['2 minutes', '10 minutes', '40 minutes']), undefined);
    assert.strictEqual(numberFamilyProblem('128 KB', ['48 KB', '96 KB', '192 KB']), undefined);
    assert.strictEqual(numberFamilyProblem('3,500', ['1,500', '2,500', '6,500']), undefined);
    // Four powers of two are one family (r58), but one beside a power-of-two key among other values is derived (r16).
    assert.strictEqual(numberFamilyProblem('4,096 bytes', ['512 bytes', '1,024 bytes', '65,536 bytes']), undefined);
    assert.strictEqual(numberFamilyProblem('16 GB', ['8 GB', '10 GB', '64 GB'])?.rule, 'derived-number');
  });

  it('bare quotas with no design consequence are trivia; numbers that decide a design are not', () => {
    // Failing examples, in our own words.
    assert.ok(bareQuota('What is the largest vector dimension a ledger index accepts?'));
    assert.ok(bareQuota('What is the memory given by one Redshift Serverless RPU?'));
    assert.ok(bareQuota('Fill in the blank (Flink): One KPU is 1 vCPU, _____ of memory and some storage.'));
    assert.ok(bareQuota('Fill in the blank (Glue): Capacity comes in DPUs, each giving _____ and some memory.'));
    assert.ok(bareQuota('What is the longest batch window of a crawler event trigger?'));
    assert.ok(bareQuota('What is the most events in one trigger batch?'));
    assert.ok(bareQuota('Fill in the blank (Streams): One GetRecords call returns at most _____ per shard.'));
    assert.ok(bareQuota('What is the largest result set the Redshift Data API returns?'));
    // Kept: retention, payload and throughput limits that force a design choice.
    assert.strictEqual(bareQuota('What is the maximum retention of a Kinesis data stream?'), undefined);
    assert.strictEqual(bareQuota('What is the maximum DynamoDB item size?'), undefined);
    assert.strictEqual(bareQuota('Fill in the blank (Kinesis Data Streams): Shared consumers split a shard\'s _____ and may call GetRecords 5 times per second.'), undefined);
    assert.strictEqual(bareQuota('What is the maximum batch size of a Lambda event source mapping for a stream?'), undefined);
  });
});
