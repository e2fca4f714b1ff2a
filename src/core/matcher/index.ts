// The one service matcher: finds AWS service mentions in any text, whether prose names, former names
// and abbreviations, or code identifiers (SDKs of every language, CloudFormation, Terraform, CDK, ARNs,
// IAM actions, service principals, endpoints, CLIs, s3:// URIs). Hover, `de-study scan` and the
// knowledge base's section annotation all use it, so they always agree. The rules live by idea:
// names.ts (prose), sdk.ts and infra.ts (identifiers: the gates, over a module per SDK family or kind of
// identifier), fileContext.ts (what a file says), claims.ts; docs/matcher.md has the whole module map.
import { Service } from '../model';
import { Resolver } from './claims';
import { CODE_HINT, codeMatches, RUN_TRIGGER } from './code';
import { inConstructId, inStateName } from './constructId';
import { FileContext } from './fileContext';
import { DISTINCTIVE } from './nameWords';
import { NameTrie, UNLISTED } from './names';
import { trailingAlias } from './boundNames';
import { isBlank, isWordChar, tokenize, tokenizeWords } from './text';
import { Match, MatcherTables } from './types';

export { FileContext } from './fileContext';
export { tokenize } from './text';
export type { Match, MatchKind, MatcherTables, NameEntry } from './types';

/** Line-level AWS context for an ambiguous name within `window` lines (see docs/matcher.md). */
const CONTEXT = new RegExp([
  String.raw`\baws[_-]`, String.raw`\barn:aws`, String.raw`amazonaws\.com`, String.raw`\bARNs?\b`,
  String.raw`\b(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d\b`,
  String.raw`\bboto3\b`, String.raw`@aws-sdk/`, String.raw`\bAWS::`, String.raw`\bs3a?://`,
].join('|'));

/**
 * CONTEXT.test, with a cheap look first for the text every one of its patterns holds ('aws' for the
 * `aws_`, `arn:aws`, endpoint and SDK patterns, `-` after a region's direction word, `://`, …): most
 * prose lines hold none, and the search for a few plain strings costs far less than the patterns.
 */
function hasContextPattern(line: string): boolean {
  return (line.includes('aws') || line.includes('ARN') || line.includes('AWS::') || line.includes('boto3') || line.includes('://')
    || line.includes('th-') || line.includes('st-') || line.includes('al-')) && CONTEXT.test(line);
}

const MAX_LINE = 10000;

/** `strict`: engine names (a subset of `weak`) that count only where the text names their service clearly. */
interface ScannedLine { matches: Match[]; weak: Set<Match>; strict?: Set<Match>; context: boolean }

export class ServiceMatcher {
  readonly services: ReadonlyMap<string, Service>;
  private readonly names = new NameTrie();
  private readonly r: Resolver;

  constructor(services: Iterable<Service>, tables?: MatcherTables) {
    const map = new Map<string, Service>();
    for (const s of services) map.set(s.id, s);
    this.services = map;
    this.r = new Resolver(map);
    if (tables) {
      for (const e of tables.names) this.names.add(e);
      this.r.load(tables.claims);
      return;
    }
    // Parents first, so that a sub-feature never takes a bare identifier from its parent.
    const ordered = [...map.values()].sort((a, b) => Number(!!a.parent) - Number(!!b.parent) || a.id.localeCompare(b.id));
    for (const s of ordered) { this.names.addService(s); this.r.addService(s); }
    this.names.addUnlisted();
  }

  /** The tables this matcher was built into, for `new ServiceMatcher(services, tables)` elsewhere. */
  toTables(): MatcherTables {
    return { names: this.names.entries(), claims: this.r.toJSON() };
  }

  /** Every name the matcher knows, with its service: for tests and the baseline benchmark. */
  allNames(): { name: string; serviceId: string; weak: boolean }[] {
    return this.names.entries().filter((e) => e.serviceId !== UNLISTED).map((e) => ({ name: e.tokens.join(' '), serviceId: e.serviceId, weak: e.weak }));
  }

  /** What a whole text says about AWS (imports, aliases): pass it to matchAt for a hover in that text. */
  fileContext(text: string): FileContext {
    return FileContext.of(text, this.r);
  }

