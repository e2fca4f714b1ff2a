// A card the notes wrote: by choice when the answer is a service or a number, otherwise a self-graded
// recall card for Review mode.
import { NoteDocument, Section, Service } from '../../model';
import { QuizContext } from '../context';
import { serviceDistractors } from '../distractors';
import { Draft } from '../draft';
import { CardClaim } from '../extract/claims';
import { BARE_NUMBER, formatLike, NUMBER, NUMBER_G } from '../numbers';
import { stemLimit, stemValues } from '../stemNumbers';
import { rng } from '../random';
import { namesService, sentence, stripMd, withoutVendor } from '../text';
import { cardStem } from './stems';
import { currentNames } from './practice';
import { numberOptions } from '../numberOptions';

const bare = (n: string) => { const t = withoutVendor(n).replace(/\s*\([^)]*\)\s*$/, '').trim(); return t.charAt(0).toUpperCase() + t.slice(1); };

/**
 * A card answer that is the service itself, written as one of its names ("Amazon DataZone", "Crawler"): not an
 * identifier that merely matches one ("Cfn" → CloudFormation, "rds" as an IAM prefix) nor a phrase that starts
 * with a name ("Redshift data sharing" → Redshift Data API). Blind review r7 found "Which AWS service is
 * described here: “Prefix of CDK L1 construct class names”?" keyed CloudFormation.
 */
export function cardNamesService(q: string, a: string, s: Service): boolean {
  if (/\b(?:prefix|identifier|api name|class names?|arn)\b/i.test(q)) return false;
  const names = [s.name, s.shortName, ...s.aliases, ...s.formerNames].filter((n): n is string => !!n).map(bare);
  return names.includes(bare(a));
}

export function buildCard(ctx: QuizContext, doc: NoteDocument, section: Section, c: CardClaim): Draft | undefined {
  const q = stripMd(c.question).replace(/\[…\]/g, '_____');
  const a = stripMd(c.answer);
  if (!q || !a) return undefined;
  const { line, cloze } = c;
  const base = { doc, section, line };
  const explanation = cloze ? sentence(q.replace('_____', a)) : `${q.replace(/[?:.]$/, '')}${q.endsWith('?') ? '?' : ':'} ${/[.!?]$/.test(a) ? a : a + '.'}`;
  const fill = `Fill in the blank: ${sentence(q)}`;
  // A card front with a former name ("AWS Application Migration Service") asks by the current one: beside it in the
  // bundled notes ("… (now AWS Transform MGN)"), instead of it in a user's (blind review r25; scenario.ts does the same).
  const named = (stem: string) => currentNames(ctx, stem, undefined, doc.source !== 'user');
  const sid = ctx.serviceAnswer(a);
  if (sid) {
    const s = ctx.service(sid)!;
    if (!namesService(q, s) && cardNamesService(q, a, s)) {
      ctx.tieCue(q, s.name);
      return {
        ...base, kind: 'card', stem: cloze ? fill : named(cardStem(q, 'service', false, ctx.isName)), cue: q,
        correct: [s.name], distractors: serviceDistractors(ctx, [sid], new Set(ctx.mentioned(q, section)), `${section.id}:${line}:${q}`).map((x) => x.name),
        optionKind: 'service', explanation, serviceIds: [sid], answerServiceIds: [sid],
      };
    }
  }
  const digit = /\d/.test(a);
  const num = digit ? NUMBER.exec(a) : null;
  const bare = digit ? BARE_NUMBER.exec(a) : null;
  const whole = (m: RegExpExecArray) => m.index === 0 && /^\s*(?:\([^)]*\))?\.?$/.test(a.slice(m[0].length));
  // A card is a fact the writer chose to remember: its number counts as exam-relevant.
  // Exam logistics ("unscored questions", "task statements") and retry counts are trivia, not knowledge.
  const trivia = /\b(?:unscored|scored|task statements?|exam guide|passing score|retry attempts?|retries)\b|\bDEA-C01\b|\bnumber of questions\b|\bquestions on\b/i.test(q);
  if (num && whole(num) && !q.includes(num[1]) && !trivia && !/^(?:attempts?|retries|versions?)$/i.test(num[3])) {
    const avoid = [...[...a.matchAll(NUMBER_G)].filter((x) => x[3] === num[3]).map((x) => x[1]), ...stemValues(q).map((v) => formatLike(num[1], v))];
    // A member of a value family takes the family's other values first (valueFamilies.ts, blind review r35).
    const { distractors, family, ranks } = numberOptions(ctx.docs, q, num[1], num[3], num[2], rng(`${section.id}:${line}:${q}`), doc.source, avoid, ctx.valuesIn(num[3]), stemLimit(q, num[3]));
    return {
      ...base, kind: 'card', stem: cloze ? fill : named(cardStem(q, 'number', false, ctx.isName)), examRelevant: true,
      correct: [num[0]], distractors, valueFamily: family, ranks,
      optionKind: 'number', explanation, serviceIds: ctx.mentioned(q, section).slice(0, 3), answerServiceIds: [],
    };
  }
  if (bare && !q.includes(bare[1]) && !trivia) {
    const avoid = stemValues(q).map((v) => formatLike(bare[1], v));
    const { distractors, family, ranks } = numberOptions(ctx.docs, q, bare[1], '', ' ', rng(`${section.id}:${line}:${q}`), doc.source, avoid);
    return {
      ...base, kind: 'card', stem: cloze ? fill : named(cardStem(q, 'number', true, ctx.isName)), examRelevant: true,
      correct: [bare[1]], distractors, valueFamily: family, ranks,
      optionKind: 'number', explanation, serviceIds: ctx.mentioned(q, section).slice(0, 3), answerServiceIds: [],
    };
  }
  return {
    ...base, kind: 'recall', stem: cloze ? sentence(q) : q, correct: [], distractors: [], optionKind: 'text',
    answerText: a, explanation, serviceIds: ctx.mentioned(`${q} ${a}`, section).slice(0, 3), answerServiceIds: [],
  };
}
