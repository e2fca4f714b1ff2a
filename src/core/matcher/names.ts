// Prose names: official, short and former names from the notes, kept in a trie of lower-case words, and
// the rules that decide whether words that spell a name mean the service here (case, the word after,
// code symbols, lowercase prose with the service's own nouns).
import { Service } from '../model';
import { inPathValue, inStructTag, isEmphasisUnderscore, isNameGap, isWordChar, Token, tokenize } from './text';
import { NameEntry } from './types';
import { declaredName } from './ownNames';
import { BRAND_NOUNS, DISTINCTIVE, ENGINE_SERVICES, GENERIC_IN_LOWER_CASE, MISSPELLINGS, NEGATIVE_NEXT, NOT_SERVICE_NAMES, NOUNS, OTHER_AWS_SERVICES, OWNED_FEATURES, SERVICE_PHRASES, VERB_OBJECTS, VERSIONED } from './nameWords';

/** The service id of a name that belongs to no listed service (OTHER_AWS_SERVICES): it ends a name, never a mention. */
export const UNLISTED = '';

/**
 * `next` holds the children by their lower-case word; `byShape` the same children by the word's shape (see
 * `shape`), so that a hover finds a child by comparing the line's characters in place, case folded, without
 * slicing or lower-casing the word. A word outside [a-z0-9] (never from tokenize) is in `next` alone: no
 * token can spell it.
 */
interface TrieNode { word: string; next: Map<string, TrieNode>; byShape: Map<number, TrieNode[]>; entries: NameEntry[] }

const trieNode = (word: string): TrieNode => ({ word, next: new Map(), byShape: new Map(), entries: [] });

export interface NameHit { entry: NameEntry; end: number; weak: boolean; strict?: boolean }

export class NameTrie {
  private readonly root: TrieNode = trieNode('');
  /** Longest name in tokens: how far back a hover looks for the start of a name. */
  maxTokens = 1;
  /** Every lower-case word of every name: a hover on any other word cannot be on a name. */
  readonly words = new Set<string>();
  /**
   * The shapes of the first words of names (first two letters and length, see `shape`): a word of another
   * shape starts no name, which a scan learns without slicing, lowercasing or hashing the word.
   */
  private readonly firstShapes = new Uint8Array(SHAPES);
  /** A first word outside [a-z0-9] (never from tokenize; a hand-made table could hold one): no shape test. */
  private anyShape = false;
  /**
   * Every word of every name by its shape: the hover's `span` compares a word in place (case folded by
   * character code) with the one or two words of its shape, without slicing or lower-casing it.
   */
  private readonly wordsByShape: (string[] | undefined)[] = new Array<string[] | undefined>(SHAPES).fill(undefined);
  private anyWordShape = false;
  /** nameAt's walk down the trie, reused from call to call. */
  private readonly path: TrieNode[] = [];

