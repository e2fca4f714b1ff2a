// Splits YAML front matter from a note and parses it, reporting errors with their line in the file.
import { LineCounter, parseDocument } from 'yaml';

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
  for (let i = 1; i < lines.length && i < 2000; i++) {
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
  const counter = new LineCounter();
  const doc = parseDocument(split.yamlLines.join('\n'), { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const pos = counter.linePos(err.pos[0]);
    result.errors.push({ line: pos.line + 1, message: `bad front matter: ${firstLine(err.message)}` });
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

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}
