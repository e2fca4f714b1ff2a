// The caches' fingerprints (src/core/textHash.ts): the same text always gives the same hash, piece by
// piece or whole; any change of the text changes it.
import * as assert from 'assert';
import { TextHash, textHash } from '../../src/core/textHash';

describe('text hash for the cache fingerprints', () => {
  it('gives the same 32 hex digits for the same text, fed whole or in pieces', () => {
    const text = 'notes/glue.md|user|glue.md|2048|1717171717171.5\nnotes/athena.md|user|athena.md|99|1';
    assert.match(textHash(text), /^[0-9a-f]{32}$/);
    assert.strictEqual(textHash(text), textHash(text));
    assert.strictEqual(new TextHash().update(text.slice(0, 17)).update(text.slice(17)).digest(), textHash(text));
  });

  it('changes with any one character, its order, its length and beyond Latin-1', () => {
    const base = 'catalog fingerprint: Amazon Data Firehose (formerly Kinesis Data Firehose)';
    const variants = [base, base.replace('F', 'f'), base + ' ', base.slice(1), base.replace('Data', 'Dtaa'), base + '\u2014', base + '\ud83c\udf0a', '', 'a', 'b', 'ab', 'ba', '\u0000', '\u0000\u0000'];
    const hashes = new Set(variants.map(textHash));
    assert.strictEqual(hashes.size, variants.length);
    // One character changed at every position of a note's stamp line gives a new hash each time.
    const stamp = 'notes/s3.md|user|s3.md|4096|1700000000000';
    const seen = new Set([textHash(stamp)]);
    for (let i = 0; i < stamp.length; i++) seen.add(textHash(stamp.slice(0, i) + String.fromCharCode(stamp.charCodeAt(i) ^ 1) + stamp.slice(i + 1)));
    assert.strictEqual(seen.size, stamp.length + 1);
  });
});
