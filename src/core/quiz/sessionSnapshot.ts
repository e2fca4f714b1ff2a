// The saved form of a quiz round (QuizSession.snapshot), kept in workspace state so a round survives a
// window reload; the shape check guards against a snapshot written by another version or edited by hand.
import type { QuizMode } from '../../shared/quizProtocol';
import type { AnswerState } from './sessionView';
import type { QuizFocus } from './session';

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
