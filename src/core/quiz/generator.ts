// Generates exam-style questions from the knowledge base: scenario questions from the notes'
// question-like passages, "choose" questions from comparison tables, service identification from the
// catalog, cloze questions from key statements and key facts, and the cards written in the notes.
//
// Validity rules (enforced here and tested over the whole bank): the answer is among the options;
// options are unique; the stem never names the answer service (name, short name, alias, former name);
// distractors are of the same kind as the answer (service for service, number for number) and are not
// named as correct by the same passage; generation is deterministic for a seed.
import { KnowledgeBase } from '../knowledgeBase';
import { NoteDocument, Section, Service } from '../model';
import { serviceNames } from '../catalog';
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
}

export const EXAM_WEIGHTS: Record<number, number> = { 1: 0.34, 2: 0.26, 3: 0.22, 4: 0.18 };

interface Draft {
  kind: QuestionKind;
  stem: string;
  correct: string[];
  distractors: string[];
  explanation: string;
  optionNotes?: Map<string, string>;
  answerText?: string;
  section: Section;
  doc: NoteDocument;
  serviceIds: string[];
  /** Distinguishes several questions from one section. */
  key: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when the text names the service by any of its names (word-bounded, case-insensitive). */
export function namesService(text: string, s: Service): boolean {
  const lower = text.toLowerCase();
  return allNames(s).some((n) => {
    const i = lower.indexOf(n);
    return i >= 0 && new RegExp(`(^|[^a-z0-9])${escapeRe(n)}($|[^a-z0-9])`).test(lower);
  });
}

function allNames(s: Service): string[] {
  return [...new Set([...serviceNames(s), ...s.ambiguous].map((n) => n.toLowerCase()).filter((n) => n.length >= 2))];
}

const NUMBER = /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(%|ms|milliseconds?|seconds?|minutes?|hours?|days?|years?|KB|KiB|MB|MiB|GB|GiB|TB|TiB|PB|MB\/s|MiB\/s|GB\/s|records?|shards?|consumers?|partitions?|characters?|requests?|messages?|parts?|nines|USD)\b/;

function formatLike(original: string, value: number): string {
  const hasComma = original.includes(',');
  const decimals = original.includes('.') ? original.split('.')[1].length : 0;
  let s = decimals ? value.toFixed(decimals) : String(Math.round(value));
  if (hasComma || (value >= 10000 && !decimals)) s = Number(s).toLocaleString('en-US', { maximumFractionDigits: decimals });
  return s;
}

/** Plausible wrong numbers of the same unit. */
export function numberVariants(raw: string, unit: string, random: () => number): string[] {
  const n = Number(raw.replace(/,/g, ''));
  const factors = shuffle([2, 0.5, 4, 0.25, 10, 0.1, 3, 5, 1.5], random);
  const out: string[] = [];
  const seen = new Set([formatLike(raw, n)]);
  for (const f of factors) {
    const v = n * f;
    if (!raw.includes('.') && !Number.isInteger(v)) continue;
    if (v <= 0 || (unit === '%' && v > 100)) continue;
    const s = formatLike(raw, v);
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(`${s}${unit === '%' ? '' : ' '}${unit}`.trim());
    if (out.length >= 4) break;
  }
  return out;
}

export class QuestionBank {
  readonly questions: Question[];
  private readonly services: Service[];

  constructor(private readonly kb: KnowledgeBase) {
    this.services = [...kb.services.values()].sort((a, b) => a.id.localeCompare(b.id));
    const drafts: Draft[] = [];
    for (const doc of kb.documents().sort((a, b) => a.file.localeCompare(b.file))) {
      for (const section of doc.sections) drafts.push(...this.fromSection(doc, section));
    }
    drafts.push(...this.identifyDrafts());
    const byId = new Map<string, Question>();
    for (const d of drafts) {
      const q = this.finish(d);
      if (q && !byId.has(q.id)) byId.set(q.id, q);
    }
    this.questions = [...byId.values()];
  }

  // ---- drafts -------------------------------------------------------------------------------------

