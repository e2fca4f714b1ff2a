// Two or three sibling headings that each name a service (extract/serviceHeadings.ts) as "Which AWS service is
// described here: “…”?": the siblings are the first wrong options and services of the key's kind fill in, as in a
// definition list of services (definition.ts). A group with any member that is not a service, or two members that
// are one service, is left out: its siblings are no fair options.
import { NoteDocument } from '../../model';
import { QuizContext } from '../context';
import { serviceDistractors } from '../distractors';
import { Draft } from '../draft';
import { TermListClaim } from '../extract/claims';
import { rng, shuffle } from '../random';
import { sentence } from '../text';
import { readableQuote } from './quote';
import { acronymOf } from './headingFamily';

export function buildServiceHeadings(ctx: QuizContext, doc: NoteDocument, group: TermListClaim): Draft[] {
  const ids = group.terms.map((t) => ctx.serviceAnswer(t.term));
  if (ids.some((id) => !id || ctx.pseudo.has(id) || /\bfamily\b/i.test(ctx.service(id)!.name)) || new Set(ids).size !== ids.length) return [];
  const names = ids.map((id) => ctx.service(id!)!.name);
  return group.terms.flatMap((t, i) => {
    if (acronymOf(t.definition, names[i])) return [];
    const section = t.section ?? doc.sections[0];
    const id = ids[i]!;
    ctx.tieCue(t.definition, names[i]);
    const excluded = new Set([...ids as string[], ...ctx.servicesIn(t.definition)]);
    return [{
      doc, section, line: t.line, kind: 'identify', cue: t.definition, family: `${doc.file}:${group.line}`,
      stem: `Which AWS service is described here: “${readableQuote(t.definition, doc.source === 'user')}”?`,
      correct: [names[i]],
      distractors: [
        ...shuffle(names.filter((_, j) => j !== i), rng(`${section.id}:${t.line}:pair`)),
        ...serviceDistractors(ctx, [id], excluded, `${section.id}:${t.line}:pair`, [], doc.source === 'user').map((s) => s.name),
      ],
      optionKind: 'service', explanation: sentence(`${names[i]}: ${t.definition}`),
      serviceIds: [id], answerServiceIds: [id],
    } satisfies Draft];
  });
}
