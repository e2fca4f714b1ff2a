// The question bank of a knowledge base: practice questions imported as written, then every section's
// claims (extract/) built into questions (build/), each passed through the gate or dropped with a
// named reason. Rebuilt only when the knowledge base changes.
import { Diagnostic, NoteDocument, Section } from '../model';
import { KnowledgeBase } from '../knowledgeBase';
import { QuizContext } from './context';
import { Draft } from './draft';
import { singlesFirst } from './claimLedger';
import { recordPracticeFact, samePracticeFact } from './nearDuplicates';
import { extractPassages } from './extract/passages';
import { extractFacts } from './extract/facts';
import { extractCards } from './extract/cards';
import { extractRequirements } from './extract/requirements';
import { extractTermLists } from './extract/definitions';
import { extractNestedTerms } from './extract/nestedTerms';
import { importPractice } from './extract/practice';
import { extractStatements, isSummarySection } from './extract/statements';
import { buildStatement } from './build/statement';
import { buildScenario } from './build/scenario';
import { buildChoose } from './build/choose';
import { buildCloze } from './build/cloze';
import { buildCard } from './build/card';
import { buildIdentify } from './build/identify';
import { buildFeatureChoices, buildRequirements, FeatureChoice, ShortFeatureChoice } from './build/requirement';
import { padFeatureChoices } from './build/featurePad';
import { buildDefinitions } from './build/definition';
import { extractHeadingFamilies } from './extract/headingFamilies';
import { buildHeadingFamily } from './build/headingFamily';
import { extractHeadingPairs } from './extract/serviceHeadings';
import { buildServiceHeadings } from './build/serviceHeadings';
import { buildPractice } from './build/practice';
import { unfitPractice } from './practiceFit';
import { practiceGiveaway } from './practiceGiveaway';
import { padFromSiblings } from './build/siblings';
import { noteFeatures } from './build/noteFeatures';
import { misdefinedTerm } from './termFacts';
import { sourcelessMove } from './sourceless';
import { duplicateKey, gate, GateRule } from './gate';
import { FORM_ONLY } from './gate/recall';
import { leaksKey } from './keyLeak';
import { withoutLeakingMember } from './leakTrim';
import { leakSharersFirst } from './leakSwap';
import { Question } from './types';
import { releaseStems } from './text';
import { releaseMemos } from './buildMemo';
import { releaseNumbers } from './numbers';
import type { BankData } from './bankCache';
import { releaseRankTallies } from './rankTally';
import { balanceKeyRanks, KeptDraft } from './rankBalance';
import { UserFacts } from './userFacts';
import { ListOnce } from './listOnce';
import { NeedLedger } from './needTwins';
import { buildNeedRecalls } from './build/needRecall';

// How to use the notes, study plans, folder maps and link lists teach nothing the exam asks.
const STUDY_ADMIN = /\b(?:how to use|question types|exam (?:strateg(?:y|ies)|format|day|tips for the day)|test[- ]taking|time management|study (?:plan|timeline|materials|schedule|guide structure)|workspace|folder|structure|roadmap|week(?:ly)?\b|weeks|table of contents|navigation|resources|useful links|related notes|prerequisites|next steps|scoring|instructions|templates?|changelog|journal|progress|checklist|(?:frequently|often|commonly) tested|(?:common )?exam topics)\b/i;

export interface Rejection { rule: GateRule; file: string; line: number; kind: string; stem: string; detail: string }

/** A bundled practice exam (a note, or a question's source file). */
const isExam = (doc: NoteDocument | string) => /(?:^|\/)practice\/exam-\d+\.md$/.test(typeof doc === 'string' ? doc : doc.relPath);

// A cloze's words without its frame: "Fill in the blank" shared by two short facts made them one (the tag and
// sentence stay). Numbers of one unit draw their wrong options from one pool, so a shared option set says
// nothing about two numeric facts: only their words are compared.
const withoutClozeFrame = (stem: string) => stem.replace(/^Fill in the blank\b/, '');

export class QuestionBank {
  readonly questions: Question[];
  readonly byId = new Map<string, Question>();
  /** Generated questions the gate dropped, with the rule that dropped each. */
  readonly rejections: Rejection[] = [];
  /** Practice questions that could not be imported (no key, a key that names no option …). */
  readonly diagnostics: Diagnostic[] = [];

