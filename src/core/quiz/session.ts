// One quiz round as a state machine, independent of VS Code: Practice (feedback after each answer),
// Review (due questions, graded Again/Hard/Good/Easy) and Exam simulation (65 questions, 130 minutes,
// flag and review, result by domain). The panel feeds it the user's actions and renders its view; the
// snapshot restores it after a window reload. Answers that count for spaced review are returned as
// outcomes for the progress store. What the panel shows is rendered by sessionView.ts, and the snapshot's
// shape and its reading back live in sessionSnapshot.ts: this module keeps the transitions, which share the
// round's private state (answers, flags, screen).
import type { DomainRow, QuizMode, QuizView, TaskRow } from '../../shared/quizProtocol';
import { Grade, suggestedGrade } from './scheduler';
import { AnswerState, domainRows, renderSession, SessionReader, taskRows, ViewContext } from './sessionView';
import { readSnapshot, SessionSnapshot } from './sessionSnapshot';
import { Question } from './types';

export interface Outcome {
  id: string;
  correct: boolean;
  grade: Grade;
}

export interface QuizFocus {
  domain?: number;
  serviceIds?: string[];
}

export interface SessionInit {
  mode: QuizMode;
  questions: Question[];
  seed: string;
  focus?: QuizFocus;
  focusLabel: string;
  startedAt: number;
  /** Exam only: epoch ms when time is up. */
  deadline?: number;
  /** Review only: questions never answered before. */
  newIds?: Iterable<string>;
  /** Exam only: the bundled practice exam form (Practice Exam N) it is, if any. */
  form?: number;
}

export class QuizSession implements SessionReader {
  readonly mode: QuizMode;
  readonly seed: string;
  readonly focus: QuizFocus;
  readonly focusLabel: string;
  readonly questions: Question[];
  readonly startedAt: number;
  readonly deadline?: number;
  readonly form?: number;
  private readonly newIds: Set<string>;
  private readonly answers = new Map<string, AnswerState>();
  private readonly flagged = new Set<string>();
  position = 0;
  finishedAt?: number;
  timedOut = false;
  private screen: 'question' | 'exam-review' = 'question';
  private confirming = false;

  constructor(init: SessionInit) {
    this.mode = init.mode;
    this.seed = init.seed;
    this.focus = init.focus ?? {};
    this.focusLabel = init.focusLabel;
    this.questions = init.questions;
    this.startedAt = init.startedAt;
    this.deadline = init.deadline;
    this.form = init.form;
    this.newIds = new Set(init.newIds ?? []);
  }

  get finished(): boolean { return this.finishedAt !== undefined; }

  current(): Question | undefined { return this.questions[this.position]; }

  answer(q: Question): AnswerState {
    let a = this.answers.get(q.id);
    if (!a) { a = { chosen: [], submitted: false }; this.answers.set(q.id, a); }
    return a;
  }

  // ---- actions ------------------------------------------------------------------------------------

  select(choices: number[]): void {
    const q = this.current();
    if (!q || this.finished || q.format === 'recall') return;
    const a = this.answer(q);
    if (a.submitted) return;
    const valid = [...new Set(choices)].filter((c) => Number.isInteger(c) && c >= 0 && c < q.options.length);
    const need = q.format === 'multiple' ? 2 : 1;
    a.chosen = valid.slice(-need).sort((x, y) => x - y);
    this.confirming = false;
  }

  /** Checks the answer (practice, review) or moves on (exam). Returns the outcome to record, if any. */
  submit(): Outcome | undefined {
    const q = this.current();
    if (!q || this.finished) return undefined;
    if (this.mode === 'exam') { this.next(); return undefined; }
    const a = this.answer(q);
    if (q.format === 'recall') { a.submitted = true; return undefined; }
    if (a.submitted || a.chosen.length !== q.answers.length) return undefined;
    a.submitted = true;
    a.correct = sameSet(a.chosen, q.answers);
    // Practice grades itself; review waits for the user's grade.
    if (this.mode === 'practice') { a.graded = suggestedGrade(a.correct); return { id: q.id, correct: a.correct, grade: a.graded }; }
    return undefined;
  }

  /** Shows a recall card's answer. */
  reveal(): void {
    const q = this.current();
    if (q && !this.finished && q.format === 'recall') this.answer(q).submitted = true;
  }

  /** Review: grades the shown answer (1 Again … 4 Easy) and moves on. */
  grade(g: Grade): Outcome | undefined {
    const q = this.current();
    if (!q || this.finished || this.mode === 'exam') return undefined;
    const a = this.answer(q);
    if (!a.submitted || a.graded !== undefined) return undefined;
    a.graded = g;
    const correct = q.format === 'recall' ? g >= 3 : !!a.correct;
    if (q.format === 'recall') a.correct = correct;
    this.advance();
    return { id: q.id, correct, grade: g };
  }

  /**
   * Enter: submit an answer, or go on after the feedback. In review, Enter after the feedback applies
   * the suggested grade. Returns an outcome when one was recorded.
   */
  enter(): Outcome | undefined {
    const q = this.current();
    if (!q || this.finished) return undefined;
    if (this.mode === 'exam') {
      if (this.screen === 'exam-review') return undefined;
      if (this.position === this.questions.length - 1) { this.screen = 'exam-review'; return undefined; }
      this.next();
      return undefined;
    }
    const a = this.answer(q);
    if (!a.submitted) {
      if (q.format === 'recall') { this.reveal(); return undefined; }
      return this.submit();
    }
    if (this.mode === 'review' && a.graded === undefined) return this.grade(q.format === 'recall' ? 3 : suggestedGrade(!!a.correct));
    this.advance();
    return undefined;
  }

