// The one service matcher: finds AWS service mentions in any text, whether prose names, former names
// and abbreviations, or code identifiers (boto3, JS SDK, CloudFormation, Terraform, ARNs, IAM actions,
// service principals, endpoints, AWS CLI, CDK modules, s3:// URIs). Hover, `de-study scan` and the
// knowledge base's section annotation all use it, so they always agree.
import { Service } from './model';

export type MatchKind =
  | 'name' | 'sdk' | 'cfn' | 'terraform' | 'arn' | 'iam' | 'principal' | 'endpoint' | 'cli' | 'cdk' | 'uri';

export interface Match {
  /** 0-based line and columns; endColumn exclusive. */
  line: number;
  column: number;
  endColumn: number;
  text: string;
  serviceId: string;
  kind: MatchKind;
}

export interface NameEntry {
  serviceId: string;
  tokens: string[];
  /** Compare tokens case-insensitively (multi-word names that start with Amazon/AWS). */
  foldCase: boolean;
  /** Counts only with AWS context nearby. */
  weak: boolean;
  length: number;
}

interface Token { text: string; lower: string; start: number; end: number }

interface TrieNode { next: Map<string, TrieNode>; entries: NameEntry[] }

// Open-source engines and formats are never the AWS service by themselves (see docs/matcher.md).
const NOT_SERVICE_NAMES = new Set([
  'kafka', 'apache kafka', 'airflow', 'apache airflow', 'flink', 'apache flink', 'spark', 'apache spark', 'hive',
  'apache hive', 'presto', 'trino', 'elasticsearch', 'opensearch', 'grafana', 'cassandra', 'apache cassandra', 'redis',
  'valkey', 'iceberg', 'apache iceberg', 'hudi', 'apache hudi', 'delta lake', 'hbase', 'mongodb', 'prometheus',
  'memcached', 'postgresql', 'mysql', 'kubernetes', 'docker', 'jupyter', 'ray', 'deequ', 'data prepper',
]);

// A weak name followed by one of these words is the ordinary meaning ("the Lambda architecture").
const NEGATIVE_NEXT: Record<string, string[]> = {
  lambda: ['architecture', 'calculus', 'expression', 'expressions'],
  batch: ['size', 'sizes', 'processing', 'window', 'mode', 'ingestion', 'layer', 'file', 'files', 'vs'],
  config: ['file', 'files', 'object', 'module', 'map', 'value', 'values'],
  glue: ['code', 'logic', 'layer', 'between'],
  backup: ['copy', 'copies', 'file', 'files'],
};

const CONTEXT = new RegExp([
  String.raw`\baws[_-]`, String.raw`\barn:aws`, String.raw`amazonaws\.com`,
  String.raw`\b(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d\b`,
  String.raw`\bboto3\b`, String.raw`@aws-sdk/`, String.raw`\bAWS::`, String.raw`\bs3a?://`,
].join('|'));

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Runs of ASCII letters and digits, with their columns. A char loop: this is the hover's hot path. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    if (i > start) { const t = text.slice(start, i); out.push({ text: t, lower: t.toLowerCase(), start, end: i }); }
  }
  return out;
}

export class ServiceMatcher {
  /** Names as a trie of lower-case tokens: a name is found in as many steps as it has words. */
  private readonly names: TrieNode = { next: new Map(), entries: [] };
  // Identifier → the services whose notes claim it, one table per kind; `resolve` picks one (see pickClaimant).
  private readonly claims = Object.fromEntries(CLAIM_KINDS.map((k) => [k, new Claims()])) as Record<ClaimKind, Claims>;
  readonly services: ReadonlyMap<string, Service>;
  /** Longest name in tokens: how far back a hover looks for the start of a name. */
  private maxNameTokens = 1;
  private readonly resolved = new Map<string, string | undefined>();
  /** Every lower-case word of every name: a hover on any other word cannot be on a name. */
  private readonly nameWords = new Set<string>();

