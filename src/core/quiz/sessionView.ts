// The panel's view of a quiz session: the question on screen, the exam review list, the round summary
// and the exam result by domain and task. Pure functions of the session's state, so session.ts keeps
// only the state machine.
import type {
  DomainRow, ExamClock, MissedView, QuestionView, QuizMode, QuizView, SourceView, TaskRow,
} from '../../shared/quizProtocol';
import { DOMAIN_NAMES, TASK_STATEMENTS, taskDomain } from '../examGuide';
import { Scheduler, StoredCard, suggestedGrade, Grade } from './scheduler';
import { Question } from './types';

const words = (t: string) => t.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/**
 * A recall card's explanation that only says its front and back again ("Front: back."): shown under the back, it
 * repeats what the student just read, so the card shows the back alone.
 */
export function restatesCard(q: Pick<Question, 'stem' | 'answerText' | 'explanation'>): boolean {
  const said = new Set([...words(q.stem), ...words(q.answerText ?? '')]);
  return words(q.explanation).every((w) => said.has(w));
}

export const PASS_PERCENT = 72;

/** The user's answer to one question of the session. */
export interface AnswerState {
  chosen: number[];
  /** Answer checked (practice, review), or a recall card's answer shown. */
  submitted: boolean;
  correct?: boolean;
  graded?: Grade;
}

/** What the view reads of a session (QuizSession implements it). */
export interface SessionReader {
  readonly mode: QuizMode;
  readonly focusLabel: string;
  readonly questions: Question[];
  readonly startedAt: number;
  readonly deadline?: number;
  readonly form?: number;
  readonly position: number;
  readonly finishedAt?: number;
  readonly timedOut: boolean;
  readonly finished: boolean;
  readonly flaggedCount: number;
  readonly onReviewScreen: boolean;
  readonly isConfirming: boolean;
  current(): Question | undefined;
  answerOf(id: string): AnswerState | undefined;
  isFlagged(id: string): boolean;
  isNew(id: string): boolean;
  isCorrect(q: Question): boolean;
  score(): { answered: number; correct: number };
}

export interface ViewContext {
  serviceName(id: string): string;
  source(q: Question): SourceView;
  /** The stored FSRS card of a question, for the interval preview in review mode. */
  card(id: string): StoredCard | undefined;
  scheduler: Scheduler;
  now(): Date;
  /** Due questions after this round, for the summary. */
  due(): { count: number; next?: Date };
}

/** Correct answers per exam domain, weakest domain first. */
export function domainRows(s: SessionReader): DomainRow[] {
  const rows = new Map<number, DomainRow>();
  for (const q of s.questions) {
    const d = q.domain ?? 0;
    const row = rows.get(d) ?? { domain: d, name: DOMAIN_NAMES[d] ?? 'Other', total: 0, correct: 0, percent: 0 };
    row.total++;
    if (s.isCorrect(q) || (s.mode !== 'exam' && s.answerOf(q.id)?.correct)) row.correct++;
    rows.set(d, row);
  }
  for (const r of rows.values()) r.percent = r.total ? Math.round((r.correct / r.total) * 100) : 0;
  return [...rows.values()].sort((a, b) => a.percent - b.percent || a.domain - b.domain);
}

/** Correct answers per task statement, weakest first; questions without a task are left out. */
export function taskRows(s: SessionReader): TaskRow[] {
  const rows = new Map<string, TaskRow>();
  for (const q of s.questions) {
    if (!q.task) continue;
    const row = rows.get(q.task) ?? { task: q.task, name: TASK_STATEMENTS[q.task] ?? '', domain: q.domain ?? taskDomain(q.task) ?? 0, total: 0, correct: 0, percent: 0 };
    row.total++;
    if (s.isCorrect(q)) row.correct++;
    rows.set(q.task, row);
  }
  for (const r of rows.values()) r.percent = Math.round((r.correct / r.total) * 100);
  return [...rows.values()].sort((a, b) => a.percent - b.percent || a.task.localeCompare(b.task, undefined, { numeric: true }));
}

