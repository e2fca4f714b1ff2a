// Picking a round from the bank: focus filters, exam weighting by domain, seeded option order.
import { KnowledgeBase } from '../knowledgeBase';
import { questionBank } from './bankOf';
import { rng, shuffle } from './random';
import { keyLabels, RoundFacts, spreadFacts } from './roundFacts';
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

/** Picks `count` questions for a seed, with options reshuffled for that seed. */
export function generateQuestions(kb: KnowledgeBase, options: GenerateOptions): Question[] {
  return selectQuestions(questionBank(kb).questions, options);
}

/** The questions a focus allows (domain, services, kinds, recall or not), in bank order. */
export function filterQuestions(bank: readonly Question[], options: Omit<GenerateOptions, 'count' | 'seed'>): Question[] {
  // A practice repeat is asked in its exam's fixed form only (Question.repeats).
  let pool = bank.filter((q) => !q.repeats && (options.includeRecall || q.format !== 'recall'));
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
    const facts = new RoundFacts(keyLabels(pool));
    for (const [d, n] of Object.entries(quotas)) picked.push(...facts.take(byDomain.get(Number(d)) ?? [], n));
    if (picked.length < options.count) {
      const chosen = new Set(picked);
      picked.push(...facts.take(shuffle(pool.filter((q) => !chosen.has(q)), r), options.count - picked.length));
    }
    picked = shuffle(picked, r);
  } else {
    picked = spreadFacts(shuffle(pool, r), options.count);
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
