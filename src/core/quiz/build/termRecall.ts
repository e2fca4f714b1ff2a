// A student's definition lists as self-graded recall cards (issue 9): a member of a definition list
// ("**Term**: …", "- Term — …"), of a nested list or of a family of sibling headings that no kept question
// asks becomes a card whose front names the term and its subject ("In AWS Batch, what are job queues?") and
// whose back is the student's definition, cleaned. Most such members give no fair choice question (three
// siblings and no fourth, a key whose word the definition spells, no sibling at all), yet each is a fact a
// student wrote down to remember. Left out: study-admin lists, exam tips, a heading's attribute labels
// ("Problem", "Impact", "Security"), definitions too thin to grade against, with residue or outdated content,
// a definition the student got wrong (termFacts.ts), and any term a kept question already asks.
import { NoteDocument, Section, Service } from '../../model';
import { QuizContext } from '../context';
import { Draft } from '../draft';
import { TermListClaim } from '../extract/claims';
import { extractTermLists } from '../extract/definitions';
import { extractNestedTerms } from '../extract/nestedTerms';
import { extractHeadingFamilies } from '../extract/headingFamilies';
import { blocksOf } from '../extract/blocks';
import { misdefinedTerm } from '../termFacts';
import { outdatedContent } from '../outdated';
import { Question } from '../types';
import { cardNamesService } from './card';
import { noteService } from './headingFamily';
import { isFactHeading } from '../extract/facts';
import { currentNames } from './practice';
import { definitionForm, isCodeTerm, termQuestion, termShape } from './termFront';

// Headings and note titles of study admin, navigation and exam technique: their lists are no knowledge.
const ADMIN = /\b(?:course overview|how to use|getting started|study (?:guide|materials|timeline|plan)|timeline|scoring|instructions|capstone|projects?|lab materials|hands-on labs?|materials|catalog|navigation|knowledge hub|digital garden|workspace|exam (?:strateg(?:y|ies)|preparation|topics|tips|day)|question types|frequently tested|often tested|key competencies|practice questions|readme)\b/i;
// Advice and scenario lists: their labels are situations, not terms ("Cost Optimization: use Parquet …").
const ADVICE = /\b(?:tips?|scenarios?|patterns?|traps?|best practices?|recommendations?|use cases?|decision|checklist)\b/i;
// A heading that names a family of like members; a list under any other heading is kept only for its services.
const FAMILY = /\b(?:capabilit(?:y|ies)|features?|components?|concepts?|types?|options?|entit(?:y|ies)|models?|architecture|breakdown|hierarchy|flavou?rs?|variants?|tiers?|layers?|actions?|rules|filters|functions|permissions|services|ecosystem|maintenance|classes|modes|engines|nodes?)\b/i;
// Labels of a template or of a heading's attributes, not terms ("Problem Solved", "Mechanism", "Security").
const LABEL = /^(?:category|primary use case|use cases?|slide reference|hub links?|tags?|date|related|source|status|type|links?|see also|note|example|pricing|cost|costs|problem(?: solved)?|solution|impact|mechanism|addressing|key access|default encryption|security|performance|scalability|availability|durability|compatibility|monitoring|benefits?|overview|features?|limits?|integrations?|management|reliability|flexibility|simplicity|speed|storage|compute|networking|summary|definition|purpose|cost optimi[sz]ation|answer key|instructions)$/i;
// A stage of a story or a plan ("Week Before (Preparation)", "Black Friday (Execution)"), not a term.
const TIMELINE = /\b(?:week|day|month|year|before|after|black friday|phase|step \d|question \d+)\b/i;
// Residue a card must not show: LaTeX, markdown, links, placeholders.
const RESIDUE = /[$\\`*|]|\[\[|\]\(|https?:|<[^>]*>/;
// AWS KMS keys are no longer called customer master keys (CMKs) since 2021.
const OLD_TERMS = /\bcustomer master keys?\b|\bCMKs?\b/i;
// Figures AWS has since changed: Aurora Serverless v2 scales from 0 ACUs (auto-pause) to 256 ACUs on recent
// versions, no longer 0.5 to 128 (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ServerlessV2ScalingConfiguration.html).
const OLD_FIGURES = /\b0\.5\s*(?:to|-|–)\s*128\s*ACUs?\b/i;
// Terms AWS renamed: the front asks by the current term and says the former one.
const RENAMED: [RegExp, string][] = [[/^master nodes?$/i, 'primary node (formerly master node)']];

const core = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^(?:amazon|aws)\s+/i, '').trim().toLowerCase();

/** A recall card of a definition, with the term it asks (for the one-fact ledger). */
export interface TermCard { draft: Draft; key: string }

interface Member {
  doc: NoteDocument; section: Section; heading: string; term: TermListClaim['terms'][number];
  /** A heading family's member: its own heading is the term, not its subject. */
  ownHeading?: boolean;
  /** The family as the text before the list counts it ("five V's of data"). */
  counted?: string;
}

/** The members of every definition list, nested list and heading family of the given sections of users' notes. */
function members(docs: Map<NoteDocument, Section[]>): Member[] {
  const out: Member[] = [];
  for (const [doc, sections] of docs) {
    const minable = new Set(sections);
    for (const section of sections) {
      for (const list of [...extractTermLists(section), ...extractNestedTerms(section)]) {
        for (const term of list.terms) out.push({ doc, section, heading: section.title, term, counted: list.counted });
      }
    }
    for (const f of extractHeadingFamilies(doc)) {
      if (!f.terms.every((t) => t.section && minable.has(t.section))) continue;
      for (const term of f.terms) out.push({ doc, section: term.section!, heading: f.parent ?? '', term, ownHeading: true });
    }
  }
  return out;
}

/** The definition as the back of the card: current names, one sentence, no trailing "!" or emoji. */
export function cardBack(ctx: QuizContext, definition: string): string {
  // Capitals for emphasis ("Executes tasks ONLY") are shouting, not names.
  const t = currentNames(ctx, definition).replace(/\b(AND|OR|ONLY|NOT|NEVER|ALWAYS|BOTH)\b/g, (w) => w.toLowerCase()).replace(/\s*->\s*/g, ' → ').replace(/[\s\p{Extended_Pictographic}\uFE0F]+$/u, '').replace(/[!:;,]+$/, '').trim();
  if (!t) return '';
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.?]$/.test(t) ? '' : '.'}`;
}