  addService(s: Service): void {
    const weakSet = new Set(s.ambiguous.map((n) => n.toLowerCase()));
    for (const n of MISSPELLINGS[s.id] ?? []) if (n === n.toLowerCase()) weakSet.add(n);
    const given = [s.name, s.shortName ?? '', ...s.formerNames, ...s.aliases, ...s.ambiguous, ...(MISSPELLINGS[s.id] ?? []), ...(OWNED_FEATURES[s.id] ?? []), ...(SERVICE_PHRASES[s.id] ?? [])].filter(Boolean);
    // "Amazon Kinesis Data Analytics" is also written "Kinesis Data Analytics": add unbranded forms of 2+ words.
    const unbranded = given.map((n) => n.replace(/^(Amazon|AWS)\s+/, '')).filter((n) => n.split(/\s+/).length >= 2);
    // "Amazon OpenSearch", "AWS Athena": the brand before a short or ambiguous name makes it the service,
    // even where the bare word is an open-source engine.
    const brand = /^(Amazon|AWS)\s/.exec(s.name)?.[1];
    const branded = brand ? [s.shortName ?? '', ...s.ambiguous].filter((n) => n && !/^(Amazon|AWS)\s/.test(n)).map((n) => `${brand} ${n}`) : [];
    // "CloudWatch Events" → "a CloudWatch event rule", "Kinesis Data Streams" → "a Kinesis Data Stream": the
    // singular of a plural name of two words or more is the same service.
    const singular = [...given, ...unbranded].filter((n) => /\s\S*[^su\s]s$/.test(n) && !/\(/.test(n)).map((n) => n.slice(0, -1));
    // "AWS StepFunctions", "Amazon DataFirehose": a branded name of several words written without their blanks is the
    // same name (round 16); only behind its brand, since an unbranded `StepFunctions` may be the program's own class.
    const joined = given.map((n) => /^(Amazon|AWS)\s+(\S+(?:\s+\S+)+)$/.exec(n)).filter((m): m is RegExpExecArray => !!m && !/[()]/.test(m[2]))
      .map((m) => `${m[1]} ${m[2].replace(/\s+/g, '')}`);
    for (const name of new Set([...given, ...unbranded, ...branded, ...singular])) {
      const clean = name.replace(/\s*\((?:formerly|previously|legacy)[^)]*\)\s*/gi, ' ').trim();
      if (!clean) continue;
      if (NOT_SERVICE_NAMES.has(clean.toLowerCase())) {
        // The engine's name, listed by the note of AWS's service of it: that service only where the text names it clearly.
        // "Opensearch", as a README may write it, is the same engine's name (round 13).
        if (ENGINE_SERVICES[clean.toLowerCase()] === s.id) {
          for (const spelled of new Set([clean, clean[0] + clean.slice(1).toLowerCase()])) this.add({ serviceId: s.id, tokens: tokenize(spelled).map((t) => t.text), foldCase: false, weak: true, strict: true, length: clean.length });
        }
        continue;
      }
      const tokens = tokenize(clean).map((t) => t.text);
      if (!tokens.length) continue;
      const branded = tokens.length > 1 && /^(amazon|aws)$/i.test(tokens[0]);
      this.add({ serviceId: s.id, tokens, foldCase: branded, weak: weakSet.has(clean.toLowerCase()), length: clean.length });
      // "### Crawler Undo Script": an ambiguous lower-case word capitalised (a heading, a sentence's start) is the
      // service only where the file names it clearly ("AWS Glue crawler"), as an engine's name is (round 14).
      if (tokens.length === 1 && /^[a-z]+$/.test(clean) && weakSet.has(clean)) {
        this.add({ serviceId: s.id, tokens: [clean[0].toUpperCase() + clean.slice(1)], foldCase: false, weak: true, strict: true, length: clean.length });
      }
    }
    for (const name of joined) this.add({ serviceId: s.id, tokens: tokenize(name).map((t) => t.text), foldCase: false, weak: false, asWritten: true, length: name.length });
  }

  /** After every note: names of other AWS services that would otherwise read as a listed one inside them. */
  addUnlisted(): void {
    for (const name of OTHER_AWS_SERVICES) {
      const tokens = tokenize(name).map((t) => t.text);
      this.add({ serviceId: UNLISTED, tokens, foldCase: /^(amazon|aws)$/i.test(tokens[0]), weak: false, length: name.length });
    }
  }

  add(e: NameEntry): void {
    let node = this.root;
    const first = e.tokens[0]?.toLowerCase() ?? '';
    if (/^[a-z0-9]+$/.test(first)) this.firstShapes[shape(first, 0, first.length)] = 1; else this.anyShape = true;
    for (const t of e.tokens) {
      const key = t.toLowerCase();
      let child = node.next.get(key);
      if (!child) {
        child = trieNode(key);
        node.next.set(key, child);
        if (/^[a-z0-9]+$/.test(key)) {
          const sh = shape(key, 0, key.length);
          const same = node.byShape.get(sh);
          if (same) same.push(child); else node.byShape.set(sh, [child]);
        }
      }
      node = child;
    }
    if (node.entries.some((x) => x.foldCase === e.foldCase && x.tokens.join(' ') === e.tokens.join(' '))) return; // first service wins (parents come first)
    node.entries.push(e);
    node.entries.sort((a, b) => b.length - a.length);
    for (const t of e.tokens) {
      const w = t.toLowerCase();
      this.words.add(w);
      if (!/^[a-z0-9]+$/.test(w)) { this.anyWordShape = true; continue; }
      const bucket = this.wordsByShape[shape(w, 0, w.length)] ??= [];
      if (!bucket.includes(w)) bucket.push(w);
    }
    this.maxTokens = Math.max(this.maxTokens, e.tokens.length);
  }

