// What a person wants from a list of ranked sections: where in a section the match is, a snippet
// that shows it, identical sections once, empty headings replaced by the text under them, and link
// lists ("Related notes") kept out of the way.
import { NoteDocument, Section } from '../model';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The first match of `(^|[^\p{L}\p{N}])term` (u flag) in `lower`: where the match starts (the
 * character before the term, a whole code point) and where the term starts; undefined when none. The
 * same as that regular expression, without compiling one per term and row (the snippets of one CLI
 * search compiled thirty Unicode-property expressions).
 */
export function wordStartMatch(lower: string, term: string): { index: number; at: number } | undefined {
  if (!term) return { index: 0, at: 0 };
  // A term that starts or ends with half a surrogate pair never matches inside a pair (u flag).
  const lowFirst = isLow(term.charCodeAt(0));
  const highLast = isHigh(term.charCodeAt(term.length - 1));
  for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
    if (highLast && isLow(lower.charCodeAt(at + term.length))) continue;
    if (at === 0) return { index: 0, at: 0 };
    const c = lower.charCodeAt(at - 1);
    if (lowFirst && isHigh(c)) continue;
    const pair = isLow(c) && at >= 2 && isHigh(lower.charCodeAt(at - 2));
    const index = pair ? at - 2 : at - 1;
    if (!WORD_CHAR.test(lower.slice(index, at))) return { index, at };
  }
  return undefined;
}

function isHigh(c: number): boolean { return c >= 0xd800 && c < 0xdc00; }
function isLow(c: number): boolean { return c >= 0xdc00 && c < 0xe000; }

/**
 * The 1-based line of the section where most of the matched terms are (the earliest of the best), or
 * the heading line when the body has none of them. A term counts on a line where it starts a word
 * (prefixes count: "partition" in "partitions").
 */
export function matchLine(section: Section, terms: string[]): number {
  if (!terms.length) return section.startLine;
  // The section lower-cased once, not line by line (a lead section of a long note has thousands of lines
  // and only a few hold a term): the same lines, since a line break ends the only context-dependent
  // lower-casing (a final capital sigma) on both sides. Each term's word starts are found by indexOf and
  // counted once per line they are on.
  const lower = section.markdown.toLowerCase();
  const starts = [0];
  for (let at = lower.indexOf('\n'); at >= 0; at = lower.indexOf('\n', at + 1)) starts.push(at + 1);
  const counts = new Array<number>(starts.length).fill(0);
  for (const t of terms) {
    if (!t) { for (let i = 0; i < counts.length; i++) counts[i]++; continue; }
    if (t.includes('\n')) continue;
    let line = 0, lastCounted = -1;
    for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
      while (line + 1 < starts.length && starts[line + 1] <= at) line++;
      if (line === lastCounted) continue;
      if (at === starts[line] || !WORD_CHAR.test(lower[at - 1])) { counts[line]++; lastCounted = line; }
    }
  }
  let best = 0, bestCount = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i] > bestCount) { best = i; bestCount = counts[i]; }
  return section.startLine + best;
}

/** Plain text around the first matched term, cut at word boundaries; the section's start otherwise. */
export function snippetAround(text: string, terms: string[], width = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const lower = flat.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const m = wordStartMatch(lower, t);
    if (m && (at < 0 || m.index < at)) at = m.at;
  }
  let start = at < 0 ? 0 : Math.max(0, at - Math.floor(width / 3));
  if (start > 0) { const space = flat.indexOf(' ', start); if (space >= 0 && space < at) start = space + 1; }
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) { const space = flat.lastIndexOf(' ', end); if (space > start + width / 2) end = space; }
  return (start > 0 ? '…' : '') + flat.slice(start, end).trim() + (end < flat.length ? '…' : '');
}

const LINK_LIST_TITLES = /^(related( notes| links| topics)?|see also|links|references|further reading|navigation|next steps|master hub links?|hub links?)$/;

// Sections never change once parsed (an edit parses a new one): what we derive from them is cached.
const linkLists = new WeakMap<Section, boolean>();
const sameKeys = new WeakMap<Section, string | undefined>();

/** A section that is a list of links to other notes: useful to browse, rarely the answer. */
export function isLinkList(section: Section): boolean {
  let v = linkLists.get(section);
  if (v === undefined) { v = linkListUncached(section); linkLists.set(section, v); }
  return v;
}

function linkListUncached(section: Section): boolean {
  const title = section.title.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (LINK_LIST_TITLES.test(title)) return true;
  if (section.links.length < 2) return false;
  let rest = section.text;
  for (const l of section.links) rest = rest.replace(l.text, ' ');
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;
  return letters(rest) < 0.3 * letters(section.text);
}

/** A heading with no text of its own. */
export function isEmptySection(section: Section): boolean {
  return section.text.trim() === '';
}

/** The first section under `section` (deeper, before the next heading of its level) with text. */
export function firstChildWithText(doc: NoteDocument, section: Section): Section | undefined {
  const i = doc.sections.indexOf(section);
  for (let j = i + 1; j < doc.sections.length; j++) {
    const s = doc.sections[j];
    if (s.level <= section.level) return undefined;
    if (!isEmptySection(s)) return s;
  }
  return undefined;
}

/** Key under which identical sections (same title and text, in different files) fold into one row. */
export function sameSectionKey(section: Section): string | undefined {
  if (!sameKeys.has(section)) sameKeys.set(section, sameKeyUncached(section));
  return sameKeys.get(section);
}

function sameKeyUncached(section: Section): string | undefined {
  const text = section.text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (text.length < 40) return undefined; // short sections repeat by design ("See the console.")
  return `${section.title.toLowerCase()}\n${text}`;
}
