// The gate: every generated question passes here or is dropped with a named reason (the report counts
// them). Authored practice questions do not pass here: they are imported as written.
//
// Rules: the answer is among the options and unique; the stem never gives the key away (service names,
// stemmed words, abbreviations); distractors are of the key's kind and none is another answer the notes
// tie to the same cue; numbers in one unit, never the key restated in another unit by the stem, and
// only where the notes mark them as exam-relevant; no markdown or LaTeX residue; a stem that names its
// subject and reads as a question; no retired service as a key.
import { cueKey, isRetired, QuizContext } from './context';
import { Draft } from './draft';
import { baseQuantity, NUMBER, quantities, sameQuantityOtherUnit } from './numbers';
import { hashString, rng, shuffle } from './random';
import { GENERIC, hasWord, namesService, stems } from './text';
import { definedTwin, nearDuplicate, recordKey, sameFactTwin, sameKeyAgain, sameNoteTwin, sameOptionsTwin } from './nearDuplicates';
import { entangled, kindsOf, nearKind, numbersWorthAsking, sameKind, sharesCapability } from './serviceKinds';
import { Question } from './types';
import { Service } from '../model';
import { outdatedContent } from './outdated';
import { sharedFit } from './overlaps';
import { fallbackNeed, offExamProduct, titleFragment, vagueNeed } from './stemChecks';
import { leaksKey } from './keyLeak';
import { namedByFrame } from './leakSwap';
import { featureLeak, statesItsFix } from './featureLeak';
import { asksPort, documentSizeTrivia, notePorts } from './numberTrivia';
import { impreciseKey } from './preciseKey';
import { deploymentForm, deploymentFormsInText, umbrellaOfKey } from './umbrella';
import { presentCloze } from './clozeStem';
import { spellStemShorthand } from './shorthand';
import { unlabelCloze } from './clozeLabel';
import { withoutNoteAsides } from './noteAsides';
import { sourcelessMove } from './sourceless';
import { claimTaken, mirrorOf, recordClaims } from './claimLedger';
import { cardFrontProblem } from './cardFront';
import { partOfChosen } from './optionParts';
import { freshFirst, sameUserOptionSet } from './userOptionSets';
import { bareCue, presentChoice } from './choiceStem';
import { outOfScopeNumber } from './scopeTrivia';
import { fairCategory } from './build/scenario';
import { namesDecidingConstraint } from './oneOption';
import { secondVariant } from './variants';
import { stemRulesOut } from './stemNumbers';
import { keywordTableCue } from './keywordTable';
import { pairOutgrowsTable } from './pairRows';
import { numberTwin, recordNumber } from './numberTwins';
import { quotedNoteLine } from './quotedLine';
import { namedAsWrong } from './namedRivals';
import { contractTrivia } from './contractTrivia';
import { thinKind } from './thinKind';
import { s3OffArea } from './s3Areas';
import { numberFamilyProblem } from './numberFamily';
import { bareQuota } from './quotaTrivia';
import { lostContext } from './cueContext';
import { outsideAskedKinds } from './plausibleRivals';
import { recordRow, rowTaken } from './rowOnce';
import { crowdsFamily } from './familyCrowd';
import { offResource } from './resourceFit';
import { definingCue } from './definingCue';
import { titleCaseRun } from './titleRun';

export const GATE_RULES = [
  'short-stem', 'answers', 'leak', 'leak-word', 'few-distractors', 'same-kind', 'ambiguous', 'number-unit',
  'key-in-other-unit', 'trivia', 'residue', 'no-subject', 'subject-mismatch', 'fragment', 'weak-form', 'grammar', 'plural-single', 'retired', 'duplicate',
  'no-answer-text', 'outdated', 'off-topic', 'not-a-service', 'vague', 'misdefined', 'same-claim', 'same-fact',
  'card-front', 'mirror', 'imprecise-key', 'stem-number',
  'derived-number', 'odd-form',
] as const;
export type GateRule = typeof GATE_RULES[number];

export type GateResult = { question: Question } | { rejected: GateRule; detail: string };