  /** Does some name start with this lower-case word? */
  starts(word: string): boolean {
    return this.root.next.has(word);
  }

  /**
   * False when no name can start with the word line[start, end) (a run of isWordChar characters): its
   * shape is that of no name's first word. True means maybe (then `starts` decides).
   */
  mayStart(line: string, start: number, end: number): boolean {
    return this.anyShape || this.firstShapes[shape(line, start, end)] === 1;
  }

  entries(): NameEntry[] {
    const out: NameEntry[] = [];
    const walk = (n: TrieNode) => { out.push(...n.entries); for (const c of n.next.values()) walk(c); };
    walk(this.root);
    return out;
  }

  /**
   * The name that starts at token i, if any: the longest one (most words, then most characters) that
   * passes every check, with whether it still needs AWS context (weak).
   */
  nameAt(line: string, tokens: Token[], i: number): NameHit | undefined {
    // Walk the trie as deep as the tokens allow (words joined by short gaps such as a space or hyphen).
    // The nodes walked, in a list the trie keeps for it (nameAt never runs inside itself): no array per call.
    const path = this.path;
    let walked = 0;
    let node: TrieNode | undefined = this.root;
    for (let k = i; k < tokens.length; k++) {
      if (k > i && !isNameGap(line, tokens[k - 1].end, tokens[k].start)) break;
      // A bare dot joins a qualifier to its member, not words of a name: Go's `aws.Config{` is the SDK's config struct.
      if (k > i && tokens[k].start === tokens[k - 1].end + 1 && line[tokens[k - 1].end] === '.') break;
      node = childAt(node, line, tokens[k].start, tokens[k].end);
      if (!node) break;
      path[walked++] = node;
    }
    const first = tokens[i];
    for (let depth = walked; depth >= 1; depth--) {
      for (const e of path[depth - 1].entries) {
        const spelled = spelling(e, tokens, i);
        if (!spelled) continue;
        const last = tokens[i + depth - 1];
        // "AWS Lambda" and "aws lambda", but not the path /aws/lambda/.
        if (e.foldCase && depth > 1 && line.slice(first.end, tokens[i + 1].start).includes('/')) continue;
        // Not part of a longer identifier: foo_Glue, Glue.py, glue-job, $Config
        const before = line[first.start - 1] ?? ' ';
        const after = line[last.end] ?? ' ';
        if (SIGIL.test(before) || before === '_' && !isEmphasisUnderscore(line, first.start, last.end, 'before')) continue;
        if (after === '_' && !isEmphasisUnderscore(line, first.start, last.end, 'after')) continue;
        if (after === '\\' && line[last.end + 1] === '_') continue; // markdown's escaped identifier: ecr\_repo
        if (after === '\\' && PSR4_KEY.test(line.slice(last.end, last.end + 8))) continue; // composer.json's `"Glue\\": "../glue/"`: the program's PHP namespace
        if (before === '.' && ATTRIBUTE_OWNER_END.test(line[first.start - 2] ?? ' ')) continue; // an attribute: x.s3, a[0].s3
        if (after === '.' && MEMBER_START.test(line[last.end + 1] ?? ' ')) continue;
        if (before === '-' || after === '-' && WORD_CHAR.test(line[last.end + 1] ?? ' ')) continue;
        if (inFileSystemPath(line, first.start, last.end) || inWebAddress(line, first.start)) continue;
        if (declaredName(line, first.start, last.end) || inPathValue(line, first.start) || inStructTag(line, first.start)) continue;
        // A namespaced key that starts with a name, `"Key": "aws-cdk:subnet-name"` (a tag key the CDK writes, round 17): no mention.
        if (after === ':' && NAMESPACED_KEY_TAIL.test(line.slice(last.end, last.end + 40))) continue;
        // An object's field set to a literal, `ec2: true,` (Inspector's scan settings, round 17): an API field, like `KmsKeyId`.
        if (onlyBlankBefore(line, first.start) && FIELD_LITERAL.test(line.slice(last.end))) continue;
        // `aws-cdk-lib/aws-appsync`: a CDK module path names its module's service (none, without a note), not the CDK.
        if (after === '/' && line.startsWith('aws-', last.end + 1) && e.serviceId === 'cdk') continue;
        const next = nextWord(line, last.end);
        // A brand's name before a noun of one of its products names that product: "Kinesis shards" → Data Streams.
        const product = BRAND_NOUNS[e.serviceId]?.[next];
        // A lower-case English word ("the glue table") still needs AWS context.
        if (product) return { entry: { ...e, serviceId: product, weak: false }, end: last.end, weak: spelled === 'lower' && e.weak };
        const noun = NOUNS[e.serviceId]?.includes(next) ?? false;
        let weak = e.weak;
        if (spelled === 'lower') {
          // "glue job", "lambda memory": an English word in lower case names the service only before its
          // nouns, and even then only with AWS context. Lower-case names with a word only AWS uses are
          // spelled freely ("cloudwatch logs", "s3 files").
          if (e.tokens.length === 1 && !noun) continue;
          if (GENERIC_IN_LOWER_CASE.has(e.tokens.join(' ').toLowerCase()) && !noun) continue;
          weak = true;
        } else if (weak && (noun || awsBefore(line, first.start) || (VERSIONED.has(e.serviceId) && VERSION_AFTER.test(line.slice(last.end, last.end + 8))))) {
          weak = false; // "S3 bucket", "Lambda function", "AWS Athena", "Glue 4"
        }
        if (weak && this.negativeNext(e, line, last.end)) continue;
        if (weak && spelled === 'exact' && isVerbAtSentenceStart(line, first.start, last.end)) continue;
        if (weak && this.isPathSegment(line, first.start)) continue;
        if (weak && looksLikeCode(line, first.start, last.end, LOWER_LETTER.test(first.text[0]))) continue;
        return { entry: e, end: last.end, weak, strict: weak && e.strict };
      }
    }
    return undefined;
  }