  /** All candidate matches in one line, weak names included (flagged in the returned set). */
  scanLine(line: string, lineNo = 0, file: FileContext = FileContext.none): ScannedLine {
    // The same cheap test as hasContext: lines without any code hint (most prose) skip the code patterns.
    const code = CODE_HINT.test(line) || fileTrigger(line, line, lineNo, file) ? codeMatches(line, lineNo, this.r, file) : [];
    const matches: Match[] = [...code];
    const weak = new Set<Match>();
    let strict: Set<Match> | undefined;
    // Words are read in place; tokens (objects and lower-case copies) are made only where a name can
    // start, and only as many as the longest name has words: most words of prose start none.
    const n = line.length;
    let i = 0;
    while (i < n) {
      while (i < n && !isWordChar(line.charCodeAt(i))) i++;
      const start = i;
      while (i < n && isWordChar(line.charCodeAt(i))) i++;
      if (i === start || !this.names.mayStart(line, start, i)) continue;
      if (code.length && code.some((c) => start >= c.column && start < c.endColumn)) continue;
      if (!this.names.starts(line.slice(start, i).toLowerCase())) continue;
      const hit = this.names.nameAt(line, tokenizeWords(line, start, this.names.maxTokens), 0);
      if (!hit) continue;
      // The next name may start at the first word after this one (a word ends where the name ends).
      i = hit.end;
      if (hit.entry.serviceId === UNLISTED) continue; // another AWS service's name: no mention, and none inside it
      if (importedClass(file, line.slice(start, hit.end), hit.entry.serviceId) || localClass(file, line, line.slice(start, hit.end))) continue;
      if ((line.includes('"') || line.includes("'")) && inConstructId(line, start, lineNo, file)) continue;
      if (file.stateMachine && inStateName(line, start, hit.end, file)) continue;
      const m: Match = { line: lineNo, column: start, endColumn: hit.end, text: line.slice(start, hit.end), serviceId: hit.entry.serviceId, kind: 'name' };
      matches.push(m);
      if (hit.weak) weak.add(m);
      if (hit.strict) (strict ??= new Set<Match>()).add(m);
    }
    matches.sort((a, b) => a.column - b.column);
    const context = matches.some((x) => !weak.has(x)) || hasContextPattern(line) || namesEachOther([...weak].filter((m) => m.kind === 'name'));
    return { matches, weak, strict, context };
  }

  /**
   * Every service mention in a text. An ambiguous name counts when the file is AWS code, when the file
   * names that service clearly somewhere, or with AWS context within `window` lines.
   */
  scanText(text: string, window = 3): Match[] {
    if (!this.mayMention(text)) return [];
    const file = this.fileContext(text);
    const scanned = file.lines.map((l, i) => (l.length > MAX_LINE ? { matches: [], weak: new Set<Match>(), context: false } : this.scanLine(l, i, file)));
    file.scan ??= summarise(scanned, this.services, file.lines);
    const ctx = contextWindows(scanned.map((s) => s.context), window);
    const out: Match[] = [];
    scanned.forEach((s, i) => {
      for (const m of s.matches) {
        if (s.strict?.has(m) ? this.named(file, m.serviceId) : !s.weak.has(m) || ctx[i] || this.vouched(file, m.serviceId)) out.push(m);
      }
    });
    return out;
  }

  /**
   * False when scanText would surely find nothing: one line with no code hint (so no code pattern, import
   * or file trigger can apply) and no word that starts a name. Cheap, allocates nothing: the quiz asks it
   * of thousands of short texts, most of which name no service.
   */
  mayMention(text: string): boolean {
    if (text.includes('\n') || text.includes('\r') || CODE_HINT.test(text)) return true;
    let i = 0;
    while (i < text.length) {
      while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
      const start = i;
      while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
      if (i > start && this.names.starts(text.slice(start, i).toLowerCase())) return true;
    }
    return false;
  }

  /** Distinct service ids mentioned in a text. */
  servicesIn(text: string): string[] {
    return [...new Set(this.scanText(text).map((m) => m.serviceId))];
  }