  private fromSection(doc: NoteDocument, section: Section): Draft[] {
    const out: Draft[] = [];
    const base = { section, doc };
    // Scenario questions from question-like passages.
    section.questions.forEach((p, i) => {
      const answerServices = this.leadingServices(p.answer);
      if (!answerServices.length) return;
      const inQuestion = this.kb.matcher.servicesIn(p.question);
      const excluded = new Set([...this.kb.matcher.servicesIn(p.answer), ...inQuestion]);
      const two = answerServices.length >= 2 && /\band\b|\bplus\b|\bwith\b/i.test(p.answer.slice(0, 120));
      const correct = two ? answerServices.slice(0, 2) : answerServices.slice(0, 1);
      out.push({
        ...base, kind: 'scenario', key: `q${i}`,
        stem: two ? `${p.question} (Select TWO.)` : p.question,
        correct: correct.map((id) => this.kb.service(id)!.name),
        distractors: this.serviceDistractors(correct, excluded, `${section.id}:q${i}`).map((s) => s.name),
        explanation: p.answer,
        serviceIds: correct,
      });
    });
    // "Choose … when …" rows from comparison tables.
    const rows = section.choiceRows;
    if (rows.length >= 2) {
      const choices = rows.map((r) => r.choice);
      rows.forEach((row, i) => {
        const ids = this.kb.matcher.servicesIn(row.choice);
        const others = choices.filter((c) => c !== row.choice);
        const notes = new Map<string, string>();
        rows.forEach((r) => { if (r !== row && r.whyNot) notes.set(r.choice, r.whyNot); });
        const extra = ids.length ? this.serviceDistractors(ids.slice(0, 1), new Set(rows.flatMap((r) => this.kb.matcher.servicesIn(r.choice))), `${section.id}:c${i}`).map((s) => s.name) : [];
        row.cues.forEach((cue, k) => {
          out.push({
            ...base, kind: 'choose', key: `c${i}.${k}`,
            stem: `${doc.title}: which option fits best when the scenario mentions “${cue}”?`,
            correct: [row.choice], distractors: [...others, ...extra],
            explanation: `Choose ${row.choice} when the scenario mentions: ${row.cues.join('; ')}.${row.whyNot ? ' ' + row.whyNot : ''}`,
            optionNotes: notes, serviceIds: ids,
          });
        });
        // Multiple response: two workloads, two rows.
        const j = (i + 1) % rows.length;
        if (rows.length >= 3 && j !== i) {
          const other = rows[j];
          const idsJ = this.kb.matcher.servicesIn(other.choice);
          out.push({
            ...base, kind: 'choose-two', key: `m${i}`,
            stem: `${doc.title}: a team has two separate workloads. The first mentions “${row.cues[0]}”; the second mentions “${other.cues[0]}”. Which TWO options should they choose? (Select TWO.)`,
            correct: [row.choice, other.choice],
            distractors: [...choices.filter((c) => c !== row.choice && c !== other.choice), ...extra],
            explanation: `Choose ${row.choice} when the scenario mentions: ${row.cues.join('; ')}. Choose ${other.choice} when it mentions: ${other.cues.join('; ')}.`,
            optionNotes: notes, serviceIds: [...new Set([...ids, ...idsJ])],
          });
        }
      });
    }
    // Cloze questions from key statements (bold) and from a service note's key facts.
    const statements = [...section.keyStatements.map((k) => k.text)];
    if (/^key (facts|limits)/i.test(section.title)) statements.push(...listFacts(section.markdown));
    statements.forEach((text, i) => {
      const m = NUMBER.exec(text);
      if (!m) return;
      const unit = m[2];
      const stem = text.slice(0, m.index) + '____' + text.slice(m.index + m[0].length);
      if (stem.includes(m[1])) return; // the answer would still show
      const r = rng(`${section.id}:n${i}`);
      out.push({
        ...base, kind: 'cloze', key: `n${i}`,
        stem: `Fill in the blank: ${stripMd(stem)}`,
        correct: [`${m[1]}${unit === '%' ? '' : ' '}${unit}`.trim()], distractors: numberVariants(m[1], unit, r),
        explanation: stripMd(text), serviceIds: section.serviceIds.slice(0, 3),
      });
    });
    // Cards written in the notes.
    section.cards.forEach((c, i) => {
      const key = `k${i}`;
      const svc = this.serviceAnswer(c.answer);
      if (svc) {
        const s = this.kb.service(svc)!;
        if (namesService(c.question, s)) return;
        const excluded = new Set(this.kb.matcher.servicesIn(c.question));
        out.push({ ...base, kind: 'card', key, stem: c.question, correct: [s.name], distractors: this.serviceDistractors([svc], excluded, `${section.id}:${key}`).map((x) => x.name), explanation: `${c.question} — ${c.answer}`, serviceIds: [svc] });
        return;
      }
      const num = NUMBER.exec(c.answer);
      if (num && num.index === 0 && c.answer.length <= 40 && !c.question.includes(num[1])) {
        const r = rng(`${section.id}:${key}`);
        out.push({ ...base, kind: 'card', key, stem: c.question, correct: [`${num[1]}${num[2] === '%' ? '' : ' '}${num[2]}`.trim()], distractors: numberVariants(num[1], num[2], r), explanation: `${c.question} — ${c.answer}`, serviceIds: section.serviceIds.slice(0, 3) });
        return;
      }
      out.push({ ...base, kind: 'recall', key, stem: c.question, correct: [], distractors: [], answerText: c.answer, explanation: c.answer, serviceIds: section.serviceIds.slice(0, 3) });
    });
    return out;
  }