  /**
   * `dotnetv3/Glacier`, `apidocs/items/Glue/…`: a segment of a path or address after a word that is not a
   * name. "Glue/Athena" and "S3/Glacier" in prose keep both names.
   */
  private isPathSegment(line: string, start: number): boolean {
    if (line[start - 1] !== '/' || !isWordChar(line.charCodeAt(start - 2))) return false;
    let w = start - 2;
    while (w > 0 && isWordChar(line.charCodeAt(w - 1))) w--;
    return !this.isNameWord(line, w, start - 1);
  }

  private negativeNext(e: NameEntry, line: string, end: number): boolean {
    const words = NEGATIVE_NEXT[e.tokens[e.tokens.length - 1].toLowerCase()];
    return !!words && words.includes(nextWord(line, end));
  }

  /** Is line[start, end) (a run of isWordChar characters) a word of some name? The shape test first: most words are none. */
  private isNameWord(line: string, start: number, end: number): boolean {
    if (this.anyWordShape) return this.words.has(line.slice(start, end).toLowerCase());
    const bucket = this.wordsByShape[shape(line, start, end)];
    if (bucket === undefined) return false;
    for (let j = 0; j < bucket.length; j++) if (sameWordFolded(line, start, end, bucket[j])) return true;
    return false;
  }

