// The gate's stem checks: what a question's stem must be before its key and options are read (a stem that
// names its subject, reads as a question, carries no residue and states a need).
import { danglingReference } from '../danglingReference';
import { QuizContext } from '../context';
import { isRetired } from '../serviceTraits';
import { Draft } from '../draft';
import { Service } from '../../model';
import { fallbackNeed, offExamProduct, titleFragment, vagueNeed } from '../stemChecks';
import { statesItsFix } from '../featureLeak';
import { spellStemShorthand } from '../shorthand';
import { unlabelCloze } from '../clozeLabel';
import { withoutNoteAsides } from '../noteAsides';
import { sourcelessMove } from '../sourceless';
import { cardFrontProblem } from '../cardFront';
import { bareCue } from '../choiceStem';
import { outOfScopeNumber } from '../scopeTrivia';
import { namesDecidingConstraint } from '../oneOption';
import { keywordTableCue } from '../keywordTable';
import { pairOutgrowsTable } from '../pairRows';
import { quotedNoteLine } from '../quotedLine';
import { withoutNamingExpansion } from '../namingExpansion';
import { lostContext } from '../cueContext';
import { titleCaseRun } from '../titleRun';
import { whenClauseFragment } from '../whenClauseCue';
import { aboutExamQuestions } from '../metaStem';
import { definesByExclusion, headingDefinition } from '../selfDescription';
import { GateRule, reject, Rejection, RESIDUE } from './rules';

const BROKEN = /\b(\w+) \1\b|\bthe service whose\b|\?\s*\?|\(\s*\)|\bWhich \w+ is the (?:which|what)\b|[,;:]\s*\?$/i;

const WEAK_FORM = /^Which AWS service does this fact describe\?/;

const CLOZE = /^Fill in the blank(?: \(([^)]*(?:\([^)]*\)[^)]*)*)\))?: (.*)$/;

export const notBrand = (s: Service) => !/\(brand\)/i.test(s.category);

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

/**
 * The draft's stem as the gate reads it (whitespace flattened; a user's note shorthand spelled out, its asides
 * dropped), or the rejection of a stem that cannot be asked.
 */
export function gateStem(ctx: QuizContext, d: Draft, own: string | undefined): { stem: string } | Rejection {
  const flat = /\s\s|^\s|\s$|[\n\t]/.test(d.stem) ? d.stem.replace(/\s+/g, ' ').trim() : d.stem;
  // A user's quoted cue in note shorthand: "A/B" names spelled "A or B", "metadata/footers" dropped (r9).
  // Its exclamation marks and a cloze's asides dropped (noteAsides.ts, r10).
  const spelled = d.doc.source === 'user' ? spellStemShorthand(unlabelCloze(flat)) : flat;
  const aside = d.doc.source === 'user' && spelled !== undefined ? withoutNoteAsides(spelled) : spelled;
  if (aside === undefined) return reject('residue', `slash shorthand: ${flat}`);
  // An acronym's spelled-out name that names the key ("RPUs (Redshift Processing Units)"): the acronym alone (r55).
  const stem = d.optionKind === 'number' ? aside : withoutNamingExpansion(aside, d.correct);
  if (stem.length < 12) return reject('short-stem', stem);
  if (RESIDUE.test(stem)) return reject('residue', stem);
  if (BROKEN.test(stem)) return reject('grammar', stem);
  // Forms blind reviews found unable to reach one defensible key: a service named by one of its numbers
  // (Neptune and Aurora share DocumentDB's 15 replicas and 128 TiB, Keyspaces has DynamoDB's RCUs).
  if (WEAK_FORM.test(stem)) return reject('weak-form', stem);
  // A stem about how exam questions are worded is not a scenario (metaStem.ts, blind review r20).
  const meta = aboutExamQuestions(stem);
  if (meta) return reject('meta-stem', meta);
  const quoted = quotedNoteLine(d, stem);
  if (quoted) return reject('fragment', quoted);
  // A requirement that is two clauses of a note's decision line ("X; RDS when you need joins").
  if (/^Which [\w\s]+ fits this requirement best: “[^”]*;[^”]*”/.test(stem)) return reject('fragment', stem);
  const whenTail = whenClauseFragment(stem);
  if (whenTail) return reject('fragment', whenTail);
  // A stem that points back to a sentence it does not hold ("reruns that execution", danglingReference.ts).
  const dangling = d.kind !== 'practice' ? danglingReference(stem) : undefined;
  if (dangling) return reject('fragment', `points back to what it never said: ${dangling}`);
  if (d.doc.source === 'user' && (titleFragment(ctx, stem) || fallbackNeed(stem) || titleCaseRun(stem, (t) => ctx.servicesIn(t).length > 0))) return reject('fragment', stem);
  // A quoted need that defines its option by what no rival offers, or a bundled statement that is its heading's own
  // definition: the key's description, not a need (selfDescription.ts, blind review r25).
  const exclusive = [...stem.matchAll(/“([^”]+)”/g)].map((m) => definesByExclusion(m[1])).find((c) => c);
  if (exclusive) return reject('fragment', `defines its option by exclusion: ${exclusive}`);
  const headed = headingDefinition(ctx, d);
  if (headed) return reject('fragment', headed);
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
  if (own && ctx.service(own) && isRetired(ctx.service(own)!)) return reject('retired', ctx.service(own)!.name);
  const outside = d.doc.source !== 'user' && own ? outOfScopeNumber(d.optionKind, ctx.service(own)) : undefined;
  if (outside) return reject('trivia', `a number about ${outside}, which the notes mark outside the DEA-C01 exam`);
  return { stem };
}
