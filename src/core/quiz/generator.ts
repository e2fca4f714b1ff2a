// Generates exam-style questions from the knowledge base:
//  - scenario questions from the notes' question-like passages ("Which service …? X, because …"),
//  - "choose" questions from comparison tables (a cue → its row), and multiple response from two rows
//    (two workloads → two choices) or from one row (which TWO cues point to it),
//  - service identification from a service's description and from its key facts,
//  - cloze questions (a number hidden) from key facts and bold key statements,
//  - the cards written in the notes: by choice when the answer is a service or a number, otherwise as
//    self-graded recall cards for Review mode.
//
// Validity rules (enforced here and tested over the whole bank): the answer is among the options;
// options are unique; the stem never names the answer (name, short name, former name, alias);
// distractors are of the same kind as the answer (service for service, number for number, row for
// row) and are never named as correct by the passage the question comes from, nor the answer's parent
// or sub-feature; generation is deterministic (no clock, no Math.random; seeded shuffles only).
import { KnowledgeBase } from '../knowledgeBase';
import { ChoiceRow, NoteDocument, QuestionPassage, Section, Service } from '../model';
import { serviceNames } from '../catalog';
import { listItems } from '../parser';
import { Match } from '../matcher';
import { hashString, rng, shuffle } from './random';
import { Question, QuestionKind } from './types';

export interface GenerateOptions {
  count: number;
  seed: string;
  domain?: number;
  serviceIds?: string[];
  kinds?: QuestionKind[];
  /** Include self-graded recall cards (review mode); default false. */
  includeRecall?: boolean;
  /** Weight the sample by the exam's domain weights (34/26/22/18 %). */
  examWeights?: boolean;
  /** Leave these question ids out. */
  excludeIds?: ReadonlySet<string>;
}

export const EXAM_WEIGHTS: Record<number, number> = { 1: 0.34, 2: 0.26, 3: 0.22, 4: 0.18 };

export const DOMAIN_NAMES: Record<number, string> = {
  1: 'Data Ingestion and Transformation',
  2: 'Data Store Management',
  3: 'Data Operations and Support',
  4: 'Data Security and Governance',
};

type OptionKind = 'service' | 'number' | 'text';

interface Draft {
  kind: QuestionKind;
  stem: string;
  correct: string[];
  distractors: string[];
  optionKind: OptionKind;
  explanation: string;
  /** Option text → what the notes say about it. */
  optionNotes?: Map<string, string>;
  answerText?: string;
  section: Section;
  doc: NoteDocument;
  line: number;
  /** Services the question is about (the answers' services first). */
  serviceIds: string[];
  /** Services whose names must not appear in the stem (the correct answers). */
  answerServiceIds: string[];
}

interface ChoiceTable {
  doc: NoteDocument;
  section: Section;
  rows: ChoiceRow[];
  /** Service id of each row when every row is essentially one distinct service. */
  rowIds?: string[];
  labels: string[];
  noun: string;
  /** Per row, the words that name it in a "Why not the others" cell (computed on first use). */
  forms?: string[][];
}

// ---- text helpers ---------------------------------------------------------------------------------

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isWordChar = (c: string | undefined) => !!c && /[A-Za-z0-9]/.test(c);

/** True when `text` contains `word` as a whole word, ignoring case. */
export function hasWord(text: string, word: string): boolean {
  if (!word) return false;
  const t = text.toLowerCase();
  const w = word.toLowerCase();
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
    if (!isWordChar(t[i - 1]) && !isWordChar(t[i + w.length])) return true;
  }
  return false;
}

/**
 * True when the text names the service: any name, short name, former name or alias (word-bounded,
 * case-insensitive), or an "ambiguous" name written with its capital ("Glue", not "glue code").
 */
export function namesService(text: string, s: Service): boolean {
  let re = nameRes.get(s);
  if (!re) {
    const lower = [...serviceNames(s), ...s.ambiguous].filter((n) => n.length >= 2).map((n) => n.toLowerCase());
    const alt = (names: string[]) => {
      const list = names.filter((n) => n.length >= 2).sort((a, b) => b.length - a.length).map(escapeRe);
      return list.length ? `(?:^|[^A-Za-z0-9])(?:${list.join('|')})(?![A-Za-z0-9])` : undefined;
    };
    const ci = alt(serviceNames(s));
    const cs = alt(s.ambiguous);
    re = { lower, ci: ci ? new RegExp(ci, 'i') : undefined, cs: cs ? new RegExp(cs) : undefined };
    nameRes.set(s, re);
  }
  // Most texts name none of the service's names at all: a plain substring test rules them out.
  if (lastText !== text) { lastText = text; lastLower = text.toLowerCase(); }
  if (!re.lower.some((n) => lastLower.includes(n))) return false;
  return !!(re.ci?.test(text) || re.cs?.test(text));
}
const nameRes = new WeakMap<Service, { lower: string[]; ci?: RegExp; cs?: RegExp }>();
let lastText = '';
let lastLower = '';