  /**
   * The stretch of the line that can hold a name covering `ch`: the run of consecutive name words
   * (joined by name gaps) around the cursor, all the way left and up to maxTokens words right.
   * Undefined when the word under the cursor (or, in a gap, the word before it) is in no name.
   */
  span(line: string, ch: number): [number, number] | undefined {
    const len = line.length;
    let a = ch, b = ch;
    if (isWordChar(line.charCodeAt(ch))) {
      while (a > 0 && isWordChar(line.charCodeAt(a - 1))) a--;
      while (b < len && isWordChar(line.charCodeAt(b))) b++;
    } else {
      let l = ch, r = ch;
      while (l > 0 && !isWordChar(line.charCodeAt(l - 1))) l--;
      while (r < len && !isWordChar(line.charCodeAt(r))) r++;
      if (l === 0 || r >= len || !isNameGap(line, l, r)) return undefined;
      a = b = l;
      while (a > 0 && isWordChar(line.charCodeAt(a - 1))) a--;
    }
    if (!this.isNameWord(line, a, b)) return undefined;
    let start = a;
    for (;;) {
      let g = start;
      while (g > 0 && !isWordChar(line.charCodeAt(g - 1))) g--;
      if (g === 0 || !isNameGap(line, g, start)) break;
      let w = g;
      while (w > 0 && isWordChar(line.charCodeAt(w - 1))) w--;
      if (!this.isNameWord(line, w, g)) break;
      start = w;
    }
    let end = b;
    for (let n = 1; n < this.maxTokens; n++) {
      let g = end;
      while (g < len && !isWordChar(line.charCodeAt(g))) g++;
      if (g >= len || !isNameGap(line, end, g)) break;
      let w = g;
      while (w < len && isWordChar(line.charCodeAt(w))) w++;
      if (!this.isNameWord(line, g, w)) break;
      end = w;
    }
    return end > ch || isWordChar(line.charCodeAt(ch)) ? [start, end] : undefined;
  }
}

/** Word characters folded to 0–35 (digits, then letters of either case); 36 for none. */
function fold(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  if (c >= 97 && c <= 122) return c - 87;
  return 36;
}

/** line[start, end) (ASCII letters and digits) equals the lower-case word w, case folded by character code. */
function sameWordFolded(line: string, start: number, end: number, w: string): boolean {
  if (end - start !== w.length) return false;
  for (let k = 0; k < w.length; k++) {
    const c = line.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) return false;
  }
  return true;
}

/** The child of node whose word is line[start, end) (a run of ASCII letters and digits), case folded. */
function childAt(node: TrieNode, line: string, start: number, end: number): TrieNode | undefined {
  const same = node.byShape.get(shape(line, start, end));
  if (same === undefined) return undefined;
  for (let j = 0; j < same.length; j++) if (sameWordFolded(line, start, end, same[j].word)) return same[j];
  return undefined;
}

const MAX_SHAPE_LENGTH = 31;
const SHAPES = 37 * 37 * (MAX_SHAPE_LENGTH + 1);

/** A word's shape, case folded: its first two characters and its length (capped). */
function shape(text: string, start: number, end: number): number {
  const second = end - start > 1 ? fold(text.charCodeAt(start + 1)) : 36;
  return (fold(text.charCodeAt(start)) * 37 + second) * (MAX_SHAPE_LENGTH + 1) + Math.min(end - start, MAX_SHAPE_LENGTH);
}

/**
 * How the tokens at i spell entry e: 'exact' (as the notes write it, or any case for branded names and
 * words only AWS uses), 'lower' (all lower case, for a name of English words), or undefined.
 */
function spelling(e: NameEntry, tokens: Token[], i: number): 'exact' | 'lower' | undefined {
  if (e.foldCase) return 'exact';
  if (e.asWritten) return e.tokens.every((t, k) => tokens[i + k].text === t) ? 'exact' : undefined;
  // Whether the name holds a word only AWS uses: read only for a word written in lower case unlike the notes.
  let distinctive: boolean | undefined;
  let exact = true;
  for (let k = 0; k < e.tokens.length; k++) {
    const got = tokens[i + k].text;
    if (got === e.tokens[k]) continue;
    // Title case after the first word, as headings write names: "Glue Crawler", "EventBridge Rules" (round 14).
    if (k > 0 && got.length > 1 && got[0] === e.tokens[k][0].toUpperCase() && got.slice(1) === e.tokens[k].slice(1) && e.tokens[k] === e.tokens[k].toLowerCase() && tokens[i].text === e.tokens[0]) continue;
    const lower = got.toLowerCase();
    if (got !== lower) {
      // Mixed case: only a word only AWS uses may be spelled differently ("Cloudwatch", "DynamoDb").
      if (!DISTINCTIVE.has(lower)) return undefined;
      continue;
    }
    distinctive ??= e.tokens.some((t) => DISTINCTIVE.has(t.toLowerCase()));
    if (!distinctive) exact = false;
  }
  return exact ? 'exact' : 'lower';
}