  /**
   * The mention under a cursor (0-based line and character), reading only what it needs: the tokens
   * near the cursor, the code patterns only when the text there has an identifier's shape, and the
   * neighbouring lines (or the file) only for an ambiguous name. This is the hover's hot path; with the
   * file's context it agrees with scanText (a unit test checks every position of the labelled files).
   */
  matchAt(getLine: (n: number) => string | undefined, lineNo: number, character: number, file: FileContext = FileContext.none, window = 3): Match | undefined {
    const line = getLine(lineNo);
    if (line === undefined || line.length > MAX_LINE || character < 0 || character >= line.length) return undefined;
    // The run of non-blank characters under the cursor decides whether code patterns can apply.
    let rs = character, re = character;
    while (rs > 0 && !isBlank(line.charCodeAt(rs - 1))) rs--;
    while (re < line.length && !isBlank(line.charCodeAt(re))) re++;
    if (rs === re) return undefined;
    const run = line.slice(rs, re);
    let code: readonly Match[] = NO_MATCHES;
    const awsCli = TOOL_COMMAND.test(line);
    const wide = awsCli || (file.events === 'sam' && SAM_EVENT_LINE.test(line)) || (file.events === 'serverless' && SLS_EVENT_LINE.test(line));
    const triggered = awsCli || RUN_TRIGGER.test(run) || ((run.includes('"') || run.includes("'")) && (line.includes('client') || line.includes('resource')))
      || fileTrigger(run, line, lineNo, file);
    if (triggered) {
      code = wide ? codeMatches(line, lineNo, this.r, file, line, character) : codeMatches(line, lineNo, this.r, file, run, character, rs);
      const hit = covering(code, character);
      if (hit) return hit;
    }
    // Names: a name is a run of name words joined by short gaps, so only the run of name words around the
    // cursor needs tokens (usually one to three words; none at all on an ordinary word).
    const span = this.names.span(line, character);
    if (!span) return undefined;
    if (!wide && (span[0] < rs || span[1] > re)) {
      // The name reaches into the runs beside the cursor's ("Kinesis Data Analytics" under "Analytics"), and a code
      // match there keeps the name from starting, as in scanLine: those runs are read for code too.
      let from = Math.min(rs, span[0]), to = Math.max(re, span[1]);
      while (from > 0 && !isBlank(line.charCodeAt(from - 1))) from--;
      while (to < line.length && !isBlank(line.charCodeAt(to))) to++;
      const around = line.slice(from, to);
      if (triggered || RUN_TRIGGER.test(around) || fileTrigger(around, line, lineNo, file)) code = codeMatches(line, lineNo, this.r, file, around, character, from);
    }
    const tokens = tokenize(line, span[0], span[1]);
    let at = -1;
    for (let k = 0; k < tokens.length && tokens[k].start <= character; k++) at = k;
    if (at < 0) return undefined;
    let found: { m: Match; weak: boolean; strict?: boolean } | undefined;
    // Same left-to-right, longest-first walk as scanLine, so both pick the same name.
    for (let i = 0; i < tokens.length && i <= at; i++) {
      if (covering(code, tokens[i].start)) continue;
      const hit = this.names.nameAt(line, tokens, i);
      if (!hit) continue;
      if (character < hit.end && character >= tokens[i].start) {
        found = { m: { line: lineNo, column: tokens[i].start, endColumn: hit.end, text: line.slice(tokens[i].start, hit.end), serviceId: hit.entry.serviceId, kind: 'name' }, weak: hit.weak, strict: hit.strict };
        break;
      }
      while (i + 1 < tokens.length && tokens[i + 1].start < hit.end) i++;
    }
    if (!found || found.m.column > character || found.m.serviceId === UNLISTED) return undefined;
    if (importedClass(file, found.m.text, found.m.serviceId) || localClass(file, line, found.m.text)) return undefined;
    if (found.strict) return this.named(file, found.m.serviceId) ? found.m : undefined;
    // An ambiguous name: the file's own verdict is free once read; nearby lines come next.
    if (!found.weak || file.aws || this.hasContext(line, lineNo, file)) return found.m;
    for (let d = 1; d <= window; d++) {
      for (const n of [lineNo - d, lineNo + d]) {
        const l = getLine(n);
        if (l !== undefined && l.length <= MAX_LINE && this.hasContext(l, n, file)) return found.m;
      }
    }
    return this.vouched(file, found.m.serviceId) ? found.m : undefined;
  }

