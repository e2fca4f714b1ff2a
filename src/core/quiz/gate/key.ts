// The gate's key checks: one or two distinct answers that the stem does not give away, current, precise, and a
// stem whose grammar fits a single answer.
import { QuizContext } from '../context';
import { isRetired } from '../serviceTraits';
import { outsideExam } from '../scopeTrivia';
import { Draft } from '../draft';
import { hasWord, namesService, withoutVendor } from '../text';
import { outdatedContent } from '../outdated';
import { impreciseKey } from '../preciseKey';
import { reject, Rejection, RESIDUE } from './rules';

const PRONOUN_START = /^(?:Fill in the blank(?: \([^)]*\))?: )?(?:It|They|This|These|That|Those|Its|Their|Them)\b/;

/** The rejection of a draft's key (already trimmed) in this stem, if any. */
export function keyProblem(ctx: QuizContext, d: Draft, stem: string, correct: string[]): Rejection | undefined {
  const lower = correct.map((c) => c.toLowerCase());
  if (!correct.length || correct.length > 2 || new Set(lower).size !== correct.length) return reject('answers', correct.join(' | '));
  if (correct.some((c) => RESIDUE.test(c))) return reject('residue', correct.join(' | '));
  // The stem must not give the answer away.
  for (const sid of d.answerServiceIds) {
    const s = ctx.service(sid);
    if (s && namesService(stem, s)) return reject('leak', s.name);
    if (s && isRetired(s)) return reject('retired', s.name);
    // A user's question keyed to a media service the exam guide leaves out (Kinesis Video Streams) asks what no exam
    // asks; the bundled notes ask it only to tell it apart from its in-scope neighbours (blind review r37). Other
    // services outside the guide (ElastiCache, Fargate, STS, the Kinesis client tools) stay: exam scenarios use them.
    if (s && d.doc.source === 'user' && outsideExam(s) && /\bmedia\b/i.test(s.category)) return reject('trivia', `${s.name} is outside the DEA-C01 exam guide`);
  }
  if (correct.some((c) => hasWord(stem, c))) return reject('leak', correct.join(' | '));
  // A group of S3 storage classes keyed among whole services ("Which AWS service …": EFS, EBS, Storage Gateway and
  // "Amazon S3 Glacier storage classes"): not of their kind, and the only archive among them (blind reviews r31, r34).
  if (d.optionKind === 'service' && /\bAWS services?\b/.test(stem) && correct.some((c) => /\bstorage classes\b/i.test(c))) return reject('not-a-service', `${correct.join(' | ')} asked as an AWS service`);
  // A text key that is a retired service's row ("Which TWO requirements point to AWS Snow Family …"): the row
  // is no service option, so the check above never saw it (own reading after blind review r9).
  if (d.doc.source !== 'user' && d.optionKind === 'text') {
    const gone = [stem, ...correct].flatMap((x) => ctx.servicesIn(x)).map((id) => ctx.service(id)).find((s) => s && isRetired(s));
    if (gone) return reject('retired', gone.name);
  }
  // A user's service named with its long form ("Amazon S3 (Simple Storage Service)"): its short name in the stem.
  const short = correct.map((c) => withoutVendor(c.replace(/\s*\([^)]*\)\s*$/, ''))).find((c) => c.length >= 2 && hasWord(stem, c));
  if (short && correct.some((c) => /\)\s*$/.test(c))) return reject('leak', short);
  // The answer names a tier or product of the key's service ("AWS Shield Advanced" keyed "AWS Shield", preciseKey.ts).
  const tier = d.doc.source !== 'user' && d.optionKind === 'service' && correct.length === 1 && (d.kind === 'scenario' || d.kind === 'card' || d.kind === 'identify') ? impreciseKey(correct[0], d.explanation) : undefined;
  if (tier) return reject('imprecise-key', `${tier} keyed ${correct[0]}`);
  // A key that relies on a feature AWS closed, discontinued or made legacy (outdated.ts).
  const stale = outdatedContent(stem, correct, d.distractors);
  if (stale) return reject('outdated', stale.id);
  // A stem that starts with a pronoun and names nothing has lost its subject ("It supports up to ___").
  if (PRONOUN_START.test(stem) && !ctx.servicesIn(stem).length) return reject('no-subject', stem);
  // "Which services …?" or "What are …?" with one key reads as a trick: several answers or none.
  if (correct.length === 1 && /^(?:which|what) (?:(?:aws|amazon) )?(?:services|tools|options)\b|^what are\b/i.test(stem)) return reject('plural-single', stem);
  return undefined;
}
