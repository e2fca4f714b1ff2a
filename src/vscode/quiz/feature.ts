// The quiz feature: builds sessions from the question bank and the progress store, owns the one quiz
// panel, opens source sections, and reports progress-file problems in the DE Study log.
import * as vscode from 'vscode';
import { showKnownNote } from '../showNote';
import { inertText } from '../../core/inertText';
import { domainLabel } from '../../core/examGuide';
import { KnowledgeBase } from '../../core/knowledgeBase';
import { drawExam, examDurationMs, formQuestions, inSeedOrder } from '../../core/quiz/examDraw';
import { filterQuestions, QuestionBank, selectQuestions } from '../../core/quiz/generator';
import { currentBank, lastBank, questionBankAsync } from '../../core/quiz/bankOf';
import { BankThread } from '../../core/quiz/bankThread';
import { examStartScreen, homeScreen } from '../../core/quiz/menu';
import { ProgressStore } from '../../core/quiz/progress';
import { rng, shuffle } from '../../core/quiz/random';
import { QuizSession } from '../../core/quiz/session';
import { SessionSnapshot } from '../../core/quiz/sessionSnapshot';
import { isSourceFilter, SourceFilter, sourceCounts, sourceLabel, sourcePredicate } from '../../core/quiz/sourceFilter';
import { Question } from '../../core/quiz/types';
import { EmptyScreen, EXAM_QUESTIONS, ExamStartScreen, HomeScreen, QUIZ_PANEL_TITLE, QUIZ_VIEW_TYPE } from '../../shared/quizProtocol';
import { KnowledgeService } from '../knowledgeService';
import { setting } from '../settings';
import type { QuizHost, StartRequest } from './host';
import { quizIcon, quizResourceRoots } from './html';
import { QuizPanel } from './panel';
import { askReportReason, logReport } from './report';

export type { StartRequest } from './host';

/** Where an unfinished exam waits after its panel was closed (extension global state). */
export const PAUSED_EXAM_KEY = 'deStudy.quiz.pausedExam';
/** The source filter last chosen in the menu (extension global state). */
export const SOURCE_KEY = 'deStudy.quiz.source';

const MAX_REVIEW = 100;
const NEW_RECALL_PER_REVIEW = 10;

export class QuizFeature implements QuizHost, vscode.Disposable {
  panel: QuizPanel | undefined;
  private warnedSave = false;
  /** Where banks are built after the notes change: a worker thread, so the extension host never waits for one. */
  private readonly thread = new BankThread();
  private readonly built = new vscode.EventEmitter<void>();
  private announcing = false;
  /** Fires when a bank built in the background is ready (the status bar recounts with it). */
  readonly onDidBuildBank = this.built.event;

  /** How many banks the worker thread has built (for the host tests). */
  get workerBuilds(): number { return this.thread.built; }

  constructor(
    readonly knowledge: KnowledgeService,
    readonly store: ProgressStore,
    readonly extensionUri: vscode.Uri,
    private readonly state?: vscode.Memento,
  ) {}

  get log(): vscode.LogOutputChannel { return this.knowledge.log; }

  /** The bank of the notes as they are now: the current one, the saved one, or one the worker builds. */
  async bank(): Promise<QuestionBank> {
    const kb = await this.knowledge.ready();
    return questionBankAsync(kb, this.thread, (e) => this.log.warn(`the quiz bank was built on the extension host instead: ${e.message}`));
  }

  kbNow(): KnowledgeBase | undefined { return this.knowledge.isReady ? this.knowledge.kb : undefined; }

  /**
   * The bank to show right now, never waiting for a build: the current one, else the last one while the worker
   * builds the new one (onDidBuildBank says when it is ready), else none yet.
   */
  bankNow(): QuestionBank | undefined {
    const kb = this.kbNow();
    if (!kb) return undefined;
    const now = currentBank(kb);
    if (now) return now;
    // One background build announced at a time, however often the status bar asks meanwhile.
    if (!this.announcing) {
      this.announcing = true;
      void this.bank().then(() => this.built.fire(), (e: Error) => this.log.error(`quiz bank: ${e.message}`)).finally(() => { this.announcing = false; });
    }
    return lastBank(kb);
  }

