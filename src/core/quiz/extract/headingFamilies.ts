// Sibling headings that each name one thing and open with what it is — "### 1. Glue Data Catalog" then
// "- Central repository of …", "### 2. Glue Crawlers" then "- Connects to data stores …". The siblings
// are one family (components, encryption modes, transfer techniques), so each one's description asks
// for it and the others are the distractors. Sections that open with a problem, a condition or code
// are not descriptions and are left out.
import { NoteDocument, Section } from '../../model';
import { stripMd } from '../text';
import { blocksOf } from './blocks';
import { TermListClaim } from './claims';

/** "### 2. Kinesis Data Firehose (KDF)" → "Kinesis Data Firehose"; a heading that is not a name gives ''. */
export function headingName(title: string): string {
  const t = title.replace(/^[^\w(]+/u, '').replace(/^\d+[.)]\s*/, '').replace(/\s*(?:✅|❌|⚠️)+\s*$/u, '').trim();
  const name = t.replace(/\s*\((?:formerly|previously|was)\b[^)]*\)\s*$/i, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (!name || name.split(/\s+/).length > 6 || /[:?!]/.test(name)) return '';
  // Topics, comparisons and study headings are not members of a family.
  if (/\b(?:vs\.?|versus|task statement|pillar|overview|summary|tips?|problem|why|how|when|what|best practices?|exam|scenarios?|example|notes?|matrix|comparison|breakdown)\b/i.test(name)) return '';
  // Study sections of a note ("Numbers that get tested", "Cards", "Decision rules", "Key limits") are not
  // members either: "Numbers that get tested" was offered as an S3 storage class (blind review r7 sample).
  if (/\b(?:numbers|cards?|rules|traps?|limits|quotas|facts?)\b/i.test(name)) return '';
  return name;
}

// A labelled opening that still describes the thing ("**How it works**: …"); other labels ("**Problem**:") do not.
const DESCRIPTION_LABEL = /^\*\*(?:how it works|mechanism|definition|what it is|what|purpose|description)\s*:?\*\*\s*:?\s*/i;
// Openings that set a scene rather than say what the thing is.
const NOT_A_DESCRIPTION = /^(?:in|when|if|to|for|this|these|the following|with|by|once|after|before|because|although|note|e\.g\.)\b/i;

export function descriptionOf(section: Section): { text: string; line: number } | undefined {
  const first = blocksOf(section)[0];
  if (!first || first.type === 'cell' || first.type === 'details') return undefined;
  let raw = first.raw.trim();
  if (/^\*\*[^*]+\*\*\s*:/.test(raw) || /^\*\*[^*]+:\*\*/.test(raw)) {
    if (!DESCRIPTION_LABEL.test(raw)) return undefined;
    raw = raw.replace(DESCRIPTION_LABEL, '');
  }
  // Only the first sentence: what follows is detail, numbers or tips.
  const text = stripMd(raw).split(/(?<=[.!?])(?<!\b(?:e\.g|i\.e|etc|vs)\.)\s+(?=[A-Z])/)[0].replace(/[:;,.]+$/, '').trim();
  const words = text.split(/\s+/).length;
  if (words < 6 || words > 40 || NOT_A_DESCRIPTION.test(text) || /```|\$|\\/.test(raw)) return undefined;
  return { text, line: first.line };
}

/** Families of sibling headings (four or more named members with a description each) of one note. */
export function extractHeadingFamilies(doc: NoteDocument): TermListClaim[] {
  const out: TermListClaim[] = [];
  const groups = new Map<string, Section[]>();
  for (const s of doc.sections) {
    if (s.headingPath.length < 2) continue;
    const key = `${s.level}|${s.headingPath.slice(0, -1).join('\u0000')}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const sections of groups.values()) {
    const terms: TermListClaim['terms'] = [];
    for (const s of sections) {
      const term = headingName(s.title);
      const d = term ? descriptionOf(s) : undefined;
      if (term && d) terms.push({ term, definition: d.text, line: d.line, section: s });
    }
    if (terms.length < 4 || new Set(terms.map((t) => t.term.toLowerCase())).size !== terms.length) continue;
    out.push({ kind: 'terms', terms, line: terms[0].line, parent: sections[0].headingPath[sections[0].headingPath.length - 2] });
  }
  return out;
}
