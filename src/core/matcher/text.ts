// Character-level helpers shared by the name and identifier rules. Char loops, not regexes: the hover's
// hot path calls them on every request.

/** A word of a line: its text as written and its columns (the name trie compares it case folded, in place). */
export interface Token { text: string; start: number; end: number }

export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** Runs of ASCII letters and digits, with their columns. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    if (i > start) out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** The first `count` tokens from `from` on: tokenize, stopped early. */
export function tokenizeWords(text: string, from: number, count: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = from;
  while (i < n && out.length < count) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    if (i > start) out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/** Words of one name are joined by 1–3 characters of space, brackets, hyphen, slash or dot. */
export function isNameGap(line: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 3) return false;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 40 || c === 41 || c === 45 || c === 0x2013 || c === 47 || c === 46)) return false;
  }
  return true;
}

// Declared once: a regular expression literal in the loop below would be a new RegExp object per character.
const SENTENCE_PUNCTUATION = /[.,;!?\]})>*]/;

/**
 * A URI or ARN span without the punctuation that ends the sentence or list around it:
 * `s3://bucket/key0,` → `s3://bucket/key0`, `arn:…:bucketname.` → `arn:…:bucketname`.
 */
export function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && SENTENCE_PUNCTUATION.test(text[end - 1])) end--;
  return text.slice(0, end);
}

// What may stand before markdown's opening `_`/`__` and after its closing one: a blank, a bracket, a quote, other emphasis.
const EMPHASIS_OUTSIDE = /^[\s([{"'*~]?$/;
const EMPHASIS_AFTER = /^[\s)\]}"'*~.,;:!?]?$/;

/**
 * Is the `_` or `__` that ends at `start` (before a word) or starts at `end` (after a word) markdown's emphasis around
 * prose, `_Athena_`, `__DynamoDB table__`, rather than an identifier's underscore (`my_s3_bucket`, `_s3_client`,
 * `__init__`)? An opening run needs a closing run of the same length later on the line; a closing run needs an opening
 * one before it, or the word to open the line (an emphasis wrapped from the line above: `_Amazon` / `Athena_.`).
 */
export function isEmphasisUnderscore(line: string, start: number, end: number, side: 'before' | 'after'): boolean {
  if (side === 'before') {
    const run = line[start - 2] === '_' ? 2 : 1;
    if (line[start - run - 1] === '_' || !EMPHASIS_OUTSIDE.test(line[start - run - 1] ?? '')) return false;
    const close = line.indexOf('_'.repeat(run), end);
    return close > 0 && line[close - 1] !== ' ' && line[close + run] !== '_' && EMPHASIS_AFTER.test(line[close + run] ?? '');
  }
  const run = line[end + 1] === '_' ? 2 : 1;
  if (line[end + run] === '_' || !EMPHASIS_AFTER.test(line[end + run] ?? '')) return false;
  const open = line.lastIndexOf('_'.repeat(run), start - 1);
  if (open < 0) return line.slice(0, start).trim() === '';
  return line[open + run] !== ' ' && line[open - 1] !== '_' && EMPHASIS_OUTSIDE.test(line[open - 1] ?? '');
}

/** Lines of a text, CR, LF and CRLF alike. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

// A key that names a folder or file (`base_folder`, `outputDir`, `path`), then `:` or `=` and the value up to the name.
const PATH_VALUE = /(["']?)([A-Za-z][\w-]*)\1\s*[:=]\s*(["']?)[^"'\s,]*$/;
const PATH_KEY = /(?:^|[_-])(?:folder|dir|directory|path|file|filename|root)$|^(?:Folder|Dir|Directory|Path|File|Root)$|[a-z0-9](?:Folder|Dir|Directory|Path|File|FileName|Filename|Root)$/;

/**
 * `"base_folder": "aws-cli"`, `output_dir = 'glue/out'`: the value of a folder or file setting is the program's path. A
 * value with blanks is prose (`path: S3 path or local path.` in a docstring), not a path.
 */
export function inPathValue(line: string, start: number): boolean {
  if (!line.includes(':') && !line.includes('=')) return false;
  const m = PATH_VALUE.exec(line.slice(Math.max(0, start - 80), start));
  if (!m || !PATH_KEY.test(m[2])) return false;
  const rest = line.slice(start);
  const value = m[3] ? rest.slice(0, rest.indexOf(m[3]) < 0 ? rest.length : rest.indexOf(m[3])) : rest.split(/[,;}\]#]/)[0].trimEnd();
  return !/\s/.test(value);
}

/** `` `json:"s3"` ``: a Go struct tag names the JSON field a struct field reads, the program's or an API's field name. */
export function inStructTag(line: string, start: number): boolean {
  return line.includes('`') && /`(?:[a-z]+:"[^"`]*"\s+)*[a-z]+:"$/.test(line.slice(Math.max(0, start - 80), start));
}