  /**
   * Does a line give AWS context to an ambiguous name (an identifier, ARN, region, endpoint, or a
   * service named unambiguously)?
   */
  hasContext(line: string, lineNo = 0, file: FileContext = FileContext.none): boolean {
    if (hasContextPattern(line)) return true;
    if ((CODE_HINT.test(line) || fileTrigger(line, line, lineNo, file)) && codeMatches(line, lineNo, this.r, file).length) return true;
    // The first unambiguous name ends the search; same walk as scanLine, but tokens are only built
    // where a name can start (a word that begins some name).
    const weakNames: { text: string; serviceId: string }[] = [];
    let i = 0;
    while (i < line.length) {
      while (i < line.length && !isWordChar(line.charCodeAt(i))) i++;
      const start = i;
      while (i < line.length && isWordChar(line.charCodeAt(i))) i++;
      if (i === start || !this.names.starts(line.slice(start, i).toLowerCase())) continue;
      const tokens = tokenize(line, start, Math.min(line.length, start + 16 * this.names.maxTokens));
      const hit = this.names.nameAt(line, tokens, 0);
      if (!hit) continue;
      if (!hit.weak) return true;
      weakNames.push({ text: line.slice(start, hit.end), serviceId: hit.entry.serviceId });
      i = hit.end;
    }
    return namesEachOther(weakNames);
  }

  /** May an ambiguous name of this service count anywhere in the file? (AWS code, or named clearly in it.) */
  vouched(file: FileContext, serviceId: string): boolean {
    if (file.aws) return true;
    if (!file.lines.length) return false;
    const scan = this.summary(file);
    return scan.aws || scan.vouched.has(serviceId);
  }

  /** Does the file name this service clearly somewhere (what an engine's name needs)? */
  private named(file: FileContext, serviceId: string): boolean {
    return file.lines.length > 0 && this.summary(file).vouched.has(serviceId);
  }

  private summary(file: FileContext): { aws: boolean; vouched: Set<string> } {
    return file.scan ??= summarise(file.lines.map((l, i) => (l.length > MAX_LINE ? { matches: [], weak: new Set<Match>(), context: false } : this.scanLine(l, i, file))), this.services, file.lines);
  }
}

const NO_MATCHES: readonly Match[] = Object.freeze([]);

/** A command line of the AWS, CDK, SAM or .NET Lambda tools: its patterns span blanks, so the whole line is read. */
const TOOL_COMMAND = /\b(?:aws|cdk|sam|dotnet) /;

/**
 * The code match that covers a column (a loop, not `find` with a closure: the hover asks on every request; indexed, since
 * `for…of` over the frozen NO_MATCHES made an iterator per call).
 */
function covering(code: readonly Match[], column: number): Match | undefined {
  for (let i = 0; i < code.length; i++) if (column >= code[i].column && column < code[i].endColumn) return code[i];
  return undefined;
}

