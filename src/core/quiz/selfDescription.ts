// Blind review r25 (bundled Q13, Q33; bundled2 Q27): a stem that is the key's own description, not a need an exam
// would state. Two idioms of the notes turn into such stems:
// - a requirement that is a noun phrase whose only "need" word is the negative subject of the clause describing it:
//   "full control of the operating system that no managed service offers", "corrections and attributes nobody
//   analyses historically". The clause says what no rival does, so the phrase defines the option by exclusion; the
//   need test (choiceStem.ts) had counted its "no"/"nobody" as a constraint ("without servers", "no code" are
//   constraints: there the negative is not a clause's subject).
// - a bundled note's section about one service that says what that service is or does ("## AWS Lambda" / "AWS Lambda
//   runs a function per event, billed by the millisecond."): asked back as "Which AWS service runs a function per
//   event …?" it quotes the note's definition of its own subject and tests nothing.
import { QuizContext } from './context';
import { Draft } from './draft';

// The words a noun phrase's head may carry that still ask for something (a modal, a need verb, a constraint).
const HEAD_NEED = /\b(?:must|should|needs?|wants?|requires?|required|asks?|demands?|expects?|insists?|cannot|without|only|least|lowest|cheapest|highest|fastest|fewest|is|are|was|were|has|have)\b/i;
// A negative that is the subject of a clause describing the noun before it: "that no managed service offers",
// "nobody analyses", "which nothing else provides". After a preposition ("with no servers", "for no one") it is a
// constraint of the need, not a clause's subject.
const NEGATIVE_SUBJECT = /^(.+?)\s(?:(?<!\b(?:so|such|in order)\s)(?:that|which|whom)\s+(?:no|nobody|no one|nothing|none)\b|(?<!\b(?:with|without|for|of|to|by|in|on|at|from|and|or|but|if|when|so|as)\s)(?:nobody|no one|nothing)\s+\w+s\b)(.*)$/i;
// A modal or a need verb in the clause ("that no clerk can erase", "no person may delete early") makes it a rule the
// team must enforce, not a description of the option.
const CLAUSE_NEED = /\b(?:must|should|can|could|may|might|will|would|needs?|wants?|requires?|required|cannot)\b/i;

/** A quoted cue that describes its option by what no rival offers or nobody does, asking for nothing: the phrase that matched. */
export function definesByExclusion(cue: string): string | undefined {
  const m = NEGATIVE_SUBJECT.exec(cue.trim());
  if (!m) return undefined;
  const [, head, rest] = m;
  // The head is a noun phrase, not a clause that already asks ("teams need data that nobody edits").
  if (HEAD_NEED.test(head) || CLAUSE_NEED.test(rest)) return undefined;
  return cue.trim();
}

/**
 * A bundled service statement taken from a section headed by the key itself: the note's own definition of the
 * heading's service, asked back ("Which AWS service runs a function per event, billed by the millisecond?").
 * Users' summaries and statements are their own source of questions (reviews keep them), so bundled notes only.
 */
export function headingDefinition(ctx: QuizContext, d: Draft): string | undefined {
  if (d.doc.source === 'user' || d.kind !== 'identify' || d.optionKind !== 'service' || d.answerServiceIds.length !== 1) return undefined;
  if (!/^Which AWS service\b/.test(d.stem) || /\bdescribed here\b/.test(d.stem)) return undefined;
  const heading = d.section.headingPath[d.section.headingPath.length - 1] ?? d.section.title;
  // The heading is the service ("## AWS Lambda") or a topic of it ("# Lambda stream event source settings: …").
  const plain = heading?.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') ?? '';
  // The service may be its first words only, written short ("Lambda stream event source settings").
  const words = plain.split(':')[0].trim().split(/\s+/);
  const named = plain ? [ctx.serviceAnswer(plain), ...ctx.servicesIn(plain.split(':')[0]), ...words.slice(0, 4).map((_, i) => ctx.serviceAnswer(words.slice(0, i + 1).join(' ')))] : [];
  return named.includes(d.answerServiceIds[0]) ? `the section "${heading}" describes its own service: ${d.stem}` : undefined;
}
