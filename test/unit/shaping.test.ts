// The snippet's word-start search (wordStartMatch) against the regular expression it replaces, over
// generated lines that mix ASCII, accented letters, digits, punctuation, emoji, astral letters and
// lone surrogates: the same match, or none, every time.
import * as assert from 'assert';
import { wordStartMatch } from '../../src/core/search/shaping';
import { rng } from '../../src/core/quiz/random';

const expressions = new Map<string, RegExp>();

function byRegex(lower: string, term: string): { index: number; at: number } | undefined {
  let re = expressions.get(term);
  if (!re) { re = new RegExp(`(^|[^\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'); expressions.set(term, re); }
  const m = re.exec(lower);
  return m ? { index: m.index, at: m.index + m[1].length } : undefined;
}

// Pieces a line is made of: words, separators, a letter outside the BMP (𝐚), an emoji, lone surrogates.
const PIECES = ['kin', 'esis', 'fire', 'hose', 's3', 'é', 'ß', '2', ' ', '-', '.', '(', '_', '\u{1d41a}', '\u{1f30a}', '\ud835', '\udc1a', 'a', '$', '*'];
const TERMS = ['kin', 'kinesis', 'hose', 's3', 'é', '2', 'a', '\u{1d41a}', '\u{1d41a}kin', '\udc1akin', 'kin\ud835', '$', 'fire-hose', '(s3', ''];

describe('search snippets: word-start match', () => {
  it('finds what (^|[^\\p{L}\\p{N}])term with the u flag finds, on 2,000 generated lines', () => {
    const random = rng('shaping-word-start');
    for (let n = 0; n < 2000; n++) {
      let line = '';
      const len = 1 + Math.floor(random() * 12);
      for (let k = 0; k < len; k++) line += PIECES[Math.floor(random() * PIECES.length)];
      for (const term of TERMS) assert.deepStrictEqual(wordStartMatch(line, term), byRegex(line, term), `${JSON.stringify(line)} / ${JSON.stringify(term)}`);
    }
  });

  it('skips a term inside a word and finds it after punctuation', () => {
    assert.deepStrictEqual(wordStartMatch('akinesis (kinesis', 'kinesis'), { index: 9, at: 10 });
    assert.strictEqual(wordStartMatch('akinesis', 'kinesis'), undefined);
    assert.deepStrictEqual(wordStartMatch('\u{1f30a}kinesis', 'kinesis'), { index: 0, at: 2 });
    assert.strictEqual(wordStartMatch('\u{1d41a}kinesis', 'kinesis'), undefined);
  });
});
