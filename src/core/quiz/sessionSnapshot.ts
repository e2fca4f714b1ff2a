// The saved form of a quiz round (QuizSession.snapshot), kept in workspace state so a round survives a
// window reload, and its reading back (QuizSession.restore): the shape check guards against a snapshot
// written by another version or edited by hand, and a question the bank no longer has is left out.
// Apart from session.ts, which keeps only the round's state machine and its transitions.
import type { QuizMode } from '../../shared/quizProtocol';
import { inSeedOrder } from './examDraw';
import type { AnswerState } from './sessionView';
import type { QuizFocus, SessionInit } from './session';
import { Question } from './types';

export interface SessionSnapshot {
  v: 1;
  mode: QuizMode;
  seed: string;
  focus: QuizFocus;
  focusLabel: string;
  ids: string[];
  newIds: string[];
  position: number;
  answers: Record<string, AnswerState>;
  flagged: string[];
  startedAt: number;
  deadline?: number;
  finishedAt?: number;
  timedOut?: boolean;
  screen: 'question' | 'exam-review';
  confirming?: boolean;
  form?: number;
}

export function isSnapshot(x: unknown): x is SessionSnapshot {
  const s = x as SessionSnapshot;
  return !!s && typeof s === 'object' && s.v === 1 && ['practice', 'review', 'exam'].includes(s.mode)
    && typeof s.seed === 'string' && Array.isArray(s.ids) && s.ids.every((i) => typeof i === 'string')
    && Number.isInteger(s.position) && !!s.answers && typeof s.answers === 'object'
    && Array.isArray(s.flagged) && typeof s.startedAt === 'number' && typeof s.focusLabel === 'string'
    && Array.isArray(s.newIds ?? []);
}

/** A round read back from its snapshot: how to set it up again (init) and where it stood. */
export interface SavedRound {
  init: SessionInit;
  position: number;
  answers: Map<string, AnswerState>;
  flagged: Set<string>;
  finishedAt?: number;
  timedOut: boolean;
  screen: 'question' | 'exam-review';
  confirming: boolean;
}

/**
 * Reads a snapshot back against the bank (`lookup`): questions it no longer has are left out, and so are
 * chosen options a question no longer has. Undefined when `raw` is no snapshot or no question is left.
 */
export function readSnapshot(raw: unknown, lookup: (id: string) => Question | undefined): SavedRound | undefined {
  if (!isSnapshot(raw)) return undefined;
  const questions: Question[] = [];
  let position = 0;
  raw.ids.forEach((id, i) => {
    const q = lookup(id);
    if (!q) return;
    if (i === raw.position) position = questions.length;
    questions.push(inSeedOrder(q, raw.seed));
  });
  if (!questions.length) return undefined;
  const answers = new Map<string, AnswerState>();
  const flagged = new Set<string>();
  for (const q of questions) {
    const a = raw.answers[q.id];
    if (a && Array.isArray(a.chosen)) answers.set(q.id, { ...a, chosen: a.chosen.filter((c) => Number.isInteger(c) && c >= 0 && c < q.options.length) });
    if (raw.flagged.includes(q.id)) flagged.add(q.id);
  }
  return {
    init: {
      mode: raw.mode, questions, seed: raw.seed, focus: raw.focus, focusLabel: raw.focusLabel,
      startedAt: raw.startedAt, deadline: raw.deadline, newIds: raw.newIds,
      form: Number.isInteger(raw.form) ? raw.form : undefined,
    },
    position: Math.min(position, questions.length - 1),
    answers,
    flagged,
    finishedAt: raw.finishedAt,
    timedOut: !!raw.timedOut,
    screen: raw.screen === 'exam-review' ? 'exam-review' : 'question',
    confirming: !!raw.confirming,
  };
}