function missed(s: SessionReader, ctx: ViewContext): MissedView[] {
  const out: MissedView[] = [];
  s.questions.forEach((q, i) => {
    if (q.format === 'recall') return;
    const a = s.answerOf(q.id);
    const wrong = s.mode === 'exam' ? !s.isCorrect(q) : a?.submitted && !a.correct;
    if (!wrong) return;
    out.push({
      position: i + 1, stem: q.stem,
      yourAnswer: (a?.chosen ?? []).map((c) => q.options[c]),
      correctAnswer: q.answers.map((c) => q.options[c]),
      explanation: q.explanation, source: ctx.source(q),
    });
  });
  return out;
}

function clock(s: SessionReader): ExamClock {
  const score = s.score();
  return {
    deadline: s.deadline ?? s.startedAt, durationMs: (s.deadline ?? s.startedAt) - s.startedAt,
    answered: score.answered, flagged: s.flaggedCount, total: s.questions.length,
  };
}

export function questionView(s: SessionReader, q: Question, ctx: ViewContext): QuestionView {
  const a = s.answerOf(q.id) ?? { chosen: [], submitted: false };
  const shown = s.mode !== 'exam' && a.submitted;
  const view: QuestionView = {
    id: q.id, kind: q.kind, format: q.format, position: s.position + 1, total: s.questions.length,
    stem: q.stem,
    options: q.options.map((text, i) => {
      const selected = a.chosen.includes(i);
      const right = q.answers.includes(i);
      return {
        key: String.fromCharCode(65 + i), text, selected,
        ...(shown ? { verdict: right ? (selected ? 'correct' as const : 'missed' as const) : selected ? 'wrong' as const : undefined } : {}),
        ...(shown && q.optionNotes?.[i] && !right ? { note: q.optionNotes[i] } : {}),
      };
    }),
    select: q.format === 'recall' ? 0 : q.answers.length,
    domain: q.domain, domainName: q.domain ? DOMAIN_NAMES[q.domain] : undefined, task: q.task,
    // The services would give the answer away: shown with the feedback only.
    services: shown ? q.serviceIds.map((id) => ctx.serviceName(id)) : [],
    phase: shown ? 'feedback' : 'answering',
    flagged: s.isFlagged(q.id),
    isNew: s.isNew(q.id),
  };
  if (shown) {
    view.feedback = {
      correct: q.format === 'recall' ? undefined : a.correct,
      explanation: q.format === 'recall' && restatesCard(q) ? '' : q.explanation,
      answerText: q.answerText,
      source: ctx.source(q),
    };
    if (s.mode === 'review' && a.graded === undefined) {
      view.feedback.suggested = q.format === 'recall' ? 3 : suggestedGrade(!!a.correct);
      view.feedback.intervals = ctx.scheduler.preview(ctx.card(q.id), ctx.now());
    }
  }
  return view;
}

/** What the panel shows for the session now. */
export function renderSession(s: SessionReader, ctx: ViewContext): QuizView {
  if (s.finished && s.mode === 'exam') {
    const score = s.score();
    const percent = s.questions.length ? Math.round((score.correct / s.questions.length) * 100) : 0;
    return {
      screen: 'exam-result', total: s.questions.length, correct: score.correct, percent, passed: percent >= PASS_PERCENT,
      durationMs: (s.finishedAt ?? s.startedAt) - s.startedAt, timedOut: s.timedOut,
      unanswered: s.questions.length - score.answered, domains: domainRows(s), tasks: taskRows(s), missed: missed(s, ctx),
      form: s.form,
    };
  }
  if (s.finished) {
    const score = s.score();
    const due = ctx.due();
    return {
      screen: 'summary', mode: s.mode, focus: s.focusLabel, answered: score.answered, correct: score.correct,
      due: due.count, nextDue: due.next?.toISOString(), missed: missed(s, ctx),
    };
  }
  if (s.mode === 'exam' && s.onReviewScreen) {
    return {
      screen: 'exam-review', focus: s.focusLabel, exam: clock(s), confirming: s.isConfirming,
      items: s.questions.map((q, i) => ({
        position: i + 1, answered: (s.answerOf(q.id)?.chosen.length ?? 0) > 0, flagged: s.isFlagged(q.id), stem: q.stem,
      })),
    };
  }
  const q = s.current()!;
  return {
    screen: 'question', mode: s.mode, focus: s.focusLabel, question: questionView(s, q, ctx),
    score: s.score(), exam: s.mode === 'exam' ? clock(s) : undefined,
    canGoBack: s.mode === 'exam' && s.position > 0, isLast: s.position === s.questions.length - 1,
  };
}
