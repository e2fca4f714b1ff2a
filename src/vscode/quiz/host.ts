// What the quiz panel needs from the quiz feature, as an interface: the panel depends on this module
// and the feature on the panel, so the two never import each other.
import type * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledgeBase';
import type { QuestionBank } from '../../core/quiz/generator';
import type { ProgressStore } from '../../core/quiz/progress';
import type { QuizSession } from '../../core/quiz/session';
import type { SourceFilter } from '../../core/quiz/sourceFilter';
import type { EmptyScreen, ExamStartScreen, HomeScreen, QuizMode } from '../../shared/quizProtocol';

export interface StartRequest {
  mode: QuizMode;
  domain?: number;
  serviceIds?: string[];
  focusLabel?: string;
  /** Questions in the round (practice); default: the DEStudy.quizRoundSize setting. */
  count?: number;
  /** For a reproducible round (tests); default: the clock. */
  seed?: string;
  /** Which notes the round draws from; default: the filter last chosen in the menu. */
  source?: SourceFilter;
  /** Exam: a practice exam form (Practice Exam 1–4) instead of a mixed exam. */
  form?: number;
  /** Exam: start the clock now instead of showing the start screen first. */
  begin?: boolean;
  /** Replace a practice round in progress without asking (tests). */
  replace?: boolean;
}

export interface QuizHost {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  readonly store: ProgressStore;
  bank(): Promise<QuestionBank>;
  kbNow(): KnowledgeBase | undefined;
  bankNow(): QuestionBank | undefined;
  buildSession(req: StartRequest): Promise<{ session: QuizSession; resumed?: boolean } | { empty: EmptyScreen }>;
  /** The kept exam, if any (an exam without a seed resumes it instead of showing a start screen). */
  hasPausedExam(): Promise<boolean>;
  homeView(): Promise<HomeScreen>;
  /** Remembers the menu's source filter. */
  setSource(source: SourceFilter): Promise<void>;
  examStartView(form: number | undefined): Promise<ExamStartScreen>;
  /** Asks why (unless a reason is given), stores the report and logs file:line. False when cancelled. */
  reportQuestion(session: QuizSession, reason?: string): Promise<boolean>;
  openSource(file: string, line: number): Promise<void>;
  reportSaveError(e: Error): void;
  keepUnfinishedExam(session: QuizSession | undefined): void;
  forgetPausedExam(seed?: string): void;
}
