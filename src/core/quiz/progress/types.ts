// The quiz progress file's shape, version 2 (and version 1, read for migration).
import type { Grade, StoredCard } from '../scheduler';

export const PROGRESS_SCHEMA = 'de-study-progress';
export const PROGRESS_VERSION = 2;
export const PROGRESS_FILE = 'quiz-progress.json';

export interface ProgressItem {
  card: StoredCard;
  /** Times answered, right and wrong. */
  seen: number;
  correct: number;
  wrong: number;
  /** ISO date-time of the last answer. */
  lastAnswered: string;
  lastCorrect: boolean;
  lastGrade?: Grade;
  /** Set when the user reported the question ("Report question"): it is never asked again. */
  reported?: { at: string; reason: string };
}

export interface DomainScore { total: number; correct: number }

export interface ExamRecord {
  /** ISO date-time the exam ended. */
  at: string;
  durationSec: number;
  total: number;
  correct: number;
  byDomain: Record<string, DomainScore>;
  /** Task statement ("1.2") → score; exams recorded before this field have none. */
  byTask?: Record<string, DomainScore>;
  /** A practice exam form (Practice Exam 1–4); absent for a mixed exam simulation. */
  form?: number;
}

/** Version 2: spaced review (FSRS cards) per question id. Unknown optional fields are kept. */
export interface ProgressData {
  schema: typeof PROGRESS_SCHEMA;
  version: typeof PROGRESS_VERSION;
  updatedAt: string;
  /** Set by "Reset Quiz Progress": answers older than this, from another window, are not merged back. */
  resetAt?: string;
  items: Record<string, ProgressItem>;
  exams: ExamRecord[];
  /** Answers per local calendar day ("2026-03-01"), for accuracy over time. Optional: older files have none. */
  daily?: Record<string, DayTally>;
}

/** The top-level fields of version 2; any other field (from a newer helper or version) is carried along. */
export const KNOWN_TOP_LEVEL = new Set(['schema', 'version', 'updatedAt', 'resetAt', 'items', 'exams', 'daily']);
/** How many answers were given on one day, and how many of them were right. */
export interface DayTally { answered: number; correct: number }

/** Version 1 (before spaced review): right and wrong counts per question id. */
export interface ProgressDataV1 {
  schema?: typeof PROGRESS_SCHEMA;
  version: 1;
  answers: Record<string, { correct: number; wrong: number; lastSeen?: string }>;
}

export interface ProgressLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}


export function emptyProgress(now: Date): ProgressData {
  return { schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION, updatedAt: now.toISOString(), items: {}, exams: [] };
}
