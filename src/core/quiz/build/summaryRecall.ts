// Recall cards of what a service is for, in the student's own summary (issue 9). A user's service note says it in
// its opening lines ("- **Primary Use Case**: …" under the title, as Foam and Obsidian service templates write it);
// a lesson says it under a heading that names the service ("### AWS Glue (Data Processing)" / "- **What:** …" /
// "- **When to Use:** …"). As a choice question such a summary mostly spells its key ("Fully managed batch
// computing …" → AWS Batch) and is dropped; as a card the key is the front's subject and the summary the back:
// "What is AWS Batch used for?". One card per service per collection: the summary, not every sentence (service
// notes first, then lessons, so a note about the service itself wins). The bank passes each card through the
// gate and the one-fact ledger (userFacts.ts), so a summary a kept question already asks gives no card.
import { NoteDocument, Section, Service } from '../../model';
import { QuizContext } from '../context';
import { Draft } from '../draft';
import { blocksOf } from '../extract/blocks';
import { extractStatements, isSummarySection } from '../extract/statements';
import { isRetired } from '../serviceTraits';
import { outdatedContent } from '../outdated';
import { escapeRe, stripMd } from '../text';

const USE_CASE = /^\*\*(primary use case|use case|what it is|what|purpose)\s*:?\*\*\s*:?\s*(.+)$/i;
const WHEN = /^\*\*(when to use|best for|used for)\s*:?\*\*\s*:?\s*(.+)$/i;

/**
 * A summary as a card's back: markdown, wiki links and emoji gone, a price in parentheses dropped (trivia that
 * changes), exclamation marks made full stops. Undefined when what is left still carries note residue (a formula,
 * a placeholder, a table pipe) or is too short to grade oneself against.
 */
export function cleanSummary(raw: string): string | undefined {
  let t = stripMd(raw)
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/\s*\([^()]*\$\s?\d[^()]*\)/g, '')
    .replace(/!+(?=\s|$)/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t || /[$\\|{}<>]|\[\[|\]\]|\.\.\.|…|\b(?:TODO|TBD|e\.g\.?)$/i.test(t)) return undefined;
  if (t.split(/\s+/).length < 4) return undefined;
  t = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.?]$/.test(t) ? t : `${t}.`;
}

/**
 * The name a card asks by: the catalog's current name, the former one beside it when the note still writes it
 * ("Amazon Quick Sight (formerly Amazon QuickSight)").
 */
export function askedName(s: Service, noteText: string): string {
  const former = s.formerNames.find((f) => f !== s.name && new RegExp(`(?<![\\w-])${escapeRe(f)}(?![\\w-])`, 'i').test(noteText));
  if (former) return `${s.name} (formerly ${former})`;
  // The short form the exam also prints ("Amazon S3", "IAM") when the full name does not hold it.
  const short = s.shortName?.replace(/^(?:Amazon|AWS)\s+/, '');
  return short && !s.name.includes(short) ? `${s.name} (${s.shortName})` : s.name;
}

/**
 * The catalog's entry of a user's service note: a note titled "Amazon MSK (Managed Streaming for Apache Kafka)"
 * makes an entry of its own, but the card names the service as AWS does, so the bundled entry its title names
 * (either reading of it) is preferred.
 */
function catalogEntry(ctx: QuizContext, doc: NoteDocument, section: Section, own: Service | undefined): Service | undefined {
  const title = section.title.replace(/^[^\w(]+/u, '').trim();
  const inner = /\(([^)]+)\)\s*$/.exec(title)?.[1];
  const readings = [title, ...(inner ? [`${/^AWS\b/.test(title) ? 'AWS' : 'Amazon'} ${inner}`] : [])];
  for (const r of readings) {
    const id = ctx.exactService(r);
    const s = id ? ctx.service(id) : undefined;
    if (s && s.file !== doc.file) return s;
  }
  return own;
}

/** A service a card may be about: a catalog entry that is no brand or family and still taken by new customers. */
function askable(s: Service | undefined): s is Service {
  return !!s && !/\bfamily\b|\(brand\)/i.test(`${s.name} ${s.category}`) && !isRetired(s);
}

/** What a card asks about: the name it prints, the key the one-fact ledger files it under, its services. */
interface Subject { name: string; key: string; serviceIds: string[]; plural?: boolean }

const ofService = (s: Service, noteText: string): Subject => ({ name: askedName(s, noteText), key: s.name, serviceIds: [s.id] });

function card(doc: NoteDocument, section: Section, line: number, subject: Subject, back: string, form: 'use' | 'is' | 'does' = 'use'): Draft | undefined {
  const be = subject.plural ? 'are' : 'is';
  const stem = form === 'use' ? `What ${be} ${subject.name} used for?` : form === 'is' ? `What ${be} ${subject.name}?` : `What does ${subject.name} do?`;
  if (outdatedContent(stem, [back])) return undefined;
  return {
    kind: 'recall', stem, correct: [subject.key], distractors: [], optionKind: 'text', answerText: back,
    explanation: `${subject.name}: ${back}`, cue: back, doc, section, line, serviceIds: subject.serviceIds, answerServiceIds: [],
  };
}

/**
 * A user's service note about a feature the catalog has no entry for ("Amazon S3 Replication (CRR & SRR)"): its
 * title is the subject when it names one thing and the note's summary introduces it by that name ("Amazon S3
 * Replication provides …"); a topic ("Amazon S3 Performance & Optimization", "Amazon S3 Encryption") is not.
 */
