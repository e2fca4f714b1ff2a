// Requirement → choice lines as questions: "Which AWS service fits best when the requirement is “…”?"
// when the choice is essentially one service (or a row of a comparison table, whose siblings are then
// the distractors). A choice that is a feature of a service ("Enable Glue job bookmarks", "S3 Object
// Lock in compliance mode") becomes a question when the same section has at least three other such
// lines: their choices are the distractors (each answers a different requirement).
import { NoteDocument, Section } from '../../model';
import { categoryFamily, QuizContext } from '../context';
import { serviceDistractors } from '../distractors';
import { Draft } from '../draft';
import { CueClaim } from '../extract/claims';
import { rng, shuffle } from '../random';
import { sentence, stripMd } from '../text';

/** "If requirement asks for X" → "X"; a wiki link slug with its name ("kinesis (Kinesis Data Streams)") → the name. */
function cleanCue(cue: string): string {
  return stripMd(cue)
    .replace(/^[-–—:\s]+|[-–—:\s]+$/g, '')
    .replace(/^(?:if|when)\s+(?:the\s+)?(?:requirement|scenario|question|use case)?\s*(?:asks (?:to|for)|says|mentions|is|needs?|requires?)?\s*/i, '')
    .replace(/^(?:the )?requirement (?:is )?/i, '')
    .trim();
}

function cleanAnswer(answer: string): string {
  const a = stripMd(answer).replace(/[.!]+$/, '').trim();
  const slug = /^[a-z0-9-]+\s+\(([^)]+)\)$/.exec(a);
  if (slug) return slug[1];
  // "Turn on S3 Bucket Keys to cut the number of KMS calls" → "Turn on S3 Bucket Keys": the reason is not the choice.
  return a.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+(?:to|so that|which|because|in order to|instead of)\s+.*$/i, '').trim();
}

/** The requirement lines of one note (each with its section); feature answers form one family per note. */
export function buildRequirements(ctx: QuizContext, doc: NoteDocument, claims: { section: Section; claim: CueClaim }[]): Draft[] {
  const out: Draft[] = [];
  const features: { cue: string; answer: string; claim: CueClaim; section: Section }[] = [];
  for (const { section, claim: c } of claims) {
    const cue = cleanCue(c.cue);
    const answer = cleanAnswer(c.answer);
    // "data lakes", "big data processing": too thin a requirement to have one defensible answer.
    if (cue.split(/\s+/).length < 4 || cue.length > 180 || !answer) continue;
    const base = { doc, section, line: c.line, cue };
    const explanation = sentence(`${cue} → ${stripMd(c.answer).replace(/[.!]+$/, '')}${c.because ? ` (${stripMd(c.because)})` : ''}`);
    const label = ctx.labelIndex.get(answer.toLowerCase());
    if (label) {
      const { table, row } = label;
      ctx.tieCue(cue, table.labels[row]);
      out.push({
        ...base, kind: 'choose', stem: `Which ${table.noun} fits this requirement best: “${cue}”?`, correct: [table.labels[row]],
        distractors: shuffle(table.labels.filter((_, i) => i !== row), rng(`${section.id}:${c.line}`)), optionKind: 'text',
        explanation, serviceIds: ctx.servicesIn(table.rows[row].choice), answerServiceIds: [],
      });
      continue;
    }
    const sid = ctx.serviceAnswer(answer) ?? ctx.serviceAnswer(answer.replace(/-/g, ' '));
    if (sid) {
      const s = ctx.service(sid)!;
      ctx.tieCue(cue, s.name);
      // A use or description written under the service's own heading says nothing about its rivals:
      // distractors then come from other families, so that none of them fits too.
      const excluded = new Set(ctx.servicesIn(`${cue} ${c.because ?? ''}`));
      if (c.fromHeading) for (const x of ctx.services) if (categoryFamily(x.category) === categoryFamily(s.category)) excluded.add(x.id);
      out.push({
        ...base, kind: c.style === 'describe' ? 'identify' : 'choose',
        stem: c.style === 'describe' ? `Which AWS service is described here: “${cue.replace(/[.;:]+$/, '')}”?` : `Which AWS service fits this requirement best: “${cue.replace(/[.;:]+$/, '')}”?`, correct: [s.name],
        distractors: serviceDistractors(ctx, [sid], excluded, `${section.id}:${c.line}:req`).map((x) => x.name),
        optionKind: 'service', explanation, serviceIds: [sid], answerServiceIds: [sid],
      });
      continue;
    }
    // A feature of a service: short, and names the service it belongs to.
    if (!c.fromHeading && answer.split(/\s+/).length <= 9 && ctx.servicesIn(answer).length) features.push({ cue, answer, claim: c, section });
  }
  const answers = [...new Set(features.map((f) => f.answer))];
  if (answers.length >= 4) {
    for (const f of features) {
      ctx.tieCue(f.cue, f.answer);
      out.push({
        doc, section: f.section, line: f.claim.line, cue: f.cue, kind: 'choose',
        stem: `Which solution fits this requirement best: “${f.cue}”?`, correct: [f.answer],
        distractors: shuffle(answers.filter((a) => a !== f.answer), rng(`${f.section.id}:${f.claim.line}:feature`)), optionKind: 'text',
        explanation: sentence(`${f.cue} → ${stripMd(f.claim.answer).replace(/[.!]+$/, '')}`),
        serviceIds: ctx.servicesIn(f.answer).slice(0, 3), answerServiceIds: [],
      });
    }
  }
  return out;
}