  constructor(kb: KnowledgeBase) {
    // The user's notes first: the same fact in a user note and a bundled one is kept as the user wrote it.
    const docs = kb.documents().sort((a, b) => (a.source === b.source ? 0 : a.source === 'user' ? -1 : 1) || a.file.localeCompare(b.file));
    const ctx = new QuizContext(kb, docs);
    const seen = new Map<string, string>();
    // One fact, one question in users' notes, whatever the form (userFacts.ts).
    const facts = new UserFacts();
    const add = (q: Question) => { if (!this.byId.has(q.id)) this.byId.set(q.id, q); };
    // Practice questions first: imported as written, deduplicated, and their sections never mined.
    const mined = new Map<NoteDocument, Section[]>();
    // Written questions by where they are, so that of two on one point the exam's is kept (an exam needs its 65) and
    // a comparison note's practice question becomes its repeat.
    const written = new Map<string, Question>();
    for (const doc of docs) {
      const practice = importPractice(doc);
      this.diagnostics.push(...practice.diagnostics);
      for (const p of practice.questions) {
        // Imported as written, but not asked when detectably unfit (practiceFit.ts): the user fixes the note.
        const unfit = doc.source === 'user' ? unfitPractice(ctx, p) : practiceGiveaway(p);
        if (unfit) { this.diagnostics.push({ file: doc.file, line: p.line, severity: 'warning', message: `practice question ${p.number} held back: ${unfit}` }); continue; }
        const q = buildPractice(ctx, doc, p);
        const key = duplicateKey(q.stem, q.answers.map((a) => q.options[a]));
        if (seen.has(key)) { this.rejections.push({ rule: 'duplicate', file: doc.file, line: p.line, kind: 'practice', stem: q.stem, detail: seen.get(key)! }); continue; }
        const same = doc.source === 'user' ? facts.seen(q.stem, q.answers.map((a) => q.options[a]), `${doc.relPath}:${p.line}`, true, q.options) : undefined;
        if (same) { this.rejections.push({ rule: 'duplicate', file: doc.file, line: p.line, kind: 'practice', stem: q.stem, detail: `the same fact as ${same}` }); continue; }
        if (doc.source !== 'user') {
          const at = `${doc.relPath}:${p.line}`;
          const keyText = q.answers.map((a) => q.options[a]).join(' ');
          const twin = samePracticeFact(q.stem, keyText, at, seen, doc.kind === 'comparison');
          const earlier = twin ? written.get(twin) : undefined;
          if (earlier && isExam(doc) && !isExam(earlier.source.file)) earlier.repeats = at;
          else if (twin) q.repeats = twin;
          else recordPracticeFact(q.stem, ctx.servicesIn(keyText).map((id) => ctx.service(id)!.name), at, seen, keyText);
          written.set(at, q);
        }
        seen.set(key, `${doc.relPath}:${p.line}`);
        add(q);
      }
      mined.set(doc, doc.sections.filter((s) => !practice.sections.has(s)));
    }
    // Every draft is built before any is gated: the gate needs every cue the notes tie to an answer.
    const drafts: Draft[] = [];
    // Every section repeats its parents' headings: each heading is tested once.
    const admin = new Map<string, boolean>();
    const isAdmin = (h: string) => { let v = admin.get(h); if (v === undefined) { v = STUDY_ADMIN.test(h); admin.set(h, v); } return v; };
    const features: FeatureChoice[] = [];
    // Requirement questions: one per key and section, and one per key across notes unless the needs differ
    // (a user's twin is kept as a spare, asked should the first be dropped: needTwins.ts).
    const needs = new NeedLedger();
    const minableOf = (doc: NoteDocument) => (mined.get(doc) ?? []).filter((s) => !s.headingPath.some(isAdmin));
    for (const doc of docs) {
      const sections = minableOf(doc);
      for (const section of sections) drafts.push(...this.fromSection(ctx, doc, section));
      const minable = new Set(sections);
      for (const f of extractHeadingFamilies(doc)) if (f.terms.every((t) => t.section && minable.has(t.section))) drafts.push(...buildHeadingFamily(ctx, doc, f));
      // Two or three sibling headings that each name a service (users' notes: serviceHeadings.ts).
      if (doc.source === 'user') for (const g of extractHeadingPairs(doc)) if (g.terms.every((t) => t.section && minable.has(t.section))) drafts.push(...buildServiceHeadings(ctx, doc, g));
      // One requirement or description question per key and section: several lines about one service in
      // one section are near-duplicates (blind review r3).
      const asked = new Map<string, Draft>();
      for (const d of buildRequirements(ctx, doc, sections.flatMap((section) => extractRequirements(section).map((claim) => ({ section, claim }))), features)) {
        const key = `${d.section.id}|${d.correct.join('|')}`;
        const first = asked.get(key);
        if (first) { needs.spare(d, first); continue; }
        if (!needs.admit(d)) continue;
        asked.set(key, d);
        drafts.push(d);
      }
    }
    const short: ShortFeatureChoice[] = [];
    const featureSpares: { draft: Draft; first: Draft }[] = [];
    for (const d of buildFeatureChoices(ctx, features, noteFeatures(ctx, drafts), short, featureSpares)) if (needs.admit(d)) drafts.push(d);
    for (const { draft, first } of featureSpares) needs.spare(draft, first);
    drafts.push(...buildIdentify(ctx, docs));
    padFromSiblings(ctx, drafts, features);
    const unfair: Draft[] = [];
    for (const d of padFeatureChoices(ctx, drafts, short, unfair)) if (needs.admit(d)) drafts.push(d);
    // A feature key with too few features of its own service for wrong options is not asked beside services.
    for (const d of unfair) this.rejections.push({ rule: 'few-distractors', file: d.doc.file, line: d.line, kind: d.kind, stem: d.stem, detail: `${d.distractors.length} same-kind rivals for a feature of ${d.serviceIds[0] ?? 'its service'}` });
    // Two tables of one user note that map the same members (two encryption matrices) ask the same
    // question twice: same note, same key, same options is one question (blind review r3).
    const posed = new Set<string>();
    const lists = new ListOnce();
    // What the gate made of each draft ('kept' or the rule that dropped it): a dropped draft's spare may stand in.
    const outcome = new Map<Draft, string>();
    // Kept number questions whose wrong options can be re-drawn at another rank, with the stem the gate asked.
    const numbers = new Map<Question, KeptDraft>();
    const drop = (d: Draft, rule: GateRule, detail: string): false => {
      this.rejections.push({ rule, file: d.doc.file, line: d.line, kind: d.kind, stem: d.stem, detail });
      outcome.set(d, rule);
      return false;
    };
    const consider = (d: Draft): boolean => {
      const k = d.doc.source === 'user' && d.kind !== 'recall' && d.correct.length && d.optionKind !== 'number' ? `${d.doc.file}|${d.correct.join('|')}|${[...d.correct, ...d.distractors].map((x) => x.toLowerCase()).sort().join('|')}` : '';
      if (k && posed.has(k)) return drop(d, 'duplicate', 'same note, key and options');
      // A student's definition of a standard term that contradicts the checked one is held back (termFacts.ts).
      const wrong = d.doc.source === 'user' && d.correct.length === 1 ? misdefinedTerm(d.correct[0], /“([^”]+)”/.exec(d.stem)?.[1] ?? '') : undefined;
      if (wrong) {
        this.diagnostics.push({ file: d.doc.file, line: d.line, severity: 'warning', message: `definition held back: ${wrong}` });
        return drop(d, 'misdefined', wrong);
      }
      // A later question of a user's definition list draws an option set its list has not shown yet (listOnce.ts).
      const fresh = lists.freshOrder(d);
      if (fresh) d.distractors = fresh;
      let r = gate(ctx, d, { seen });
      let asked = d;
      // A user's leak that other wrong options of the pool share is asked with those options (leakSwap.ts).
      const swapped = 'rejected' in r && r.rejected === 'leak-word' ? leakSharersFirst(d, d.stem, r.detail.split(' → ')[0]) : undefined;
      if (swapped) { const again = gate(ctx, swapped, { seen }); if ('question' in again) { r = again; asked = swapped; } }
      if ('rejected' in r) {
        // A card that teaches what a checked fact contradicts is held back where the student can see it and fix the note.
        if (r.rejected === 'recall-fact') this.diagnostics.push({ file: d.doc.file, line: d.line, severity: 'warning', message: `card held back: ${r.detail}` });
        return drop(d, r.rejected, r.detail);
      }
      // One definition list, one question in users' notes (listOnce.ts, blind review r11).
      if (lists.repeats(d, r.question.options)) return drop(d, 'duplicate', 'a question of the same list with the same options is kept');
      const same = d.doc.source === 'user' && d.kind !== 'recall' ? facts.seen(d.cue ?? withoutClozeFrame(d.stem), d.correct, `${d.doc.relPath}:${d.line}`, false, d.optionKind === 'number' ? [] : r.question.options) : undefined;
      if (same) return drop(d, 'duplicate', `the same fact as ${same}`);
      add(r.question);
      if (asked.ranks && r.stem !== undefined) numbers.set(r.question, { draft: asked, stem: r.stem });
      lists.keep(d, r.question.options);
      if (k) posed.add(k);
      outcome.set(d, 'kept');
      return true;
    };
    for (const d of singlesFirst(drafts)) consider(d);
    // A user's twin need stands in for a first statement the gate dropped for what it is; the first that passes is asked.
    const retried = needs.retries(outcome);
    for (const spares of retried) spares.some(consider);
    // A user's question and answer whose choice form lacked fair wrong options is asked as a recall card (gate/recall.ts).
    for (const d of drafts) if (d.recallSpare && FORM_ONLY.has(outcome.get(d) ?? '')) consider(d.recallSpare);
    // Recall cards of a user's need lines the choice form could not ask, after every choice question: a fact a kept
    // question (or an earlier card) asks gives no card (needRecall.ts).
    // (The drafts a feature's few rivals kept from the gate were dropped as few-distractors above.)
    const dropped = [...[...drafts, ...retried.flat()].map((draft) => ({ draft, rule: outcome.get(draft) ?? '' })), ...unfair.map((draft) => ({ draft, rule: 'few-distractors' }))];
    for (const d of buildNeedRecalls(ctx, docs, minableOf, dropped)) {
      // Every need card is keyed: by its choice, or by the choice and its rival ("choose X over Y").
      const same = facts.seen(d.cue ?? d.stem, d.correct, `${d.doc.relPath}:${d.line}`);
      if (same) drop(d, 'duplicate', `the same fact as ${same}`); else consider(d);
    }
    // The key's rank balanced over the kept numeric questions, per source (rankBalance.ts): only wrong numbers change.
    const sourceOf = new Map(docs.map((doc) => [doc.file, doc.source]));
    for (const [q, again] of balanceKeyRanks(ctx, [...this.byId.values()], (x) => sourceOf.get(x.source.file) ?? '', numbers, seen)) this.byId.set(q.id, again);
    this.questions = [...this.byId.values()];
    ctx.release();
    releaseStems();
    releaseMemos();
    releaseNumbers();
    releaseRankTallies();
  }

