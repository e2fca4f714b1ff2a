// The one message protocol between the quiz panel (extension host) and its webview (media/quiz.ts).
// The extension owns the quiz: it sends a complete view model to render after every change; the
// webview sends back what the user did. Types only, plus the guard that checks incoming messages:
// no imports, so the webview bundle stays tiny.

export const QUIZ_VIEW_TYPE = 'deStudy.quiz';
export const QUIZ_PANEL_TITLE = 'DE Study Quiz';

export type QuizMode = 'practice' | 'review' | 'exam';
export type GradeValue = 1 | 2 | 3 | 4;
export const GRADE_LABELS: Record<GradeValue, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

export const EXAM_QUESTIONS = 65;
export const EXAM_MINUTES = 130;

/** Where an explanation comes from; "Open source section" opens it. */
export interface SourceView {
  file: string;
  line: number;
  /** "services/data-firehose.md:48 · Amazon Data Firehose › Key facts" */
  label: string;
}

export interface OptionView {
  /** "A" … "E" */
  key: string;
  text: string;
  selected: boolean;
  /** Set once the answer is shown: this option was right and chosen, wrongly chosen, or right but missed. */
  verdict?: 'correct' | 'wrong' | 'missed';
  /** What the notes say about this option (why a distractor is wrong). */
  note?: string;
}

export interface FeedbackView {
  /** Undefined for a recall card (self-graded). */
  correct?: boolean;
  /** Empty for a recall card whose explanation would only repeat its front and back. */
  explanation: string;
  /** A recall card's answer. */
  answerText?: string;
  source: SourceView;
  /** Review mode: the grade Enter applies, and the next interval of each grade ("10m", "3d"). */
  suggested?: GradeValue;
  intervals?: Record<GradeValue, string>;
}

export interface QuestionView {
  id: string;
  kind: string;
  format: 'single' | 'multiple' | 'recall';
  /** 1-based. */
  position: number;
  total: number;
  stem: string;
  options: OptionView[];
  /** How many options to choose (1 or 2; 0 for recall). */
  select: number;
  domain?: number;
  domainName?: string;
  task?: string;
  services: string[];
  phase: 'answering' | 'feedback';
  flagged: boolean;
  /** Review mode: a question never answered before. */
  isNew: boolean;
  feedback?: FeedbackView;
}

export interface ExamClock {
  /** Epoch ms when time runs out. */
  deadline: number;
  durationMs: number;
  answered: number;
  flagged: number;
  total: number;
}

export interface DomainRow {
  domain: number;
  name: string;
  total: number;
  correct: number;
  percent: number;
}

export interface TaskRow {
  /** "1.2" */
  task: string;
  /** The guide's name of the task statement ('' when the guide has no such id). */
  name: string;
  domain: number;
  total: number;
  correct: number;
  percent: number;
}

/** One choice of the source filter: "all", "user", "bundled" or "folder:/abs/path". */
export interface SourceChoice {
  value: string;
  label: string;
  questions: number;
}

export interface ExamHistoryRow {
  at: string;
  correct: number;
  total: number;
  percent: number;
}

export interface PracticeExamRow {
  exam: number;
  questions: number;
  attempts: number;
  last?: ExamHistoryRow;
}

export interface HomeScreen {
  screen: 'home';
  /** The source filter: its choices (with question counts) and the one in use. */
  sources: SourceChoice[];
  source: string;
  /** Practice exam forms found in the notes (Practice Exam 1–4). */
  practiceExams: PracticeExamRow[];
  due: number;
  /** ISO date-time. */
  nextDue?: string;
  /** Recall cards of the chosen source not studied yet: Review adds some to each short review. */
  newCards: number;
  questions: number;
  roundSize: number;
  domains: { domain: number; name: string; questions: number; answered: number; percent?: number }[];
  lastExam?: { at: string; percent: number; correct: number; total: number };
  /** An exam simulation whose panel was closed before it was finished; deadline in ms since the epoch. */
  pausedExam?: { answered: number; total: number; deadline: number };
  /** A one-off message (e.g. progress file problems). */
  notice?: string;
}

export interface QuestionScreen {
  screen: 'question';
  mode: QuizMode;
  focus: string;
  question: QuestionView;
  score: { answered: number; correct: number };
  exam?: ExamClock;
  canGoBack: boolean;
  isLast: boolean;
}

/** Before an exam starts: its rules and a Start button (the clock starts with Start). */
export interface ExamStartScreen {
  screen: 'exam-start';
  /** "Practice Exam 2" or "Exam simulation". */
  title: string;
  form?: number;
  questions: number;
  minutes: number;
  /** How many of the questions are authored practice questions (the rest are generated from the notes). */
  authored: number;
  /** Earlier results of this form (or of mixed exams), newest first. */
  history: ExamHistoryRow[];
}

