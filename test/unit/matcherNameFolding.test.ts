// The hover reads name words in place: a word of the line is compared with the names' words character by
// character, case folded, among the few words of its shape (first two letters and length). These examples hold
// that reading to the one that sliced and lower-cased each word.
import * as assert from 'assert';
import { bundledKb } from './bundledMatcher';

/** The hover's answer one character into the first occurrence of `word`, as `serviceId [text]`, or 'none'. */
function hoverOn(text: string, word: string): string {
  const m = bundledKb().matcher;
  const lines = text.split('\n');
  const n = lines.findIndex((l) => l.includes(word));
  const hit = m.matchAt((k) => lines[k], n, lines[n].indexOf(word) + 1, m.fileContext(text));
  return hit ? `${hit.serviceId} [${hit.text}]` : 'none';
}

describe('name words compared in place', () => {
  it('finds a name written in capitals, one word or several', () => {
    assert.strictEqual(hoverOn('Orders go to a DYNAMODB table first.', 'DYNAMODB'), 'dynamodb [DYNAMODB]');
    assert.strictEqual(hoverOn('Clickstreams land in AMAZON KINESIS DATA STREAMS first.', 'DATA'), 'kinesis-data-streams [AMAZON KINESIS DATA STREAMS]');
  });

  it('rejects a word of a name word\'s shape whose letters differ', () => {
    // Same first two letters and length as a name's word: only the comparison of every character tells them apart.
    assert.strictEqual(hoverOn('Orders go to a DynamoDX table first.', 'DynamoDX'), 'none');
    assert.strictEqual(hoverOn('The Glum crawler finished late.', 'Glum'), 'none');
  });

  it('reads the word after a name past any white space, as the pattern it replaced did', () => {
    // A brand's name before one of its product's nouns names the product, also across a no-break space.
    assert.strictEqual(hoverOn('A Kinesis\u00a0shard keeps records for a day.', 'Kinesis'), 'kinesis-data-streams [Kinesis]');
    assert.strictEqual(hoverOn('A Kinesis "shard" keeps records for a day.', 'Kinesis'), 'kinesis-data-streams [Kinesis]');
  });

  it('reads an object field set to a literal by the characters before the name, without slicing them', () => {
    // Only white space (any that `\s` reads) and at most one quote before the name: an API field, not a mention.
    assert.strictEqual(hoverOn("  'DynamoDB': null", 'DynamoDB'), 'none');
    assert.strictEqual(hoverOn('\u00a0 DynamoDB: 0', 'DynamoDB'), 'none');
    assert.strictEqual(hoverOn('Use DynamoDB: null', 'DynamoDB'), 'dynamodb [DynamoDB]');
  });
});