  constructor(services: Iterable<Service>, tables?: MatcherTables) {
    const map = new Map<string, Service>();
    for (const s of services) map.set(s.id, s);
    this.services = map;
    if (tables) {
      for (const e of tables.names) this.addName(e);
      for (const k of CLAIM_KINDS) this.claims[k].load(tables.claims[k]);
      return;
    }
    // Parents first, so that a sub-feature never takes a bare identifier from its parent.
    const ordered = [...map.values()].sort((a, b) => Number(!!a.parent) - Number(!!b.parent) || a.id.localeCompare(b.id));
    for (const s of ordered) this.addService(s);
  }

  /** The tables this matcher was built into, for `new ServiceMatcher(services, tables)` elsewhere. */
  toTables(): MatcherTables {
    const names: NameEntry[] = [];
    const walk = (n: TrieNode) => { names.push(...n.entries); for (const c of n.next.values()) walk(c); };
    walk(this.names);
    const claims = {} as MatcherTables['claims'];
    for (const k of CLAIM_KINDS) claims[k] = this.claims[k].toJSON();
    return { names, claims };
  }

  private addService(s: Service): void {
    const weakSet = new Set(s.ambiguous.map((n) => n.toLowerCase()));
    const given = [s.name, s.shortName ?? '', ...s.formerNames, ...s.aliases, ...s.ambiguous].filter(Boolean);
    // "Amazon Kinesis Data Analytics" is also written "Kinesis Data Analytics": add unbranded forms of 2+ words.
    const unbranded = given.map((n) => n.replace(/^(Amazon|AWS)\s+/, '')).filter((n) => n.split(/\s+/).length >= 2);
    const names = new Set([...given, ...unbranded]);
    for (const name of names) {
      const clean = name.replace(/\s*\((?:formerly|previously|legacy)[^)]*\)\s*/gi, ' ').trim();
      if (!clean || NOT_SERVICE_NAMES.has(clean.toLowerCase())) continue;
      const tokens = tokenize(clean).map((t) => t.text);
      if (!tokens.length) continue;
      const branded = tokens.length > 1 && /^(amazon|aws)$/i.test(tokens[0]);
      const weak = weakSet.has(clean.toLowerCase());
      this.addName({ serviceId: s.id, tokens, foldCase: branded, weak, length: clean.length });
    }
    const ids = s.identifiers;
    const put = (m: Claims, key: string) => m.add(key, s.id);
    for (const v of ids.boto3 ?? []) { put(this.claims.boto3, v.toLowerCase()); put(this.claims.sdkClass, v.toLowerCase().replace(/-/g, '')); }
    for (const v of ids.jsSdk ?? []) {
      const pkg = v.toLowerCase().replace(/^.*client-/, '');
      put(this.claims.jsSdk, pkg);
      put(this.claims.sdkClass, pkg.replace(/-/g, ''));
    }
    for (const v of ids.cfn ?? []) {
      const t = v.trim();
      if (/::$/.test(t)) put(this.claims.cfnPrefixes, t.toLowerCase()); else put(this.claims.cfnTypes, t.toLowerCase());
    }
    for (const v of ids.terraform ?? []) {
      const t = v.trim().toLowerCase();
      put(t.endsWith('_') ? this.claims.tfPrefixes : this.claims.tfExact, t);
    }
    for (const v of ids.iam ?? []) { put(this.claims.iam, v.toLowerCase()); put(this.claims.arnNs, v.toLowerCase()); }
    for (const v of ids.arn ?? []) put(this.claims.arnNs, v.toLowerCase());
    for (const v of ids.principal ?? []) put(this.claims.principal, v.toLowerCase());
    for (const v of ids.cli ?? []) put(this.claims.cli, v.toLowerCase());
    for (const v of ids.cdk ?? []) put(this.claims.cdk, v.toLowerCase().replace(/^aws-cdk-lib\//, '').replace(/_/g, '-'));
    for (const v of ids.uri ?? []) put(this.claims.uri, v.toLowerCase().replace(/:\/\/$/, ''));
  }

  private addName(e: NameEntry): void {
    let node = this.names;
    for (const t of e.tokens) {
      const key = t.toLowerCase();
      let child = node.next.get(key);
      if (!child) { child = { next: new Map(), entries: [] }; node.next.set(key, child); }
      node = child;
    }
    if (node.entries.some((x) => x.foldCase === e.foldCase && x.tokens.join(' ') === e.tokens.join(' '))) return; // first service wins (parents come first)
    node.entries.push(e);
    node.entries.sort((a, b) => b.length - a.length);
    for (const t of e.tokens) this.nameWords.add(t.toLowerCase());
    this.maxNameTokens = Math.max(this.maxNameTokens, e.tokens.length);
  }

  /** Every name the matcher knows, with its service: for tests and the baseline benchmark. */
  allNames(): { name: string; serviceId: string; weak: boolean }[] {
    const out: { name: string; serviceId: string; weak: boolean }[] = [];
    const walk = (n: TrieNode) => { for (const e of n.entries) out.push({ name: e.tokens.join(' '), serviceId: e.serviceId, weak: e.weak }); for (const c of n.next.values()) walk(c); };
    walk(this.names);
    return out;
  }

  // ---- prose names -------------------------------------------------------------------------------

  private nameAt(line: string, tokens: Token[], i: number): { entry: NameEntry; end: number } | undefined {
    // Walk the trie as deep as the tokens allow (words joined by short gaps such as a space or hyphen).
    const path: TrieNode[] = [];
    let node: TrieNode | undefined = this.names;
    for (let k = i; k < tokens.length; k++) {
      if (k > i && !isNameGap(line, tokens[k - 1].end, tokens[k].start)) break;
      node = node.next.get(tokens[k].lower);
      if (!node) break;
      path.push(node);
    }
    // Longest name first (most words, then most characters), as the first entry that passes every check.
    const first = tokens[i];
    for (let depth = path.length; depth >= 1; depth--) {
      for (const e of path[depth - 1].entries) {
        if (!e.foldCase && !e.tokens.every((t, k) => tokens[i + k].text === t)) continue;
        const last = tokens[i + depth - 1];
        // Not part of a longer identifier: foo_Glue, Glue.py, glue-job, $Config
        const before = line[first.start - 1] ?? ' ';
        const after = line[last.end] ?? ' ';
        if (/[_$@]/.test(before) || /[_]/.test(after)) continue;
        if (before === '.' && /\w/.test(line[first.start - 2] ?? ' ')) continue;
        if (after === '.' && /[A-Za-z(]/.test(line[last.end + 1] ?? ' ')) continue;
        if (before === '-' || after === '-' && /\w/.test(line[last.end + 1] ?? ' ')) continue;
        if (e.weak && (this.negativeNext(e, line, last.end) || looksLikeCode(line, first.start, last.end))) continue;
        return { entry: e, end: last.end };
      }
    }
    return undefined;
  }

  private negativeNext(e: NameEntry, line: string, end: number): boolean {
    const words = NEGATIVE_NEXT[e.tokens[e.tokens.length - 1].toLowerCase()];
    if (!words) return false;
    const next = /^\s+([A-Za-z]+)/.exec(line.slice(end));
    return !!next && words.includes(next[1].toLowerCase());
  }

  // ---- code identifiers --------------------------------------------------------------------------

  private codeMatches(line: string, lineNo: number): Match[] {
    const out: Match[] = [];
    const add = (serviceId: string | undefined, kind: MatchKind, start: number, text: string) => {
      if (serviceId) out.push({ line: lineNo, column: start, endColumn: start + text.length, text, serviceId, kind });
    };
    let m: RegExpExecArray | null;
    if (line.includes('client') || line.includes('resource')) {
      const re = BOTO3_CALL; re.lastIndex = 0;
      while ((m = re.exec(line))) add(this.pick(this.claims.boto3, m[2].toLowerCase()), 'sdk', m.index + m[0].indexOf(m[2]), m[2]);
    }
    if (line.includes('@aws-sdk/')) {
      const re = JS_SDK_IMPORT; re.lastIndex = 0;
      while ((m = re.exec(line))) add(this.pick(this.claims.jsSdk, m[1]), 'sdk', m.index, m[0]);
    }
    if (line.includes('Client')) {
      const re = SDK_CLIENT_CLASS; re.lastIndex = 0;
      while ((m = re.exec(line))) add(this.pick(this.claims.sdkClass, m[1].toLowerCase()), 'sdk', m.index, m[0]);
    }
    if (line.includes('AWS.')) {
      const re = SDK_V2_CLASS; re.lastIndex = 0;
      while ((m = re.exec(line))) add(this.pick(this.claims.sdkClass, m[1].toLowerCase()), 'sdk', m.index + 4, m[1]);
    }
    if (line.includes('AWS::')) {
      // AWS::Glue::Crawler (a type), AWS::Glue:: (a namespace), AWS::Serverless-2016-10-31 (SAM's transform).
      const re = CFN_TYPE; re.lastIndex = 0;
      while ((m = re.exec(line))) {
        const full = m[0];
        const id = this.resolve(full.toLowerCase(), [...this.claims.cfnTypes.get(full.toLowerCase()), ...this.claims.cfnPrefixes.get(m[1].toLowerCase() + '::')]);
        add(id, 'cfn', m.index, full);
      }
    }
    if (line.includes('awsglue')) {
      // A Glue job script: `from awsglue.context import GlueContext`.
      const re = GLUE_SCRIPT; re.lastIndex = 0;
      while ((m = re.exec(line))) add(this.pick(this.claims.boto3, 'glue'), 'sdk', m.index, m[0]);
    }
    if (line.includes('aws_') || line.includes('aws-')) {
      this.cdkMatches(line, lineNo, out);
      const re = TF_TYPE; re.lastIndex = 0;
      while ((m = re.exec(line))) {
        if (out.some((x) => x.kind === 'cdk' && m!.index >= x.column && m!.index < x.endColumn)) continue;
        add(this.terraform(m[1]), 'terraform', m.index, m[1]);
      }
    }
    if (line.includes('arn:')) {
      const re = ARN; re.lastIndex = 0;
      while ((m = re.exec(line))) add(this.arnService(m[1]), 'arn', m.index, m[0]);
    }
    if (line.includes(':')) {
      const re = IAM_ACTION; re.lastIndex = 0;
      while ((m = re.exec(line))) {
        if (m[2] === 'arn') continue;
        add(this.pick(this.claims.iam, m[2]), 'iam', m.index + m[1].length, `${m[2]}:${m[3]}`);
      }
    }
    if (line.includes('amazonaws.com')) {
      const re = AWS_HOST; re.lastIndex = 0;
      while ((m = re.exec(line))) {
        const host = m[0];
        const p = this.pick(this.claims.principal, host.toLowerCase().replace(/\.cn$/, ''));
        if (p) add(p, 'principal', m.index, host);
        else add(this.endpointService(m[1]), 'endpoint', m.index, host);
      }
    }
    if (line.includes('aws ')) {
      const re = AWS_CLI; re.lastIndex = 0;
      while ((m = re.exec(line))) {
        const start = m.index + m[0].indexOf('aws');
        add(this.pick(this.claims.cli, m[1]), 'cli', start, m[0].slice(m[0].indexOf('aws')));
      }
    }
    if (line.includes('://')) {
      const re = S3_URI; re.lastIndex = 0;
      while ((m = re.exec(line))) add(this.pick(this.claims.uri, m[1]) ?? this.pick(this.claims.uri, 's3'), 'uri', m.index, m[0]);
    }
    return out;
  }

  private cdkMatches(line: string, lineNo: number, out: Match[]): void {
    if (!/aws-cdk-lib|aws_cdk|@aws-cdk\//.test(line)) return;
    const re = CDK_MODULE; re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line))) {
      const mod = m[1].replace(/_/g, '-').replace(/-alpha$/, '');
      const id = this.pick(this.claims.cdk, mod);
      if (id) {
        const start = m.index + m[0].indexOf(m[1]);
        out.push({ line: lineNo, column: start, endColumn: start + m[1].length, text: m[1], serviceId: id, kind: 'cdk' });
      }
    }
  }

