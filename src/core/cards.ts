// Cards written in notes, in the Obsidian Spaced Repetition syntax:
// `Q::A`, `Q:::A` (reversed pair), multi-line `?` / `??` separators, and `==cloze==`.
import { Card } from './model';

const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;
// A CloudFormation-style identifier (AWS::Glue::Job) is not a card separator.
const CFN_IDENT = /\b(?:AWS|Alexa|Custom)::[A-Za-z0-9-]+(?:::[A-Za-z0-9]+)?/g;

/** Replaces inline code spans and CFN identifiers with same-length filler so `::` inside them is ignored. */
function maskCode(line: string): string {
  return line
    .replace(/(`+)([\s\S]*?)\1/g, (m) => ' '.repeat(m.length))
    .replace(CFN_IDENT, (m) => 'x'.repeat(m.length));
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
    if (!q || !a || q.length > 600 || a.length > 600) return;
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
    const clozeRe = /==([^=\n]+?)==/g;
    if (masked.includes('==')) {
      let m: RegExpExecArray | null;
      while ((m = clozeRe.exec(masked))) {
        const hidden = raw.slice(m.index + 2, m.index + 2 + m[1].length);
        const before = raw.slice(0, m.index).replace(/==([^=\n]+?)==/g, '$1');
        const after = raw.slice(m.index + m[0].length).replace(/==([^=\n]+?)==/g, '$1');
        add(`${before}[…]${after}`, hidden, 'cloze', i + 1);
      }
    }
  }
  return cards;
}