/** The service a term is, when the term is one of its names ("Kinesis Data Firehose" → Amazon Data Firehose). */
function serviceTerm(ctx: QuizContext, term: string): Service | undefined {
  if (/[/&,]/.test(term)) return undefined;
  const id = ctx.serviceAnswer(term);
  const s = id ? ctx.service(id) : undefined;
  if (!s || /\bfamily\b/i.test(s.name) || !cardNamesService('', term, s)) return undefined;
  // An alias that names a deployment or an edition ("Aurora Serverless v2", "Q Business") is not the service itself.
  return [s.name, s.shortName, ...s.formerNames].some((n) => n && core(n) === core(term)) ? s : undefined;
}

/** The service a member is about: the nearest heading above it that names one, else the note's service. */
function subjectOf(ctx: QuizContext, m: Member): Service | undefined {
  const path = m.ownHeading ? m.section.headingPath.slice(0, -1) : m.section.headingPath;
  for (const h of [...path].reverse()) {
    if (isFactHeading(h)) continue;
    const ids = ctx.servicesIn(h);
    if (ids.length) return ctx.service(ids[0]);
  }
  const id = noteService(ctx, m.doc);
  return id ? ctx.service(id) : undefined;
}

/** "Amazon S3" rather than "Amazon Simple Storage Service", "Amazon Aurora" rather than "Aurora". */
const subjectName = (s: Service) => (s.shortName && /^(?:Amazon|AWS) /.test(s.shortName) ? s.shortName : s.name).replace(/\s*\([^)]*\)\s*$/, '');

/** "SQL Window Functions Review" → "SQL window function": the family word a code term is asked with. */
function codeNoun(heading: string): string | undefined {
  const t = heading.replace(/^[\d.]+\s*/, '').replace(/^[^\w]+/u, '').replace(/\s+(?:review|recap|refresher|overview)$/i, '').trim();
  if (!/^[A-Za-z][A-Za-z ]{2,40}s$/.test(t) || t.split(/\s+/).length > 4) return undefined;
  return t.replace(/ies$/, 'y').replace(/s$/, '').split(' ').map((w) => (/[A-Z].*[A-Z]/.test(w) ? w : w.toLowerCase())).join(' ');
}

