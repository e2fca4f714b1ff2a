// A fast, exact reader for the plain front matter real notes use: `key: value` lines, one level of
// nested `key: value` maps, block lists of scalars (`  - item`), one-line flow lists (`[a, "b"]`),
// plain, single- and double-quoted scalars (no escapes). It gives what the `yaml` library gives
// (YAML 1.2 core schema) for those, or `undefined` for anything else: the caller then asks `yaml`,
// which also reports the errors. Parsing front matter with `yaml` cost more than markdown-it's parse
// of the whole note; this reader costs a few microseconds per note.

export interface SimpleYaml {
  data: Record<string, unknown>;
  /** 0-based line (within the YAML text) of each top-level key. */
  keyLines: Map<string, number>;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const NESTED_KEY = /^( +)([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const ITEM = /^( +)- +(.*)$/;
/** Words the core schema reads as null or booleans: as keys or values they are left to `yaml`. */
const KEYWORD = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const INT = /^[0-9]{1,15}$/;
/** Anything else the core schema may read as a number (signs, floats, octal, hex, .inf, .nan). */
const NUMBERISH = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;
/** A plain scalar may not start with these (YAML indicators; `-`, `?`, `:` only in some cases: left to `yaml`). */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const FAIL = Symbol('fail');
type Value = unknown;

/** The data of `lines` (the YAML between the front matter's fences), or undefined when it is not this simple. */
export function readSimpleYaml(lines: string[]): SimpleYaml | undefined {
  const data: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('\t') || line.includes('\r')) return undefined;
    if (line.trim() === '') continue;
    const m = KEY.exec(line);
    if (!m || KEYWORD.test(m[1]) || m[1] === '__proto__' || keyLines.has(m[1])) return undefined;
    const keyLine = i;
    let value: Value;
    if (m[2] !== undefined && m[2].trim() !== '') {
      value = inlineValue(m[2]);
    } else {
      // A block below the key: a list of scalars or a map of scalars and flow lists, or nothing (null).
      let end = i + 1;
      while (end < lines.length && (lines[end].startsWith(' ') || lines[end].trim() === '')) end++;
      while (end > i + 1 && lines[end - 1].trim() === '') end--;
      value = block(lines.slice(i + 1, end));
      i = end - 1;
    }
    if (value === FAIL) return undefined;
    data[m[1]] = value;
    keyLines.set(m[1], keyLine);
  }
  return { data, keyLines };
}

function block(lines: string[]): Value {
  if (!lines.length) return null;
  const first = ITEM.exec(lines[0]);
  if (first) {
    const indent = first[1].length;
    const items: Value[] = [];
    for (const line of lines) {
      if (line.includes('\t') || line.includes('\r')) return FAIL;
      if (line.trim() === '') continue;
      const m = ITEM.exec(line);
      if (!m || m[1].length !== indent) return FAIL;
      const v = scalar(m[2], false);
      if (v === FAIL) return FAIL;
      items.push(v);
    }
    return items;
  }
  const firstKey = NESTED_KEY.exec(lines[0]);
  if (!firstKey) return FAIL;
  const indent = firstKey[1].length;
  const out: Record<string, unknown> = {};
  for (const line of lines) {
    if (line.includes('\t') || line.includes('\r')) return FAIL;
    if (line.trim() === '') continue;
    const m = NESTED_KEY.exec(line);
    if (!m || m[1].length !== indent || m[3] === undefined || m[3].trim() === '') return FAIL;
    if (KEYWORD.test(m[2]) || m[2] === '__proto__' || Object.prototype.hasOwnProperty.call(out, m[2])) return FAIL;
    const v = inlineValue(m[3]);
    if (v === FAIL) return FAIL;
    out[m[2]] = v;
  }
  return out;
}

/** The value after `key: ` on its line: a flow list or a scalar. */
function inlineValue(text: string): Value {
  const t = text.trimEnd();
  if (t === '{}') return {};
  return t.startsWith('[') ? flowList(t) : scalar(t, false);
}

/** `[a, "b", 'c', 2]` on one line. */
function flowList(t: string): Value {
  const items: Value[] = [];
  let at = 1;
  const skip = () => { while (t[at] === ' ') at++; };
  skip();
  if (t[at] === ']') return at === t.length - 1 ? items : FAIL;
  for (;;) {
    skip();
    let end: number;
    if (t[at] === '"' || t[at] === "'") {
      end = closingQuote(t, at);
      if (end < 0) return FAIL;
      end++;
    } else {
      end = at;
      while (end < t.length && t[end] !== ',' && t[end] !== ']') end++;
    }
    const v = scalar(t.slice(at, end).trimEnd(), true);
    if (v === FAIL) return FAIL;
    items.push(v);
    at = end;
    skip();
    if (t[at] === ',') { at++; continue; }
    if (t[at] === ']' && at === t.length - 1) return items;
    return FAIL;
  }
}

/** Index of the quote that closes the one at `at`, or -1 (a backslash in double quotes: left to `yaml`). */
function closingQuote(t: string, at: number): number {
  const q = t[at];
  for (let k = at + 1; k < t.length; k++) {
    if (q === '"' && t[k] === '\\') return -1;
    if (t[k] === q) {
      if (q === "'" && t[k + 1] === "'") { k++; continue; }
      return k;
    }
  }
  return -1;
}

/** One scalar, the whole of `t` (trailing spaces already cut). */
function scalar(t: string, inFlow: boolean): Value {
  if (t === '') return FAIL;
  if (t[0] === '"' || t[0] === "'") {
    const end = closingQuote(t, 0);
    if (end !== t.length - 1) return FAIL;
    const body = t.slice(1, end);
    return t[0] === "'" ? body.replace(/''/g, "'") : body;
  }
  if (INDICATOR_START.test(t) || t.includes(': ') || t.includes(' #') || t.endsWith(':')) return FAIL;
  if (inFlow && /[[\]{},]/.test(t)) return FAIL;
  if (KEYWORD.test(t)) return FAIL;
  if (INT.test(t)) return Number(t);
  if (NUMBERISH.test(t)) return FAIL;
  return t;
}
