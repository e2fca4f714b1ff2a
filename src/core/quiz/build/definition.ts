// A definition list as questions: which of the sibling terms a definition describes.
import { NoteDocument, Section } from '../../model';
import { QuizContext } from '../context';
import { Draft } from '../draft';
import { TermListClaim } from '../extract/claims';
import { rng, shuffle } from '../random';
import { sentence } from '../text';

/** "Distribution Styles" → "distribution style"; a title that is not a short plural noun phrase gives undefined. */
function familyNoun(title: string): string | undefined {
  const t = title.replace(/^[\d.]+\s*/, '').replace(/^[^\w]+/u, '').replace(/\s*\(.*\)$/, '').trim();
  if (!/^[A-Za-z][A-Za-z -]{2,40}s$/.test(t) || t.split(/\s+/).length > 4 || /\b(?:and|or|vs|key|tips|notes|concepts|facts|limits)\b/i.test(t)) return undefined;
  const singular = /ies$/.test(t) ? t.slice(0, -3) + 'y' : /(?:ss|sh|ch|x)es$/.test(t) ? t.slice(0, -2) : t.slice(0, -1);
  return /^[A-Z]{2,}/.test(singular) ? singular : singular.toLowerCase();
}

export function buildDefinitions(ctx: QuizContext, doc: NoteDocument, section: Section, list: TermListClaim): Draft[] {
  const ids = list.terms.map((t) => ctx.serviceAnswer(t.term));
  const services = ids.every((x) => !!x) && new Set(ids).size === ids.length;
  const labels = list.terms.map((t, i) => (services ? ctx.service(ids[i]!)!.name : t.term));
  const noun = services ? 'AWS service' : familyNoun(section.title);
  const where = section.headingPath[section.headingPath.length - 1]?.replace(/^[\d.]+\s*/, '').replace(/^[^\w]+/u, '').trim() ?? doc.title;
  return list.terms.map((t, i) => {
    ctx.tieCue(t.definition, labels[i]);
    const def = t.definition.replace(/[.;:,]+$/, '');
    const stem = noun ? `Which ${noun} is described here: “${def}”?` : `In “${where}”, which term is described here: “${def}”?`;
    return {
      doc, section, line: t.line, kind: 'identify', stem, cue: t.definition,
      correct: [labels[i]], distractors: shuffle(labels.filter((_, j) => j !== i), rng(`${section.id}:${t.line}:def`)),
      optionKind: services ? 'service' : 'text', explanation: sentence(`${labels[i]}: ${t.definition}`),
      serviceIds: services ? [ids[i]!] : ctx.mentioned(`${t.term} ${t.definition}`, section).slice(0, 3),
      answerServiceIds: services ? [ids[i]!] : [],
    } satisfies Draft;
  });
}
