// Two or three sibling headings, each naming a service and opening with what it does — "### Amazon Macie
// (PII discovery)" then "- Scans S3 objects for …", "### AWS CloudTrail (audit)" then "- Records every API call …".
// Too few for a family of their own (headingFamilies.ts asks for four), yet each description asks for its
// service: the builder (build/serviceHeadings.ts) keeps only groups whose every member is a distinct service,
// and fills the options with services of the key's kind.
import { NoteDocument } from '../../model';
import { TermListClaim } from './claims';
import { descriptionOf, headingName } from './headingFamilies';

/** Groups of two or three sibling headings with a description each (every sibling of the group has one). */
export function extractHeadingPairs(doc: NoteDocument): TermListClaim[] {
  const out: TermListClaim[] = [];
  const groups = new Map<string, NoteDocument['sections']>();
  for (const s of doc.sections) {
    if (s.headingPath.length < 2) continue;
    const key = `${s.level}|${s.headingPath.slice(0, -1).join('\u0000')}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const sections of groups.values()) {
    if (sections.length < 2 || sections.length > 3) continue;
    const terms: TermListClaim['terms'] = [];
    for (const s of sections) {
      const term = headingName(s.title);
      const d = term ? descriptionOf(s) : undefined;
      if (!term || !d) break;
      terms.push({ term, definition: d.text, line: d.line, section: s });
    }
    // Every sibling is a member: a group with a "Limits" or "Tips" heading among its services is no family.
    if (terms.length !== sections.length || new Set(terms.map((t) => t.term.toLowerCase())).size !== terms.length) continue;
    out.push({ kind: 'terms', terms, line: terms[0].line, parent: sections[0].headingPath[sections[0].headingPath.length - 2] });
  }
  return out;
}
