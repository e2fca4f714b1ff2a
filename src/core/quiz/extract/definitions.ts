// Definition lists: sibling items of one list (or paragraphs in a row) that each define a term —
// "**Term**: …", "**Term** is …", "- Term — …". The siblings are one family (four distribution styles,
// five system-table prefixes), so each term's siblings are its distractors.
import { Section } from '../../model';
import { stripMd } from '../text';
import { Block, blocksOf } from './blocks';
import { TermListClaim } from './claims';
import { pairedCodeTerms } from './pairedTerms';

const BOLD_TERM = /^\*\*([^*]{1,50}?)\*\*\s*(?::|[-–—]|\bis\b|\bare\b|\bmeans\b|\brefers to\b)\s*(?:\*\*)?(.*)$/i;
const CODE_TERM = /^`([^`]{1,40})`\s*(?::|[-–—]|\bis\b|\bare\b)\s*(.*)$/i;
const PLAIN_TERM = /^([A-Z][\w./+-]*(?: [\w./+-]+){0,3})\s+(?:—|–|-|:)\s+(.*)$/;
// Metadata labels of note templates are not terms.
const META = /^(?:category|primary use case|use case|slide reference|hub links?|tags?|date|related|source|status|type|links?|see also|note|example|pricing|cost)$/i;

// "**Volume is the amount of data to move**": the whole sentence in bold.
const BOLD_SENTENCE = /^\*\*([A-Z][\w'-]*(?:\s[\w'-]+){0,2})\s+(?:is|are|means|refers to)\s+([^*]{8,})\*\*(.*)$/;

function termOf(b: Block): { term: string; definition: string; optionOnly?: boolean } | undefined {
  const raw = b.raw.trim();
  const s = BOLD_SENTENCE.exec(raw);
  const m = s ? [s[0], s[1], s[2] + s[3]] : BOLD_TERM.exec(raw) ?? CODE_TERM.exec(raw) ?? (b.type === 'item' ? PLAIN_TERM.exec(raw) : null);
  if (!m) return undefined;
  const term = stripMd(m[1]).replace(/[:.]$/, '').trim();
  // The term's first sentence is its definition; "is the type of data" → "the type of data".
  const definition = stripMd(m[2]).split(/(?<=[.!?])(?<!\b(?:e\.g|i\.e|etc|vs)\.)\s+(?=[A-Z])/)[0].replace(/^(?:is|are|means)\s+/i, '').trim();
  if (!term || META.test(term) || term.split(/\s+/).length > 5) return undefined;
  if (!definition || /^\d/.test(definition) || /\[\[|https?:/.test(definition)) return undefined;
  // A sibling defined in too few words to be asked ("**EMR on EC2**: Traditional provisioned cluster.") is still one
  // of the family: a wrong option beside the others, never a key (r52: three EMR deployment options left two wrong options).
  if (definition.split(/\s+/).length < 4) return { term, definition, optionOnly: true };
  return { term, definition };
}

const COUNTS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "… what are the five V's of data?" before a list of five terms: the family's name ("five V's of data"). */
export function countedFamily(text: string, size: number): string | undefined {
  for (const m of text.matchAll(/\bthe (\d+|two|three|four|five|six|seven|eight|nine|ten) ([A-Za-z][\w'’-]*(?:\s+(?:of\s+)?[a-z][\w'’-]*){0,3})(?=\s*[?.:,;]|\s*$)/gi)) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : COUNTS.indexOf(m[1].toLowerCase());
    if (n === size) return `${m[1].toLowerCase()} ${m[2]}`;
  }
  return undefined;
}

// Opinions are not definitions ("probably the most important one").
const HEDGED = /\b(?:probably|arguably|perhaps|maybe|most important|the best)\b/i;

export function extractTermLists(section: Section): TermListClaim[] {
  const out: TermListClaim[] = [];
  let run: TermListClaim['terms'] = [];
  let depth = -1;
  let type = '';
  let before = '';
  let lead = '';
  const flush = () => {
    if (run.filter((t) => !t.optionOnly).length >= 3 && new Set(run.map((t) => t.term.toLowerCase())).size === run.length) {
      const counted = countedFamily(lead, run.length);
      const terms = counted ? run.filter((t) => !HEDGED.test(t.definition)) : run;
      out.push({ kind: 'terms', terms, line: run[0].line, ...(counted ? { counted } : {}) });
    }
    run = [];
  };
  for (const b of blocksOf(section)) {
    const t = termOf(b);
    if (t && !run.length) lead = before;
    before = b.text;
    // "`LAG()` / `LEAD()`: …" beside other code terms of the run: both are options, neither a key.
    const pair = !t && run.length && b.type === type && b.depth === depth ? pairedCodeTerms(b.raw) : undefined;
    if (pair) { run.push(...pair.terms.map((term) => ({ term, definition: pair.definition, line: b.line, optionOnly: true }))); continue; }
    if (!t) {
      // A sub-bullet under a term belongs to it; anything else ends the run.
      if (b.type === 'item' && b.depth > depth && run.length) continue;
      flush();
      continue;
    }
    if (run.length && (b.depth !== depth || b.type !== type)) flush();
    depth = b.depth;
    type = b.type;
    run.push({ ...t, line: b.line });
  }
  flush();
  return out;
}
