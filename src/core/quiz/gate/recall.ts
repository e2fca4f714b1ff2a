// The gate's rules for a user's recall card (Review mode's self-graded card: the front asks, Space shows the
// back). A strict reviewer accepts a card only when the front is a self-contained prompt that names its subject,
// and the back answers exactly that front, completely enough to grade oneself against, in the note's words but
// without talk, residue or pointers to what the card does not carry (recall-common brief, issue 9). The rules are
// about a card's front and back, whatever built it (a Q&A passage, a definition, a need). Users' cards only: the
// bundled notes' cards are written as cards and stay as they are.
import { QuizContext } from '../context';
import { Draft } from '../draft';
import { danglingReference } from '../danglingReference';
import { cueKey } from '../cueKey';
import { currentNames } from '../build/practice';
import { escapeRe, withoutVendor } from '../text';
import { GateRule, reject, Rejection, RESIDUE } from './rules';
import { countedBack, keywordListBack, nameGivesBack, outsideExamSubject, sampledBack } from './recallScope';
import { contradictedFact } from '../practiceFacts';

/**
 * Why a choice form is dropped that says nothing against the passage as a recall card: too few fair wrong options,
 * the note's answer is one option of several, a plural question with one answer, options off the cue's topic.
 * (A vague need, a leak or a duplicate fact stays dropped in both forms.)
 */
export const FORM_ONLY: ReadonlySet<string> = new Set<GateRule>(['same-kind', 'few-distractors', 'ambiguous', 'plural-single', 'off-topic']);

/** A front that leans on the note around it: "How do you configure this?", "What if you need …?". */
export function leansOnContext(front: string): string | undefined {
  const f = front.trim();
  // A short question that ends on a pointer: "How do you configure this?", "Why is that?" ("Which part of a role
  // says who may assume it?" names what "it" is).
  if (f.split(/\s+/).length <= 7 && /\b(?:this|that|these|those|it|them)(?: (?:up|out|in|on|off|again|then|there|here|work))?\s*\?$/i.test(f)) return 'ends on a pointer to what it never said';
  // A pronoun as the subject asked about: "How does it scale?", "What does this mean?".
  if (/^(?:what|how|why|when|where|who|which)(?: (?:is|are|was|were|does|do|did|can|could|would|should|will))? (?:it|they|them|this|that|these|those)\b/i.test(f)) return 'asks about a pronoun, not a named subject';
  // "What if …?" sets a case and leaves what is asked to a follow-up; "And …", "But …" continue a talk.
  if (/^(?:What if|And|But|So|Then|Also)\b/i.test(f)) return 'continues a talk instead of asking';
  // ("the previous value" of a window function or "values above 10" point nowhere.)
  const pointer = /\b(?:the above|(?:shown|listed|described|mentioned) (?:above|below)|the following|the (?:previous|preceding) (?:example|step|section|slide|question|answer|scenario|lesson|one)|the configuration(?! of)|the scenario|the example|this (?:case|scenario|example|situation|setup|approach)|the (?:diagram|figure|image|picture|slide|table) (?:above|below|here)|as (?:shown|described|mentioned))\b/i.exec(f);
  if (pointer) return `points to what it never said: ${pointer[0]}`;
  // "your pipeline", "your company's data ingestion system": a scenario the front does not carry.
  const yours = /\byour (?:[\w-]+ ){0,2}(?:pipelines?|applications?|apps?|systems?|company|team|clusters?|environments?|organi[sz]ations?|architectures?|workloads?|solutions?|setup|project|business|customers?|use case)\b/i.exec(f);
  if (yours) return `a scenario the front does not carry: ${yours[0]}`;
  const dangling = danglingReference(f);
  return dangling ? `points back to what it never said: ${dangling}` : undefined;
}

