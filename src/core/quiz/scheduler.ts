// Spaced review with FSRS (the ts-fsrs package): every question answered becomes a card whose next
// due date depends on the grade (1 Again, 2 Hard, 3 Good, 4 Easy). Cards are stored as plain JSON
// (ISO dates), so the progress file stays readable and portable.
import { Card as FsrsCard, createEmptyCard, fsrs, FSRS, Grade as FsrsGrade, State } from 'ts-fsrs';

export type Grade = 1 | 2 | 3 | 4;
export const GRADE_NAMES: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** An FSRS card as stored in the progress file. */
export interface StoredCard {
  /** ISO date-time. */
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: 0 | 1 | 2 | 3;
  lastReview?: string;
}

export interface SchedulerOptions {
  /** Target probability of recalling a card when it is due (FSRS request_retention). */
  retention?: number;
  maximumIntervalDays?: number;
}

export function isGrade(x: unknown): x is Grade {
  return x === 1 || x === 2 || x === 3 || x === 4;
}

/** The grade a choice answer suggests: wrong → Again, right → Good. */
export function suggestedGrade(correct: boolean): Grade {
  return correct ? 3 : 1;
}

export class Scheduler {
  private readonly f: FSRS;

  constructor(options: SchedulerOptions = {}) {
    this.f = fsrs({
      request_retention: options.retention ?? 0.9,
      maximum_interval: options.maximumIntervalDays ?? 365,
      // One 10-minute learning step: a wrong answer comes back in the same session, a right one
      // graduates to days. No fuzz, so that tests and two machines agree on the schedule.
      learning_steps: ['10m'],
      relearning_steps: ['10m'],
      enable_fuzz: false,
      enable_short_term: true,
    });
  }

  newCard(now: Date): StoredCard {
    return toStored(createEmptyCard<FsrsCard>(now));
  }

  /** The card after a review with `grade` at `now` (a new card when there was none). */
  review(card: StoredCard | undefined, grade: Grade, now: Date): StoredCard {
    const current = card ? fromStored(card) : createEmptyCard<FsrsCard>(now);
    const { card: next } = this.f.next(current, now, grade as FsrsGrade);
    return toStored(next);
  }

  /** When each grade would bring the card back, as a short interval ("10m", "3d", "2mo"). */
  preview(card: StoredCard | undefined, now: Date): Record<Grade, string> {
    const current = card ? fromStored(card) : createEmptyCard<FsrsCard>(now);
    const log = this.f.repeat(current, now);
    const out = {} as Record<Grade, string>;
    for (const g of [1, 2, 3, 4] as Grade[]) out[g] = formatInterval(log[g as FsrsGrade].card.due.getTime() - now.getTime());
    return out;
  }

  /** Probability (0–1) of recalling the card now. */
  retrievability(card: StoredCard, now: Date): number {
    if (card.state === State.New) return 0;
    return this.f.get_retrievability(fromStored(card), now, false);
  }
}

export function formatInterval(ms: number): string {
  const min = Math.max(1, Math.round(ms / 60000));
  if (min < 60) return `${min}m`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h}h`;
  const d = Math.round(h / 24);
  if (d < 31) return `${d}d`;
  const mo = Math.round(d / 30.4);
  return mo < 12 ? `${mo}mo` : `${Math.round((d / 365) * 10) / 10}y`;
}

export function isDue(card: StoredCard, now: Date): boolean {
  return Date.parse(card.due) <= now.getTime();
}

function toStored(c: FsrsCard): StoredCard {
  return {
    due: c.due.toISOString(),
    stability: round(c.stability),
    difficulty: round(c.difficulty),
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as StoredCard['state'],
    ...(c.last_review ? { lastReview: new Date(c.last_review).toISOString() } : {}),
  };
}

function fromStored(s: StoredCard): FsrsCard {
  const due = new Date(s.due);
  const last = s.lastReview ? new Date(s.lastReview) : undefined;
  return {
    due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: last ? Math.max(0, Math.floor((due.getTime() - last.getTime()) / 86400000)) : 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    last_review: last,
  };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Checks a stored card read from a file (import, migration): the shape and the dates. */
export function validStoredCard(x: unknown): x is StoredCard {
  const c = x as StoredCard;
  return !!c && typeof c === 'object'
    && typeof c.due === 'string' && !Number.isNaN(Date.parse(c.due))
    && [c.stability, c.difficulty, c.scheduledDays, c.learningSteps, c.reps, c.lapses].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)
    && [0, 1, 2, 3].includes(c.state)
    && (c.lastReview === undefined || (typeof c.lastReview === 'string' && !Number.isNaN(Date.parse(c.lastReview))));
}
