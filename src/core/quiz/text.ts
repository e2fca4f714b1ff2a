// Text helpers shared by the extractors, the builders and the gate: markdown to plain text, whole-word
// tests, service-name tests, sentence shaping.
import { serviceNames } from '../catalog';
import { Section, Service } from '../model';
import { placeholderText } from '../parser/placeholder';

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An ASCII letter or digit (what a whole word of hasWord ends at). */
export const isWordChar = (c: string | undefined) => !!c && /[A-Za-z0-9]/.test(c);

// The last text lower-cased: the gate tests one stem for many words and names in a row (hasWord, namesService).
let lastText = '';
let lastLower = '';
const lowerOf = (text: string) => {
  if (lastText !== text) { lastText = text; lastLower = text.toLowerCase(); }
  return lastLower;
};

/** True when `text` contains `word` as a whole word, ignoring case. */
export function hasWord(text: string, word: string): boolean {
  if (!word) return false;
  return hasLowerWord(lowerOf(text), word.toLowerCase());
}

/** hasWord of a text and a word both already lower-cased (callers that test one text many times). */
export function hasLowerWord(t: string, w: string): boolean {
  if (!w) return false;
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
    if (!isWordChar(t[i - 1]) && !isWordChar(t[i + w.length])) return true;
  }
  return false;
}

const nameRes = new WeakMap<Service, { lower: string[]; ci?: RegExp; cs?: RegExp }>();

/**
 * True when the text names the service: any name, short name, former name or alias (word-bounded,
 * case-insensitive), or an "ambiguous" name written with its capital ("Glue", not "glue code").
 */
export function namesService(text: string, s: Service): boolean {
  let re = nameRes.get(s);
  if (!re) {
    const lower = [...serviceNames(s), ...s.ambiguous].filter((n) => n.length >= 2).map((n) => n.toLowerCase());
    const alt = (names: string[]) => {
      const list = names.filter((n) => n.length >= 2).sort((a, b) => b.length - a.length).map(escapeRe);
      return list.length ? `(?:^|[^A-Za-z0-9])(?:${list.join('|')})(?![A-Za-z0-9])` : undefined;
    };
    const ci = alt(serviceNames(s));
    const cs = alt(s.ambiguous);
    re = { lower, ci: ci ? new RegExp(ci, 'i') : undefined, cs: cs ? new RegExp(cs) : undefined };
    nameRes.set(s, re);
  }
  // Most texts name none of the service's names at all: a plain substring test rules them out.
  const lower = lowerOf(text);
  if (!re.lower.some((n) => lower.includes(n))) return false;
  return !!(re.ci?.test(text) || re.cs?.test(text));
}

// The builders strip the same cells and cues many times over (each row of a table once per cue): one
// pass per distinct text while a bank is built, freed by releaseStems (bounded for other callers).
const strippedCache = new Map<string, string>();
/** Past this many entries a cache starts over: callers other than the bank never grow it without bound. */
const CACHE_LIMIT = 100_000;

/** Markdown inline syntax to plain text: bold, code, links, wiki links, HTML tags, runs of spaces. */
/** A name without its vendor's prefix ("Amazon Redshift" → "Redshift", "AWS Glue" → "Glue"). */
export const withoutVendor = (name: string): string => name.replace(/^(?:Amazon|AWS)\s+/, '');