function stripMd(s: string): string {
  if (!/[*_`[<]|\s\s|\n/.test(s)) return s.trim();
  return s
    .replace(/\*\*|__/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function sentence(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  if (!t) return t;
  const cap = t[0].toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(cap) ? cap : cap + '.';
}

/** Lower-cases the first letter unless the first word is an acronym or a name ("DPUs", "EMR"). */
/** Lower-cases the first letter of an ordinary word; names ("Lambda", "Athena") keep their capital. */
function lowerFirst(s: string, isName: (word: string) => boolean = () => false): string {
  if (isName(s.split(/[\s,-]/)[0])) return s;
  return /^[A-Z][a-z]+(?:[\s,-]|$)/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

function plural(noun: string): string {
  if (/(s|x|ch|sh)$/.test(noun)) return noun + 'es';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  return noun + 's';
}

// Numbers with a unit: the blanks of cloze questions and the answers of number cards. Longer units
// first, so that "MB/s" wins over "MB".
const UNITS = [
  'MiB/s', 'GiB/s', 'KiB/s', 'MB/s', 'GB/s', 'KB/s', 'Mbps', 'Gbps', '%',
  'milliseconds?', 'ms', 'seconds?', 'minutes?', 'hours?', 'days?', 'weeks?', 'months?', 'years?',
  'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'bytes?',
  'records?', 'shards?', 'consumers?', 'partitions?', 'characters?', 'requests?', 'messages?', 'parts?',
  'replicas?', 'copies', 'targets?', 'nodes?', 'RPUs?', 'DPUs?', 'ACUs?', 'vCPUs?', 'workers?', 'items?',
  'attempts?', 'retries', 'tables?', 'columns?', 'subscribers?', 'versions?', 'objects?', 'files?',
  'Availability Zones', 'AZs', 'Regions', 'accounts?', 'transactions?', 'IOPS', 'nines', 'USD', 'dimensions?',
];
const NUMBER_SRC = String.raw`(?<![\w.,/–-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?)(${UNITS.join('|')})(?![\w/])`;
const NUMBER = new RegExp(NUMBER_SRC);
const NUMBER_G = new RegExp(NUMBER_SRC, 'g');
const BARE_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;

function formatLike(original: string, value: number): string {
  const decimals = original.includes('.') ? original.split('.')[1].length : 0;
  const s = String(Number(value.toFixed(decimals)));
  if (!original.includes(',') || Math.abs(value) < 1000) return s;
  const [int, frac] = s.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

const SINGULAR: Record<string, string> = { copies: 'copy', retries: 'retry' };

/** "1 seconds" → "1 second", "5 minute" → "5 minutes": word units agree with their number. */
export function unitFor(value: number, unit: string): string {
  if (!/^[a-z]+$/.test(unit)) return unit;
  const singular = SINGULAR[unit] ?? unit.replace(/s$/, '');
  if (value === 1) return singular;
  const pluralForm = Object.entries(SINGULAR).find(([, v]) => v === singular)?.[0];
  return pluralForm ?? (singular.endsWith('s') ? singular : singular + 's');
}

/** Plausible wrong numbers of the same unit, formatted like the original ("1,000", "48.8"). */
export function numberVariants(raw: string, unit: string, random: () => number, sep = ' ', avoid: readonly string[] = []): string[] {
  const n = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(n) || n <= 0) return [];
  const factors = shuffle([2, 0.5, 4, 0.25, 10, 0.1, 3, 5, 1.5], random);
  const out: string[] = [];
  const seen = new Set([formatLike(raw, n), ...avoid]);
  for (const f of factors) {
    const v = n * f;
    if (!raw.includes('.') && !Number.isInteger(v)) continue;
    if (v <= 0 || (unit === '%' && v > 100)) continue;
    const s = formatLike(raw, v);
    if (seen.has(s) || s === '0') continue;
    seen.add(s);
    out.push(unit ? `${s}${sep}${unitFor(v, unit)}` : s);
    if (out.length >= 4) break;
  }
  return out;
}

/** The text of an answer up to its first clause break: "Amazon MSK, because …" → "Amazon MSK". */
export function leadClause(answer: string): string {
  const m = /^(.*?)(?:[,;:]|\.(?:\s|$)|\s[—–]\s|\s\(|\s+(?:because|which|using|through|via|as|with|so|since|to|for|from|in|on)\b)/i.exec(answer);
  return (m ? m[1] : answer).trim();
}

const NEGATIVE = /\b(not|no|never|cannot|can't|doesn't|does not|isn't|is not|aren't|are not|distractors?|wrong|lacks?|without|instead|whereas|while|neither|nor)\b/i;
const SERVICE_NOUNS = /^(?:which|what)\s+(?:(?:aws|managed|serverless|relational|streaming|container|storage|nosql|in-memory|graph|analytics|orchestration|single)\s+)*(service|services|database|store|data store|orchestrator|option|deployment option|tool|catalog|engine|cache|control|warehouse|platform)\b(?!\s+(?:command|feature|statement|setting|mode|type|operation|function|clause|api|call|property|parameter|option|class|tier|key|policy|format|engine|layer|index|style|rule)\b)/i;

// ---- the bank -----------------------------------------------------------------------------------

export class QuestionBank {
  readonly questions: Question[];
  readonly byId = new Map<string, Question>();
  private readonly services: Service[];
  private readonly competitors = new Map<string, Set<string>>();
  private readonly tableBySection = new Map<Section, ChoiceTable>();
  /** Lower-cased row label → the table and row it names (labels of tables that are not service tables). */
  private readonly labelIndex = new Map<string, { table: ChoiceTable; row: number }>();
  private readonly factNumbers = new Map<string, Set<string>>();
  private readonly byName = new Map<string, Service>();
  /** Every name, short name, former name, alias and ambiguous name (lower case) → its one service. */
  private readonly exactNames = new Map<string, string | null>();
  private readonly byFamily = new Map<string, Service[]>();
  private readonly topLevel: Service[] = [];
  private readonly descriptions = new Map<string, string>();
  /** Service id → services its own note names under "When not to choose it" or "Exam traps". */
  private readonly alternatives = new Map<string, string[]>();
  /** Service id → ids of its parent, sub-features and services named like it ("CloudWatch" / "CloudWatch Logs"). */
  private readonly relatives = new Map<string, Set<string>>();

  constructor(private readonly kb: KnowledgeBase) {
    this.services = [...kb.services.values()].sort((a, b) => a.id.localeCompare(b.id));
    for (const x of this.services) {
      this.byName.set(x.name, x);
      const f = categoryFamily(x.category);
      this.byFamily.set(f, [...(this.byFamily.get(f) ?? []), x]);
      if (!x.parent) this.topLevel.push(x);
      for (const n of [...serviceNames(x), ...x.ambiguous]) {
        const k = n.toLowerCase();
        this.exactNames.set(k, this.exactNames.has(k) && this.exactNames.get(k) !== x.id ? null : x.id);
      }
    }
    this.indexRelatives();
    const docs = kb.documents().sort((a, b) => a.file.localeCompare(b.file));
    this.indexTables(docs);
    for (const doc of docs) {
      if (!doc.serviceId || this.alternatives.has(doc.serviceId)) continue;
      const ids: string[] = [];
      for (const sec of doc.sections) if (/^(when not to choose|exam traps)/i.test(sec.title)) for (const id of sec.serviceIds) if (!ids.includes(id)) ids.push(id);
      this.alternatives.set(doc.serviceId, ids);
    }
    this.indexFactNumbers(docs);
    // Drafts are finished as they come, so they die young (cheap for the garbage collector).
    const add = (drafts: Draft[]) => {
      for (const d of drafts) {
        const q = this.finish(d);
        if (q && !this.byId.has(q.id)) this.byId.set(q.id, q);
      }
    };
    for (const doc of docs) for (const section of doc.sections) add(this.fromSection(doc, section));
    add(this.identifyDrafts(docs));
    this.questions = [...this.byId.values()];
    this.idsCache.clear();
    this.namesCache.clear();
    this.linesCache.clear();
  }

  get(id: string): Question | undefined { return this.byId.get(id); }

  /** A word that is a service's name or alias ("Lambda"), so it keeps its capital. */
  private readonly isName = (word: string) => this.exactNames.has(word.toLowerCase());

  private readonly idsCache = new Map<string, string[]>();
  private readonly namesCache = new Map<string, Match[]>();

  private servicesIn(text: string): string[] {
    let v = this.idsCache.get(text);
    if (!v) { v = this.kb.matcher.servicesIn(text); this.idsCache.set(text, v); }
    return v;
  }

  /**
   * Services of the section that `text` names (by name, short name, alias or former name): cheaper
   * than the matcher for the many short texts of one section (its cues, cards, facts).
   */
  private mentioned(text: string, section: Section): string[] {
    return section.serviceIds.filter((id) => { const s = this.kb.service(id); return !!s && namesService(text, s); });
  }

  private nameMatches(text: string): Match[] {
    let v = this.namesCache.get(text);
    if (!v) { v = this.kb.matcher.scanText(text).filter((m) => m.kind === 'name'); this.namesCache.set(text, v); }
    return v;
  }

  // ---- indexes ------------------------------------------------------------------------------------

  private indexTables(docs: NoteDocument[]): void {
    for (const doc of docs) {
      for (const section of doc.sections) {
        const rows = section.choiceRows;
        if (rows.length < 2) continue;
        const ids = rows.map((r) => this.essentialService(r.choice));
        const serviceTable = ids.every((x) => !!x) && new Set(ids).size === ids.length;
        const rowIds = serviceTable ? ids as string[] : undefined;
        const labels = rows.map((r, i) => (rowIds ? this.kb.service(rowIds[i])!.name : stripMd(r.choice)));
        if (new Set(labels.map((l) => l.toLowerCase())).size !== labels.length) continue;
        const m = /^choose (?:an? )?([a-z][a-z -]*?) when\b/i.exec(section.title);
        const noun = rowIds ? 'service' : m ? m[1].toLowerCase() : 'option';
        const table: ChoiceTable = { doc, section, rows, rowIds, labels, noun };
        this.tableBySection.set(section, table);
        if (rowIds) {
          for (const a of rowIds) for (const b of rowIds) if (a !== b) {
            const set = this.competitors.get(a) ?? new Set<string>();
            set.add(b);
            this.competitors.set(a, set);
          }
        } else {
          labels.forEach((l, row) => { if (!this.labelIndex.has(l.toLowerCase())) this.labelIndex.set(l.toLowerCase(), { table, row }); });
        }
      }
    }
  }

  /** Numbers (with units) in each service's key facts: a fact that shares one cannot tell them apart. */
  private indexFactNumbers(docs: NoteDocument[]): void {
    for (const doc of docs) {
      if (!doc.serviceId) continue;
      const set = this.factNumbers.get(doc.serviceId) ?? new Set<string>();
      for (const s of doc.sections) {
        for (const m of s.text.matchAll(NUMBER_G)) set.add(`${m[1]} ${m[3]}`.toLowerCase());
      }
      this.factNumbers.set(doc.serviceId, set);
    }
  }

  // ---- drafts -------------------------------------------------------------------------------------

  private fromSection(doc: NoteDocument, section: Section): Draft[] {
    const out: Draft[] = [];
    section.questions.forEach((p) => { const d = this.scenario(doc, section, p); if (d) out.push(d); });
    const table = this.tableBySection.get(section);
    if (table) out.push(...this.chooseDrafts(table));
    out.push(...this.clozeDrafts(doc, section));
    section.cards.forEach((c) => {
      const d = this.cardDraft(doc, section, c.question, c.answer, c.line, c.kind === 'cloze');
      if (d) out.push(d);
    });
    return out;
  }

  private scenario(doc: NoteDocument, section: Section, p: QuestionPassage): Draft | undefined {
    const base = { doc, section, line: p.line };
    const question = stripMd(p.question);
    const answer = stripMd(p.answer);
    const lead = leadClause(answer);
    const recall = (): Draft => ({
      ...base, kind: 'recall', stem: question, correct: [], distractors: [], optionKind: 'text',
      answerText: answer, explanation: answer, serviceIds: this.servicesIn(answer).slice(0, 3), answerServiceIds: [],
    });
    // The answer is a row of a comparison table whose rows are not services (a storage class …).
    const label = this.labelIndex.get(lead.toLowerCase());
    if (label) {
      const { table, row } = label;
      const others = table.labels.filter((_, i) => i !== row);
      return {
        ...base, kind: 'scenario', stem: question, correct: [table.labels[row]],
        distractors: shuffle(others, rng(`${section.id}:${p.line}`)), optionKind: 'text',
        explanation: answer, optionNotes: this.whyNotNotes(table, row),
        serviceIds: this.servicesIn(table.rows[row].choice), answerServiceIds: [],
      };
    }
    const exact = this.exactService(lead);
    const ms = exact ? [{ line: 0, column: 0, endColumn: lead.length, text: lead, serviceId: exact, kind: 'name' as const }] : this.nameMatches(lead);
    const lead0 = lead.replace(/^(?:the|an?)\s+/i, '');
    const offset = lead.length - lead0.length;
    if (!ms.length || ms[0].column > offset) return recall();
    const ids = [...new Set(ms.map((m) => m.serviceId))];
    const covered = ms.reduce((n, m) => n + (m.endColumn - m.column), 0);
    let correct = [ids[0]];
    if (ids.length === 2 && ms.length === 2) {
      const between = lead.slice(ms[0].endColumn, ms[1].column);
      if (/^\s*(?:and|plus)\s*$/i.test(between) && ms[1].endColumn >= lead.length - 1) correct = ids;
    }
    const coverage = covered / Math.max(1, lead0.length);
    if (coverage < 0.75 && !SERVICE_NOUNS.test(question)) return recall();
    // Services elsewhere in the answer: named as wrong ("X is the usual distractor, but …") they are
    // the best distractors; otherwise they may be part of the answer, so they are left out.
    const excluded = new Set<string>([...ids, ...this.servicesIn(question)]);
    const preferred: string[] = [];
    const notes = new Map<string, string>();
    const rest = answer.slice(answer.indexOf(lead) + lead.length);
    rest.split(/(?<=[.;])\s+/).forEach((whole, index) => {
      // "X, because …, while Lambda handles …": only the contrasting part speaks about Lambda; the
      // rest of the answer's own sentence explains the answer.
      const namesCorrect = (t: string) => correct.some((id) => namesService(t, this.kb.service(id)!));
      const contrast = /,\s*(?:while|whereas|but)\s+(.*)$/i.exec(whole);
      const clause = contrast && (index === 0 || namesCorrect(whole)) ? contrast[1] : index === 0 ? '' : whole;
      const named = this.servicesIn(whole).filter((id) => !correct.includes(id));
      if (!named.length) return;
      const inClause = new Set(clause ? this.servicesIn(clause) : []);
      const negative = !!clause && (NEGATIVE.test(clause) || !!contrast) && !namesCorrect(clause);
      for (const id of named) {
        if (negative && inClause.has(id) && !excluded.has(id)) {
          preferred.push(id);
          notes.set(this.kb.service(id)!.name, sentence(clause.replace(/^(?:while|whereas|but)\s+/i, '')));
        } else excluded.add(id);
      }
    });
    const two = correct.length === 2;
    const stem = two
      ? (/^which service\b/i.test(question) ? question.replace(/^which service\b/i, 'Which TWO services') : question) + ' (Select TWO.)'
      : question;
    return {
      ...base, kind: 'scenario', stem, correct: correct.map((id) => this.kb.service(id)!.name),
      distractors: this.serviceDistractors(correct, excluded, `${section.id}:${p.line}`, preferred).map((s) => s.name),
      optionKind: 'service', explanation: answer, optionNotes: notes,
      serviceIds: correct, answerServiceIds: correct,
    };
  }

  private chooseDrafts(t: ChoiceTable): Draft[] {
    const out: Draft[] = [];
    const { doc, section, rows, rowIds, labels, noun } = t;
    const base = { doc, section };
    const cueOwners = new Map<string, number>();
    rows.forEach((r) => r.cues.forEach((c) => cueOwners.set(c.toLowerCase(), (cueOwners.get(c.toLowerCase()) ?? 0) + 1)));
    const uniqueCue = (c: string) => cueOwners.get(c.toLowerCase()) === 1;
    const rowServices = (i: number) => (rowIds ? [rowIds[i]] : this.servicesIn(rows[i].choice));
    // Services beyond the table's rows (tables of 2–4 rows need them), never a row or a row's relative,
    // nor a service the cue names. Picked once per row, filtered per cue.
    const rowFamily = rowIds ? new Set(rowIds.flatMap((id) => [...(this.relatives.get(id) ?? [id])])) : new Set<string>();
    const extraPool = new Map<string, Service[]>();
    const extras = (answerIds: string[], key: string, cueText: string): string[] => {
      if (!rowIds) return [];
      const poolKey = answerIds.join('|');
      let pool = extraPool.get(poolKey);
      if (!pool) { pool = this.serviceDistractors(answerIds, rowFamily, `${section.id}:${poolKey}`); extraPool.set(poolKey, pool); }
      const named = new Set(this.mentioned(cueText, section));
      const list = pool.filter((s) => !named.has(s.id)).map((s) => s.name);
      return shuffle(list, rng(`${section.id}:${key}`));
    };
    const explanations = rows.map((r, i) => `Choose ${labels[i]} when the scenario mentions: ${r.cues.map(stripMd).join('; ')}.`);
    const explain = (i: number) => explanations[i];
    rows.forEach((row, i) => {
      const answerIds = rowServices(i);
      const notes = this.whyNotNotes(t, i);
      const whyNot = row.whyNot ? ` Why not the others: ${sentence(stripMd(row.whyNot))}` : '';
      row.cues.forEach((rawCue, k) => {
        const cue = stripMd(rawCue);
        if (!uniqueCue(rawCue)) return;
        out.push({
          ...base, line: row.line, kind: 'choose',
          stem: `Which ${noun} fits best when the scenario mentions “${cue}”?`,
          correct: [labels[i]],
          distractors: [...shuffle(labels.filter((_, j) => j !== i), rng(`${section.id}:c${i}.${k}`)), ...extras(answerIds, `c${i}.${k}`, cue)],
          optionKind: rowIds ? 'service' : 'text',
          explanation: explain(i) + whyNot, optionNotes: notes,
          serviceIds: answerIds, answerServiceIds: rowIds ? answerIds : [],
        });
      });
      // Two workloads, two rows.
      const j = (i + 1) % rows.length;
      if (rows.length >= 3 && j !== i) {
        const r = rng(`${section.id}:m${i}`);
        const ownCues = row.cues.filter(uniqueCue);
        const otherCues = rows[j].cues.filter(uniqueCue);
        const cueA = ownCues[Math.floor(r() * ownCues.length)];
        const cueB = otherCues[Math.floor(r() * otherCues.length)];
        if (cueA && cueB) {
          const idsJ = rowServices(j);
          const both = [...new Set([...answerIds, ...idsJ])];
          out.push({
            ...base, line: row.line, kind: 'choose-two',
            stem: `A team has two separate workloads. One mentions “${stripMd(cueA)}”; the other mentions “${stripMd(cueB)}”. Which TWO ${plural(noun)} should the team choose? (Select TWO.)`,
            correct: [labels[i], labels[j]],
            distractors: [...shuffle(labels.filter((_, x) => x !== i && x !== j), r), ...extras(both, `m${i}`, `${cueA} ${cueB}`)],
            optionKind: rowIds ? 'service' : 'text',
            explanation: `${explain(i)} ${explain(j)}`,
            optionNotes: mergeNotes(this.whyNotNotes(t, i), this.whyNotNotes(t, j), [labels[i], labels[j]]),
            serviceIds: both, answerServiceIds: rowIds ? both : [],
          });
        }
      }
      // Which TWO cues point to this row?
      const own = row.cues.filter((c) => uniqueCue(c) && !answerIds.some((id) => namesService(c, this.kb.service(id)!)) && !c.toLowerCase().includes(labels[i].toLowerCase()));
      const foreign = rows.flatMap((o, x) => (x === i ? [] : o.cues.filter((c) => uniqueCue(c)
        && !answerIds.some((id) => namesService(c, this.kb.service(id)!)) && !c.toLowerCase().includes(labels[i].toLowerCase()))));
      if (own.length >= 2 && foreign.length >= 3) {
        const r = rng(`${section.id}:w${i}`);
        const correct = shuffle(own, r).slice(0, 2).map(stripMd);
        out.push({
          ...base, line: row.line, kind: 'choose-two',
          stem: `Which TWO requirements point to ${labels[i]} rather than ${rows.length <= 4 ? orList(labels.filter((_, x) => x !== i)) : `the other ${plural(noun)}`}? (Select TWO.)`,
          correct, distractors: shuffle(foreign, r).map(stripMd), optionKind: 'text',
          explanation: explain(i) + (row.whyNot ? ` Why not the others: ${sentence(stripMd(row.whyNot))}` : ''),
          optionNotes: this.cueNotes(t, i),
          serviceIds: answerIds, answerServiceIds: [],
        });
      }
    });
    return out;
  }

  /** The "Why not the others" cell of row `i`, split on ';' and attributed to the other rows it names. */
  private readonly whyNotCache = new Map<ChoiceRow, Map<string, string>>();

  private whyNotNotes(t: ChoiceTable, i: number): Map<string, string> {
    let notes = this.whyNotCache.get(t.rows[i]);
    if (notes) return notes;
    notes = new Map<string, string>();
    this.whyNotCache.set(t.rows[i], notes);
    const whyNot = t.rows[i].whyNot;
    if (!whyNot) return notes;
    const forms = t.forms ??= labelForms(t.rows.map((r) => stripMd(r.choice)));
    for (const part of stripMd(whyNot).split(/;\s*/)) {
      if (!part.trim()) continue;
      const ids = new Set(this.mentioned(part, t.section));
      t.rows.forEach((r, j) => {
        if (j === i) return;
        const named = (t.rowIds && ids.has(t.rowIds[j])) || forms[j].some((f) => hasWord(part, f) && !part.toLowerCase().includes(`${f.toLowerCase()}-`));
        if (!named) return;
        const prev = notes!.get(t.labels[j]);
        notes!.set(t.labels[j], prev ? `${prev} ${sentence(part)}` : sentence(part));
      });
    }
    return notes;
  }

  /** For "which TWO cues": each foreign cue's note says which row it belongs to. */
  private cueNotes(t: ChoiceTable, i: number): Map<string, string> {
    const notes = new Map<string, string>();
    t.rows.forEach((r, j) => { if (j !== i) for (const c of r.cues) notes.set(stripMd(c), `This points to ${t.labels[j]}.`); });
    return notes;
  }

  private clozeDrafts(doc: NoteDocument, section: Section): Draft[] {
    const out: Draft[] = [];
    const facts: { text: string; line: number }[] = [];
    if (/^(key facts|key limits|limits|quotas|numbers)/i.test(section.title) || /^numbers that/i.test(section.title)) {
      for (const item of listItems(section.markdown)) facts.push({ text: stripMd(item), line: this.lineOf(doc, section, item) });
    }
    // Sentences that hold a bold key statement with a number.
    for (const k of section.keyStatements) {
      if (!NUMBER.test(k.text)) continue;
      const plain = stripMd(k.text);
      const host = sentencesOf(section).find((s) => s.includes(plain));
      if (host && !facts.some((f) => f.text.includes(host) || host.includes(f.text))) facts.push({ text: host, line: k.line });
    }
    for (const f of facts) {
      const text = f.text; // stripMd collapsed the whitespace
      if (text.length < 30 || text.length > 320 || !/^[A-Z0-9"“(]/.test(text) || !/(?:\S+\s+){5}\S/.test(text) || !/\d/.test(text)) continue;
      let made = 0;
      for (const m of text.matchAll(NUMBER_G)) {
        if (made >= 2) break;
        const at = m.index!;
        const before = text.slice(0, at);
        const after = text.slice(at + m[0].length);
        if (/(\d\s*(?:–|-|to|and)\s*)$/i.test(before) || /^\s*(?:–|-|to\s+\d|and\s+\d)/i.test(after)) continue; // part of a range
        const stem = `${before}_____${after}`;
        if (stem.includes(m[1])) continue; // the number would still show
        const unit = m[3];
        const avoid = [...text.matchAll(NUMBER_G)].filter((x) => x[3] === unit).map((x) => x[1]);
        const distractors = numberVariants(m[1], unit, rng(`${section.id}:${f.line}:${at}`), m[2], avoid);
        out.push({
          doc, section, line: f.line, kind: 'cloze', stem: `Fill in the blank: ${sentence(stem)}`,
          correct: [m[0]], distractors, optionKind: 'number', explanation: sentence(text),
          serviceIds: this.mentioned(text, section).slice(0, 3), answerServiceIds: [],
        });
        made++;
      }
    }
    return out;
  }

  private cardDraft(doc: NoteDocument, section: Section, rawQ: string, rawA: string, line: number, cloze: boolean): Draft | undefined {
    const q = stripMd(rawQ).replace(/\[…\]/g, '_____');
    const a = stripMd(rawA);
    if (!q || !a) return undefined;
    const base = { doc, section, line };
    const explanation = cloze ? sentence(q.replace('_____', a)) : `${q.replace(/[?:.]$/, '')}${q.endsWith('?') ? '?' : ':'} ${/[.!?]$/.test(a) ? a : a + '.'}`;
    const sid = this.serviceAnswer(a);
    if (sid) {
      const s = this.kb.service(sid)!;
      if (!namesService(q, s)) {
        const excluded = new Set(this.mentioned(q, section));
        return {
          ...base, kind: 'card', stem: cloze ? `Fill in the blank: ${sentence(q)}` : cardStem(q, 'service', false, this.isName),
          correct: [s.name], distractors: this.serviceDistractors([sid], excluded, `${section.id}:${line}:${q}`).map((x) => x.name),
          optionKind: 'service', explanation, serviceIds: [sid], answerServiceIds: [sid],
        };
      }
    }
    const digit = /\d/.test(a);
    const num = digit ? NUMBER.exec(a) : null;
    const bare = digit ? BARE_NUMBER.exec(a) : null;
    const whole = (m: RegExpExecArray) => m.index === 0 && /^\s*(?:\([^)]*\))?\.?$/.test(a.slice(m[0].length));
    if (num && whole(num) && !q.includes(num[1])) {
      const avoid = [...a.matchAll(NUMBER_G)].filter((x) => x[3] === num[3]).map((x) => x[1]);
      return {
        ...base, kind: 'card', stem: cloze ? `Fill in the blank: ${sentence(q)}` : cardStem(q, 'number', false, this.isName),
        correct: [num[0]], distractors: numberVariants(num[1], num[3], rng(`${section.id}:${line}:${q}`), num[2], avoid),
        optionKind: 'number', explanation, serviceIds: this.mentioned(q, section).slice(0, 3), answerServiceIds: [],
      };
    }
    if (bare && !q.includes(bare[1])) {
      return {
        ...base, kind: 'card', stem: cloze ? `Fill in the blank: ${sentence(q)}` : cardStem(q, 'number', true, this.isName),
        correct: [bare[1]], distractors: numberVariants(bare[1], '', rng(`${section.id}:${line}:${q}`)),
        optionKind: 'number', explanation, serviceIds: this.mentioned(q, section).slice(0, 3), answerServiceIds: [],
      };
    }
    return {
      ...base, kind: 'recall', stem: cloze ? sentence(q) : q, correct: [], distractors: [], optionKind: 'text',
      answerText: a, explanation, serviceIds: this.mentioned(`${q} ${a}`, section).slice(0, 3), answerServiceIds: [],
    };
  }

  private identifyDrafts(docs: NoteDocument[]): Draft[] {
    const out: Draft[] = [];
    const docOf = new Map<string, NoteDocument>();
    for (const d of docs) if (d.serviceId && !docOf.has(d.serviceId)) docOf.set(d.serviceId, d);
    for (const s of this.services) {
      const doc = docOf.get(s.id);
      const section = doc?.sections[0];
      if (!doc || !section) continue;
      const family = this.family(s);
      const clean = (text: string) => !family.some((x) => namesService(text, x)) && !this.servicesIn(text).includes(s.id);
      const desc = stripMd(s.description);
      if (desc && clean(desc)) {
        out.push({
          doc, section, line: s.line, kind: 'identify',
          stem: `Which AWS service is this? “${sentence(desc)}”`,
          correct: [s.name], distractors: this.serviceDistractors([s.id], new Set(this.servicesIn(desc)), `${s.id}:identify`).map((x) => x.name),
          optionKind: 'service', explanation: `${s.name}: ${sentence(desc)}`, serviceIds: [s.id], answerServiceIds: [s.id],
        });
      }
      // Key facts with a number: specific enough to tell services apart, unless another service's
      // note has the same number (then that service is not offered as a distractor).
      const factsSection = doc.sections.find((x) => /^key facts/i.test(x.title));
      if (!factsSection) continue;
      let made = 0;
      for (const item of listItems(factsSection.markdown)) {
        if (made >= 2) break;
        const fact = stripMd(item);
        const numbers = [...fact.matchAll(NUMBER_G)].map((m) => `${m[1]} ${m[3]}`.toLowerCase());
        if (!numbers.length || fact.length < 40 || fact.length > 260 || !clean(fact)) continue;
        const sharing = this.services.filter((o) => o.id !== s.id && numbers.some((n) => this.factNumbers.get(o.id)?.has(n))).map((o) => o.id);
        out.push({
          doc, section: factsSection, line: this.lineOf(doc, factsSection, item), kind: 'identify',
          stem: `Which AWS service does this fact describe? “${sentence(fact)}”`,
          correct: [s.name],
          distractors: this.serviceDistractors([s.id], new Set([...sharing, ...this.servicesIn(fact)]), `${s.id}:fact:${fact}`).map((x) => x.name),
          optionKind: 'service', explanation: `${s.name}: ${sentence(fact)}`, serviceIds: [s.id], answerServiceIds: [s.id],
        });
        made++;
      }
    }
    return out;
  }

  // ---- helpers ------------------------------------------------------------------------------------

  /** The service whose name (or alias …) the whole text is: "Aurora", "Lake Formation". */
  private exactService(text: string): string | undefined {
    const k = text.replace(/\s*\([^)]*\)\s*$/, '').replace(/[.]$/, '').trim().toLowerCase();
    return this.exactNames.get(k) ?? undefined;
  }

  /** The service a short text names, when the text is essentially that name ("Amazon MSK", "RDS Proxy"). */
  private serviceAnswer(answer: string): string | undefined {
    const exact = this.exactService(answer);
    if (exact) return exact;
    // Longer than any service name with a little around it, or a number: not "essentially a name".
    if (answer.length > 80 || /^\d/.test(answer)) return undefined;
    const a = answer.replace(/[.*_`]/g, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
    const ms = this.nameMatches(a);
    if (!ms.length || !ms.every((m) => m.serviceId === ms[0].serviceId)) return undefined;
    const covered = ms[0].endColumn - ms[0].column;
    return ms[0].column === 0 && covered >= a.length * 0.6 ? ms[0].serviceId : undefined;
  }

  /** A table cell that is essentially one service's name. */
  private essentialService(choice: string): string | undefined {
    const exact = this.exactService(stripMd(choice));
    if (exact) return exact;
    const a = stripMd(choice).replace(/\s*\([^)]*\)\s*$/, '').trim();
    const ms = this.nameMatches(a);
    if (ms.length !== 1) return undefined;
    return ms[0].column === 0 && ms[0].endColumn >= a.length - 1 ? ms[0].serviceId : undefined;
  }

  private indexRelatives(): void {
    const core = (n: string) => n.replace(/^(?:amazon|aws)\s+/i, '').toLowerCase();
    const names = new Map(this.services.map((s) => [s.id, [s.name, s.shortName].filter((n): n is string => !!n).map(core)]));
    for (const a of this.services) {
      const set = new Set<string>([a.id]);
      const as = names.get(a.id)!;
      for (const x of this.services) {
        if (x.id === a.parent || x.parent === a.id) { set.add(x.id); continue; }
        const xs = names.get(x.id)!;
        if (xs.some((p) => as.some((q) => p === q || p.startsWith(q + ' ') || q.startsWith(p + ' ')))) set.add(x.id);
      }
      this.relatives.set(a.id, set);
    }
  }

  /** The service, its parent and its sub-features: none may be a distractor for another. */
  private family(s: Service): Service[] {
    return [...(this.relatives.get(s.id) ?? [s.id])].map((id) => this.kb.service(id)).filter((x): x is Service => !!x);
  }

  private related(x: Service, a: Service): boolean {
    return this.relatives.get(a.id)?.has(x.id) ?? x.id === a.id;
  }

  /**
   * Distractor services, best first: those the passage names as wrong, the answer's rivals in the
   * comparison tables, services of the same category, then any other. Never an answer, its parent or
   * sub-feature, an umbrella brand, or an excluded service.
   */
  private serviceDistractors(answerIds: string[], excluded: Set<string>, seed: string, preferred: string[] = []): Service[] {
    const answers = answerIds.map((id) => this.kb.service(id)).filter((s): s is Service => !!s);
    if (!answers.length) return [];
    const out: Service[] = [];
    const rivals = [...new Set(answers.flatMap((a) => [...(this.competitors.get(a.id) ?? [])]))].sort();
    const named = new Set([...preferred, ...rivals]);
    const consider = (s: Service | undefined) => {
      if (!s || out.length >= 6 || out.includes(s) || excluded.has(s.id) || /\(brand\)/i.test(s.category)) return;
      if (answers.some((a) => this.related(s, a) || a.name === s.name)) return;
      // Sub-features of one parent are too entangled to be told apart, unless the notes compare them.
      if (!named.has(s.id) && answers.some((a) => a.parent && a.parent === s.parent)) return;
      out.push(s);
    };
    for (const id of preferred) consider(this.kb.service(id));
    const r = rng(seed);
    for (const id of shuffle(rivals, r)) consider(this.kb.service(id));
    const fams = answers.length === 1 ? [categoryFamily(answers[0].category)] : [...new Set(answers.map((a) => categoryFamily(a.category)))];
    const alternatives = answers.length === 1 ? this.alternatives.get(answers[0].id) ?? [] : [...new Set(answers.flatMap((a) => this.alternatives.get(a.id) ?? []))].sort();
    const sameFamily = (s: Service) => fams.includes(categoryFamily(s.category));
    // Seeded rotations instead of full shuffles: the same variety for far less garbage.
    const rotate = <T>(list: readonly T[], visit: (x: T) => void) => {
      if (!list.length) return;
      const start = Math.floor(r() * list.length);
      const step = list.length > 2 ? 1 + Math.floor(r() * (list.length - 1)) : 1;
      const coprime = gcd(step, list.length) === 1 ? step : 1;
      for (let k = 0; k < list.length && out.length < 6; k++) visit(list[(start + k * coprime) % list.length]);
    };
    rotate(alternatives, (id) => { const s = this.kb.service(id); if (s && sameFamily(s)) consider(s); });
    for (const f of fams) rotate(this.byFamily.get(f) ?? [], consider);
    rotate(alternatives, (id) => consider(this.kb.service(id)));
    // Any other top-level service, from a seeded starting point (no need to shuffle them all).
    const start = Math.floor(r() * this.topLevel.length);
    for (let k = 0; k < this.topLevel.length && out.length < 6; k++) consider(this.topLevel[(start + k * 7) % this.topLevel.length]);
    for (let k = 0; k < this.topLevel.length && out.length < 6; k++) consider(this.topLevel[k]);
    return out;
  }

  private readonly linesCache = new Map<Section, string[]>();

  private lineOf(_doc: NoteDocument, section: Section, item: string): number {
    let lines = this.linesCache.get(section);
    if (!lines) { lines = section.markdown.split('\n'); this.linesCache.set(section, lines); }
    const head = item.slice(0, 40);
    const i = lines.findIndex((l) => l.includes(head));
    return i >= 0 ? section.startLine + i : section.startLine;
  }

  private placement(d: Draft): { domain?: number; task?: string } {
    if (d.section.task) return { domain: Number(d.section.task[0]), task: d.section.task };
    const svcs = d.serviceIds.map((id) => this.kb.service(id)).filter((s): s is Service => !!s);
    const candidates = d.doc.domains.length ? d.doc.domains : [...new Set(svcs.flatMap((s) => s.domains))].sort();
    let domain = candidates[0];
    let best = -1;
    for (const c of candidates) {
      const score = svcs.filter((s) => s.domains.includes(c)).length;
      if (score > best) { best = score; domain = c; }
    }
    if (!domain) return {};
    const tasks = [...d.doc.tasks, ...svcs.flatMap((s) => s.tasks)];
    return { domain, task: tasks.find((t) => t.startsWith(`${domain}.`)) };
  }

  private finish(d: Draft): Question | undefined {
    const stem = /\s\s|^\s|\s$|[\n\t]/.test(d.stem) ? d.stem.replace(/\s+/g, ' ').trim() : d.stem;
    if (stem.length < 12) return undefined;
    const { domain, task } = this.placement(d);
    const idOf = (answers: string) => `${d.kind}:${hashString(`${d.doc.source}|${d.doc.relPath}|${stem}|${answers}`).toString(36)}`;
    const base = {
      kind: d.kind, stem, explanation: d.explanation,
      source: { file: d.doc.file, line: d.line, headingPath: d.section.headingPath },
      domain, task, serviceIds: [...new Set(d.serviceIds)],
    };
    if (d.kind === 'recall') {
      if (!d.answerText) return undefined;
      return { id: idOf(d.answerText), ...base, format: 'recall', options: [], answers: [], answerText: d.answerText };
    }
    const correct = d.correct.map((c) => c.trim());
    const lower = correct.map((c) => c.toLowerCase());
    if (!correct.length || correct.length > 2 || new Set(lower).size !== correct.length) return undefined;
    // The stem must not give the answer away.
    for (const sid of d.answerServiceIds) {
      const s = this.kb.service(sid);
      if (s && namesService(stem, s)) return undefined;
    }
    if (correct.some((c) => hasWord(stem, c))) return undefined;
    const named = (x: string) => {
      const s = d.optionKind === 'service' ? this.byName.get(x) : undefined;
      return s ? namesService(stem, s) : hasWord(stem, x);
    };
    const distractors: string[] = [];
    for (const raw of d.distractors) {
      const x = raw.trim();
      if (!x || lower.includes(x.toLowerCase()) || distractors.some((y) => y.toLowerCase() === x.toLowerCase()) || named(x)) continue;
      distractors.push(x);
      if (distractors.length === 3) break;
    }
    if (distractors.length < 3) return undefined;
    const id = idOf(correct.join('|'));
    const options = shuffle([...correct, ...distractors], rng(id));
    const notes = options.map((o) => (correct.includes(o) ? '' : d.optionNotes?.get(o) ?? this.describe(o, d.optionKind)));
    return {
      id, ...base, format: correct.length === 2 ? 'multiple' : 'single', options,
      answers: correct.map((c) => options.indexOf(c)).sort((a, b) => a - b),
      optionNotes: notes.some(Boolean) ? notes : undefined,
    };
  }

  /** For a service option the notes say nothing special about: what that service is. */
  private describe(option: string, kind: OptionKind): string {
    if (kind !== 'service') return '';
    let v = this.descriptions.get(option);
    if (v === undefined) {
      const s = this.byName.get(option);
      v = s?.description ? `${s.shortName ?? s.name}: ${sentence(stripMd(s.description))}` : '';
      this.descriptions.set(option, v);
    }
    return v;
  }
}