// Talk in a back: an opener, a step in the conversation, a first person narrating, "as we discussed".
// ("So that nobody can …" answers a why; "OK, ALARM and INSUFFICIENT_DATA" are alarm states.)
const OPENER_TALK = /^(?:[Ww]ell|[Oo]kay|OK|[Aa]lright|[Ss]o|[Hh]mm|[Uu]m),\s+[a-z]|^(?:[Gg]reat|[Gg]ood) question\b|(?:^|[^\w-])I(?:'d|'m|'ve|’d|’m|’ve)?(?=\s)/;
const TALK = /\blet(?:'|’)?s (?:(?:take a )?step back|go back|get back|move on|wrap up|recap|ask)\b|\b(?:we (?:mentioned|discussed|covered|talked about|just talked|will cover|keep mentioning)|as (?:we|I) (?:said|mentioned|discussed))\b/i;

/** The back is conversation rather than an answer ("Well, let's step back to fundamentals."). */
export function talkInBack(back: string): string | undefined {
  const m = OPENER_TALK.exec(back.trim()) ?? TALK.exec(back.trim());
  return m ? `talk, not an answer: ${m[0].trim()}` : undefined;
}

// Fronts that ask for one or more AWS services (or tools).
const ASKS_SERVICE = /^(?:which|what)(?: (?:are|is))?(?: (?:some|the|a few))?(?: (?:aws|amazon))?(?: (?:storage|database|streaming|analytics|managed|serverless|ingestion|compute|messaging|security|orchestration|data|file|transfer|migration|monitoring|etl|nosql|relational))* (?:services?|tools?)\b/i;
// A back that tells the reader to study rather than answering: "Ensure that you understand the Snow Family".
const STUDY_ADVICE = /^(?:(?:ensure|make sure|be sure)(?: that)? you (?:understand|know|are familiar|review|study|can)|(?:know|understand|review|study|learn|remember) (?:the|which|how|when|what|that|each|all)|you (?:must|should|need to) be familiar)\b/i;

/** Why the back does not answer its front, if it does not. */
export function unanswered(ctx: QuizContext, front: string, back: string): string | undefined {
  const b = back.trim();
  // The back is a second question (the answer is somewhere after it, or nowhere).
  if (/^[^.!]*\?/.test(b)) return `the back is a question: ${b.split('?')[0]}?`;
  if (STUDY_ADVICE.test(b)) return `study advice, not an answer: ${b}`;
  // (An Amazon or AWS name counts even when the catalog lacks it: "AWS RAM".)
  // "services" in lower case: "What is Service Integration?" asks what a term means.
  const asks = ASKS_SERVICE.exec(front);
  if (asks && /(?:services?|tools?)$/.test(asks[0]) && !ctx.servicesIn(b).length && !/\b(?:AWS|Amazon) [A-Z]/.test(b)) return `asks for a service and the back names none: ${b}`;
  return undefined;
}

// A front that asks for several things by a list noun: "What are considerations …?", "Which services …", "What are
// the steps …?". "What are DPUs?" asks what one term means and is not one.
const PLURAL_FRONT = /^(?:what|which)(?: are)?(?: (?:the|some|a few|main|key|two|three|four|five))?(?: (?:aws|amazon))?(?: [\w-]+)? (?:services|tools|options|ways|steps|considerations|factors|benefits|advantages|disadvantages|differences|types|kinds|components|examples|practices|features|characteristics|use cases|requirements|stages|layers)\b/i;

/** A front that asks for several things, answered by one ("What are considerations …?" → one sentence, one item). */
export function partialBack(ctx: QuizContext, front: string, back: string): string | undefined {
  if (!PLURAL_FRONT.test(front)) return undefined;
  const sentences = back.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  const listed = /,|;|\b(?:and|or|both|plus|as well as)\b|^\s*\d+\./i.test(back);
  if (sentences.length === 1 && !listed) return `asks for several and the back gives one: ${back}`;
  // Services asked for, one service answered (and the rest of the back about it).
  if (/\bservices\b/i.test(front) && new Set(ctx.servicesIn(back)).size === 1 && !/\b(?:and|or),? (?:amazon|aws)\b|, (?:amazon|aws)\b/i.test(back)) return `asks for services and the back names one: ${back}`;
  return undefined;
}

/** A parenthesis left open, a sentence cut before its end, a pointer to a figure: the back is a fragment. */
export function fragmentBack(back: string): string | undefined {
  const b = back.trim();
  if (RESIDUE.test(b)) return `markdown or LaTeX residue: ${b}`;
  let depth = 0;
  for (const ch of b) { if (ch === '(') depth++; else if (ch === ')' && --depth < 0) break; }
  if (depth !== 0) return `a parenthesis cut open: ${b}`;
  // A keyword answer ("WITH", "FOR TIMESTAMP AS OF", "aws-waf-logs-") is whole as it is: only a sentence is cut.
  if (b.split(/\s+/).length >= 4 && /(?:[,:;(—]|\s[-–]|\s(?:and|or|such as|e\.g\.|for example|like|the|a|an|to|of|with))\s*$/.test(b)) return `cut before its end: ${b}`;
  const pointer = /\b(?:see (?:above|below)|as shown|shown (?:above|below)|the (?:figure|diagram|image|picture|slide|screenshot)(?: (?:above|below))?)\b/i.exec(b);
  return pointer ? `points to what the card does not carry: ${pointer[0]}` : undefined;
}

// Exam logistics, course structure and study admin, or prices: nothing a data engineer knows.
const ADMIN = /\b(?:exam (?:guide|format|day|questions?|registration|fee|voucher|logistics|structure)|passing score|scaled score|(?:un)?scored questions|scoring|how many questions|number of questions|time management|(?:minutes|time) per question|task statements?|domain weights?|this (?:course|module|lesson)|course (?:overview|outline)|study (?:plan|guide|schedule|tips?)|slides?)\b/i;
const PRICE = /\$\s?\d|\bhow much does\b[^?]*\bcost\b|\bprice of\b/i;

/** The front is study admin or trivia (exam logistics, course structure, prices). */
export function adminFront(front: string, back: string): string | undefined {
  const m = ADMIN.exec(front) ?? PRICE.exec(front) ?? PRICE.exec(back);
  return m ? `study admin or trivia: ${m[0]}` : undefined;
}

/** The back says nothing its front did not ("What does Glue crawl?" → "Glue crawls."). */
export function restatesFront(front: string, back: string): string | undefined {
  const f = new Set(cueKey(front).split(' ').filter(Boolean));
  const b = cueKey(back).split(' ').filter(Boolean);
  // A short back that names or picks what the front offers ("stateful or stateless?" → "stateful") answers it.
  if (b.length < 4) return undefined;
  const fresh = b.filter((w) => !f.has(w));
  return fresh.length <= (b.length >= 6 ? 1 : 0) ? `the back restates the front: ${back}` : undefined;
}

const firstWords = new WeakMap<QuizContext, Set<string>>();

/** Edit distance of two short words, or more than `max` as soon as it must be. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...cur) > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * "Amazon ElastiCash for Redis": an Amazon or AWS name a letter or two off a service's own (the matcher forgives
 * the typo, so the card would teach it). A name the catalog does not know at all is left alone: the catalog holds
 * the exam's services, not every AWS product.
 */
export function misnamed(ctx: QuizContext, text: string): string | undefined {
  let words = firstWords.get(ctx);
  if (!words) {
    const names = ctx.services.flatMap((s) => [s.name, s.shortName, ...s.aliases, ...s.formerNames]).filter((n): n is string => !!n);
    words = new Set(names.map((n) => withoutVendor(n).split(/\s+/)[0].toLowerCase()).filter((w) => w.length >= 5));
    firstWords.set(ctx, words);
  }
  for (const m of text.matchAll(/\b(?:Amazon|AWS) ([A-Z][\w-]{4,})/g)) {
    const word = m[1].toLowerCase();
    if (words.has(word)) continue;
    // A typo keeps the first letter; "Entity" is no misspelt "Identity".
    const near = [...words].find((w) => w[0] === word[0] && distance(word, w, 2) <= (w.length >= 8 ? 2 : 1));
    if (near) return `${m[0]} is a misspelt AWS name`;
  }
  return undefined;
}

/**
 * A card in current AWS names, the former name said once: "… with Kinesis Data Firehose?" asks "… with Amazon
 * Data Firehose?", and the back says "Amazon Data Firehose (formerly Kinesis Data Firehose)" where it first names
 * it (or ends by saying so when it does not name it).
 */
export function currentlyNamed(ctx: QuizContext, front: string, back: string): { front: string; back: string } {
  const renamed = new Map<string, string>();
  const f = currentNames(ctx, front, renamed);
  let b = currentNames(ctx, back, renamed);
  // A former name that begins a longer product name ("SageMaker Feature Store") is that product's name, not the
  // renamed service's: the card keeps the note's words.
  const text = `${front} ${back}`;
  if ([...renamed.keys()].some((former) => new RegExp(`${escapeRe(withoutVendor(former))} [A-Z]`).test(text))) return { front, back };
  for (const [former, now] of renamed) {
    const at = b.indexOf(now);
    b = at >= 0 ? `${b.slice(0, at + now.length)} (formerly ${former})${b.slice(at + now.length)}` : `${b.replace(/\s*$/, '')}${/[.!?]$/.test(b.trim()) ? '' : '.'} (${now} was formerly ${former}.)`;
  }
  return { front: f, back: b };
}

/** The rejection of a user's recall card, or undefined when a strict reviewer would take it. */
export function recallProblem(ctx: QuizContext, d: Draft, front: string, back: string): Rejection | undefined {
  if (d.doc.source !== 'user') return undefined;
  // In order, each run only when the ones before it passed: the first that fails names the rule.
  const checks: [GateRule, () => string | undefined][] = [
    ['recall-context', () => leansOnContext(front)],
    ['recall-fragment', () => fragmentBack(back)],
    ['recall-admin', () => adminFront(front, back)],
    ['recall-talk', () => talkInBack(back)],
    ['recall-unanswered', () => unanswered(ctx, front, back)],
    ['recall-partial', () => partialBack(ctx, front, back) ?? countedBack(front, back)],
    ['recall-restates', () => restatesFront(front, back)],
    ['recall-misnamed', () => misnamed(ctx, `${front} ${back}`)],
    ['recall-scope', () => outsideExamSubject(ctx, front)],
    ['recall-open', () => keywordListBack(front, back) ?? sampledBack(ctx, front, back)],
    ['recall-restates', () => nameGivesBack(front, back)],
    // A back that teaches what a checked fact contradicts ("Batch over Lambda for containerized binaries").
    ['recall-fact', () => contradictedFact(front, [back], [0])],
  ];
  for (const [rule, check] of checks) {
    const why = check();
    if (why) return reject(rule, why);
  }
  return undefined;
}
