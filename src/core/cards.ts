// Cards written in notes, in the Obsidian Spaced Repetition syntax:
// `Q::A`, `Q:::A` (reversed pair), multi-line `?` / `??` separators, and `==cloze==`.
// Every step is linear in the line's length: a note is user input, and one long line of `==` must not
// freeze the extension host (a line with k clozes used to cost k × its length).
import { Card } from './model';

const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;
// A CloudFormation-style identifier (AWS::Glue::Job) is not a card separator.
const CFN_IDENT = /\b(?:AWS|Alexa|Custom)::[A-Za-z0-9-]+(?:::[A-Za-z0-9]+)?/g;
const CLOZE = /==([^=\n]+?)==/g;
/** Longer questions or answers are not cards (a whole paragraph is no flashcard). */
const MAX_CARD_TEXT = 600;

/**
 * Replaces inline code spans and CFN identifiers with same-length filler so `::` and `==` inside them
 * are ignored. A code span opens with a run of backticks and closes with the next run of the same
 * length (CommonMark); found in one pass over the runs, not by a backtracking regular expression.
 */
export function maskCode(line: string): string {
  let out = line;
  if (line.includes('`')) {
    const runs: { at: number; len: number }[] = [];
    for (let i = 0; i < line.length;) {
      if (line.charCodeAt(i) !== 96) { i++; continue; }
      let j = i;
      while (j < line.length && line.charCodeAt(j) === 96) j++;
      runs.push({ at: i, len: j - i });
      i = j;
    }
    // For each run, the index of the next run of the same length: one backward pass.
    const nextSame = new Array<number>(runs.length).fill(-1);
    const lastByLen = new Map<number, number>();
    for (let r = runs.length - 1; r >= 0; r--) {
      nextSame[r] = lastByLen.get(runs[r].len) ?? -1;
      lastByLen.set(runs[r].len, r);
    }
    const parts: string[] = [];
    let copied = 0;
    for (let r = 0; r < runs.length;) {
      const close = nextSame[r];
      if (close < 0) { r++; continue; }
      const end = runs[close].at + runs[close].len;
      parts.push(line.slice(copied, runs[r].at), ' '.repeat(end - runs[r].at));
      copied = end;
      r = close + 1;
    }
    parts.push(line.slice(copied));
    out = parts.join('');
  }
  return out.replace(CFN_IDENT, (m) => 'x'.repeat(m.length));
}

function clean(s: string): string {
  return s.replace(LIST_MARKER, '').replace(/\s+/g, ' ').trim();
}

/**
 * Extracts cards from lines [startLine, endLine] (1-based, inclusive) of a note, skipping excluded
 * (0-based) lines: code, tables, headings, HTML.
 */
export function extractCards(lines: string[], startLine: number, endLine: number, excluded: Set<number>, sectionId: string): Card[] {
  const cards: Card[] = [];
  const add = (question: string, answer: string, kind: Card['kind'], line: number) => {
    const q = clean(question);
    const a = clean(answer);
    if (!q || !a || q.length > MAX_CARD_TEXT || a.length > MAX_CARD_TEXT) return;
    cards.push({ id: `${sectionId}:${line}:${cards.length}`, question: q, answer: a, kind, line });
  };
  for (let i = startLine - 1; i < endLine && i < lines.length; i++) {
    if (excluded.has(i)) continue;
    const raw = lines[i];
    const trimmed = raw.trim();
    if (trimmed === '?' || trimmed === '??') {
      // Multi-line card: question = the non-blank lines just above, answer = those just below.
      let qs = i - 1;
      while (qs >= startLine - 1 && lines[qs].trim() !== '' && !excluded.has(qs)) qs--;
      let ae = i + 1;
      while (ae < endLine && ae < lines.length && lines[ae].trim() !== '' && !excluded.has(ae)) ae++;
      const question = lines.slice(qs + 1, i).join(' ');
      const answer = lines.slice(i + 1, ae).join(' ');
      add(question, answer, 'basic', qs + 2);
      if (trimmed === '??') add(answer, question, 'reversed', qs + 2);
      i = ae - 1;
      continue;
    }
    if (!raw.includes('::') && !raw.includes('==')) continue;
    const masked = maskCode(raw);
    const sep = masked.indexOf('::');
    if (sep > 0) {
      const triple = masked.startsWith(':::', sep);
      const end = triple ? sep + 3 : sep + 2;
      if (masked[end] !== ':') {
        const question = raw.slice(0, sep);
        const answer = raw.slice(end);
        add(question, answer, 'basic', i + 1);
        if (triple) add(answer, question, 'reversed', i + 1);
        continue;
      }
    }
    if (masked.includes('==')) {
      for (const c of clozeCards(raw, masked)) add(c.question, c.answer, 'cloze', i + 1);
    }
  }
  return cards;
}

/**
 * One card per `==hidden==` span of a line: the line with that span as […] and the other spans
 * unwrapped. The line is unwrapped and its whitespace collapsed once; each card's question is then two
 * slices of that, built only when it can fit the card limit, so the work is linear in the line.
 */
function clozeCards(raw: string, masked: string): { question: string; answer: string }[] {
  const spans: { start: number; end: number }[] = [];
  CLOZE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CLOZE.exec(masked));) spans.push({ start: m.index, end: m.index + m[0].length });
  if (!spans.length) return [];
  // plain: the line with every span's == removed; collapsedAt[k] = length of the collapsed text of
  // plain[0, k) (a run of whitespace counts once, from its first character).
  const plainParts: string[] = [];
  const hidden: { from: number; to: number }[] = [];
  let copied = 0;
  let plainLength = 0;
  for (const s of spans) {
    plainParts.push(raw.slice(copied, s.start), raw.slice(s.start + 2, s.end - 2));
    plainLength += s.start - copied;
    hidden.push({ from: plainLength, to: plainLength + (s.end - s.start - 4) });
    plainLength += s.end - s.start - 4;
    copied = s.end;
  }
  plainParts.push(raw.slice(copied));
  const plain = plainParts.join('');
  const collapsedAt = new Int32Array(plain.length + 1);
  const collapsedParts: string[] = [];
  let n = 0;
  for (let k = 0; k < plain.length; k++) {
    const ws = isSpace(plain.charCodeAt(k));
    if (!ws) { n++; collapsedParts.push(plain[k]); } else if (k === 0 || !isSpace(plain.charCodeAt(k - 1))) { n++; collapsedParts.push(' '); }
    collapsedAt[k + 1] = n;
  }
  const collapsed = collapsedParts.join('');
  const out: { question: string; answer: string }[] = [];
  for (const h of hidden) {
    const before = collapsedAt[h.from];
    // A suffix starting inside a run of whitespace begins with that run's (one) space.
    const midRun = h.to > 0 && h.to < plain.length && isSpace(plain.charCodeAt(h.to)) && isSpace(plain.charCodeAt(h.to - 1));
    const after = collapsedAt[h.to];
    // Trimming and a list marker remove at most a few characters more than this margin allows.
    const marker = LIST_MARKER.exec(collapsed.slice(0, Math.min(before, 40)))?.[0].length ?? 0;
    if (before - marker + 3 + (collapsed.length - after) > MAX_CARD_TEXT + 2) continue;
    out.push({
      question: `${collapsed.slice(0, before)}[…]${midRun ? ' ' : ''}${collapsed.slice(after)}`,
      answer: plain.slice(h.from, h.to),
    });
  }
  return out;
}

function isSpace(c: number): boolean {
  // The characters \s matches: ASCII whitespace, NBSP, the Unicode spaces, line separators, BOM.
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