export function stripMd(s: string): string {
  if (!/[*_`[<]|\s\s|\n|\\/.test(s)) return s.trim();
  let v = strippedCache.get(s);
  if (v === undefined) {
    if (strippedCache.size >= CACHE_LIMIT) strippedCache.clear();
    v = stripMarkdown(s);
    strippedCache.set(s, v);
  }
  return v;
}

function stripMarkdown(s: string): string {
  return s
    .replace(/\[![A-Za-z]+\]\s*/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/`/g, '')
    .replace(/!?\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g, (_, a: string, b?: string) => b ?? a)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    // Markup goes; a writer's placeholder (`team=<name>`) is text (parser/placeholder.ts).
    .replace(/<[^>]+>/g, (tag) => placeholderText(tag) ?? '')
    .replace(/\\([*_[\]|])/g, '$1')
    .replace(/(^|\s)\*([^*\s][^*]*?)\*(?=[\s.,;:!?)]|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sentence(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  if (!t) return t;
  const cap = t[0].toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(cap) ? cap : cap + '.';
}

/** Lower-cases the first letter of an ordinary word; names ("Lambda", "Athena") keep their capital. */
export function lowerFirst(s: string, isName: (word: string) => boolean = () => false): string {
  if (isName(s.split(/[\s,-]/)[0])) return s;
  return /^[A-Z][a-z]+(?:[\s,-]|$)/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

export function plural(noun: string): string {
  if (/(s|x|ch|sh)$/.test(noun)) return noun + 'es';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  return noun + 's';
}

export function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The text of an answer up to its first clause break: "Amazon MSK, because …" → "Amazon MSK". */
export function leadClause(answer: string): string {
  const m = /^(.*?)(?:[,;:]|\.(?:\s|$)|\s[—–]\s|\s\(|\s+(?:because|which|using|through|via|as|with|so|since|to|for|from|in|on)\b)/i.exec(answer);
  return (m ? m[1] : answer).trim();
}

export const NEGATIVE = /\b(not|no|never|cannot|can't|doesn't|does not|isn't|is not|aren't|are not|distractors?|wrong|lacks?|without|instead|whereas|while|neither|nor)\b/i;

const sentenceCache = new WeakMap<Section, string[]>();

/** Sentences of a section's plain text. */
export function sentencesOf(section: Section): string[] {
  let v = sentenceCache.get(section);
  if (!v) {
    v = section.text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/).map((s) => s.trim()).filter(Boolean);
    sentenceCache.set(section, v);
  }
  return v;
}

/** For each label, the word suffixes that name it and no other label ("S3 Standard-IA" → "Standard-IA"). */
export function labelForms(labels: string[]): string[][] {
  const suffixes = labels.map((l) => {
    const words = l.split(/\s+/);
    return words.map((_, i) => words.slice(i).join(' ')).filter((s) => /[A-Za-z]{3,}/.test(s));
  });
  return suffixes.map((list, i) => list.filter((s) => !suffixes.some((other, j) => j !== i && other.some((o) => o.toLowerCase() === s.toLowerCase()))));
}

export function mergeNotes(a: Map<string, string>, b: Map<string, string>, skip: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of [a, b]) for (const [k, v] of m) if (!skip.includes(k)) out.set(k, out.has(k) ? `${out.get(k)} ${v}` : v);
  return out;
}

const stemCache = new Map<string, string>();
const stemsCache = new Map<string, Set<string>>();

/** Frees the stem and markdown caches (the bank calls it once built). */
export function releaseStems(): void { stemCache.clear(); stemsCache.clear(); strippedCache.clear(); }

/** A word reduced to its stem for leak and duplicate tests: plurals, -ing, -ed, possessives. */
export function stemWord(w: string): string {
  const hit = stemCache.get(w);
  if (hit !== undefined) return hit;
  const v = stemUncached(w);
  stemCache.set(w, v);
  return v;
}

function stemUncached(w: string): string {
  let s = w.toLowerCase().replace(/['’]s$/, '').replace(/['’]$/, '');
  if (s.length > 5 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 5 && /(?:ss|sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** The stemmed words of a text; hyphenated and closed compounds count as their parts too ("in-memory"). */
export function stems(text: string): Set<string> {
  const hit = stemsCache.get(text);
  if (hit) return hit;
  const out = new Set<string>();
  stemsCache.set(text, out);
  for (const raw of text.toLowerCase().match(/[a-z0-9][a-z0-9'’-]*/g) ?? []) {
    // Most words have no hyphen: no split, no array.
    if (!raw.includes('-')) { out.add(stemWord(raw)); continue; }
    const parts = raw.split('-').filter(Boolean);
    for (const p of parts) out.add(stemWord(p));
    if (parts.length > 1) out.add(stemWord(parts.join('')));
  }
  return out;
}

// Words too common to give a key away ("service", "data") or that belong to every AWS name (stemmed).
export const GENERIC = new Set(['amazon', 'aws', 'service', 'data', 'the', 'for', 'and', 'of', 'a', 'an', 'on', 'in', 'to', 'with', 'by',
  'managed', 'apache', 'cloud', 'simple', 'elastic', 'instance', 'using', 'use', 'platform', 'solution', 'tool', 'center', 'console'].map(stemWord));
