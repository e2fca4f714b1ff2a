// Definition lists written one level down: a bold term alone on its item ("1. **Redshift Spectrum**:")
// and what it is on the first bullet under it. The siblings are one family, as in definitions.ts, so the
// same builder asks which sibling a definition names.
import { Section } from '../../model';
import { stripMd } from '../text';
import { blocksOf } from './blocks';
import { TermListClaim } from './claims';

// "**Term**:", "**Term:**", "**Term**" and nothing else on the item.
const LONE_TERM = /^\*\*([^*]{2,50}?):?\*\*:?$/;
// A child that is itself a "**Label**: …" line is a sub-list of labels (limits, use cases), not a definition.
const LABELLED = /^\*\*[^*]+\*\*\s*[:—–-]/;
// A sentence ends at ".", "!" or "?" not in an abbreviation.
const FIRST_SENTENCE = /(?<=[.!?])(?<!\b(?:e\.g|i\.e|etc|vs)\.)\s+(?=[A-Z])/;

/**
 * "Key EBS Volume Types for Data Engineering" → "EBS Volume Types": the family the heading names. A heading
 * of "… Features" names no family of its own: '' leaves the builder to call them the note's service's features.
 */
export function familyTitle(title: string): string {
  if (/\b(?:features|capabilities)$/i.test(title.trim())) return '';
  return title.replace(/^[\d.]+\s*/, '').replace(/^[^\w]+/u, '').replace(/^(?:key|main|core|common|important)\s+/i, '')
    .replace(/\s+(?:for|in|on|of)\s+(?:data engineers?|data engineering|the exam|dea-c01)\b.*$/i, '').trim();
}

export function extractNestedTerms(section: Section): TermListClaim[] {
  const out: TermListClaim[] = [];
  const blocks = blocksOf(section);
  let run: TermListClaim['terms'] = [];
  let depth = -1;
  const flush = () => {
    if (run.length >= 3 && new Set(run.map((t) => t.term.toLowerCase())).size === run.length) out.push({ kind: 'terms', terms: run, line: run[0].line, heading: familyTitle(section.title) });
    run = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type !== 'item') { flush(); continue; }
    if (run.length && b.depth > depth) continue;
    const m = LONE_TERM.exec(b.raw.trim());
    const child = blocks[i + 1];
    const definition = child && child.type === 'item' && child.depth > b.depth && !LABELLED.test(child.raw.trim())
      ? stripMd(child.raw).split(FIRST_SENTENCE)[0].replace(/!+$/, '.').trim() : '';
    if (!m || definition.split(/\s+/).length < 4 || /\[\[|https?:/.test(child.raw)) { flush(); continue; }
    if (run.length && b.depth !== depth) flush();
    depth = b.depth;
    run.push({ term: stripMd(m[1]).trim(), definition, line: b.line });
  }
  flush();
  return out;
}
