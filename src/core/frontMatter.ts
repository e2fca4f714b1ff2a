// Splits YAML front matter from a note and parses it, reporting errors with their line in the file.
// The plain front matter nearly every note has is read by simpleYaml.ts; anything else by `yaml`.
import { readSimpleYaml } from './simpleYaml';

export interface FrontMatterResult {
  data: Record<string, unknown>;
  /** Number of lines the front matter block occupies (0 when there is none). */
  lineCount: number;
  errors: { line: number; message: string }[];
  /** 1-based line in the file of each top-level key, for diagnostics. */
  keyLines: Map<string, number>;
}

const OPEN = /^---[ \t]*\r?$/;
const CLOSE = /^(---|\.\.\.)[ \t]*\r?$/;

export function splitFrontMatter(lines: string[]): { yamlLines: string[]; lineCount: number } | undefined {
  if (lines.length === 0 || !OPEN.test(lines[0])) return undefined;
  // No line limit: a long front matter is rare but valid, and this scan is linear.
  for (let i = 1; i < lines.length; i++) {
    if (CLOSE.test(lines[i])) return { yamlLines: lines.slice(1, i), lineCount: i + 1 };
  }
  return undefined;
}

export function parseFrontMatter(lines: string[]): FrontMatterResult {
  const split = splitFrontMatter(lines);
  const result: FrontMatterResult = { data: {}, lineCount: 0, errors: [], keyLines: new Map() };
  if (!split) {
    if (lines.length > 0 && OPEN.test(lines[0])) {
      result.errors.push({ line: 1, message: 'front matter starts with --- but is never closed; it is read as text' });
    }
    return result;
  }
  result.lineCount = split.lineCount;
  const simple = readSimpleYaml(split.yamlLines);
  if (simple) {
    result.data = simple.data;
    // +1: the opening --- line; +1: 1-based.
    for (const [key, line] of simple.keyLines) result.keyLines.set(key, line + 2);
    return result;
  }
  return parseWithYaml(split.yamlLines, result);
}

/** The `yaml` library's reading of the front matter, with its errors: the full language. */
export function parseWithYaml(yamlLines: string[], result: FrontMatterResult): FrontMatterResult {
  const { LineCounter, parseDocument } = yamlLibrary();
  const yamlText = yamlLines.join('\n');
  const deep = tooDeep(yamlText);
  if (deep) {
    // The YAML library recurses per level: thousands of levels take seconds and overflow its stack.
    result.errors.push({ line: deep.line + 1, message: `bad front matter: nested more than ${MAX_DEPTH} levels deep; it is ignored` });
    return result;
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const seen = new Set<string>();
  for (const err of doc.errors) {
    // One broken construct often yields the same error at many places: say each kind once.
    const message = `bad front matter: ${firstLine(err.message)}`;
    if (seen.has(message)) continue;
    seen.add(message);
    result.errors.push({ line: counter.linePos(err.pos[0]).line + 1, message });
  }
  if (doc.errors.length > 0) return result;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    result.errors.push({ line: 1, message: `bad front matter: ${firstLine(String((e as Error).message))}` });
    return result;
  }
  if (value === null || value === undefined) return result;
  if (typeof value !== 'object' || Array.isArray(value)) {
    result.errors.push({ line: 2, message: 'bad front matter: expected key: value pairs' });
    return result;
  }
  result.data = value as Record<string, unknown>;
  const contents = doc.contents as { items?: { key?: { value?: unknown; range?: number[] } }[] } | null;
  for (const item of contents?.items ?? []) {
    const key = item.key;
    if (key && typeof key.value === 'string' && key.range) {
      // +1: the opening --- line; +1: 1-based.
      result.keyLines.set(key.value, counter.linePos(key.range[0]).line + 1);
    }
  }
  return result;
}

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;

/** Loaded on first use: most front matter never needs it, and loading it is a share of the CLI's start. */
function yamlLibrary(): YamlModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, on purpose (see above)
  yamlModule ??= require('yaml') as YamlModule;
  return yamlModule;
}

const MAX_DEPTH = 64;

/** The first place where flow collections ([ {) or block indentation nest deeper than MAX_DEPTH. */
function tooDeep(yaml: string): { line: number } | undefined {
  let depth = 0;
  let line = 1;
  let quote = '';
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    if (c === '\n') { line++; if (indentDeep(yaml, i + 1)) return { line }; continue; }
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(yaml[i - 1]))) { const nl = yaml.indexOf('\n', i); if (nl < 0) break; i = nl - 1; }
    else if (c === '[' || c === '{') { if (++depth > MAX_DEPTH) return { line }; }
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** A line indented by more than MAX_DEPTH × 2 spaces: block nesting too deep to be front matter. */
function indentDeep(yaml: string, at: number): boolean {
  let n = 0;
  while (yaml.charCodeAt(at + n) === 32) n++;
  return n > MAX_DEPTH * 2;
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}
