// Query text shared by every search step: the length cap, the stop words and the tokenizer.

/**
 * Longest query we read. A pasted page would otherwise cost seconds per keystroke (every word is a
 * fuzzy lookup); no one types a question longer than this.
 */
export const MAX_QUERY_LENGTH = 256;

export function capQuery(query: string): string {
  return query.length > MAX_QUERY_LENGTH ? query.slice(0, MAX_QUERY_LENGTH) : query;
}

export const STOP = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'and', 'or', 'is', 'are', 'what', 'which', 'how', 'do', 'does',
  'i', 'you', 'with', 'when', 'why', 'should', 'can', 'use', 'vs', 'versus', 'between', 'from', 'into', 'it', 'my', 'be', 'service', 'aws', 'amazon']);

/** MiniSearch's own tokenizer (spaces and punctuation), so our vocabulary holds the terms it indexes. */
const SPLIT = /[\n\r\p{Z}\p{P}]+/u;

export function tokens(text: string): string[] {
  return text.toLowerCase().split(SPLIT).filter(Boolean);
}

/** Which ASCII characters SPLIT splits on (tab and `$+<=>^`|~` are not among them). */
const ASCII_SEPARATOR = Uint8Array.from({ length: 128 }, (_, c) => (SPLIT.test(String.fromCharCode(c)) ? 1 : 0));
const ONE_SEPARATOR = /^[\n\r\p{Z}\p{P}]$/u;
const otherSeparators = new Map<string, boolean>();

/** Code units of the character at `i` whose first unit is `c`: 2 for a surrogate pair, else 1. */
function width(text: string, i: number, c: number): number {
  if (c < 0xd800 || c >= 0xdc00) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d < 0xe000 ? 2 : 1;
}

/** Is the character (code point) at `i`, whose first code unit is `c`, one SPLIT splits on? */
function isSeparator(text: string, i: number, c: number): boolean {
  if (c < 128) return ASCII_SEPARATOR[c] === 1;
  const ch = text.slice(i, i + width(text, i, c));
  let v = otherSeparators.get(ch);
  if (v === undefined) { v = ONE_SEPARATOR.test(ch); otherSeparators.set(ch, v); }
  return v;
}

/**
 * Exactly `text.split(SPLIT)` (MiniSearch's tokenizer, empty strings included), about three times
 * faster: a table for ASCII instead of a Unicode-property regular expression. The search index's build
 * splits every section with it.
 */
export function splitTerms(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isSeparator(text, i, c)) { i += width(text, i, c); continue; }
    out.push(text.slice(start, i));
    while (i < n) {
      const d = text.charCodeAt(i);
      if (!isSeparator(text, i, d)) break;
      i += width(text, i, d);
    }
    start = i;
  }
  out.push(text.slice(start));
  return out;
}

/** The query's words that carry meaning. */
export function contentWords(query: string): string[] {
  return tokens(query).filter((w) => !STOP.has(w));
}
