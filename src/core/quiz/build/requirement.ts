// A requirement → choice line as a question: "Which AWS service fits best when the requirement is “…”?"
// Only when the choice is essentially one service (or a row of a comparison table, whose siblings are
// then the distractors).
import { NoteDocument, Section } from '../../model';
import { QuizContext } from '../context';
import { serviceDistractors } from '../distractors';
import { Draft } from '../draft';
import { CueClaim } from '../extract/claims';
import { rng, shuffle } from '../random';
import { sentence, stripMd } from '../text';

export function buildRequirement(ctx: QuizContext, doc: NoteDocument, section: Section, c: CueClaim): Draft | undefined {
  const cue = stripMd(c.cue).replace(/^[-–—:\s]+|[-–—:\s]+$/g, '').replace(/^(?:the )?requirement (?:is )?/i, '');
  const answer = stripMd(c.answer).replace(/\s*\([^)]*\)\s*$/, '').replace(/[.!]+$/, '').trim();
  if (cue.split(/\s+/).length < 2 || cue.length > 180) return undefined;
  const base = { doc, section, line: c.line, cue };
  const explanation = sentence(`${cue} → ${answer}${c.because ? ` (${stripMd(c.because)})` : ''}`);
  const label = ctx.labelIndex.get(answer.toLowerCase());
  if (label) {
    const { table, row } = label;
    ctx.tieCue(cue, table.labels[row]);
    return {
      ...base, kind: 'choose', stem: `Which ${table.noun} fits best when the requirement is “${cue}”?`, correct: [table.labels[row]],
      distractors: shuffle(table.labels.filter((_, i) => i !== row), rng(`${section.id}:${c.line}`)), optionKind: 'text',
      explanation, serviceIds: ctx.servicesIn(table.rows[row].choice), answerServiceIds: [],
    };
  }
  const sid = ctx.serviceAnswer(answer);
  if (!sid) return undefined;
  const s = ctx.service(sid)!;
  ctx.tieCue(cue, s.name);
  return {
    ...base, kind: 'choose', stem: `Which AWS service fits best when the requirement is “${cue}”?`, correct: [s.name],
    distractors: serviceDistractors(ctx, [sid], new Set(ctx.servicesIn(`${cue} ${c.because ?? ''}`)), `${section.id}:${c.line}:req`).map((x) => x.name),
    optionKind: 'service', explanation, serviceIds: [sid], answerServiceIds: [sid],
  };
}
