// A fact with a number: the number is hidden and offered among plausible values of the same unit. The
// stem names the fact's subject (the service or the heading it sits under) when the sentence does not.
import { NoteDocument, Section } from '../../model';
import { QuizContext } from '../context';
import { numberVariants } from '../distractors';
import { Draft } from '../draft';
import { FactClaim } from '../extract/claims';
import { NUMBER_G } from '../numbers';
import { isFactHeading } from '../extract/facts';
import { rng } from '../random';
import { sentence } from '../text';

/** What a section is about, for a stem that needs its subject: the nearest heading that names a service, else the note's title. */
export function subjectOf(ctx: QuizContext, doc: NoteDocument, section: Section): string {
  for (const h of [...section.headingPath].reverse()) {
    if (isFactHeading(h)) continue;
    const ids = ctx.servicesIn(h);
    if (ids.length) { const s = ctx.service(ids[0])!; return s.shortName ?? s.name; }
  }
  if (doc.serviceId) { const s = ctx.service(doc.serviceId); return s ? s.shortName ?? s.name : doc.title; }
  const h = [...section.headingPath].reverse().find((x) => !isFactHeading(x) && !/^numbers\b/i.test(x)) ?? doc.title;
  return h.replace(/^[\d.]+\s*/, '').replace(/^[^\w(]+/u, '').trim();
}

export function buildCloze(ctx: QuizContext, doc: NoteDocument, section: Section, facts: FactClaim[]): Draft[] {
  const out: Draft[] = [];
  for (const f of facts) {
    const text = f.text;
    if (text.length < 20 || text.length > 320 || !/\d/.test(text) || !/(?:\S+\s+){3}\S/.test(text)) continue;
    let made = 0;
    for (const m of text.matchAll(NUMBER_G)) {
      if (made >= 2) break;
      const at = m.index!;
      // The stem names its subject unless the sentence does before the blank.
      const subject = ctx.servicesIn(text.slice(0, at)).length ? '' : subjectOf(ctx, doc, section);
      const before = text.slice(0, at);
      const after = text.slice(at + m[0].length);
      if (/(\d\s*(?:–|-|to|and)\s*)$/i.test(before) || /^\s*(?:–|-|to\s+\d|and\s+\d)/i.test(after)) continue; // part of a range
      const blanked = `${before}_____${after}`;
      if (blanked.includes(m[1])) continue; // the number would still show
      const unit = m[3];
      const avoid = [...text.matchAll(NUMBER_G)].filter((x) => x[3] === unit).map((x) => x[1]);
      const distractors = numberVariants(m[1], unit, rng(`${section.id}:${f.line}:${at}`), m[2], avoid);
      const stem = subject ? `Fill in the blank (${subject}): ${sentence(blanked)}` : `Fill in the blank: ${sentence(blanked)}`;
      out.push({
        doc, section, line: f.line, kind: 'cloze', stem, examRelevant: f.examRelevant,
        correct: [m[0]], distractors, optionKind: 'number', explanation: sentence(text),
        serviceIds: ctx.mentioned(text, section).slice(0, 3), answerServiceIds: [],
      });
      made++;
    }
  }
  return out;
}