  roundSize(): number {
    const n = setting<number>('quizRoundSize', 20);
    return Math.max(5, Math.min(100, Math.round(Number(n) || 20)));
  }

  /**
   * The source filter in use: the one last chosen in the menu, else all notes. A folder that is no longer
   * among the notes folders falls back to all notes, so a removed folder never leaves the quiz empty.
   */
  get source(): SourceFilter {
    const v = this.state?.get<string>(SOURCE_KEY);
    if (!isSourceFilter(v)) return 'all';
    if (v.startsWith('folder:') && !this.knowledge.userRoots.includes(v.slice('folder:'.length))) return 'all';
    return v;
  }

  async setSource(source: SourceFilter): Promise<void> {
    if (source !== this.source) await this.state?.update(SOURCE_KEY, source);
  }

  private lookup(kb: KnowledgeBase) {
    return (file: string) => kb.document(file);
  }

  /** The questions a round may draw from: the source's, without the reported ones. */
  private async pool(source: SourceFilter): Promise<{ bank: QuestionBank; kb: KnowledgeBase; pool: Question[]; reported: Set<string> }> {
    const bank = await this.bank();
    const kb = await this.knowledge.ready();
    const reported = this.store.reportedIds();
    const keep = sourcePredicate(source, this.lookup(kb));
    return { bank, kb, reported, pool: bank.questions.filter((q) => !reported.has(q.id) && keep(q)) };
  }

  /** Opens (or reuses) the quiz panel and starts a round. Returns the panel (the test hook). */
  async open(req: StartRequest): Promise<QuizPanel | undefined> {
    const running = this.panel?.session;
    if (running && running.mode !== 'exam' && !running.finished && !req.replace && running.score().answered > 0) {
      const answered = running.score().answered;
      const pick = await vscode.window.showWarningMessage(
        `Replace the ${running.mode === 'review' ? 'review' : 'practice round'} in progress?`,
        { modal: true, detail: `${answered} of ${running.questions.length} questions answered in "${running.focusLabel}". The answers so far are saved; the rest of the round is dropped.` },
        'Start New Round',
      );
      if (pick !== 'Start New Round') { this.panel!.reveal(); return this.panel; }
    }
    if (running && running.mode === 'exam' && !running.finished) {
      // Start Exam Simulation during an exam shows that exam.
      if (req.mode === 'exam' && (req.seed === undefined || req.seed === running.seed)) { this.panel!.reveal(); return this.panel; }
      const answered = running.score().answered;
      const pick = await vscode.window.showWarningMessage(
        'An exam simulation is in progress. Keep it for later or abandon it?',
        { modal: true, detail: `${answered} of ${running.questions.length} questions answered. A kept exam resumes with the next exam simulation, its clock still running; an abandoned exam is not scored.` },
        'Keep for Later', 'Abandon Exam',
      );
      if (!pick) { this.panel!.reveal(); return this.panel; }
      if (pick === 'Keep for Later') this.keepUnfinishedExam(running);
    }
    const panel = this.ensurePanel();
    panel.reveal();
    await panel.start(req);
    return panel;
  }

  private ensurePanel(): QuizPanel {
    if (this.panel) return this.panel;
    const webview = vscode.window.createWebviewPanel(QUIZ_VIEW_TYPE, QUIZ_PANEL_TITLE, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, {
      enableScripts: true,
      localResourceRoots: quizResourceRoots(this.extensionUri),
    });
    webview.iconPath = quizIcon(this.extensionUri);
    return this.adopt(webview);
  }