  private terraform(type: string): string | undefined {
    const claimants = [...this.claims.tfExact.get(type), ...this.claims.tfPrefixes.get(type + '_')];
    // Every prefix of the type that ends at an underscore: aws_, aws_glue_, aws_glue_catalog_, …
    for (let i = type.indexOf('_'); i >= 0; i = type.indexOf('_', i + 1)) claimants.push(...this.claims.tfPrefixes.get(type.slice(0, i + 1)));
    return this.resolve(type, claimants);
  }

  private pick(claims: Claims, key: string): string | undefined {
    return this.resolve(key, claims.get(key));
  }

  /**
   * Several notes may claim one identifier (`glue` for Glue and its sub-features, `kinesis` for Data
   * Streams and the Kinesis brand, `aws_glue_catalog_` and `aws_glue_`). The service whose id words best
   * (and one-word aliases) match the identifier wins; brands and discontinued products come last;
   * on a tie, parents before sub-features, then the closest fit.
   */
  private resolve(identifier: string, claimants: string[]): string | undefined {
    if (claimants.length <= 1) return claimants[0];
    // Pure in its inputs, and the same identifiers come back on every hover: remember the answers.
    const key = identifier + '\u0000' + claimants.join(' ');
    if (this.resolved.has(key)) return this.resolved.get(key);
    const id = this.pickClaimant(identifier, claimants);
    if (this.resolved.size < 5000) this.resolved.set(key, id);
    return id;
  }

