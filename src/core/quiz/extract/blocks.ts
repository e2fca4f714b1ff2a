// A section's markdown as text blocks with their lines: paragraphs, list items (with their nesting),
// table cells (split on <br>), blockquote lines and <details> answers. Code fences and mermaid are skipped.
// The extractors read these rather than the parser's tokens, so that an idiom in a list item or a table
// cell counts as much as one in a paragraph.
import { Section } from '../../model';
import { stripMd } from '../text';

export interface Block {
  type: 'para' | 'item' | 'cell' | 'details';
  /** Markdown of the block (continuation lines joined by a space). */
  raw: string;
  /** Plain text. */
  text: string;
  /** 1-based line of the block's first line. */
  line: number;
  /** Indentation of a list item (0 for top-level). */
  depth: number;
}

const cache = new WeakMap<Section, Block[]>();

const ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;

export function blocksOf(section: Section): Block[] {
  const hit = cache.get(section);
  if (hit) return hit;
  const out: Block[] = [];
  const lines = section.markdown.split('\n');
  let fence: string | undefined;
  let cur: Block | undefined;
  let details: Block | undefined;
  const flush = () => {
    if (cur) { cur.text = stripMd(cur.raw); if (cur.text) out.push(cur); }
    cur = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const n = section.startLine + i;
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (fence) { if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined; continue; }
    if (f) { flush(); fence = f[1]; continue; }
    if (i === 0 && /^#{1,6}\s/.test(line)) continue;
    if (/^#{1,6}\s/.test(line)) { flush(); continue; }
    if (/<details\b/i.test(line)) {
      flush();
      details = { type: 'details', raw: '', text: '', line: n, depth: 0 };
      const rest = line.replace(/.*<details[^>]*>/i, '').replace(/<summary>.*?<\/summary>/i, '');
      if (/<\/details>/i.test(rest)) { details.raw = rest.replace(/<\/details>.*/i, ''); details.text = stripMd(details.raw); out.push(details); details = undefined; }
      else details.raw = rest;
      continue;
    }
    if (details) {
      if (/<\/details>/i.test(line)) {
        details.raw += ' ' + line.replace(/<\/details>.*/i, '');
        details.text = stripMd(details.raw.replace(/<summary>.*?<\/summary>/gi, ''));
        if (details.text) out.push(details);
        details = undefined;
      } else details.raw += ' ' + line.replace(/<\/?summary>/gi, (m) => m);
      continue;
    }
    if (!line.trim()) { flush(); continue; }
    if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line)) { flush(); continue; }
    if (/^\s*\|/.test(line) && /\|\s*$/.test(line)) {
      flush();
      for (const cell of line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/)) {
        for (const part of cell.split(/<br\s*\/?>\s*(?:<br\s*\/?>)?/i)) {
          const text = stripMd(part);
          if (text) out.push({ type: 'cell', raw: part.trim(), text, line: n, depth: 0 });
        }
      }
      continue;
    }
    const item = ITEM.exec(line.replace(/^\s*>+\s?/, ''));
    if (item) { flush(); cur = { type: 'item', raw: item[2], text: '', line: n, depth: item[1].length }; continue; }
    const body = line.replace(/^\s*>+\s?/, '').replace(/^\[![A-Z]+\]\s*/i, '');
    if (cur && (cur.type === 'para' || /^\s{2,}\S/.test(line))) { cur.raw += ' ' + body.trim(); continue; }
    flush();
    cur = { type: 'para', raw: body.trim(), text: '', line: n, depth: 0 };
  }
  flush();
  cache.set(section, out);
  return out;
}