function featureSubject(ctx: QuizContext, doc: NoteDocument): Subject | undefined {
  if (!/^aws[-_ ]?service$/i.test(String(doc.frontMatter.type ?? ''))) return undefined;
  const title = doc.title.replace(/^[^\w(]+/u, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (!/^(?:Amazon|AWS)\s/.test(title) || /[&,/]|\band\b/.test(title)) return undefined;
  for (const section of doc.sections.filter(isSummarySection)) {
    const c = extractStatements(section, { summary: true }).find((x) => x.subject.toLowerCase() === title.toLowerCase());
    if (c) return { name: title, key: title, serviceIds: ctx.servicesIn(title).slice(0, 1), plural: !/^(?:is|was|has|[a-z]+s)\b/.test(c.predicate) };
  }
  return undefined;
}

/** The opening "Primary Use Case" of a user's service note, as a card about the note's service. */
function serviceNoteCard(ctx: QuizContext, doc: NoteDocument): Draft | undefined {
  const sid = ctx.docService(doc);
  const own = sid ? ctx.service(sid) : undefined;
  const feature = own ? undefined : featureSubject(ctx, doc);
  if (!own && !feature) return undefined;
  // The opening lines only: a "Use Case" further down is one feature's, not the service's.
  for (const section of doc.sections.filter((x) => x.level <= 1)) {
    const s = own ? catalogEntry(ctx, doc, section, own) : undefined;
    if (own && !askable(s)) return undefined;
    const subject = s ? ofService(s, `${doc.title} ${section.text}`) : feature!;
    for (const b of blocksOf(section)) {
      const m = b.type === 'item' ? USE_CASE.exec(b.raw.trim()) : null;
      const back = m ? cleanSummary(m[2]) : undefined;
      if (back) return card(doc, section, b.line, subject, back);
    }
  }
  return undefined;
}

// "Amazon EventBridge (formerly CloudWatch Events) is …", "AWS Schema Conversion Tool (SCT) automates …": the
// aside after the name is dropped so that the sentence reads as a statement about the service (the card's front
// says a former name again when the note writes one).
const NAME_ASIDE = /((?:Amazon|AWS)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s*\((?:formerly [^)]{3,40}|[A-Z]{2,6})\)/g;

/**
 * The sentences of a user's service note's summary that say what a service is or does ("Amazon EventBridge is a
 * serverless event bus …"): a note about two services (SQS and SNS, CloudWatch and EventBridge) has no one use
 * case line, but its summary introduces each. "What is X?" for "X is a …", "What does X do?" for the verbs.
 */
function summaryStatementCards(ctx: QuizContext, doc: NoteDocument): Draft[] {
  if (!/^aws[-_ ]?service$/i.test(String(doc.frontMatter.type ?? ''))) return [];
  const out: Draft[] = [];
  for (const section of doc.sections.filter(isSummarySection)) {
    const plain: Section = { ...section, markdown: section.markdown.replace(NAME_ASIDE, '$1') };
    for (const c of extractStatements(plain, { summary: true })) {
      const sid = ctx.serviceAnswer(c.subject);
      const s = sid ? ctx.service(sid) : undefined;
      const back = askable(s) ? cleanSummary(`${c.subject} ${c.predicate}`) : undefined;
      if (!s || !back) continue;
      const d = card(doc, section, c.line, ofService(s, `${doc.title} ${section.text}`), back, /^is (?:a|an|the)\b/.test(c.predicate) ? 'is' : 'does');
      if (d) out.push(d);
    }
  }
  return out;
}

/** "### AWS Glue (Data Processing)" with "**What:** …" (and "**When to Use:** …") below it. */
function headingCard(ctx: QuizContext, doc: NoteDocument, section: Section): Draft | undefined {
  const heading = section.title.replace(/^[^\w(]+/u, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  const sid = heading ? ctx.exactService(heading) : undefined;
  const s = sid ? ctx.service(sid) : undefined;
  if (!askable(s)) return undefined;
  let what: { text: string; line: number } | undefined;
  let when: string | undefined;
  for (const b of blocksOf(section)) {
    if (b.type !== 'item' || b.depth > 0) continue;
    const w = USE_CASE.exec(b.raw.trim());
    if (w && !what) what = { text: w[2], line: b.line };
    const u = WHEN.exec(b.raw.trim());
    if (u && !when) when = u[2];
  }
  if (!what) return undefined;
  const first = cleanSummary(what.text);
  if (!first) return undefined;
  const use = when ? cleanSummary(when) : undefined;
  const back = use ? `${first.replace(/\.$/, '')}; used for ${use.charAt(0).toLowerCase()}${use.slice(1)}` : first;
  return card(doc, section, what.line, ofService(s, `${section.title} ${section.text}`), back);
}

/**
 * Every summary card of the user's notes, one per service: service notes' use case lines first, then their
 * summaries' statements, then lessons' headings.
 */
export function buildSummaryRecalls(ctx: QuizContext, docs: NoteDocument[], minable: (doc: NoteDocument) => Section[]): Draft[] {
  const out: Draft[] = [];
  const done = new Set<string>();
  const keep = (d: Draft | undefined) => { if (d && !done.has(d.correct[0])) { done.add(d.correct[0]); out.push(d); } };
  const users = docs.filter((d) => d.source === 'user');
  for (const doc of users) {
    const d = serviceNoteCard(ctx, doc);
    if (d && minable(doc).includes(d.section)) keep(d);
  }
  for (const doc of users) for (const d of summaryStatementCards(ctx, doc)) if (minable(doc).includes(d.section)) keep(d);
  for (const doc of users) for (const section of minable(doc)) keep(headingCard(ctx, doc, section));
  return out;
}
