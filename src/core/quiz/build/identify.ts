// Service identification: which service a service note's description, or one of its key facts with a
// number, describes. Another service whose note has the same number is never a distractor.
import { NoteDocument } from '../../model';
import { listItems } from '../../parser';
import { QuizContext } from '../context';
import { isRetired } from '../serviceTraits';
import { serviceDistractors } from '../distractors';
import { Draft } from '../draft';
import { NUMBER_G } from '../numbers';
import { namesService, sentence, stripMd } from '../text';

export function buildIdentify(ctx: QuizContext, docs: NoteDocument[]): Draft[] {
  const out: Draft[] = [];
  const docOf = new Map<string, NoteDocument>();
  for (const d of docs) if (d.serviceId && !docOf.has(d.serviceId)) docOf.set(d.serviceId, d);
  for (const s of ctx.services) {
    const doc = docOf.get(s.id);
    const section = doc?.sections[0];
    if (!doc || !section || isRetired(s)) continue;
    const family = ctx.family(s);
    const clean = (text: string) => !family.some((x) => namesService(text, x)) && !ctx.servicesIn(text).includes(s.id);
    const desc = stripMd(s.description);
    if (desc && clean(desc)) {
      out.push({
        doc, section, line: s.line, kind: 'identify',
        stem: `Which AWS service is this? “${sentence(desc)}”`,
        correct: [s.name], distractors: serviceDistractors(ctx, [s.id], new Set(ctx.servicesIn(desc)), `${s.id}:identify`).map((x) => x.name),
        optionKind: 'service', explanation: `${s.name}: ${sentence(desc)}`, serviceIds: [s.id], answerServiceIds: [s.id],
      });
    }
    const factsSection = doc.sections.find((x) => /^key facts/i.test(x.title));
    if (!factsSection) continue;
    let made = 0;
    for (const item of listItems(factsSection.markdown)) {
      if (made >= 2) break;
      const fact = stripMd(item);
      const numbers = [...fact.matchAll(NUMBER_G)].map((m) => `${m[1]} ${m[3]}`.toLowerCase());
      if (!numbers.length || fact.length < 40 || fact.length > 260 || !clean(fact)) continue;
      const sharing = ctx.services.filter((o) => o.id !== s.id && numbers.some((n) => ctx.factNumbers.get(o.id)?.has(n))).map((o) => o.id);
      out.push({
        doc, section: factsSection, line: ctx.lineOf(factsSection, item), kind: 'identify',
        stem: `Which AWS service does this fact describe? “${sentence(fact)}”`,
        correct: [s.name],
        distractors: serviceDistractors(ctx, [s.id], new Set([...sharing, ...ctx.servicesIn(fact)]), `${s.id}:fact:${fact}`).map((x) => x.name),
        optionKind: 'service', explanation: `${s.name}: ${sentence(fact)}`, serviceIds: [s.id], answerServiceIds: [s.id],
      });
      made++;
    }
  }
  return out;
}