/** The rest of a field set to a literal: `: true,`, `": false`, `: 0`. */
const FIELD_LITERAL = /^["']?\s*:\s*(?:true|false|null|-?\d+)\s*,?\s*$/;

/** The end of a PSR-4 autoload key in composer.json, `"App\\Glue\\": "src/"`: a namespace prefix the program chose. */
const PSR4_KEY = /^\\\\"\s*:/;

/** " 4", " 4.0", " 6.15": a release number after a versioned service's name. */
const VERSION_AFTER = /^[ \t]+\d{1,2}(?:\.\d{1,2})?(?!\w|\.\d)/;

/**
 * The word after a name, lower-cased: past at least one blank, hyphen or quote, a run of ASCII letters, all
 * within 24 characters of the name's end (`kinesis shards`, `glue-job`). A character loop: nameAt asks for it
 * on most hovers of a name.
 */
function nextWord(line: string, end: number): string {
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
function onlyBlankBefore(line: string, start: number): boolean {
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
function awsBefore(line: string, start: number): boolean {
  return /\b(?:AWS|Amazon|aws|amazon)\s+$/.test(line.slice(Math.max(0, start - 8), start));
}

// Character classes the name rules test one character with, declared once: a regular expression literal in a
// function is a new RegExp object each time it runs, and these run on every name a hover reads (some once per character).
const SIGIL = /[$@]/;
const ATTRIBUTE_OWNER_END = /[\w)\]]/;
const MEMBER_START = /[A-Za-z(]/;
const WORD_CHAR = /\w/;
const LOWER_LETTER = /[a-z]/;
const NAMESPACED_KEY_TAIL = /^:[a-z]+-[a-z]/;
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
function isVerbAtSentenceStart(line: string, start: number, end: number): boolean {
  if (!SENTENCE_START_BEFORE.test(line.slice(Math.max(0, start - 40), start))) return false;
  const m = OBJECT_WORD_AFTER.exec(line.slice(end, end + 16));
  return !!m && VERB_OBJECTS.has(m[1]);
}

/**
 * A weak name used as a code symbol: `class Config:`, `new Batch(`, `"Config": {`, `Glue = …`, and for a
 * lower-case word a variable: `import * as kinesis`, `const s3 =`.
 */
/**
 * `/home/ec2-user/glue/…`, `~/SageMaker/Glue\\ Examples/`: a directory of an absolute or home-relative
 * file-system path is the user's folder name, whatever it is called (a shell's `\\ ` keeps the path going).
 */
/** `https://docs.aws.amazon.com/autoscaling/ec2/userguide/…`: a web address's path names a page, not a use. */
function inWebAddress(line: string, start: number): boolean {
  if (!line.includes('://')) return false;
  let a = start;
  while (a > 0 && !ADDRESS_END.test(line[a - 1])) a--;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(line.slice(a, start));
}

function inFileSystemPath(line: string, start: number, end: number): boolean {
  if (!line.includes('/')) return false;
  let a = start;
  while (a > 0 && (!PATH_END.test(line[a - 1]) || line[a - 2] === '\\')) a--;
  if (a < start && /^(?:~|\.{1,2})?\/[\w.$~-]/.test(line.slice(a, start + 1)) && line.slice(a, start).includes('/')) return true;
  // A folder of a relative path to a file, quoted or not: `path: src/main/java/com/example/cloudformation/CreateStack.java`.
  if (line[end] === '/' && (a === start || line[start - 1] === '/') && /^\/(?:[\w.$-]+\/)*[\w$-]+\.[A-Za-z][A-Za-z0-9]{0,5}(?=$|[\s"'`),;:\]])/.test(line.slice(end, end + 200))) return true;
  // A quoted relative path to a file, `"cloudformation/{}.yaml"`, `'glue/jobs/load.py'`: its folders are the program's.
  return a === start && /["'`]/.test(line[start - 1] ?? '') && /^[\w-]+\/[\w{}.$/-]*\.[A-Za-z]{2,5}["'`]/.test(line.slice(start, start + 120));
}


function looksLikeCode(line: string, start: number, end: number, lower: boolean): boolean {
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
