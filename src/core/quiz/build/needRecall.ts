// Recall cards of a student's need lines that the choice form could not ask (issue 9): "**Cross-account sharing**:
// Use **X**", "If requirement is …: Choose [[y]]", a need → choice table row. The gate drops such a choice question
// when the need has too few fair wrong options (a feature whose service has no rival features, a family of three:
// few-distractors, same-kind); the need and its choice are still worth remembering, so they become a self-graded
// card: the need as the question, the choice (and the note's reason) as the back. Not the drafts dropped for any
// other reason: a need that spells its key (leak-word) gives the answer away on the front too, a fragment states no
// need, and a need another service meets as well (ambiguous: S3 or EFS for large files read now and then) has two
// answers on a card as it had among options. "Choose X over Y when Z" lines become "When should
// you choose X over Y?" with Z as the back: the front names the choice by design, so a leak does not apply.
import { NoteDocument, Section } from '../../model';
import { QuizContext } from '../context';
import { Draft } from '../draft';
import { blocksOf } from '../extract/blocks';
import { outdatedContent } from '../outdated';
import { leaksKey } from '../keyLeak';
import { stripMd } from '../text';
import { wholeWhyNot } from '../whyNot';
import { askedName, cleanSummary } from './cardText';

/** Gate rules that say the choice form lacked options (too few, of another kind, or only from other areas of the service), not that the need was unfit to ask. */
export const RECALLABLE_RULES: ReadonlySet<string> = new Set(['few-distractors', 'same-kind', 'off-topic']);

const STEM = /^Which (.+?) fits this (?:requirement|use case) best: “(.+)”\?$/;

// A stem noun that names no subject: "Which pattern fits …" never says a pattern of what; nor does a note title of
// two services read as one ("Which AWS DataSync & AWS Snow Family feature …": the `[&,]` test below).
const BARE_NOUN = /^(?:pattern|option|approach|method|strategy|technique|solution|choice|type|kind|tool)s?$/i;

// A key that is two things ("Quarantine / DLQ", "AWS DMS + CDC") or carries a placeholder ("<region>") is no one answer.
const NOT_ONE = /\s[/+&]\s|\+|[<>]|\bor\b/;

// "**When to Use:** …" under a service's heading: the lesson's summary of that service, too open for a card (a summary
// card form was tried and withdrawn after blind review r38).
const WHEN_LABEL = /^\*\*(?:when to use|best for|ideal for|used for|good for|use cases?)\s*:?\*\*/i;

/**
 * A need the note pairs with the wrong service, which a card would teach: budgets are set in AWS Budgets (Cost
 * Explorer only shows and forecasts costs).
 */
export function misfit(cue: string, key: string): boolean {
  return /\bset (?:up )?(?:a |the )?budgets?\b/i.test(cue) && !/\bBudgets\b/.test(key);
}

/**
 * The note's reason beside its choice, from the explanation a requirement draft carries ("<need> → <choice>
 * (<reason>)."): a parenthesis of words, not a name's expansion ("Amazon MSK (Managed Streaming for Apache Kafka)").
 */
export function reasonOf(explanation: string): string | undefined {
  const arrow = explanation.split(' → ').pop() ?? '';
  const m = /\(([^()]{12,200})\)\.?$/.exec(arrow);
  if (!m || !/\b[a-z]{3,}\b.*\b[a-z]{3,}\b/.test(m[1])) return undefined;
  return m[1].trim();
}

