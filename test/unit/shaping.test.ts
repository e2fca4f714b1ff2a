// The snippet's word-start search (wordStartMatch) against the regular expression it replaces, over
// generated lines that mix ASCII, accented letters, digits, punctuation, emoji, astral letters and
// lone surrogates: the same match, or none, every time. The matched line (matchLine) against the line by
// line reading it replaces, over generated sections.
import * as assert from 'assert';
import { Section } from '../../src/core/model';
import { matchLine, wordStartMatch } from '../../src/core/search/shaping';
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

/** matchLine as it was: each line lower-cased and searched on its own. */
function matchLineByLines(section: Section, terms: string[]): number {
  if (!terms.length) return section.startLine;
  const lines = section.markdown.split('\n');
  let best = 0, bestCount = 0;
  for (let i = 1; i < lines.length; i++) {
    const lower = lines[i].toLowerCase();
    let n = 0;
    for (const t of terms) {
      for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
        if (at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1])) { n++; break; }
      }
    }
    if (n > bestCount) { best = i; bestCount = n; }
  }
  return section.startLine + best;
}

describe('search results: matched line', () => {
  it('picks the line the line-by-line reading picks, on 2,000 generated sections (capital sigma, İ, line starts, repeated terms)', () => {
    const random = rng('shaping-match-line');
    const pieces = [...PIECES, '\n', '\n', 'Kin', 'ESIS', '\u03a3', 'I\u0307', '\u0130', 'FIRE', ' ', '\n'];
    const terms = ['kin', 'kinesis', 'hose', 'fire', 's3', 'é', '\u03c3', '\u03c2', 'i\u0307', 'a', 'esis', ''];
    for (let n = 0; n < 2000; n++) {
      let markdown = '';
      const len = 1 + Math.floor(random() * 30);
      for (let k = 0; k < len; k++) markdown += pieces[Math.floor(random() * pieces.length)];
      const picked = terms.filter(() => random() < 0.3);
      if (random() < 0.2 && picked.length) picked.push(picked[0]);
      const section = { markdown, startLine: 5 } as Section;
      assert.strictEqual(matchLine(section, picked), matchLineByLines(section, picked), `${JSON.stringify(markdown)} / ${JSON.stringify(picked)}`);
    }
  });
});