  /** Wraps a webview panel (new, or restored by the serializer) in a QuizPanel. */
  adopt(webview: vscode.WebviewPanel): QuizPanel {
    this.panel?.dispose();
    const panel = new QuizPanel(this, webview);
    this.panel = panel;
    panel.onDidDispose(() => { if (this.panel === panel) this.panel = undefined; });
    return panel;
  }

  /**
   * Keeps an exam whose panel was closed before it was finished: closing a tab should not throw away an
   * hour of answers. The next exam simulation resumes it; its clock keeps running, as in the real exam.
   */
  keepUnfinishedExam(session: QuizSession | undefined): void {
    if (!this.state || !session || session.mode !== 'exam' || session.finished) return;
    const answered = session.score().answered;
    this.state.update(PAUSED_EXAM_KEY, session.snapshot()).then(
      () => this.log.info(`quiz: exam simulation kept for later (${answered} of ${session.questions.length} answered)`),
      (e: Error) => this.log.error(`quiz: could not keep the unfinished exam: ${e.message}`));
  }

  /** The kept exam, rebuilt against the current question bank (questions since removed are left out). */
  pausedExam(bank: QuestionBank): QuizSession | undefined {
    const session = QuizSession.restore(this.state?.get<SessionSnapshot>(PAUSED_EXAM_KEY), (id) => bank.get(id));
    return session && session.mode === 'exam' && !session.finished ? session : undefined;
  }

  /** Forgets the kept exam; with a seed, only when it is that exam (a restored panel already holds it). */
  forgetPausedExam(seed?: string): void {
    const kept = this.state?.get<SessionSnapshot>(PAUSED_EXAM_KEY);
    if (!kept || (seed !== undefined && kept.seed !== seed)) return;
    void this.state!.update(PAUSED_EXAM_KEY, undefined);
  }

  async hasPausedExam(): Promise<boolean> {
    return !!this.pausedExam(await this.bank());
  }

  /** Picks the questions of a round; an exam without a given seed resumes the kept exam if there is one. */
  async buildSession(req: StartRequest): Promise<{ session: QuizSession; resumed?: boolean } | { empty: EmptyScreen }> {
    if (req.source) await this.setSource(req.source);
    const source = req.source ?? this.source;
    const { bank, pool, reported } = await this.pool(source);
    const seed = req.seed ?? Date.now().toString(36);
    const focusLabel = req.focusLabel ?? (source === 'all' ? domainLabel(req.domain) : `${domainLabel(req.domain)} · ${sourceLabel(source)}`);
    const focus = { domain: req.domain, serviceIds: req.serviceIds?.length ? req.serviceIds : undefined };
    const now = Date.now();
    if (req.mode === 'exam' && req.seed === undefined && !req.form) {
      const kept = this.pausedExam(bank);
      this.forgetPausedExam();
      if (kept) return { session: kept, resumed: true };
    }
    if (req.mode === 'exam') {
      const questions = req.form ? formQuestions(bank.questions, req.form, reported) : drawExam(pool, { count: req.count ?? EXAM_QUESTIONS, seed });
      const label = req.form ? `Practice Exam ${req.form}` : 'Mixed questions, weighted by domain';
      if (!questions.length) return { empty: { screen: 'empty', mode: 'exam', focus: label, message: 'There are no questions for this exam in the notes yet.' } };
      return { session: new QuizSession({ mode: 'exam', questions, seed, focusLabel: label, startedAt: now, deadline: now + examDurationMs(questions.length), form: req.form }) };
    }
    if (req.mode === 'review') {
      const inFocus = new Set(filterQuestions(pool, { ...focus, includeRecall: true }).map((q) => q.id));
      const due = this.store.due((id) => inFocus.has(id)).slice(0, req.count ?? MAX_REVIEW);
      const questions = due.map((id) => inSeedOrder(bank.get(id)!, seed));
      const newIds: string[] = [];
      const room = Math.min(NEW_RECALL_PER_REVIEW, this.roundSize() - questions.length);
      if (room > 0) {
        const fresh = pool.filter((q) => q.format === 'recall' && inFocus.has(q.id) && !this.store.item(q.id));
        for (const q of shuffle(fresh, rng(seed)).slice(0, room)) { questions.push(q); newIds.push(q.id); }
      }
      if (!questions.length) {
        const next = this.store.nextDue((id) => inFocus.has(id));
        return { empty: { screen: 'empty', mode: 'review', focus: focusLabel, nextDue: next?.toISOString(),
          message: 'Nothing is due for review. Answer questions in Practice or an exam simulation and they come back here when they are due.' } };
      }
      return { session: new QuizSession({ mode: 'review', questions, seed, focus, focusLabel, startedAt: now, newIds }) };
    }
    // Authored questions keep their author's option order (their explanations name the letters).
    const questions = selectQuestions(pool, { count: req.count ?? this.roundSize(), seed, ...focus }).map((q) => inSeedOrder(bank.get(q.id) ?? q, seed));
    if (!questions.length) {
      return { empty: { screen: 'empty', mode: 'practice', focus: focusLabel, message: `No questions found for ${focusLabel}. The notes have nothing to ask about it yet.` } };
    }
    return { session: new QuizSession({ mode: 'practice', questions, seed, focus, focusLabel, startedAt: now }) };
  }