  private pickClaimant(identifier: string, claimants: string[]): string | undefined {
    const flat = identifier.toLowerCase().replace(/[^a-z0-9]/g, '');
    let best: { id: string; key: number[] } | undefined;
    for (const id of new Set(claimants)) {
      const s = this.services.get(id);
      const aliases = s ? [s.shortName ?? '', ...s.aliases].filter((a) => /^[A-Za-z0-9]+$/.test(a)).map((a) => a.toLowerCase()) : [];
      const words = [...new Set([...id.split('-'), ...aliases])].filter((w) => w.length >= 2);
      const matched = words.filter((w) => flat.includes(w)).length;
      const tier = /brand|discontinued|legacy/i.test(s?.scope ?? '') ? 1 : 0;
      const key = [-tier, matched, s?.parent ? 0 : 1, matched / Math.max(1, words.length)];
      if (!best || compareKeys(key, best.key) > 0 || (compareKeys(key, best.key) === 0 && id < best.id)) best = { id, key };
    }
    return best?.id;
  }

  private arnService(ns: string): string | undefined {
    return this.pick(this.claims.arnNs, ns) ?? this.pick(this.claims.boto3, ns);
  }

  private endpointService(labels: string): string | undefined {
    const parts = labels.split('.').filter(Boolean);
    const joined = parts.join('.');
    if (joined.startsWith('streams.dynamodb')) return this.pick(this.claims.boto3, 'dynamodbstreams') ?? this.pick(this.claims.boto3, 'dynamodb');
    for (const p of parts) {
      if (/^(?:us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d$/.test(p) || p === 'fips' || p === 'api' || p === 'dualstack') continue;
      const id = ENDPOINT_ALIASES[p] ? this.pick(this.claims.boto3, ENDPOINT_ALIASES[p]) : this.pick(this.claims.boto3, p) ?? this.pick(this.claims.iam, p);
      if (id) return id;
    }
    return undefined;
  }

  // ---- public API --------------------------------------------------------------------------------

  /** All candidate matches in one line, weak names included (flagged in the returned set). */
  scanLine(line: string, lineNo = 0): { matches: Match[]; weak: Set<Match>; context: boolean } {
    const code = this.codeMatches(line, lineNo);
    const matches: Match[] = [...code];
    const weak = new Set<Match>();
    const tokens = tokenize(line);
    for (let i = 0; i < tokens.length; i++) {
      if (code.some((c) => tokens[i].start >= c.column && tokens[i].start < c.endColumn)) continue;
      const hit = this.nameAt(line, tokens, i);
      if (!hit) continue;
      const m: Match = { line: lineNo, column: tokens[i].start, endColumn: hit.end, text: line.slice(tokens[i].start, hit.end), serviceId: hit.entry.serviceId, kind: 'name' };
      matches.push(m);
      if (hit.entry.weak) weak.add(m);
      while (i + 1 < tokens.length && tokens[i + 1].start < hit.end) i++;
    }
    matches.sort((a, b) => a.column - b.column);
    const context = CONTEXT.test(line) || matches.some((x) => !weak.has(x));
    return { matches, weak, context };
  }

  /** Every service mention in a text; weak names count only with AWS context within `window` lines. */
  scanText(text: string, window = 3): Match[] {
    const lines = text.split(/\r?\n/);
    const scanned = lines.map((l, i) => (l.length > 10000 ? { matches: [], weak: new Set<Match>(), context: false } : this.scanLine(l, i)));
    const ctx = contextWindows(scanned.map((s) => s.context), window);
    const out: Match[] = [];
    scanned.forEach((s, i) => { for (const m of s.matches) if (!s.weak.has(m) || ctx[i]) out.push(m); });
    return out;
  }

  /** Distinct service ids mentioned in a text. */
  servicesIn(text: string): string[] {
    return [...new Set(this.scanText(text).map((m) => m.serviceId))];
  }

  /**
   * The mention under a cursor (0-based line and character), reading only what it needs: the tokens
   * near the cursor, the code patterns only when the text there has an identifier's shape, and the
   * neighbouring lines only for an ambiguous name. This is the hover's hot path; it agrees with
   * scanText (a unit test checks every position of the labelled files).
   */
  matchAt(getLine: (n: number) => string | undefined, lineNo: number, character: number, window = 3): Match | undefined {
    const line = getLine(lineNo);
    if (line === undefined || line.length > 10000 || character < 0 || character >= line.length) return undefined;
    // The run of non-blank characters under the cursor decides whether code patterns can apply.
    let rs = character, re = character;
    while (rs > 0 && !isBlank(line.charCodeAt(rs - 1))) rs--;
    while (re < line.length && !isBlank(line.charCodeAt(re))) re++;
    if (rs === re) return undefined;
    const run = line.slice(rs, re);
    let code: Match[] = [];
    if (RUN_TRIGGER.test(run) || line.includes('aws ') || (QUOTE.test(run) && (line.includes('client') || line.includes('resource')))) {
      code = this.codeMatches(line, lineNo);
      const hit = code.find((m) => character >= m.column && character < m.endColumn);
      if (hit) return hit;
    }
    // Names: a name is a run of name words joined by short gaps, so only the run of name words around the
    // cursor needs tokens (usually one to three words; none at all on an ordinary word).
    const span = this.nameSpan(line, character);
    if (!span) return undefined;
    const tokens = tokenize(line, span[0], span[1]);
    // The token under the cursor, or the one before it (a name spans the gaps between its words).
    let at = -1;
    for (let k = 0; k < tokens.length && tokens[k].start <= character; k++) at = k;
    if (at < 0) return undefined;
    let found: { m: Match; weak: boolean } | undefined;
    // Same left-to-right, longest-first walk as scanLine, so both pick the same name.
    for (let i = 0; i < tokens.length && i <= at; i++) {
      if (code.some((c) => tokens[i].start >= c.column && tokens[i].start < c.endColumn)) continue;
      const hit = this.nameAt(line, tokens, i);
      if (!hit) continue;
      if (character < hit.end && character >= tokens[i].start) {
        found = { m: { line: lineNo, column: tokens[i].start, endColumn: hit.end, text: line.slice(tokens[i].start, hit.end), serviceId: hit.entry.serviceId, kind: 'name' }, weak: hit.entry.weak };
        break;
      }
      while (i + 1 < tokens.length && tokens[i + 1].start < hit.end) i++;
    }
    if (!found || found.m.column > character) return undefined;
    if (!found.weak) return found.m;
    if (this.hasContext(line)) return found.m;
    for (let d = 1; d <= window; d++) {
      for (const n of [lineNo - d, lineNo + d]) {
        const l = getLine(n);
        if (l !== undefined && l.length <= 10000 && this.hasContext(l)) return found.m;
      }
    }
    return undefined;
  }

  /**
   * The stretch of the line that can hold a name covering `ch`: the run of consecutive name words
   * (joined by name gaps) around the cursor, all the way left and up to maxNameTokens words right.
   * Undefined when the word under the cursor (or, in a gap, the word before it) is in no name.
   */
  private nameSpan(line: string, ch: number): [number, number] | undefined {
    const len = line.length;
    const at = (i: number) => line.charCodeAt(i);
    let a = ch, b = ch;
    if (isWordChar(at(ch))) {
      while (a > 0 && isWordChar(at(a - 1))) a--;
      while (b < len && isWordChar(at(b))) b++;
    } else {
      let l = ch, r = ch;
      while (l > 0 && !isWordChar(at(l - 1))) l--;
      while (r < len && !isWordChar(at(r))) r++;
      if (l === 0 || r >= len || !isNameGap(line, l, r)) return undefined;
      a = b = l;
      while (a > 0 && isWordChar(at(a - 1))) a--;
    }
    if (!this.nameWords.has(line.slice(a, b).toLowerCase())) return undefined;
    let start = a;
    for (;;) {
      let g = start;
      while (g > 0 && !isWordChar(at(g - 1))) g--;
      if (g === 0 || !isNameGap(line, g, start)) break;
      let w = g;
      while (w > 0 && isWordChar(at(w - 1))) w--;
      if (!this.nameWords.has(line.slice(w, g).toLowerCase())) break;
      start = w;
    }
    let end = b;
    for (let n = 1; n < this.maxNameTokens; n++) {
      let g = end;
      while (g < len && !isWordChar(at(g))) g++;
      if (g >= len || !isNameGap(line, end, g)) break;
      let w = g;
      while (w < len && isWordChar(at(w))) w++;
      if (!this.nameWords.has(line.slice(g, w).toLowerCase())) break;
      end = w;
    }
    return end > ch || isWordChar(at(ch)) ? [start, end] : undefined;
  }

  /**
   * Does a line give AWS context to an ambiguous name (an identifier, ARN, region, endpoint, or a
   * service named unambiguously)? `except` is the ambiguous mention itself.
   */
  hasContext(line: string): boolean {
    if (CONTEXT.test(line)) return true;
    if (CODE_HINT.test(line) && this.codeMatches(line, 0).length) return true;
    // The first unambiguous name ends the search; same walk as scanLine, but tokens are only built
    // where a name can start (a word that begins some name).
    let i = 0;
    while (i < line.length) {
      while (i < line.length && !isWordChar(line.charCodeAt(i))) i++;
      const start = i;
      while (i < line.length && isWordChar(line.charCodeAt(i))) i++;
      if (i === start || !this.names.next.has(line.slice(start, i).toLowerCase())) continue;
      const tokens = tokenize(line, start, Math.min(line.length, start + 16 * this.maxNameTokens));
      const hit = this.nameAt(line, tokens, 0);
      if (!hit) continue;
      if (!hit.entry.weak) return true;
      i = hit.end;
    }
    return false;
  }
}

// A code match that covers the cursor lies inside the non-blank run under it, and contains one of these
// (the AWS CLI pattern spans blanks: it is tried whenever the line has "aws "; boto3's service name is
// the quoted string after client( or resource( ).
const RUN_TRIGGER = /@aws-sdk\/|Client|AWS\.|AWS::|awsglue|aws[_-]|arn:|[a-z0-9-]:[A-Z*]|amazonaws\.com|:\/\//;
const QUOTE = /["']/;
/** Cheap test for lines where codeMatches can find anything (each of its patterns needs one of these). */
const CODE_HINT = /client|resource|@aws-sdk\/|Client|AWS\.|AWS::|awsglue|aws[_-]|arn:|:[A-Z*]|amazonaws\.com|aws |:\/\//;

/** Words of one name are joined by 1–3 characters of space, brackets, hyphen, slash or dot. */
function isNameGap(line: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 3) return false;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 40 || c === 41 || c === 45 || c === 0x2013 || c === 47 || c === 46)) return false;
  }
  return true;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