function gcd(a: number, b: number): number { return b ? gcd(b, a % b) : a; }

function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const categoryFamily = (c: string) => c.replace(/\s*\(.*$/, '');

function mergeNotes(a: Map<string, string>, b: Map<string, string>, skip: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of [a, b]) for (const [k, v] of m) if (!skip.includes(k)) out.set(k, out.has(k) ? `${out.get(k)} ${v}` : v);
  return out;
}

/** For each label, the word suffixes that name it and no other label ("S3 Standard-IA" → "Standard-IA"). */
function labelForms(labels: string[]): string[][] {
  const suffixes = labels.map((l) => {
    const words = l.split(/\s+/);
    return words.map((_, i) => words.slice(i).join(' ')).filter((s) => /[A-Za-z]{3,}/.test(s));
  });
  return suffixes.map((list, i) => list.filter((s) => !suffixes.some((other, j) => j !== i && other.some((o) => o.toLowerCase() === s.toLowerCase()))));
}

const sentenceCache = new WeakMap<Section, string[]>();

/** Sentences of a section's plain text. */
function sentencesOf(section: Section): string[] {
  let v = sentenceCache.get(section);
  if (!v) {
    v = section.text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/).map((s) => s.trim()).filter(Boolean);
    sentenceCache.set(section, v);
  }
  return v;
}

