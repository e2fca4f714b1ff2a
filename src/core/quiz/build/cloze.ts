// A fact with a number: the number is hidden and offered among plausible values of the same unit. The
// stem names the fact's subject (the service or the heading it sits under) when the sentence does not.
import { NoteDocument, Section } from '../../model';
import { QuizContext } from '../context';
import { isRetired } from '../serviceTraits';
import { Draft } from '../draft';
import { FactClaim } from '../extract/claims';
import { formatLike, NUMBER_G } from '../numbers';
import { stemLimit, stemValues } from '../stemNumbers';
import { isFactHeading } from '../extract/facts';
import { rng } from '../random';
import { sentence } from '../text';
import { numberOptions } from '../numberOptions';

/** The service a section is about: the nearest heading that names one, else the note's own service. */
export function headingService(ctx: QuizContext, doc: NoteDocument, section: Section): string | undefined {
  for (const h of [...section.headingPath].reverse()) {
    if (isFactHeading(h)) continue;
    const ids = ctx.servicesIn(h);
    if (ids.length) return ids[0];
  }
  return ctx.docService(doc);
}

const clean = (h: string) => h.replace(/^[\d.]+\s*/, '').replace(/^[^\w(]+/u, '').replace(/\s*\(.*\)$/, '').trim();

/** What a section is about, for a stem that needs its subject: "Amazon S3 — Multipart upload", "Kinesis Data Streams". */
export function subjectOf(ctx: QuizContext, doc: NoteDocument, section: Section): string {
  const sid = headingService(ctx, doc, section);
  const s = sid ? ctx.service(sid) : undefined;
  // Task-statement headings ("1.3 Automate data processing …") are not a subject, nor a heading that names the
  // note's own layout ("S3 Storage Classes Matrix", a quick reference; blind review r27).
  const last = [...section.headingPath].reverse().find((x) => !isFactHeading(x) && !/^numbers\b/i.test(x) && !/^(?:task\s+)?[1-4]\.[1-5]\b|^domain\b/i.test(x));
  const topic = last && !(s && ctx.servicesIn(last).includes(s.id)) && !/\b(?:key|facts?|notes?|summary|overview|details?|tips?|matrix|table|cheat ?sheet|comparison|reference|at a glance)\b/i.test(last) ? clean(last) : '';
  const name = s ? s.shortName ?? s.name : '';
  if (name && topic) return `${name} — ${topic}`;
  return name || topic || clean(doc.title);
}

// Counts that are trivia rather than limits worth knowing (retry attempts, versions, characters).
const TRIVIA_UNIT = /^(?:attempts?|retries|versions?|accounts?|dimensions?|characters?|USD|columns?|tables?|objects?|files?|parts?|items?|subscribers?|workers?)$/i;

// Sentence and clause ends: a full stop, "!" or "?" before a capital (not "e.g." or "vs."), or a semicolon.
const CLAUSE_END = /(?<=[.!?])(?<!\b(?:e\.g|i\.e|etc|vs|approx)\.)\s+(?=[A-Z])|;\s+/g;

/** The sentence or clause of a fact that holds the blank: "… up to _____ (before base64 encoding)". */
export function clauseAround(before: string, after: string): string {
  const starts = [...before.matchAll(CLAUSE_END)];
  const last = starts[starts.length - 1];
  const head = last ? before.slice(last.index! + last[0].length) : before;
  CLAUSE_END.lastIndex = 0;
  const end = CLAUSE_END.exec(after);
  CLAUSE_END.lastIndex = 0;
  const tail = end ? after.slice(0, end.index).replace(/[;,]\s*$/, '') : after;
  return `${last ? head.charAt(0).toUpperCase() + head.slice(1) : head}_____${tail}`.trim();
}

export function buildCloze(ctx: QuizContext, doc: NoteDocument, section: Section, facts: FactClaim[]): Draft[] {
  const out: Draft[] = [];
  const own = headingService(ctx, doc, section);
  for (const f of facts) {
    const text = f.text;
    // In a user's notes a number is asked only where the note marks it as a limit (a limits heading or a
    // limit label): bold figures in prose and "up to 99 %" claims were trivia in every blind review.
    if (doc.source === 'user' && (f.origin === 'bold' || /\bup to\s+[\d.]+\s*%|\d\s*%/.test(text))) continue;
    if (text.length < 20 || text.length > 320 || !/\d/.test(text) || !/(?:\S+\s+){3}\S/.test(text)) continue;
    const named = ctx.servicesIn(text);
    // A fact that names other services but not the section's own is about them: a heading tag would mislabel it.
    // A number of a retired service (Snowcone's capacity) teaches nothing current.
    if (doc.source === 'user' && named.some((id) => isRetired(ctx.service(id)!))) continue;
    // A table's sentence names its own subject ("The maximum retention of Amazon SQS is …") and takes no tag.
    if (f.origin !== 'table' && named.length && own && !named.includes(own) && !named.some((id) => ctx.related(ctx.service(id)!, ctx.service(own)!))) continue;
    // One blank per fact: two blanks of one sentence are the same question twice. The stem quotes only the
    // sentence (or clause) that holds the blank: the rest of a note's paragraph is residue (blind review r7).
    for (const m of text.matchAll(NUMBER_G)) {
      const at = m.index!;
      const before = text.slice(0, at);
      const after = text.slice(at + m[0].length);
      if (/(\d\s*(?:–|-|to|and)\s*)$/i.test(before) || /^\s*(?:–|-|to\s+\d|and\s+\d)/i.test(after)) continue; // part of a range
      const blanked = clauseAround(before, after);
      if (blanked.includes(m[1])) continue; // the number would still show
      // A limit told with its history ("… 60 minutes (the limit used to be 15 minutes)") rules out the values on
      // one side of the old one and asks a change log, not a limit (blind review r28).
      if (/\b(?:used to be|previously|formerly|was raised from|up from|until 20\d\d)\b/i.test(blanked)) continue;
      const unit = m[3];
      // Never a number the stem states, nor one it rules out ("across ___ (6 copies total)": no 6 or 8 zones).
      const avoid = [...[...text.matchAll(NUMBER_G)].filter((x) => x[3] === unit).map((x) => x[1]), ...stemValues(blanked).map((v) => formatLike(m[1], v))];
      // A member of a value family takes the family's other values first (valueFamilies.ts, blind review r35).
      const { distractors, family, ranks } = numberOptions(ctx.docs, blanked, m[1], unit, m[2], rng(`${section.id}:${f.line}:${at}`), doc.source, avoid, ctx.valuesIn(unit), stemLimit(blanked, unit));
      // The stem names its subject unless the sentence does.
      const clauseNames = ctx.servicesIn(blanked).length > 0;
      // A comparison note is about several services: a clause that names none has no subject of its own
      // (the note's first service tagged "custom high-resolution metrics" as CloudTrail's).
      if (!clauseNames && doc.kind === 'comparison') continue;
      const subject = clauseNames ? '' : subjectOf(ctx, doc, section);
      const stem = subject ? `Fill in the blank (${subject}): ${sentence(blanked)}` : `Fill in the blank: ${sentence(blanked)}`;
      out.push({
        doc, section, line: f.line, kind: 'cloze', stem, examRelevant: f.examRelevant && !TRIVIA_UNIT.test(unit),
        correct: [m[0]], distractors, valueFamily: family, ranks, optionKind: 'number', explanation: sentence(text),
        serviceIds: ctx.mentioned(text, section).slice(0, 3), answerServiceIds: [],
      });
      break;
    }
  }
  return out;
}