const RESIDUE = /\bsee (?:the )?[\w\s-]{0,40}(?:comparison|note|section|table)\b|\bDEA v1\.\d|\$\$|\\[a-zA-Z]{2,}|\[![A-Za-z]+\]|\\\(|\\\[|\\frac|\\text|\*\*|(?<!_)__(?!_)|`|\[\[|\]\]|<\/?[a-z][^>]*>|!\[|\]\(|(?:^|\s)\|(?:\s|$)|&nbsp;|\{\{c\d+::/i;
const PRONOUN_START = /^(?:Fill in the blank(?: \([^)]*\))?: )?(?:It|They|This|These|That|Those|Its|Their|Them)\b/;
const BROKEN = /\b(\w+) \1\b|\bthe service whose\b|\?\s*\?|\(\s*\)|\bWhich \w+ is the (?:which|what)\b|[,;:]\s*\?$/i;

// Stems that name the kind of service they ask for.
const STEM_KINDS: [RegExp, string][] = [
  [/^Which (?:\w+ )?vector (?:store|database|index)\b/i, 'vector'],
  [/^Which (?:\w+ )?warehouse\b/i, 'warehouse'],
  [/^Which (?:\w+ )?(?:database|data store)\b/i, 'database'],
  [/^Which (?:\w+ )?(?:orchestrator|workflow service)\b/i, 'orchestration'],
  // "Which TWO AWS storage services …": Step Functions beside S3 makes the pick trivial (r4).
  [/^Which (?:\w+ ){0,2}storage services?\b/i, 'storage'],
];

const WEAK_FORM = /^Which AWS service does this fact describe\?/;

const CLOZE = /^Fill in the blank(?: \(([^)]*(?:\([^)]*\)[^)]*)*)\))?: (.*)$/;

const notBrand = (s: Service) => !/\(brand\)/i.test(s.category);

/** A parenthesis closed before it opened, or left open: the sentence was cut inside it. */
function unbalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return true;
  }
  return depth !== 0;
}

/**
 * What is wrong with a cloze's subject, if anything: its tag names one service while the sentence is
 * about another ("(Kinesis Data Streams): Firehose buffer …"); its tag is a domain heading and the
 * sentence names nothing; or the sentence is a note's label fragment ("Template body: ___ when passed
 * directly"), which an exam never prints.
 */
export function clozeSubjectProblem(ctx: QuizContext, stem: string): GateRule | undefined {
  const m = CLOZE.exec(stem);
  if (!m) return undefined;
  const [, tag, body] = m;
  if (/^[^:_]{1,40}:\s/.test(body)) return 'fragment';
  // Cut out of a parenthesis ("starts at ___ write) and …"): the blank's subject stayed outside (blind review r8).
  if (unbalanced(body)) return 'fragment';
  const named = ctx.servicesNaming(body, notBrand);
  if (!tag) return undefined;
  const tagged = ctx.exactService(tag.split(' — ')[0]) ?? ctx.serviceAnswer(tag.split(' — ')[0]);
  if (!tagged) return /^(?:domain|task)\b/i.test(tag) && !named.length ? 'no-subject' : undefined;
  const t = ctx.service(tagged)!;
  if (named.length && !named.some((s) => s.id === t.id || ctx.related(s, t) || ctx.related(t, s))) return 'subject-mismatch';
  return undefined;
}

/** Stated in another unit: "900 s" beside 15 minutes, "(99.999999999 %)" beside 11 nines and back. */
function restatesKey(stem: string, key: string): boolean {
  const k = quantities(key)[0];
  const spelled = stem.replace(/(\d)\s?s\b/g, '$1 seconds');
  if (k && quantities(spelled).some((s) => sameQuantityOtherUnit(s, k))) return true;
  const nines = (pct: string) => (pct.replace(/[^9]/g, '').length);
  const keyNines = /^(\d+)\s?nines$/i.exec(key)?.[1] ?? (/^(99\.9+)\s?%$/.exec(key) ? String(nines(key)) : undefined);
  if (!keyNines) return false;
  const inStem = [...stem.matchAll(/\b(\d+) nines\b/gi)].map((x) => x[1]).concat([...stem.matchAll(/\b(99\.9+)\s?%/g)].map((x) => String(nines(x[1]))));
  return inStem.includes(keyNines);
}

/** The services a number question is about (its tag and its sentence), as sorted top-level ids. */
function factServices(ctx: QuizContext, stem: string): string[] {
  const ids = ctx.servicesNaming(stem, notBrand).map((s) => s.id);
  // "DynamoDB Streams" names DynamoDB too: keep the most specific name.
  return [...new Set(ids.filter((id) => !ids.some((o) => o !== id && ctx.service(o)!.parent === id)))].sort();
}

/** A number key as one amount whatever its unit: "365 days" and "8,760 hours" are one fact (own reading after r7). */
function factValue(key: string): string {
  const q = quantities(key)[0];
  const b = q ? baseQuantity(q.value, q.unit) : undefined;
  return b ? `${b.base}${Number(b.value.toPrecision(6))}` : key.toLowerCase().replace(/[\s,]/g, '');
}

export interface GateOptions {
  /** Stems already in the bank, normalised: the same fact from two files is one question. */
  seen: Map<string, string>;
}

/** Normalised stem and key: two notes asking the same thing in slightly different words collide. */
export function duplicateKey(stem: string, correct: string[]): string {
  const words = [...stems(stem.replace(/^Fill in the blank:\s*/i, ''))].filter((w) => w.length > 2 && !GENERIC.has(w)).sort();
  return `${words.join(' ')}=>${correct.map((c) => c.toLowerCase()).sort().join('|')}`;
}

export function gate(ctx: QuizContext, d: Draft, options: GateOptions): GateResult {
  const reject = (rule: GateRule, detail: string): GateResult => ({ rejected: rule, detail });
  const flat = /\s\s|^\s|\s$|[\n\t]/.test(d.stem) ? d.stem.replace(/\s+/g, ' ').trim() : d.stem;
  // A user's quoted cue in note shorthand: "A/B" names spelled "A or B", "metadata/footers" dropped (r9).
  // Its exclamation marks and a cloze's asides dropped (noteAsides.ts, r10).
  const spelled = d.doc.source === 'user' ? spellStemShorthand(unlabelCloze(flat)) : flat;
  const stem = d.doc.source === 'user' && spelled !== undefined ? withoutNoteAsides(spelled) : spelled;
  if (stem === undefined) return reject('residue', `slash shorthand: ${flat}`);
  if (stem.length < 12) return reject('short-stem', stem);
  if (RESIDUE.test(stem)) return reject('residue', stem);
  if (BROKEN.test(stem)) return reject('grammar', stem);
  // Forms blind reviews found unable to reach one defensible key: a service named by one of its numbers
  // (Neptune and Aurora share DocumentDB's 15 replicas and 128 TiB, Keyspaces has DynamoDB's RCUs).
  if (WEAK_FORM.test(stem)) return reject('weak-form', stem);
  const quoted = quotedNoteLine(d, stem);
  if (quoted) return reject('fragment', quoted);
  // A requirement that is two clauses of a note's decision line ("X; RDS when you need joins").
  if (/^Which [\w\s]+ fits this requirement best: “[^”]*;[^”]*”/.test(stem)) return reject('fragment', stem);
  if (d.doc.source === 'user' && (titleFragment(ctx, stem) || fallbackNeed(stem) || titleCaseRun(stem, (t) => ctx.servicesIn(t).length > 0))) return reject('fragment', stem);
  // A table cue that states no need is a feature keyword of its row, not a scenario (choiceStem.ts, blind review r11).
  const bare = d.doc.source !== 'user' ? bareCue(stem) : undefined;
  if (bare) return reject('fragment', `no need stated: ${bare}`);
  const lost = d.doc.source !== 'user' ? lostContext(stem, d.doc.title) : undefined;
  if (lost) return reject('fragment', lost);
  if (d.doc.source !== 'user' && keywordTableCue(d.section, stem)) return reject('fragment', `a cue of a keyword-list table: ${stem}`);
  if (d.doc.source !== 'user' && pairOutgrowsTable(d.section, stem)) return reject('few-distractors', `two workloads from a table of ${d.section.choiceRows.length} rows: ${stem}`);
  if (d.doc.source !== 'user' && statesItsFix(stem)) return reject('leak', `the need names its fix: ${stem}`);
  if (vagueNeed(stem) || (d.doc.source === 'user' && sourcelessMove(stem))) return reject('vague', stem);
  // The note gives the key as one option of several: only a stem that names what decides may ask it (r11).
  if (d.hedged && !namesDecidingConstraint(stem)) return reject('ambiguous', `the note gives the key as one option of several and the stem names no deciding constraint: ${stem}`);
  const offExam = d.doc.source === 'user' ? offExamProduct([stem, ...d.correct]) : undefined;
  if (offExam) return reject('trivia', `${offExam} is outside the DEA-C01 exam`);
  // "Which type …?" with bare options never says what kind of type.
  if (/^Which (?:type|kind|option|term|one|item|value)s? (?:matches|is|fits|does)\b/i.test(stem)) return reject('no-subject', stem);
  const subjectProblem = clozeSubjectProblem(ctx, stem);
  if (subjectProblem) return reject(subjectProblem, stem);
  // A note about a retired service (Snowmobile) or a legacy one (S3 Select) teaches nothing current.
  const front = cardFrontProblem(ctx, d, stem);
  if (front) return reject('card-front', front);
  const own = ctx.docService(d.doc);
  if (own && ctx.service(own) && isRetired(ctx.service(own)!)) return reject('retired', ctx.service(own)!.name);
  const outside = d.doc.source !== 'user' && own ? outOfScopeNumber(d.optionKind, ctx.service(own)) : undefined;
  if (outside) return reject('trivia', `a number about ${outside}, which the notes mark outside the DEA-C01 exam`);
  const { domain, task } = ctx.placement(d);
  const idOf = (answers: string) => `${d.kind}:${hashString(`${d.doc.source}|${d.doc.relPath}|${stem}|${answers}`).toString(36)}`;
  const base = {
    kind: d.kind, stem, explanation: d.explanation,
    source: { file: d.doc.file, line: d.line, headingPath: d.section.headingPath },
    domain, task, serviceIds: [...new Set(d.serviceIds)], origin: 'generated' as const,
  };
  if (d.kind === 'recall') {
    if (!d.answerText) return reject('no-answer-text', stem);
    return { question: { id: idOf(d.answerText), ...base, format: 'recall', options: [], answers: [], answerText: d.answerText } };
  }
  const correct = d.correct.map((c) => c.trim());
  const lower = correct.map((c) => c.toLowerCase());
  if (!correct.length || correct.length > 2 || new Set(lower).size !== correct.length) return reject('answers', correct.join(' | '));
  if (correct.some((c) => RESIDUE.test(c))) return reject('residue', correct.join(' | '));
  // The stem must not give the answer away.
  for (const sid of d.answerServiceIds) {
    const s = ctx.service(sid);
    if (s && namesService(stem, s)) return reject('leak', s.name);
    if (s && isRetired(s)) return reject('retired', s.name);
  }
  if (correct.some((c) => hasWord(stem, c))) return reject('leak', correct.join(' | '));
  // A text key that is a retired service's row ("Which TWO requirements point to AWS Snow Family …"): the row
  // is no service option, so the check above never saw it (own reading after blind review r9).
  if (d.doc.source !== 'user' && d.optionKind === 'text') {
    const gone = [stem, ...correct].flatMap((x) => ctx.servicesIn(x)).map((id) => ctx.service(id)).find((s) => s && isRetired(s));
    if (gone) return reject('retired', gone.name);
  }
  // A user's service named with its long form ("Amazon S3 (Simple Storage Service)"): its short name in the stem.
  const short = correct.map((c) => c.replace(/\s*\([^)]*\)\s*$/, '').replace(/^(?:Amazon|AWS)\s+/, '')).find((c) => c.length >= 2 && hasWord(stem, c));
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
  const named = (x: string) => {
    const s = d.optionKind === 'service' ? ctx.byName.get(x) : undefined;
    return s ? namesService(stem, s) : hasWord(stem, x);
  };
  const tied = d.cue ? ctx.cueAnswers.get(cueKey(d.cue)) : undefined;
  const distractors: string[] = [];
  let tiedDropped = 0;
  let otherKind = 0;
  let offTopic = 0;
  const asked = STEM_KINDS.find(([re]) => re.test(stem))?.[1];
  const keyServices = d.optionKind === 'service' ? correct.map((c) => ctx.byName.get(c)).filter((x): x is NonNullable<typeof x> => !!x) : [];
  // A port is asked only among the other ports its note gives; a document's size limit not at all (numberTrivia.ts).
  const port = d.optionKind === 'number' && asksPort(stem);
  if (d.optionKind === 'number' && documentSizeTrivia(stem)) return reject('trivia', `document size: ${stem}`);
  const contract = d.optionKind === 'number' && d.doc.source !== 'user' ? contractTrivia(stem) : undefined;
  if (contract) return reject('trivia', contract);
  const quota = d.optionKind === 'number' && d.doc.source !== 'user' ? bareQuota(stem) : undefined;
  if (quota) return reject('trivia', `${quota}: ${stem}`);
  // A user's wrong options not yet offered beside this key come first (userOptionSets.ts, blind review r12).
  const pool = port ? notePorts(d.doc).filter((p) => p !== correct[0].replace(/,/g, '')) : freshFirst(d, correct, d.distractors, options.seen);
  if (port && pool.length < 3) return reject('trivia', `a port without three other ports in its note: ${stem}`);
  for (const raw of pool) {
    const x = raw.trim();
    if (!x || lower.includes(x.toLowerCase()) || distractors.some((y) => y.toLowerCase() === x.toLowerCase()) || named(x) || RESIDUE.test(x)) continue;
    if (d.doc.source === 'user' && offExamProduct([x])) continue;
    // One defensible answer: a note that ties this distractor to the same cue makes it right too.
    if (tied?.has(x.toLowerCase())) { tiedDropped++; continue; }
    // An option that meets the same need as the key when the stem says nothing to tell them apart (overlaps.ts).
    if (d.optionKind !== 'number' && correct.some((k) => sharedFit(stem, k, x))) { tiedDropped++; continue; }
    if (d.optionKind === 'service') {
      const s = ctx.byName.get(x);
      if (!s) continue;
      // A service a bundled scenario's answer names as wrong, with its reason, is a fair rival whatever its kind
      // (WAF beside API Gateway throttling, blind review r11): only the one-key checks below still apply to it.
      const vouched = namedAsWrong(d, x);
      // A feature of another option ("CloudWatch Logs Insights" beside CloudWatch Logs) is no separate service (optionParts.ts).
      // The services already chosen as wrong options, read by the checks of this one against them.
      const chosen = distractors.map((y) => ctx.byName.get(y)).filter((y): y is Service => !!y);
      if (partOfChosen(ctx, s, [...keyServices, ...chosen])) continue;
      // The umbrella that contains the key ("Amazon EMR" beside EMR Serverless) is a second answer.
      if (umbrellaOfKey(keyServices, s)) { tiedDropped++; continue; }
      // Same kind: a storage service beside a storage key, or a rival the notes compare it with.
      const keys = keyServices.filter((k) => !ctx.competitors.get(k.id)?.has(s.id));
      if (!vouched && keys.length === keyServices.length && keys.length === 1 && !keys.some((k) => sameKind(k, s) || nearKind(k, s, d.doc.source === 'user'))) { otherKind++; continue; }
      // The stem names the kind it asks for ("Which vector store …"): every option is one.
      if (!vouched && asked && keyServices.some((k) => kindsOf(k).includes(asked)) && !kindsOf(s).includes(asked)) { otherKind++; continue; }
      if (d.doc.source === 'user' && outsideAskedKinds(asked, keyServices, s)) { otherKind++; continue; }
      if (keyServices.some((k) => entangled(k, s) || sharesCapability(stem, k, s))) { tiedDropped++; continue; }
      // Two variants of one service (EMR on EC2 and EMR Serverless) among a user's distractors (r11).
      if (d.doc.source === 'user' && secondVariant(s, chosen, keyServices)) continue;
      // A third wrong option of one family beside a key outside it (familyCrowd.ts, blind review r17).
      if (crowdsFamily(s, chosen, keyServices, (id) => ctx.service(id))) continue;
    }
    if (d.optionKind === 'number' && !NUMBER.test(x) && !/^\d[\d,.]*$/.test(x)) continue;
    // A control of another resource than the one the stem names (resourceFit.ts, blind review r17); a Select TWO
    // asks for two needs' controls, so it is not judged here.
    if (d.optionKind === 'text' && correct.length === 1 && offResource(stem, correct, x)) { offTopic++; continue; }
    // Off-topic: an option from outside the key's own list (a replication feature beside a KMS cost need).
    if (d.siblings && !d.siblings.has(x)) { offTopic++; continue; }
    distractors.push(x);
    if (distractors.length === 3) break;
  }
  if (distractors.length < 3) return reject(tiedDropped ? 'ambiguous' : otherKind ? 'same-kind' : offTopic ? 'off-topic' : 'few-distractors', `${distractors.length} distractors`);
  if (d.optionKind === 'service' && correct.some((c) => !ctx.byName.has(c))) return reject('same-kind', correct.join(' | '));
  const thin = thinKind(ctx, d, correct, distractors);
  if (thin) return reject('same-kind', thin);
  const offArea = d.optionKind === 'service' ? undefined : s3OffArea(correct, distractors);
  if (offArea) return reject('off-topic', offArea);
  if (d.optionKind === 'number') {
    const q = [...correct, ...distractors].map((o) => quantities(o)[0]);
    const units = new Set(q.map((x) => x?.unit.toLowerCase().replace(/s$/, '') ?? ''));
    if (units.size > 1) return reject('number-unit', [...correct, ...distractors].join(' | '));
    if (restatesKey(stem, correct[0])) return reject('key-in-other-unit', stem);
    // The cloze's sentence without its "Fill in the blank (tag):" frame, read by the two checks below.
    const sentence = stem.replace(/^Fill in the blank(?: \([^)]*\))?: /, '');
    // A wrong number the stem rules out: one it states, or more zones than the copies it names (stemNumbers.ts).
    const ruledOut = distractors.map((x) => stemRulesOut(sentence, x)).find(Boolean);
    if (ruledOut) return reject('stem-number', ruledOut);
    if (!d.examRelevant) return reject('trivia', stem);
    // A superseded value ("raised from ___", "(was ___)") teaches a limit that no longer holds.
    if (/(?:raised|up|changed) from _{3,}|\b(?:was|used to be) _{3,}/i.test(stem)) return reject('trivia', stem);
    // The exam's own make-up (domain weights, skills added in a guide version) is not data engineering.
    if (/\b(?:domain \d|guide v?\d|skills?|task statements?|unscored|passing score)\b/i.test(sentence)) return reject('trivia', stem);
    // Retry counts and attempts are configuration trivia, whatever the note marks.
    if (/\b(?:attempts?|retr(?:y|ies))\b/i.test(stem)) return reject('trivia', stem);
    // Numbers only about data services: EKS support months or a stack's resource count are trivia here.
    const about = factServices(ctx, stem).map((id) => ctx.service(id)!);
    if (about.length && !about.some((s) => numbersWorthAsking(s, correct[0]))) return reject('trivia', `${stem} (${about.map((s) => s.name).join(', ')})`);
    // A wrong number the key times a simple factor, or a key odd by its form among the options (numberFamily.ts).
    const family = correct.length === 1 ? numberFamilyProblem(correct[0], distractors) : undefined;
    if (family) return reject(family.rule, family.detail);
  }
  if (d.optionKind !== 'number') {
    // A two-workload question is read by its two needs: the frame's words ("One mentions", "workloads", "storage
    // classes") are no words of a need ("S3 Express One Zone", "Workload management").
    const framed = /^A team has two separate workloads\./.test(stem) ? [...stem.matchAll(/“([^”]+)”/g)].map((m) => m[1]).join('; ') : stem;
    for (const c of correct) {
      // A text key that is a service written short ("Amazon MWAA") is leaked by its full name's words too.
      const sid = d.optionKind === 'text' ? ctx.serviceAnswer(c) : undefined;
      const full = sid ? ctx.service(sid)!.name : undefined;
      const fullLeak = full && full !== c ? leaksKey(framed, full, distractors) : undefined;
      // A user's text key leaked only by its service's kind words, which the frame names too (leakSwap.ts), is no leak.
      const leak = leaksKey(framed, c, distractors) ?? (fullLeak && !(d.doc.source === 'user' && namedByFrame(stem, fullLeak)) ? fullLeak : undefined);
      // Only "Which TWO requirements point to <row>" names its row by design; two workloads keyed by two text rows are
      // checked like any question ("… in one AZ" beside S3 Express One Zone, blind review r11).
      if (leak && !(d.kind === 'choose-two' && d.optionKind === 'text' && /^Which TWO requirements\b/.test(stem))) return reject('leak-word', `${leak} → ${c}`);
      // A feature of the key's own family named in the stem (bundled stems; blind review r10).
      const feature = d.doc.source !== 'user' && d.optionKind === 'service' ? featureLeak(ctx, stem, c, distractors) : undefined;
      if (feature) return reject('leak', `${feature} → ${c}`);
      // The need states the key's own definition ("delimited plain text" for CSV; definingCue.ts, blind review r17).
      const defining = d.optionKind === 'text' ? definingCue(stem, c, distractors) : undefined;
      if (defining) return reject('leak-word', `${defining} defines ${c}`);
    }
  }
  // One note line, one question: a cue asked once, whatever the form (claimLedger.ts, blind review r9).
  const claimed = claimTaken(d, options.seen);
  if (claimed) return reject('same-claim', claimed);
  const dup = duplicateKey(stem, correct);
  const first = options.seen.get(dup);
  if (first) return reject('duplicate', first);
  // The same number about the same services, however worded (a card, a cloze in the service note and
  // one in the domain note): one fact, one question.
  const fact = d.optionKind === 'number' ? `fact:${factValue(correct[0])}:${factServices(ctx, stem).join('+')}` : undefined;
  if (fact && options.seen.has(fact)) return reject('duplicate', options.seen.get(fact)!);
  // The same amount about a shared service, or one stem stating the other's key (numberTwins.ts, blind review r14).
  // Services the stem names with a capital ("batch size" names no AWS Batch), and the note's own.
  const capitals = d.optionKind === 'number' ? stem.replace(/\b[a-z][\w-]*/g, ' ') : '';
  const numberServices = d.optionKind === 'number' ? [...new Set([...factServices(ctx, stem).filter((id) => namesService(capitals, ctx.service(id)!)), ...(own ? [own] : [])])] : [];
  const twinNumber = numberServices.length ? numberTwin(correct[0], stem, numberServices, options.seen) : undefined;
  if (twinNumber) return reject('same-fact', twinNumber);
  // The same key among the same options from the same line of a note: a near-duplicate.
  const set = `set:${d.doc.file}:${d.line}:${correct.join('|')}=>${[...distractors].sort().join('|')}`;
  if (options.seen.has(set)) return reject('duplicate', options.seen.get(set)!);
  // One question per cue of a bundled table: "Which TWO requirements point to RDS?" keyed by a cue that a
  // "Which service fits best when … “Oracle, SQL Server or Db2 engine”?" already asks (blind review r8).
  const cueAt = (c: string) => `cue:${d.doc.file}:${c.toLowerCase()}`;
  if (d.doc.source !== 'user' && d.kind === 'choose-two' && d.optionKind === 'text') {
    const asked = correct.find((c) => options.seen.has(cueAt(c)));
    if (asked) return reject('duplicate', options.seen.get(cueAt(asked))!);
  }
  const defined = definedTwin(d, stem, correct, options.seen);
  if (defined) return reject('duplicate', defined);
  const near = nearDuplicate(d, stem, correct, options.seen);
  if (near) return reject('duplicate', near);
  const again = sameKeyAgain(d, correct, options.seen);
  if (again) return reject('duplicate', again);
  // The same key among the same options from another note (a scenario and a requirement line about
  // serverless Spark, both Glue beside Lambda, Flink and EMR): one question (blind review r7).
  const across = d.doc.source !== 'user' && d.optionKind !== 'number' ? `${correct.map((c) => c.toLowerCase()).sort().join('|')}=>${distractors.map((x) => x.toLowerCase()).sort().join('|')}` : undefined;
  const twin = across ? sameOptionsTwin(options.seen, across, stem, `${d.doc.relPath}:${d.line}`) : undefined;
  if (twin) return reject('duplicate', twin);
  const fact2 = sameFactTwin(d, stem, correct, options.seen);
  if (fact2) return reject('same-fact', fact2);
  const mirror = mirrorOf(d, [...correct, ...distractors], options.seen, `${d.doc.relPath}:${d.line}`);
  if (mirror) return reject('mirror', mirror);
  // The same situation asked twice from one note with one key (nearDuplicates.ts, blind review r11).
  const noteTwin = sameNoteTwin(d, stem, correct, options.seen);
  if (noteTwin) return reject('same-fact', noteTwin);
  // A user's key among the wrong options an earlier question with that key offered (userOptionSets.ts, r12).
  const sameSet = sameUserOptionSet(d, correct, distractors, options.seen);
  if (sameSet) return reject('duplicate', sameSet);
  // One question per note line and key, checked before any claim is recorded so that a later draft of the same
  // claims can still be asked (rowOnce.ts; blind review r15).
  const sameRow = rowTaken(d, correct, options.seen);
  if (sameRow) return reject('duplicate', sameRow);
  recordRow(d, correct, options.seen, `${d.doc.relPath}:${d.line}`);
  recordClaims(d, options.seen, `${d.doc.relPath}:${d.line}`);
  recordKey(d, correct, options.seen);
  options.seen.set(dup, `${d.doc.relPath}:${d.line}`);
  options.seen.set(set, `${d.doc.relPath}:${d.line}`);
  if (fact) options.seen.set(fact, `${d.doc.relPath}:${d.line}`);
  if (numberServices.length) recordNumber(correct[0], stem, numberServices, `${d.doc.relPath}:${d.line}`, options.seen);
  if (d.doc.source !== 'user' && d.kind === 'choose' && d.cue) options.seen.set(cueAt(d.cue), `${d.doc.relPath}:${d.line}`);
  const id = idOf(correct.join('|'));
  // A bundled stem's category word that only the key carries ("Which Airflow option …" beside Step Functions) is
  // dropped as the scenario builder does (fairCategory; own reading after blind review r9: a card's front).
  const shown = (x: string) => (d.doc.source === 'user' ? x : presentChoice(d.optionKind === 'service' ? fairCategory(x, distractors) : x, d.doc.title));
  const opts = shuffle([...correct, ...distractors], rng(id));
  const notes = opts.map((o) => (correct.includes(o) ? '' : d.optionNotes?.get(o) ?? (d.optionKind === 'service' ? ctx.describe(o) : '')));
  const answers = correct.map((c) => opts.indexOf(c)).sort((a, b) => a - b);
  if (d.optionKind === 'service') {
    // A parent beside its deployment member is named by its own deployment form ("Amazon EMR on EC2").
    const services = opts.map((o) => ctx.byName.get(o)).filter((x): x is Service => !!x);
    opts.forEach((o, i) => {
      const s = ctx.byName.get(o);
      const form = s ? deploymentForm(s, services, stem, correct.includes(o)) : undefined;
      if (!form) return;
      opts[i] = form.name;
      if (notes[i]) notes[i] = form.note;
    });
  }
  // Requirements as options read as options: capitalised, as an exam prints them (blind review r11).
  if (d.doc.source !== 'user' && d.kind === 'choose-two' && d.optionKind === 'text' && /^Which TWO requirements\b/.test(stem)) {
    opts.forEach((o, i) => { opts[i] = o.charAt(0).toUpperCase() + o.slice(1); });
  }
  return {
    question: {
      // The id stays that of the draft's stem: progress recorded before the cloze was reworded is kept.
      id, ...base, stem: shown(deploymentFormsInText(presentCloze(ctx, stem, d.optionKind), (sid) => [ctx.service(sid)?.name ?? ''])), format: correct.length >= 2 ? 'multiple' : 'single', options: opts, answers,
      optionNotes: notes.some(Boolean) ? notes : undefined,
    },
  };
}