export interface ExamReviewScreen {
  screen: 'exam-review';
  focus: string;
  exam: ExamClock;
  items: { position: number; answered: boolean; flagged: boolean; stem: string }[];
  /** The second "Submit exam" press confirms. */
  confirming: boolean;
}

export interface MissedView {
  position: number;
  stem: string;
  yourAnswer: string[];
  correctAnswer: string[];
  explanation: string;
  source: SourceView;
}

export interface ExamResultScreen {
  screen: 'exam-result';
  total: number;
  correct: number;
  percent: number;
  /** 72 % here approximates the scaled 720/1000 pass mark. */
  passed: boolean;
  durationMs: number;
  timedOut: boolean;
  unanswered: number;
  /** Weakest domain first. */
  domains: DomainRow[];
  /** Weakest task statement first. */
  tasks: TaskRow[];
  missed: MissedView[];
  /** The practice exam form, if the exam was one. */
  form?: number;
}

export interface SummaryScreen {
  screen: 'summary';
  mode: QuizMode;
  focus: string;
  answered: number;
  correct: number;
  due: number;
  nextDue?: string;
  missed: MissedView[];
}

export interface EmptyScreen {
  screen: 'empty';
  mode: QuizMode;
  focus: string;
  message: string;
  nextDue?: string;
}

export interface LoadingScreen {
  screen: 'loading';
  message: string;
}

export type QuizView = HomeScreen | ExamStartScreen | QuestionScreen | ExamReviewScreen | ExamResultScreen | SummaryScreen | EmptyScreen | LoadingScreen;

/** What the webview keeps with vscode.setState, so a reloaded window restores the panel. */
export interface PanelState {
  v: 1;
  /** An opaque snapshot of the running session (see src/core/quiz/session.ts). */
  session?: unknown;
}

// ---- webview → extension ------------------------------------------------------------------------

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'start'; mode: QuizMode; domain?: number; source?: string }
  /** Shows the exam start screen (of a practice exam form, or of a mixed exam). */
  | { type: 'examStart'; form?: number }
  /** The menu's source filter changed: remember it and show the menu with its counts. */
  | { type: 'setSource'; source: string }
  /** The exam start screen's Start: the clock starts now. */
  | { type: 'beginExam' }
  /** Report the question on screen: never asked again. The extension asks why when no reason is given. */
  | { type: 'report'; reason?: string }
  | { type: 'select'; choices: number[] }
  | { type: 'submit' }
  | { type: 'reveal' }
  | { type: 'grade'; grade: GradeValue }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'goto'; position: number }
  | { type: 'flag' }
  | { type: 'review' }
  | { type: 'finish' }
  | { type: 'timeUp' }
  | { type: 'openSource'; file: string; line: number }
  | { type: 'home' }
  | { type: 'again' };

// ---- extension → webview ------------------------------------------------------------------------

export type ExtensionMessage = { type: 'render'; view: QuizView; state: PanelState };

const MODES: readonly string[] = ['practice', 'review', 'exam'];
const SIMPLE = new Set(['ready', 'submit', 'reveal', 'next', 'prev', 'flag', 'review', 'finish', 'timeUp', 'home', 'again', 'beginExam']);
/** A source filter value: "all", "user", "bundled" or "folder:/abs/path". */
export const isSourceValue = (x: unknown): x is string => x === 'all' || x === 'user' || x === 'bundled' || (typeof x === 'string' && x.startsWith('folder:') && x.length > 7 && x.length < 4096);

const isInt = (x: unknown, min: number, max: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/** Checks a message from the webview: anything else is ignored (a webview is not trusted input). */
export function isWebviewMessage(x: unknown): x is WebviewMessage {
  if (!x || typeof x !== 'object') return false;
  const m = x as Record<string, unknown>;
  if (typeof m.type !== 'string') return false;
  if (SIMPLE.has(m.type)) return true;
  switch (m.type) {
    case 'start': return typeof m.mode === 'string' && MODES.includes(m.mode) && (m.domain === undefined || isInt(m.domain, 1, 4)) && (m.source === undefined || isSourceValue(m.source));
    case 'setSource': return isSourceValue(m.source);
    case 'examStart': return m.form === undefined || isInt(m.form, 1, 99);
    case 'report': return m.reason === undefined || (typeof m.reason === 'string' && m.reason.length <= 200);
    case 'select': return Array.isArray(m.choices) && m.choices.length <= 5 && m.choices.every((c) => isInt(c, 0, 4));
    case 'grade': return isInt(m.grade, 1, 4);
    case 'goto': return isInt(m.position, 1, 1000);
    case 'openSource': return typeof m.file === 'string' && m.file.length < 4096 && isInt(m.line, 1, 10_000_000);
    default: return false;
  }
}

export function isExtensionMessage(x: unknown): x is ExtensionMessage {
  const m = x as ExtensionMessage;
  return !!m && typeof m === 'object' && m.type === 'render' && !!m.view && typeof m.view.screen === 'string';
}