/** A requirement draft the gate dropped for want of options, asked as a card. */
function fromDraft(ctx: QuizContext, d: Draft): Draft | undefined {
  if (d.doc.source !== 'user' || d.kind !== 'choose' || d.correct.length !== 1 || !d.cue) return undefined;
  const m = STEM.exec(d.stem);
  if (!m) return undefined;
  const key = d.correct[0];
  if (BARE_NOUN.test(m[1]) || /[&,]/.test(m[1]) || NOT_ONE.test(key) || misfit(d.cue, key)) return undefined;
  // "Which CloudTrail feature …" is one question only where the notes name the service's other features of that kind:
  // with fewer than two, event history, a trail or CloudTrail Lake answer as well as the note's key (blind review r44).
  if (/\bfeatures?$/i.test(m[1]) && d.distractors.length < 2) return undefined;
  // The choice form stopped at its options; a card still must not give its key away in the need it quotes.
  if (leaksKey(m[2], key, [])) return undefined;
  // A lesson's "When to Use" line under the service's heading is that service's summary, not a need (see above).
  if (blocksOf(d.section).some((b) => b.line === d.line && WHEN_LABEL.test(b.raw.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, '')))) return undefined;
  const sid = ctx.byName.get(key)?.id;
  const s = sid ? ctx.service(sid) : undefined;
  const name = s ? askedName(s, `${d.section.text}`) : key;
  // A card shows no options: a table row's "Why not the others" is said whole (whyNot.ts).
  const explanation = d.explanation + wholeWhyNot(d.whyNot);
  const reason = reasonOf(explanation);
  const back = `${name}${reason ? ` (${stripMd(reason).replace(/[.!]+$/, '')})` : ''}.`;
  if (outdatedContent(d.stem, [back])) return undefined;
  return {
    // The choice stem as written, so that every stem rule of the gate reads it as it read the choice question.
    kind: 'recall', stem: d.stem, correct: [key], distractors: [], optionKind: 'text', answerText: back,
    explanation, cue: d.cue, doc: d.doc, section: d.section, line: d.line,
    serviceIds: d.serviceIds.length ? d.serviceIds : sid ? [sid] : [], answerServiceIds: [],
  };
}

// "Choose **AWS Batch** over Lambda when jobs run longer than 15 minutes, …": the choice, its rival and the condition.
const OVER_WHEN = /^(?:>\s*)*(?:[-*+]\s+)?(?:choose|prefer|pick|use)\s+\*\*([^*]{2,60})\*\*\s+over\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+when\s+(.{12,220})$/i;

/** "When should you choose X over Y?" from a user's "Choose **X** over Y when …" line. */
function overWhen(ctx: QuizContext, doc: NoteDocument, section: Section): Draft[] {
  const out: Draft[] = [];
  for (const b of blocksOf(section)) {
    const m = OVER_WHEN.exec(b.raw.trim());
    if (!m) continue;
    const sid = ctx.serviceAnswer(stripMd(m[1]));
    const rid = ctx.serviceAnswer(stripMd(m[2]));
    const s = sid ? ctx.service(sid) : undefined;
    const r = rid ? ctx.service(rid) : undefined;
    // Both sides must be services the catalog knows, and two of them.
    if (!s || !r || s.id === r.id) continue;
    const when = cleanSummary(m[3]);
    if (!when) continue;
    const name = askedName(s, section.text);
    const stem = `When should you choose ${name} over ${askedName(r, section.text)}?`;
    const back = `When ${when.charAt(0).toLowerCase()}${when.slice(1)}`;
    if (outdatedContent(stem, [back])) continue;
    out.push({
      // Keyed by both services: what to prefer over a rival is another fact than what the service is for.
      kind: 'recall', stem, correct: [s.name, r.name], distractors: [], optionKind: 'text', answerText: back,
      explanation: `${stem} ${back}`, cue: `${when} instead of ${r.name}`, doc, section, line: b.line, serviceIds: [s.id, r.id], answerServiceIds: [],
    });
  }
  return out;
}

/**
 * The need cards of the user's notes: every "over … when" line of the minable sections, then each requirement
 * draft (a twin need's spare the bank retried included) whose choice question the gate dropped for a rule of
 * RECALLABLE_RULES.
 */
export function buildNeedRecalls(ctx: QuizContext, docs: NoteDocument[], minable: (doc: NoteDocument) => Section[], dropped: { draft: Draft; rule: string }[]): Draft[] {
  const out: Draft[] = [];
  for (const doc of docs) if (doc.source === 'user') for (const section of minable(doc)) out.push(...overWhen(ctx, doc, section));
  for (const { draft, rule } of dropped) {
    if (!RECALLABLE_RULES.has(rule)) continue;
    const d = fromDraft(ctx, draft);
    if (d) out.push(d);
  }
  return out;
}
