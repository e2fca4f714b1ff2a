// What the text around a name says of it: the word after it (`kinesis shards`), a brand before it, a sentence that opens
// with it as a verb, a name used as a code symbol, a name inside a web address or a file-system path, only blanks before
// it. names.ts's `nameAt` asks these on the names a hover reads; each is a character loop or a module-constant pattern
// (a regular expression literal in a function is a new object each time it runs). Split from names.ts.
import { VERB_OBJECTS } from './nameWords';

/**
 * The word after a name, lower-cased: past at least one blank, hyphen or quote, a run of ASCII letters, all
 * within 24 characters of the name's end (`kinesis shards`, `glue-job`). A character loop: nameAt asks for it
 * on most hovers of a name.
 */
export function nextWord(line: string, end: number): string {
  const limit = Math.min(line.length, end + 24);
  let i = end;
  while (i < limit && isNextWordGap(line.charCodeAt(i))) i++;
  if (i === end) return '';
  const start = i;
  while (i < limit && isLetter(line.charCodeAt(i))) i++;
  return i > start ? line.slice(start, i).toLowerCase() : '';
}

/** A white-space character (as `\s` reads one), a hyphen, a backquote or a quote. */
function isNextWordGap(c: number): boolean {
  return c === 45 || c === 96 || c === 39 || c === 34 || isWhiteSpace(c);
}

/** A character `\s` matches. */
function isWhiteSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && WHITE_SPACE.test(String.fromCharCode(c));
}

/** `^\s*["']?$` on line[0, start), without the slice: only white space before a name, then at most a quote. */
export function onlyBlankBefore(line: string, start: number): boolean {
  let i = start;
  if (i > 0 && (line.charCodeAt(i - 1) === 34 || line.charCodeAt(i - 1) === 39)) i--;
  while (i > 0 && isWhiteSpace(line.charCodeAt(i - 1))) i--;
  return i === 0;
}

const WHITE_SPACE = /^\s$/;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "AWS Athena", "Amazon Redshift": the brand before an ambiguous short name makes it clear. */
export function awsBefore(line: string, start: number): boolean {
  return /\b(?:AWS|Amazon|aws|amazon)\s+$/.test(line.slice(Math.max(0, start - 8), start));
}

const ADDRESS_END = /[\s"'`()<>[\]]/;
const PATH_END = /[\s"'`=(]/;

// The tests of isVerbAtSentenceStart and looksLikeCode, declared once (a literal in the function is a new RegExp object per call).
const SENTENCE_START_BEFORE = /(?:^|[.!?:]\s)[\s#/*>`-]*$/;
const OBJECT_WORD_AFTER = /^ +([A-Za-z]+)\b/;
const DECLARING_KEYWORD_BEFORE = /\b(class|def|function|interface|struct|enum|extends|implements)\s+$/;
const BINDING_KEYWORD_BEFORE = /\b(as|const|let|var|val|import)\s+$/;
const QUOTE_BEFORE = /"\s*$/;
const QUOTED_KEY_AFTER = /^"\s*:/;
const YAML_KEY_INDENT = /^\s*(?:-\s+)?$/;
const BLOCK_KEY_COLON = /^:\s*$/;
const ASSIGNMENT_AFTER = /^\s*=(?!=)/;

/** "Backup the contents of…": a capitalised name that opens a sentence and takes an object is a verb. */
export function isVerbAtSentenceStart(line: string, start: number, end: number): boolean {
  if (!SENTENCE_START_BEFORE.test(line.slice(Math.max(0, start - 40), start))) return false;
  const m = OBJECT_WORD_AFTER.exec(line.slice(end, end + 16));
  return !!m && VERB_OBJECTS.has(m[1]);
}

/** `https://docs.aws.amazon.com/autoscaling/ec2/userguide/…`: a web address's path names a page, not a use. */
export function inWebAddress(line: string, start: number): boolean {
  if (!line.includes('://')) return false;
  let a = start;
  while (a > 0 && !ADDRESS_END.test(line[a - 1])) a--;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(line.slice(a, start));
}

/**
 * `/home/ec2-user/glue/…`, `~/SageMaker/Glue\\ Examples/`: a directory of an absolute or home-relative
 * file-system path is the user's folder name, whatever it is called (a shell's `\\ ` keeps the path going).
 */
export function inFileSystemPath(line: string, start: number, end: number): boolean {
  if (!line.includes('/')) return false;
  let a = start;
  while (a > 0 && (!PATH_END.test(line[a - 1]) || line[a - 2] === '\\')) a--;
  if (a < start && /^(?:~|\.{1,2})?\/[\w.$~-]/.test(line.slice(a, start + 1)) && line.slice(a, start).includes('/')) return true;
  // A folder of a relative path to a file, quoted or not: `path: src/main/java/com/example/cloudformation/CreateStack.java`.
  if (line[end] === '/' && (a === start || line[start - 1] === '/') && /^\/(?:[\w.$-]+\/)*[\w$-]+\.[A-Za-z][A-Za-z0-9]{0,5}(?=$|[\s"'`),;:\]])/.test(line.slice(end, end + 200))) return true;
  // A quoted relative path to a file, `"cloudformation/{}.yaml"`, `'glue/jobs/load.py'`: its folders are the program's.
  return a === start && /["'`]/.test(line[start - 1] ?? '') && /^[\w-]+\/[\w{}.$/-]*\.[A-Za-z]{2,5}["'`]/.test(line.slice(start, start + 120));
}

/**
 * A weak name used as a code symbol: `class Config:`, `new Batch(`, `"Config": {`, `Glue = …`, and for a
 * lower-case word a variable: `import * as kinesis`, `const s3 =`.
 */
export function looksLikeCode(line: string, start: number, end: number, lower: boolean): boolean {
  const before = line.slice(Math.max(0, start - 30), start);
  const after = line.slice(end, end + 6);
  return DECLARING_KEYWORD_BEFORE.test(before)
    || (lower && BINDING_KEYWORD_BEFORE.test(before))
    || after.startsWith('(')
    || (lower && after.startsWith('['))
    || (QUOTE_BEFORE.test(before) && QUOTED_KEY_AFTER.test(after))
    // A YAML key that opens a block, a CloudFormation logical id or a setting of the program's: `  Crawler:`.
    || (YAML_KEY_INDENT.test(line.slice(0, start)) && BLOCK_KEY_COLON.test(line.slice(end)))
    || ASSIGNMENT_AFTER.test(after);
}