// Endpoint host labels that are not the boto3 name of their service.
const ENDPOINT_ALIASES: Record<string, string> = {
  monitoring: 'cloudwatch', elasticmapreduce: 'emr', states: 'stepfunctions', airflow: 'mwaa', 'execute-api': 'apigateway',
  email: 'ses', 'data-ats': 'iot', runtime: 'sagemaker-runtime', es: 'es', aoss: 'opensearchserverless',
};

// Code patterns, compiled once (the hover's hot path resets lastIndex instead of allocating).
const BOTO3_CALL = /\b(?:client|resource)\(\s*(?:service_name\s*=\s*)?(["'])([A-Za-z0-9-]+)\1/g;
const JS_SDK_IMPORT = /@aws-sdk\/client-([a-z0-9-]+)/g;
const SDK_CLIENT_CLASS = /\b([A-Z][A-Za-z0-9]*?)Client\b/g;
const SDK_V2_CLASS = /\bAWS\.([A-Z][A-Za-z0-9]*)\s*\(/g;
const CFN_TYPE = /\b(AWS::[A-Za-z0-9]+)(::[A-Za-z0-9]+(?:::[A-Za-z0-9]+)?)?/g;
const GLUE_SCRIPT = /\bawsglue\b/g;
const TF_TYPE = /\b(aws_[a-z0-9_]+)/g;
const ARN = /\barn:aws(?:-cn|-us-gov|-iso[a-z-]*)?:([a-z0-9-]+):[^\s"',}\]]*/g;
const IAM_ACTION = /(^|[\s"'[,(=])([a-z][a-z0-9-]*):([A-Z*][A-Za-z0-9*]*)(?=$|[\s"',\]);}])/g;
const AWS_HOST = /\b((?:[a-z0-9-]+\.)+)amazonaws\.com(?:\.cn)?\b/g;
const AWS_CLI = /(?:^|[\s`$;&|(])aws\s+(?:--[a-z-]+(?:\s+[^\s-][^\s]*)?\s+)*([a-z0-9-]+)\s+[a-z][a-z0-9-]*/g;
const S3_URI = /\b(s3a?|s3n):\/\/[^\s"'`)]*/g;
const CDK_MODULE = /(?:aws-cdk-lib\/|@aws-cdk\/|aws_cdk\.|import\s+|,\s*)(aws[-_][a-z0-9_-]+)/g;

/** A weak name used as a code symbol: `class Config:`, `new Batch(`, `"Config": {`, `Glue = …`. */
function looksLikeCode(line: string, start: number, end: number): boolean {
  const before = line.slice(Math.max(0, start - 30), start);
  const after = line.slice(end, end + 6);
  return /\b(class|def|function|interface|struct|enum|extends|implements)\s+$/.test(before)
    || /^\s*\(/.test(after)
    || (/"\s*$/.test(before) && /^"\s*:/.test(after))
    || /^\s*=(?!=)/.test(after);
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** identifier → claiming service ids, in the order the notes were read. */
class Claims {
  private readonly map = new Map<string, string[]>();
  add(key: string, id: string): void {
    const list = this.map.get(key);
    if (!list) this.map.set(key, [id]); else if (!list.includes(id)) list.push(id);
  }
  get(key: string): string[] { return this.map.get(key) ?? []; }
  entries(): IterableIterator<[string, string[]]> { return this.map.entries(); }
  toJSON(): [string, string[]][] { return [...this.map]; }
  load(entries: [string, string[]][]): void { for (const [k, v] of entries) this.map.set(k, v); }
}

/** The matcher's tables, precomputed at build time (dist/catalog.json) so a first hover only fills maps. */
export interface MatcherTables {
  names: NameEntry[];
  claims: Record<ClaimKind, [string, string[]][]>;
}

const CLAIM_KINDS = ['boto3', 'jsSdk', 'sdkClass', 'cfnTypes', 'cfnPrefixes', 'tfExact', 'tfPrefixes', 'iam', 'arnNs', 'principal', 'cli', 'cdk', 'uri'] as const;
type ClaimKind = (typeof CLAIM_KINDS)[number];

function contextWindows(flags: boolean[], window: number): boolean[] {
  const out = new Array<boolean>(flags.length).fill(false);
  let last = -Infinity;
  for (let i = 0; i < flags.length; i++) { if (flags[i]) last = i; if (i - last <= window) out[i] = true; }
  last = Infinity;
  for (let i = flags.length - 1; i >= 0; i--) { if (flags[i]) last = i; if (last - i <= window) out[i] = true; }
  return out;
}
