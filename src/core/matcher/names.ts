// Prose names: official, short and former names from the notes, kept in a trie of lower-case words, and
// the rules that decide whether words that spell a name mean the service here (case, the word after,
// code symbols, lowercase prose with the service's own nouns). The forms a name is written in are in nameForms.ts,
// the tests of the text around a name in nameSurroundings.ts, and the word shapes the trie is indexed by in wordShape.ts.
import { Service } from '../model';
import { inPathValue, inStructTag, isEmphasisUnderscore, isNameGap, isWordChar, Token, tokenize } from './text';
import { NameEntry } from './types';
import { declaredName } from './ownNames';
import { BRAND_NOUNS, GENERIC_IN_LOWER_CASE, NEGATIVE_NEXT, NOUNS, OTHER_AWS_SERVICES, VERSIONED } from './nameWords';
import { nameForms, spelling } from './nameForms';
import { awsBefore, inFileSystemPath, inWebAddress, isVerbAtSentenceStart, looksLikeCode, nextWord, onlyBlankBefore } from './nameSurroundings';
import { sameWordFolded, shape, SHAPES } from './wordShape';

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
    for (const e of nameForms(s)) this.add(e);
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

/** The child of node whose word is line[start, end) (a run of ASCII letters and digits), case folded. */
function childAt(node: TrieNode, line: string, start: number, end: number): TrieNode | undefined {
  const same = node.byShape.get(shape(line, start, end));
  if (same === undefined) return undefined;
  for (let j = 0; j < same.length; j++) if (sameWordFolded(line, start, end, same[j].word)) return same[j];
  return undefined;
}

/** The rest of a field set to a literal: `: true,`, `": false`, `: 0`. */
const FIELD_LITERAL = /^["']?\s*:\s*(?:true|false|null|-?\d+)\s*,?\s*$/;

/** The end of a PSR-4 autoload key in composer.json, `"App\\Glue\\": "src/"`: a namespace prefix the program chose. */
const PSR4_KEY = /^\\\\"\s*:/;

/** " 4", " 4.0", " 6.15": a release number after a versioned service's name. */
const VERSION_AFTER = /^[ \t]+\d{1,2}(?:\.\d{1,2})?(?!\w|\.\d)/;

// Character classes the name rules test one character with, declared once: a regular expression literal in a
// function is a new RegExp object each time it runs, and these run on every name a hover reads (some once per character).
const SIGIL = /[$@]/;
const ATTRIBUTE_OWNER_END = /[\w)\]]/;
const MEMBER_START = /[A-Za-z(]/;
const WORD_CHAR = /\w/;
const LOWER_LETTER = /[a-z]/;
const NAMESPACED_KEY_TAIL = /^:[a-z]+-[a-z]/;