  async homeView(): Promise<HomeScreen> {
    const source = this.source;
    const { bank, kb, pool, reported } = await this.pool(source);
    const known = (id: string) => bank.byId.has(id) && !reported.has(id);
    const kept = this.pausedExam(bank);
    const notice = this.store.lastProblem;
    this.store.lastProblem = undefined;
    const all = bank.questions.filter((q) => !reported.has(q.id));
    return homeScreen({
      pool, all, source, counts: sourceCounts(all.filter((q) => q.format !== 'recall'), this.lookup(kb)),
      items: this.store.data.items, exams: this.store.data.exams,
      due: this.store.due(known).length, nextDue: this.store.nextDue(known), roundSize: this.roundSize(),
      pausedExam: kept ? { answered: kept.score().answered, total: kept.questions.length, deadline: kept.deadline ?? 0 } : undefined,
      notice: notice ? `Note: ${notice}.` : undefined,
    });
  }

  async examStartView(form: number | undefined): Promise<ExamStartScreen> {
    const { bank, pool, reported } = await this.pool(this.source);
    return examStartScreen(pool, bank.questions, this.store.data.exams, form, reported);
  }

  async reportQuestion(session: QuizSession, reason?: string): Promise<boolean> {
    const q = session.current();
    if (!q || session.mode === 'exam' || session.finished) return false;
    const why = reason ?? await askReportReason();
    if (!why) return false;
    session.report();
    try { this.store.report(q.id, why); } catch (e) { this.reportSaveError(e as Error); }
    logReport(this.log, q, why, this.kbNow());
    void vscode.window.showInformationMessage('DE Study: question reported. It will not be asked again; the log names the note and line to fix.', 'Show Log')
      .then((pick) => { if (pick) this.log.show(true); });
    return true;
  }

  /** Opens a note at a line beside the quiz; only notes the knowledge base knows. */
  async openSource(file: string, line: number): Promise<void> {
    await showKnownNote(this.knowledge, file, line, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
  }

  reportSaveError(e: Error): void {
    this.log.error(`DE Study: could not save quiz progress to ${this.store.file}: ${e.message}`);
    if (this.warnedSave) return;
    this.warnedSave = true;
    void vscode.window.showWarningMessage(inertText(`DE Study: quiz progress could not be saved (${e.message}). See DE Study: Show Log.`), 'Show Log')
      .then((pick) => { if (pick) this.log.show(true); });
  }

  dispose(): void {
    this.panel?.dispose();
    this.thread.dispose();
    this.built.dispose();
  }
}