  get(id: string): Question | undefined { return this.byId.get(id); }

  /** A bank as an earlier build saved it (bankCache.ts): the same questions, rejections and diagnostics, nothing built. */
  static restore(data: BankData): QuestionBank {
    const bank = Object.create(QuestionBank.prototype) as QuestionBank;
    return Object.assign(bank, { questions: data.questions, byId: new Map(data.questions.map((q) => [q.id, q])), rejections: data.rejections, diagnostics: data.diagnostics });
  }

  private fromSection(ctx: QuizContext, doc: NoteDocument, section: Section): Draft[] {
    const out: Draft[] = [];
    for (const p of extractPassages(section)) { const d = buildScenario(ctx, doc, section, p); if (d) out.push(d); }
    const table = ctx.tableBySection.get(section);
    if (table) out.push(...buildChoose(ctx, table));
    out.push(...buildCloze(ctx, doc, section, extractFacts(doc, section, (item) => ctx.lineOf(section, item))));
    for (const c of extractCards(section)) { const d = buildCard(ctx, doc, section, c); if (d) out.push(d); }
    for (const t of [...extractTermLists(section), ...extractNestedTerms(section)]) out.push(...buildDefinitions(ctx, doc, section, t));
    // Service notes describe their own service everywhere; statements are read from other notes, and from
    // the summary that opens a user's service note (what the service is, in the student's words).
    // One statement per service and section: several sentences about Glue in one paragraph are one question.
    const said = new Set<string>();
    const summary = doc.source === 'user' && isSummarySection(section);
    if (!doc.serviceId || summary) for (const c of extractStatements(section, { summary })) {
      const d = buildStatement(ctx, doc, section, c, { summary });
      // A user's list member that names the key is left out rather than the statement dropped (leakTrim.ts).
      const trimmed = d && doc.source === 'user' ? withoutLeakingMember(d.stem, d.correct[0], d.distractors) : undefined;
      if (d && trimmed) d.stem = trimmed;
      // The first statement that does not give its key away stands for the service in this section.
      // A stem with no source for the data it moves (sourceless.ts) lets the next sentence stand instead.
      if (d && !said.has(d.correct[0]) && !leaksKey(d.stem, d.correct[0], d.distractors) && !(doc.source === 'user' && sourcelessMove(d.stem))) { said.add(d.correct[0]); out.push(d); }
    }
    return out;
  }
}
