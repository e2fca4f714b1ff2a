// Readiness per domain and task statement: how many of the questions on each the user has answered,
// how often they were right, and how many are due for review. Pure: reads the question bank and the
// progress items, so the view, the dashboard and tests compute it the same way.
import type { ProgressItem } from '../quiz/progress';
import { isDue } from '../quiz/scheduler';
import type { Question } from '../quiz/types';
import { EXAM_OUTLINE, TaskStatement } from './outline';

export interface Tally {
  /** Questions in the bank. */
  questions: number;
  /** Of those, answered at least once. */
  answered: number;
  /** Answers given (a question answered three times counts three). */
  seen: number;
  correct: number;
  /** Answered questions due for review at `now`. */
  due: number;
}

export interface TaskReadiness extends Tally { task: TaskStatement }

export interface DomainReadiness extends Tally {
  domain: number;
  name: string;
  weight: number;
  tasks: TaskReadiness[];
}

export function emptyTally(): Tally {
  return { questions: 0, answered: 0, seen: 0, correct: 0, due: 0 };
}

function add(t: Tally, item: ProgressItem | undefined, now: Date): void {
  t.questions++;
  if (!item) return;
  t.answered++;
  t.seen += item.seen;
  t.correct += item.correct;
  if (isDue(item.card, now)) t.due++;
}

/** Share of answers that were right, in whole percent; undefined before the first answer. */
export function accuracy(t: Pick<Tally, 'seen' | 'correct'>): number | undefined {
  return t.seen ? Math.round((t.correct / t.seen) * 100) : undefined;
}

/** Readiness of the 4 domains and their 17 task statements, in outline order. */
export function readiness(questions: readonly Question[], items: Readonly<Record<string, ProgressItem>>, now: Date): DomainReadiness[] {
  const domains = EXAM_OUTLINE.map((d) => ({
    ...emptyTally(), domain: d.domain, name: d.name, weight: d.weight,
    tasks: d.tasks.map((task) => ({ ...emptyTally(), task })),
  }));
  for (const q of questions) {
    const d = q.domain ? domains[q.domain - 1] : undefined;
    if (!d) continue;
    const item = items[q.id];
    add(d, item, now);
    const t = q.task ? d.tasks.find((x) => x.task.id === q.task) : undefined;
    if (t) add(t, item, now);
  }
  return domains;
}

/** The tally of a list of questions (all of them, a note's, a section's), whatever their domain. */
export function overall(questions: readonly Question[], items: Readonly<Record<string, ProgressItem>>, now: Date): Tally {
  const t = emptyTally();
  for (const q of questions) add(t, items[q.id], now);
  return t;
}

/**
 * Task statements from weakest to strongest: those with answers by accuracy, smoothed towards 50 % so
 * that one unlucky answer does not outrank ten (Laplace: (correct + 1) / (seen + 2)); ties go to the
 * task with more due. Tasks never practised come last, in outline order: nothing is known of them yet.
 */
export function weakestTasks(domains: readonly DomainReadiness[]): TaskReadiness[] {
  const tasks = domains.flatMap((d) => d.tasks);
  const score = (t: TaskReadiness) => (t.correct + 1) / (t.seen + 2);
  const practised = tasks.filter((t) => t.seen > 0).sort((a, b) => score(a) - score(b) || b.due - a.due);
  return [...practised, ...tasks.filter((t) => t.seen === 0)];
}

/** The short line beside an item in the DE Study view: "5/12 answered · 80% · 2 due". */
export function describeTally(t: Tally): string {
  if (!t.questions) return 'no questions yet';
  const parts = [`${t.answered}/${t.questions} answered`];
  const pct = accuracy(t);
  if (pct !== undefined) parts.push(`${pct}%`);
  if (t.due) parts.push(`${t.due} due`);
  return parts.join(' · ');
}

/** The same in sentences, for tooltips and screen readers. */
export function explainTally(t: Tally): string {
  if (!t.questions) return 'The notes give no questions on this yet.';
  const lines = [`${t.questions} ${t.questions === 1 ? 'question' : 'questions'}, ${t.answered} answered.`];
  const pct = accuracy(t);
  if (pct !== undefined) lines.push(`Accuracy ${pct}% (${t.correct} of ${t.seen} answers right).`);
  if (t.due) lines.push(`${t.due} due for review now.`);
  return lines.join('\n');
}