  private identifyDrafts(): Draft[] {
    const out: Draft[] = [];
    for (const s of this.services) {
      if (!s.description) continue;
      const doc = this.kb.documents().find((d) => d.serviceId === s.id);
      const section = doc?.sections[0];
      if (!doc || !section) continue;
      let desc = s.description;
      for (const n of serviceNames(s).sort((a, b) => b.length - a.length)) desc = desc.replace(new RegExp(`\\b${escapeRe(n)}\\b`, 'gi'), 'this service');
      if (namesService(desc, s)) continue;
      out.push({
        doc, section, kind: 'identify', key: 'id',
        stem: `Which AWS service does this describe? “${desc}”`,
        correct: [s.name], distractors: this.serviceDistractors([s.id], new Set(), `${s.id}:identify`).map((x) => x.name),
        explanation: `${s.name}: ${s.description}`, serviceIds: [s.id],
      });
    }
    return out;
  }

  // ---- helpers ------------------------------------------------------------------------------------

  /** Services named at the start of an answer ("Kinesis Data Streams, because …"). */
  private leadingServices(answer: string): string[] {
    const ms = this.kb.matcher.scanText(answer.slice(0, 160)).filter((m) => m.kind === 'name');
    if (!ms.length || ms[0].column > 40) return [];
    return [...new Set(ms.map((m) => m.serviceId))];
  }