/** Why a member gives no card, or undefined. */
function memberProblem(m: Member): string | undefined {
  const path = [m.doc.title, ...m.section.headingPath, m.heading].join(' › ');
  if (ADMIN.test(path) || ADMIN.test(m.doc.relPath)) return 'study admin';
  if (ADVICE.test(m.heading) || ADVICE.test(m.section.title)) return 'advice, not a term';
  const { term, definition } = m.term;
  if (m.term.optionOnly) return 'defined together with another term';
  if (LABEL.test(term.replace(/\s*\([^)]*\)\s*$/, '').trim()) || TIMELINE.test(term) || /\bvs\.?\b|[,/]/.test(term)) return 'a label, not a term';
  // One or two words, or a bare noun phrase of three, is nothing to grade oneself against.
  if (definition.split(/\s+/).length < 5) return 'too thin';
  // "Celery Executor auto-scales …" under "Executors": a statement about one member, not what the term is.
  if (/^[A-Z][\w-]*\s+[A-Z][a-z][\w-]*\s+[a-z][\w-]*s\b/.test(definition) && !/,/.test(definition.split(/\s+/).slice(0, 3).join(' '))) return 'a statement about another thing';
  if (RESIDUE.test(term) || RESIDUE.test(definition)) return 'residue';
  // A wiki link stripped to its slug ("[[redshift]] (…)") leaves a file name where a definition should be.
  const raw = blocksOf(m.section).filter((b) => b.line === m.term.line || b.line === m.term.line + 1).map((b) => b.raw).join(' ');
  if (/\[\[/.test(raw)) return 'a link list';
  if (OLD_TERMS.test(definition)) return 'a former AWS term';
  if (OLD_FIGURES.test(definition)) return 'a figure AWS has changed';
  return undefined;
}

/**
 * Recall cards of users' definitions that no kept question asks. `sections`: the minable sections of each
 * user note (practice and study-admin sections left out); `kept`: the questions kept so far.
 */
export function buildTermRecall(ctx: QuizContext, sections: Map<NoteDocument, Section[]>, kept: Iterable<Question>): TermCard[] {
  const keptLines = new Set<string>();
  const keptKeys = new Set<string>();
  const files = new Set([...sections.keys()].map((d) => d.file));
  for (const q of kept) {
    if (!files.has(q.source.file)) continue;
    keptLines.add(`${q.source.file}:${q.source.line}`);
    for (const a of q.answers) keptKeys.add(core(q.options[a]));
  }
  const out: TermCard[] = [];
  const carded = new Set<string>();
  for (const m of members(sections)) {
    const { doc, section, term: t } = m;
    if (keptLines.has(`${doc.file}:${t.line}`) || memberProblem(m)) continue;
    const service = serviceTerm(ctx, t.term);
    const back = cardBack(ctx, t.definition);
    if (!back) continue;
    let front: string;
    let key: string;
    let ids: string[];
    // Outside a heading that names a family of like things, a list is read for its services only.
    if (!service && !m.ownHeading && !m.counted && !FAMILY.test(m.heading)) continue;
    if (m.counted && !service) {
      // A family the note counts ("the five V's of data") is the subject the term is asked in.
      const family = m.counted.replace(/\b([a-z])(?=['’]s\b)/g, (c) => c.toUpperCase());
      front = `Of the ${family}, what does ${termShape(t.term, ctx.isName).text} mean?`;
      key = t.term;
      // No service named: the services the section is about place the card (domain and task).
      ids = ctx.mentioned(back, section);
      if (!ids.length) ids = section.serviceIds.slice(0, 3);
    } else if (service) {
      // The term is a service: asked by its current name, the note's former one said.
      const former = service.formerNames.find((f) => core(f) === core(t.term));
      const form = definitionForm(t.definition);
      const name = `${service.name}${former ? ` (formerly ${former.replace(/^(?:Amazon|AWS) /, '')})` : ''}`;
      front = form === 'does' ? `What does ${name} do?` : form === 'lets' ? `What does ${name} let you do?` : `What is ${name}?`;
      key = service.name;
      ids = [service.id];
    } else {
      const renamed = RENAMED.find(([re]) => re.test(t.term))?.[1];
      const shape = termShape(renamed ?? t.term, ctx.isName);
      if (renamed) { shape.plural = false; shape.article = 'the '; }
      const form = definitionForm(t.definition);
      const subject = subjectOf(ctx, m);
      const sid = subject?.id;
      // A term that opens with its product's name ("EMR Serverless", "Amazon Comprehend") is its own subject.
      // So is a product word its note or heading names ("FSx for Lustre" in a note on Amazon EFS and FSx, "Aurora
      // Global Database" under Amazon Aurora), but not a word that merely is one ("Batch upload" in a note on streams).
      const first = t.term.split(/\s+/)[0];
      const word = first.replace(/\W/g, '');
      const own = !!word && new RegExp(`\\b${word}\\b`).test([doc.title, ...section.headingPath].join(' '));
      const selfNamed = /^(?:Amazon|AWS)\s/.test(t.term) || ctx.nameMatches(t.term).some((x) => x.column === 0) || (own && (ctx.isName(first) || (/[A-Z].*[A-Z]/.test(first) && !/-/.test(first))));
      const noun = !subject && isCodeTerm(t.term) ? codeNoun(m.heading) : undefined;
      if (!selfNamed && !subject && !noun) continue;
      front = termQuestion(shape, form, selfNamed || !subject ? '' : subjectName(subject), noun);
      key = t.term;
      ids = [...new Set([...(sid ? [sid] : []), ...ctx.servicesIn(t.term)])];
    }
    const k = core(key);
    if (keptKeys.has(k) || carded.has(k)) continue;
    if (misdefinedTerm(t.term, t.definition) || outdatedContent(front, [`${key}: ${back}`])) continue;
    carded.add(k);
    out.push({
      key,
      draft: {
        doc, section, line: t.line, kind: 'recall', stem: front, correct: [], distractors: [], optionKind: 'text',
        answerText: back, cue: back, explanation: `${key}: ${back}`,
        serviceIds: [...new Set([...ids, ...ctx.mentioned(back, section)])].slice(0, 3), answerServiceIds: [],
      },
    });
  }
  return out;
}