const SAM_EVENT_LINE = /^\s*Type:\s*['"]?[A-Za-z0-9]+['"]?\s*$/;
const SLS_EVENT_LINE = /^\s*-\s*[A-Za-z]+\s*:/;
const QUALIFIER = /([A-Za-z_$][\w$]*)\./g;
/** A quoted lower-case word, in an AWS file possibly a botocore service id (`"bedrock-runtime"`). */
const QUOTED_WORD = /["']([a-z][a-z0-9-]*[a-z0-9])["']/g;

// Declared once: a regular expression literal in a function is a new RegExp object on every call.
const HYPHEN_OR_DIGIT = /[-0-9]/;
const COMMENT_LINE = /^\s*(?:\/\/|#|\*|\/\*)/;

/** Could sdk.ts read a quoted botocore id here? Only ids with a digit or hyphen, or words only AWS uses. */
function quotedServiceId(text: string): boolean {
  QUOTED_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED_WORD.exec(text))) if (HYPHEN_OR_DIGIT.test(m[1]) || DISTINCTIVE.has(m[1])) return true;
  return false;
}

/** Can the file's own context put a code match in this text (an alias in use, an event source, a CDK import block)? */
function fileTrigger(text: string, line: string, lineNo: number, file: FileContext): boolean {
  if (file.cdkBlockLines.has(lineNo) || file.wranglerImportLines.has(lineNo) || file.exportLines.has(lineNo) || file.scriptLines.has(lineNo)) return true;
  if (file.tfModules.size && line.includes('module')) return true;
  if (file.events === 'sam' && SAM_EVENT_LINE.test(line)) return true;
  if (file.events === 'serverless' && SLS_EVENT_LINE.test(line)) return true;
  if (file.aws && (text.includes('"') || text.includes("'")) && quotedServiceId(text)) return true;
  if (file.botocoreModel && text.includes('"')) return true;
  if (file.dbtProfile && line.includes('type:')) return true;
  if (file.appsync && text.includes('util.')) return true;
  if (file.typeNameHint?.test(text)) return true;
  if (file.aliases.size && trailingAlias(line, lineNo, file)) return true;
  if (file.aliases.size === 0 || !text.includes('.')) return false;
  QUALIFIER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUALIFIER.exec(text))) if (file.aliases.has(m[1])) return true;
  return false;
}

/**
 * `Config` after `from botocore.config import Config`: a class the file imports from a library that is not
 * the service's own (botocore's client settings, not AWS Config) is that library's class wherever it is used.
 */
function importedClass(file: FileContext, text: string, serviceId: string): boolean {
  if (!file.importedWords.size || !file.importedWords.has(text)) return false;
  return file.importedWords.get(text) !== serviceId;
}

/**
 * A class of the program's own module (`new CloudFront(this, …)` after `import { CloudFront } from './cloudfront'`), outside
 * comments; a Go type the file declares, in code and in its doc comment (`// Config defines …`).
 */
function localClass(file: FileContext, line: string, text: string): boolean {
  if (file.goTypes.size > 0 && file.goTypes.has(text)) return !line.trimStart().startsWith('//') || line.trimStart().replace(/^\/\/\s*/, '').startsWith(`${text} `);
  return file.localClasses.size > 0 && file.localClasses.has(text) && !COMMENT_LINE.test(line);
}

const OFFICIAL_NAME = /^(?:AWS|Amazon) [A-Z]/;

/**
 * Three ambiguous names of different services on one line, each capitalised, vouch for each other: "A VPC Lambda
 * behind API Gateway, built with CDK" (a JSON description, round 18) is about AWS; English seldom strings three together.
 */
function namesEachOther(names: readonly { text: string; serviceId: string }[]): boolean {
  if (names.length < 3) return false;
  return new Set(names.filter((m) => /^[A-Z]/.test(m.text)).map((m) => m.serviceId)).size >= 3;
}
const TITLE = /^#{1,2} /;

/** Any AWS identifier in the file, and every service it names clearly (with their parents). */
function summarise(scanned: ScannedLine[], services: ReadonlyMap<string, Service>, lines: readonly string[]): { aws: boolean; vouched: Set<string> } {
  let aws = false;
  const vouched = new Set<string>();
  for (const [i, s] of scanned.entries()) {
    for (const m of s.matches) {
      if (s.weak.has(m)) continue;
      // A markdown title that names a service by its AWS name ("# AWS Glue Notebook Samples"): the page is about AWS.
      if (m.kind !== 'name' || (OFFICIAL_NAME.test(m.text) && TITLE.test(lines[i]))) aws = true;
      vouched.add(m.serviceId);
      const parent = services.get(m.serviceId)?.parent;
      if (parent) vouched.add(parent);
    }
  }
  return { aws, vouched };
}

/** Lines within `window` of a line with context. */
function contextWindows(flags: boolean[], window: number): boolean[] {
  const out = new Array<boolean>(flags.length).fill(false);
  let last = -Infinity;
  for (let i = 0; i < flags.length; i++) { if (flags[i]) last = i; if (i - last <= window) out[i] = true; }
  last = Infinity;
  for (let i = flags.length - 1; i >= 0; i--) { if (flags[i]) last = i; if (last - i <= window) out[i] = true; }
  return out;
}