  /** The service a short answer names, when the answer is essentially that name. */
  private serviceAnswer(answer: string): string | undefined {
    const a = answer.replace(/[.*_`]/g, '').trim();
    const ms = this.kb.matcher.scanText(a).filter((m) => m.kind === 'name');
    if (ms.length !== 1 && !(ms.length > 1 && ms.every((m) => m.serviceId === ms[0].serviceId))) return undefined;
    const covered = ms[0].endColumn - ms[0].column;
    return covered >= a.replace(/\s*\(.*\)$/, '').length * 0.6 ? ms[0].serviceId : undefined;
  }

  /** Distractor services of the same category, not related to the answers and not excluded. */
  private serviceDistractors(answerIds: string[], excluded: Set<string>, seed: string): Service[] {
    const answers = answerIds.map((id) => this.kb.service(id)).filter((s): s is Service => !!s);
    if (!answers.length) return [];
    const related = new Set<string>(answerIds);
    for (const a of answers) {
      if (a.parent) related.add(a.parent);
      for (const s of this.services) if (s.parent === a.id || (a.parent && s.parent === a.parent)) related.add(s.id);
    }
    const ok = (s: Service) => !related.has(s.id) && !excluded.has(s.id) && !answers.some((a) => a.name === s.name);
    const family = (c: string) => c.replace(/\s*\(.*$/, '');
    const same = this.services.filter((s) => ok(s) && answers.some((a) => family(a.category) === family(s.category)));
    const rest = this.services.filter((s) => ok(s) && !same.includes(s) && !s.parent);
    const r = rng(seed);
    return [...shuffle(same, r), ...shuffle(rest, r)].slice(0, 6);
  }

  private finish(d: Draft): Question | undefined {
    const id = `${d.kind}:${hashString(`${d.doc.relPath}|${d.section.headingPath.join('>')}|${d.key}|${d.stem}`).toString(36)}`;
    const domain = d.section.task ? Number(d.section.task[0]) : d.doc.domains[0] ?? this.serviceDomain(d.serviceIds);
    const base = {
      id, kind: d.kind, stem: d.stem.trim(), explanation: d.explanation,
      source: { file: d.doc.file, line: d.section.startLine, headingPath: d.section.headingPath },
      domain, task: d.section.task, serviceIds: d.serviceIds,
    };
    if (d.kind === 'recall') {
      return { ...base, format: 'recall', options: [], answers: [], answerText: d.answerText };
    }
    const multiple = d.correct.length === 2;
    const need = multiple ? 3 : 3;
    const correct = [...new Set(d.correct)];
    if (correct.length !== d.correct.length) return undefined;
    const lowerCorrect = new Set(correct.map((c) => c.toLowerCase()));
    const distractors: string[] = [];
    for (const x of d.distractors) {
      if (!x || lowerCorrect.has(x.toLowerCase()) || distractors.some((y) => y.toLowerCase() === x.toLowerCase())) continue;
      distractors.push(x);
      if (distractors.length === need) break;
    }
    if (distractors.length < need) return undefined;
    // The stem must not give the answer away.
    for (const sid of d.serviceIds) {
      const s = this.kb.service(sid);
      if (s && correct.includes(s.name) && namesService(d.stem, s)) return undefined;
    }
    if (correct.some((c) => d.stem.toLowerCase().includes(c.toLowerCase()))) return undefined;
    const options = shuffle([...correct, ...distractors], rng(id));
    return {
      ...base, format: multiple ? 'multiple' : 'single', options,
      answers: correct.map((c) => options.indexOf(c)).sort((a, b) => a - b),
      optionNotes: d.optionNotes ? options.map((o) => d.optionNotes!.get(o) ?? '') : undefined,
    };
  }

  private serviceDomain(ids: string[]): number | undefined {
    for (const id of ids) { const d = this.kb.service(id)?.domains[0]; if (d) return d; }
    return undefined;
  }
}

function listFacts(markdown: string): string[] {
  return markdown.split('\n').filter((l) => /^[-*+]\s+/.test(l)).map((l) => l.replace(/^[-*+]\s+/, '').trim());
}

function stripMd(s: string): string {
  return s.replace(/\*\*|__|`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
}

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

export function selectQuestions(bank: readonly Question[], options: GenerateOptions): Question[] {
  let pool = bank.filter((q) => options.includeRecall || q.format !== 'recall');
  if (options.domain) pool = pool.filter((q) => q.domain === options.domain);
  if (options.serviceIds?.length) pool = pool.filter((q) => q.serviceIds.some((s) => options.serviceIds!.includes(s)));
  if (options.kinds?.length) pool = pool.filter((q) => options.kinds!.includes(q.kind));
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

function reshuffle(q: Question, seed: string): Question {
  if (q.format === 'recall') return q;
  const order = shuffle(q.options.map((_, i) => i), rng(`${seed}:${q.id}`));
  return {
    ...q,
    options: order.map((i) => q.options[i]),
    answers: q.answers.map((a) => order.indexOf(a)).sort((a, b) => a - b),
    optionNotes: q.optionNotes ? order.map((i) => q.optionNotes![i]) : undefined,
  };
}
