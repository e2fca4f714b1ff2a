// Progress over time: accuracy per day from the progress file's daily tallies, and how many reviews fall
// due on each of the coming days (Anki's "Future due"). Pure, for the dashboard and its tests.
import type { DayTally, ProgressItem } from '../quiz/progress';
import { dayKey, daysEnding, startOfDay } from './days';

export interface DayAccuracy {
  day: string;
  answered: number;
  correct: number;
  /** Whole percent; undefined on a day without answers. */
  accuracy?: number;
}

/** The last `days` days up to today, oldest first, including days without answers. */
export function accuracyByDay(daily: Readonly<Record<string, DayTally>> | undefined, now: Date, days = 30): DayAccuracy[] {
  return daysEnding(now, days).map((day) => {
    const t = daily?.[day];
    return t && t.answered
      ? { day, answered: t.answered, correct: t.correct, accuracy: Math.round((t.correct / t.answered) * 100) }
      : { day, answered: 0, correct: 0 };
  });
}

export interface DayDue { day: string; due: number }

/**
 * Reviews due on each of the next `days` days, today first; today also counts everything overdue.
 * `known` leaves out questions no longer in the bank.
 */
export function dueForecast(items: Readonly<Record<string, ProgressItem>>, now: Date, days = 30, known?: (id: string) => boolean): DayDue[] {
  const out = Array.from({ length: days }, (_, i) => ({ day: dayKey(startOfDay(now, i)), due: 0 }));
  const ends = out.map((_, i) => startOfDay(now, i + 1).getTime());
  for (const [id, it] of Object.entries(items)) {
    if (known && !known(id)) continue;
    const t = Date.parse(it.card.due);
    const i = ends.findIndex((end) => t < end);
    if (i >= 0) out[i].due++;
  }
  return out;
}

/** Due now, and due later today (before local midnight): what the status bar shows. */
export function dueToday(items: Readonly<Record<string, ProgressItem>>, now: Date, known?: (id: string) => boolean): { now: number; laterToday: number; next?: Date } {
  const midnight = startOfDay(now, 1).getTime();
  let dueNow = 0;
  let later = 0;
  let next: number | undefined;
  for (const [id, it] of Object.entries(items)) {
    if (known && !known(id)) continue;
    const t = Date.parse(it.card.due);
    if (t <= now.getTime()) dueNow++;
    else if (t < midnight) { later++; if (next === undefined || t < next) next = t; }
  }
  return { now: dueNow, laterToday: later, next: next === undefined ? undefined : new Date(next) };
}