const CARD_NOUN = '(service|aws service|feature|tool|orchestrator|database|cache|catalog|engine|option|store)';
const CARD_THAT = new RegExp(`^${CARD_NOUN}\\s+(?:that|which)\\s+(.+)$`, 'i');
const CARD_PREP = /^(service|aws service)\s+((?:for|underneath|behind|inside|under|within|between)\s+.+)$/i;
const CARD_CLAUSE = new RegExp(`^${CARD_NOUN}\\s+(.+)$`, 'i');
const CARD_TO = new RegExp(`^${CARD_NOUN}\\s+to\\s+(choose|use|pick)\\s+(.+)$`, 'i');

/** A card's front as a question: "Maximum DynamoDB item size" → "What is the maximum DynamoDB item size?". */
export function cardStem(q: string, answer: 'service' | 'number', bare = false, isName?: (word: string) => boolean): string {
  const t = q.trim().replace(/[:.]$/, '');
  if (/\?$/.test(t)) return t;
  if (/^(?:where|what|which|how|when|why|who)\b/i.test(t)) return whQuestion(t);
  if (answer === 'service') {
    const m = CARD_THAT.exec(t);
    if (m) return `Which ${m[1].toLowerCase()} ${m[2]}?`;
    const c = CARD_TO.exec(t);
    if (c) return `Which ${c[1].toLowerCase()} should you ${c[2].toLowerCase()} ${c[3]}?`;
    // "Service underneath SageMaker Catalog" → "Which service is underneath SageMaker Catalog?"
    const p = CARD_PREP.exec(t);
    if (p) return `Which ${p[1].toLowerCase() === 'aws service' ? 'AWS service' : p[1].toLowerCase()} is ${p[2]}?`;
    // "Service AWS Config uses for remediation" → "Which service does AWS Config use for remediation?"
    const v = CARD_CLAUSE.exec(t);
    if (v) { const q2 = whQuestion(`Which ${v[1].toLowerCase()} ${v[2]}`, true); if (q2.includes(' does ')) return q2; }
    return `Which service is the ${lowerFirst(t, isName)}?`;
  }
  const first = t.split(/\s/)[0];
  if (bare && /^(?:[A-Z]{2,}s|[A-Za-z][a-z]*[^siu]s)$/.test(first)) return `How many ${lowerFirst(t, isName)}?`;
  // "Maximum targets per EventBridge rule" (a count) → "the maximum number of targets per …".
  const count = bare && !/\bnumber of\b/i.test(t) ? /^(maximum|minimum|default|recommended|typical)\s+((?:[a-z-]+\s+){0,2}?[a-z-]*[^siu\s]s)((?:\s+(?:in|per|of|for|on|that|before|a|an|one)\b.*)?)$/i.exec(t) : null;
  if (count) return `What is the ${count[1].toLowerCase()} number of ${count[2]}${count[3]}?`;
  return `What is the ${lowerFirst(t, isName)}?`;
}

