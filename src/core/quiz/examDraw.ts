// The questions of an exam simulation. A mixed exam takes each domain's share of the 65 questions
// (34 / 26 / 22 / 18 %) from authored practice questions first, the scenario items people write, and
// fills what is left of a domain with generated questions. A practice exam form ("Practice Exam 2")
// is fixed: the questions of that exam, in their order.
import { EXAM_WEIGHTS, apportion, reshuffle } from './generator';
import { rng, shuffle } from './random';
import { keyLabels, RoundFacts } from './roundFacts';
import { Question } from './types';

/** Minutes per question in the real exam (130 minutes for 65 questions). */
export const MINUTES_PER_QUESTION = 2;

export const isAuthored = (q: Question): boolean => q.origin === 'authored';

export interface ExamDraw {
  count: number;
  seed: string;
  /** Ids never to draw (reported questions). */
  excludeIds?: ReadonlySet<string>;
}

/** A mixed exam: authored questions first within each domain's quota, generated ones to fill. */
export function drawExam(pool: readonly Question[], o: ExamDraw): Question[] {
  const r = rng(o.seed);
  const usable = pool.filter((q) => q.format !== 'recall' && !q.repeats && !o.excludeIds?.has(q.id));
  const byDomain = new Map<number, { authored: Question[]; generated: Question[] }>();
  for (const q of shuffle(usable, r)) {
    if (!q.domain) continue;
    const d = byDomain.get(q.domain) ?? { authored: [], generated: [] };
    (isAuthored(q) ? d.authored : d.generated).push(q);
    byDomain.set(q.domain, d);
  }
  const picked: Question[] = [];
  // One fact once per exam (roundFacts.ts): a generated drill and a written scenario with the same key are not both asked.
  const facts = new RoundFacts(keyLabels(usable));
  for (const [d, n] of Object.entries(apportion(o.count, EXAM_WEIGHTS))) {
    const got = byDomain.get(Number(d));
    if (got) picked.push(...facts.take([...got.authored, ...got.generated], n));
  }
  if (picked.length < o.count) {
    // A domain without enough questions: the rest come from anywhere, authored first.
    const chosen = new Set(picked);
    const rest = shuffle(usable.filter((q) => !chosen.has(q)), r);
    picked.push(...facts.take([...rest.filter(isAuthored), ...rest.filter((q) => !isAuthored(q))], o.count - picked.length));
  }
  return shuffle(picked, r).map((q) => inSeedOrder(q, o.seed));
}

/**
 * A question with its options in a seed's order. Authored questions keep the author's order: their
 * explanations say "A fails because …".
 */
export function inSeedOrder(q: Question, seed: string): Question {
  return isAuthored(q) ? q : reshuffle(q, seed);
}

/** The practice exam forms in a pool: exam number → its questions in their order. */
export function practiceForms(pool: readonly Question[]): Map<number, Question[]> {
  const forms = new Map<number, Question[]>();
  for (const q of pool) {
    const n = q.practice?.exam;
    if (!isAuthored(q) || !n) continue;
    const list = forms.get(n) ?? [];
    list.push(q);
    forms.set(n, list);
  }
  for (const list of forms.values()) list.sort((a, b) => (a.practice!.number - b.practice!.number) || a.id.localeCompare(b.id));
  return new Map([...forms.entries()].sort((a, b) => a[0] - b[0]));
}

/** A form's questions, reported ones left out; options keep the order the author wrote. */
export function formQuestions(pool: readonly Question[], exam: number, excludeIds?: ReadonlySet<string>): Question[] {
  return (practiceForms(pool).get(exam) ?? []).filter((q) => !excludeIds?.has(q.id));
}

/** Time for an exam of n questions, at the real exam's pace, in ms. */
export function examDurationMs(n: number): number {
  return n * MINUTES_PER_QUESTION * 60_000;
}