  next(): void {
    if (this.finished) return;
    if (this.mode === 'exam') {
      this.screen = 'question';
      if (this.position < this.questions.length - 1) this.position++;
      else this.screen = 'exam-review';
      return;
    }
    const q = this.current();
    if (!q) return;
    const a = this.answer(q);
    // Practice and review move on only once the question is done.
    if (a.submitted && (this.mode === 'practice' || a.graded !== undefined)) this.advance();
  }

  prev(): void {
    if (this.finished || this.mode !== 'exam') return;
    if (this.screen === 'exam-review') { this.screen = 'question'; return; }
    if (this.position > 0) this.position--;
  }

  goto(position: number): void {
    if (this.finished || this.mode !== 'exam') return;
    const i = position - 1;
    if (i >= 0 && i < this.questions.length) { this.position = i; this.screen = 'question'; this.confirming = false; }
  }

  flag(): void {
    const q = this.current();
    if (!q || this.finished || this.mode !== 'exam') return;
    if (this.flagged.has(q.id)) this.flagged.delete(q.id); else this.flagged.add(q.id);
  }

  /** Exam: show the review screen (every question with answered/flagged). */
  review(): void {
    if (this.mode === 'exam' && !this.finished) { this.screen = 'exam-review'; this.confirming = false; }
  }

  /**
   * Exam: the first call asks for confirmation (from the review screen), the second ends the exam.
   * Practice and review: ends the round. Returns the outcomes to record.
   */
  finish(now: number, options: { confirmed?: boolean; timedOut?: boolean } = {}): Outcome[] | undefined {
    if (this.finished) return undefined;
    if (this.mode === 'exam' && !options.timedOut && !options.confirmed) {
      if (this.screen !== 'exam-review' || !this.confirming) { this.screen = 'exam-review'; this.confirming = true; return undefined; }
    }
    this.finishedAt = now;
    this.timedOut = !!options.timedOut;
    if (this.mode !== 'exam') return [];
    return this.questions.map((q) => {
      const correct = this.isCorrect(q);
      return { id: q.id, correct, grade: suggestedGrade(correct) };
    });
  }

  /**
   * Practice and review: takes the question on screen out of the round (the user reported it) and
   * shows the next one. Returns the question, for the progress store and the log.
   */
  report(): Question | undefined {
    const q = this.current();
    if (!q || this.finished || this.mode === 'exam') return undefined;
    this.questions.splice(this.position, 1);
    this.answers.delete(q.id);
    if (this.position >= this.questions.length) {
      this.position = Math.max(0, this.questions.length - 1);
      this.finishedAt = Date.now();
    }
    return q;
  }

  private advance(): void {
    if (this.position < this.questions.length - 1) this.position++;
    else this.finishedAt = Date.now();
  }

  isCorrect(q: Question): boolean {
    const a = this.answers.get(q.id);
    return !!a && a.chosen.length > 0 && sameSet(a.chosen, q.answers);
  }

  // ---- results ------------------------------------------------------------------------------------

  score(): { answered: number; correct: number } {
    let answered = 0;
    let correct = 0;
    for (const q of this.questions) {
      const a = this.answers.get(q.id);
      if (!a) continue;
      if (this.mode === 'exam' ? a.chosen.length > 0 : a.submitted) answered++;
      if (this.mode === 'exam' ? this.isCorrect(q) : a.correct) correct++;
    }
    return { answered, correct };
  }

  /** Correct answers per exam domain, weakest domain first. */
  domainRows(): DomainRow[] { return domainRows(this); }

  /** Correct answers per task statement, weakest first; questions without a task are left out. */
  taskRows(): TaskRow[] { return taskRows(this); }

  // ---- what the panel reads (sessionView.ts renders it) --------------------------------------------

  answerOf(id: string): AnswerState | undefined { return this.answers.get(id); }
  isFlagged(id: string): boolean { return this.flagged.has(id); }
  get flaggedCount(): number { return this.flagged.size; }
  isNew(id: string): boolean { return this.newIds.has(id); }
  get onReviewScreen(): boolean { return this.screen === 'exam-review'; }
  get isConfirming(): boolean { return this.confirming; }

  view(ctx: ViewContext): QuizView { return renderSession(this, ctx); }

  // ---- persistence --------------------------------------------------------------------------------

  snapshot(): SessionSnapshot {
    return {
      v: 1, mode: this.mode, seed: this.seed, focus: this.focus, focusLabel: this.focusLabel,
      ids: this.questions.map((q) => q.id), newIds: [...this.newIds], position: this.position,
      answers: Object.fromEntries(this.answers), flagged: [...this.flagged],
      startedAt: this.startedAt, deadline: this.deadline, finishedAt: this.finishedAt, timedOut: this.timedOut || undefined,
      screen: this.screen, confirming: this.confirming || undefined, form: this.form,
    };
  }

  /** Rebuilds a session from its snapshot (read by sessionSnapshot.ts); questions no longer in the bank are left out. */
  static restore(raw: unknown, lookup: (id: string) => Question | undefined): QuizSession | undefined {
    const saved = readSnapshot(raw, lookup);
    if (!saved) return undefined;
    const s = new QuizSession(saved.init);
    saved.answers.forEach((a, id) => s.answers.set(id, a));
    saved.flagged.forEach((id) => s.flagged.add(id));
    s.position = saved.position;
    s.finishedAt = saved.finishedAt;
    s.timedOut = saved.timedOut;
    s.screen = saved.screen;
    s.confirming = saved.confirming;
    return s;
  }
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