const NOT_VERBS = new Set(['is', 'was', 'has', 'does', 'its', 'this', 'as', 'us', 'always', 'across', 'less', 'plus', 'thus', 'various', 'previous', 'its']);

/**
 * A card front that starts like a question but is a clause ("Where Athena reads table schemas from")
 * becomes a question ("Where does Athena read table schemas from?").
 */
export function whQuestion(t: string, properSubject = false): string {
  const m = /^(where|how long|how often|how|when|why|what|which [a-z]+)\s+(.+)$/i.exec(t);
  if (!m) return `${t}?`;
  const words = m[2].split(' ');
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    // With a proper-noun subject ("AWS Config uses …") every word before the verb is capitalised.
    if (properSubject && !/^[A-Z0-9]/.test(words[i - 1])) break;
    if (w === 'is' || w === 'are') return `${m[1]} ${w} ${[...words.slice(0, i), ...words.slice(i + 1)].join(' ')}?`;
    if (!/^[a-z]+s$/.test(w) || NOT_VERBS.has(w) || /ss$/.test(w)) continue;
    const base = /(ss|sh|ch|x|z)es$/.test(w) ? w.slice(0, -2) : /[^aeiou]ies$/.test(w) ? w.slice(0, -3) + 'y' : w.slice(0, -1);
    return `${m[1]} does ${[...words.slice(0, i), base, ...words.slice(i + 1)].join(' ')}?`;
  }
  return `${t}?`;
}

// ---- the cached bank and selection --------------------------------------------------------------

const bankCache = new WeakMap<KnowledgeBase, { version: number; bank: QuestionBank }>();
let kbVersion = 0;
const versions = new WeakMap<KnowledgeBase, number>();

/** The bank of a knowledge base, rebuilt only after the knowledge base changes. */
export function questionBank(kb: KnowledgeBase): QuestionBank {
  if (!versions.has(kb)) {
    versions.set(kb, ++kbVersion);
    kb.onDidChange(() => versions.set(kb, ++kbVersion));
  }
  const v = versions.get(kb)!;
  const cached = bankCache.get(kb);
  if (cached && cached.version === v) return cached.bank;
  const bank = new QuestionBank(kb);
  bankCache.set(kb, { version: v, bank });
  return bank;
}

/** Picks `count` questions for a seed, with options reshuffled for that seed. */
export function generateQuestions(kb: KnowledgeBase, options: GenerateOptions): Question[] {
  return selectQuestions(questionBank(kb).questions, options);
}

/** The questions a focus allows (domain, services, kinds, recall or not), in bank order. */
export function filterQuestions(bank: readonly Question[], options: Omit<GenerateOptions, 'count' | 'seed'>): Question[] {
  let pool = bank.filter((q) => options.includeRecall || q.format !== 'recall');
  if (options.domain) pool = pool.filter((q) => q.domain === options.domain);
  if (options.serviceIds?.length) pool = pool.filter((q) => q.serviceIds.some((s) => options.serviceIds!.includes(s)));
  if (options.kinds?.length) pool = pool.filter((q) => options.kinds!.includes(q.kind));
  if (options.excludeIds?.size) pool = pool.filter((q) => !options.excludeIds!.has(q.id));
  return pool;
}

export function selectQuestions(bank: readonly Question[], options: GenerateOptions): Question[] {
  const pool = filterQuestions(bank, options);
  const r = rng(options.seed);
  let picked: Question[];
  if (options.examWeights) {
    picked = [];
    const byDomain = new Map<number, Question[]>();
    for (const q of shuffle(pool, r)) if (q.domain) { const l = byDomain.get(q.domain) ?? []; l.push(q); byDomain.set(q.domain, l); }
    const quotas = apportion(options.count, EXAM_WEIGHTS);
    for (const [d, n] of Object.entries(quotas)) picked.push(...(byDomain.get(Number(d)) ?? []).slice(0, n));
    if (picked.length < options.count) {
      const chosen = new Set(picked);
      picked.push(...shuffle(pool.filter((q) => !chosen.has(q)), r).slice(0, options.count - picked.length));
    }
    picked = shuffle(picked, r);
  } else {
    picked = shuffle(pool, r).slice(0, options.count);
  }
  return picked.map((q) => reshuffle(q, options.seed));
}

/** Largest-remainder apportionment of n questions over the domain weights. */
export function apportion(n: number, weights: Record<number, number>): Record<number, number> {
  const entries = Object.entries(weights).map(([k, w]) => ({ k: Number(k), exact: n * w }));
  const out: Record<number, number> = {};
  let used = 0;
  for (const e of entries) { out[e.k] = Math.floor(e.exact); used += out[e.k]; }
  entries.sort((a, b) => (b.exact % 1) - (a.exact % 1));
  for (let i = 0; used < n; i++, used++) out[entries[i % entries.length].k]++;
  return out;
}

/** The question with its options in the order of a seed (the same seed always gives the same order). */
export function reshuffle(q: Question, seed: string): Question {
  if (q.format === 'recall') return q;
  const order = shuffle(q.options.map((_, i) => i), rng(`${seed}:${q.id}`));
  return {
    ...q,
    options: order.map((i) => q.options[i]),
    answers: q.answers.map((a) => order.indexOf(a)).sort((a, b) => a - b),
    optionNotes: q.optionNotes ? order.map((i) => q.optionNotes![i]) : undefined,
  };
}
