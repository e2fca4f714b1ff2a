// The quiz feature: builds sessions from the question bank and the progress store, owns the one quiz
// panel, opens source sections, and reports progress-file problems in the DE Study log.
import * as vscode from 'vscode';
import { showKnownNote } from '../showNote';
import { inertText } from '../../core/inertText';
import { KnowledgeBase } from '../../core/knowledgeBase';
import { DOMAIN_NAMES, filterQuestions, QuestionBank, questionBank, reshuffle, selectQuestions } from '../../core/quiz/generator';
import { ProgressStore } from '../../core/quiz/progress';
import { rng, shuffle } from '../../core/quiz/random';
import { QuizSession, SessionSnapshot } from '../../core/quiz/session';
import { EmptyScreen, EXAM_MINUTES, EXAM_QUESTIONS, HomeScreen, QUIZ_PANEL_TITLE, QUIZ_VIEW_TYPE, QuizMode } from '../../shared/quizProtocol';
import { KnowledgeService } from '../knowledgeService';
import { domainLabel, QuizPanel, quizResourceRoots } from './panel';

export interface StartRequest {
  mode: QuizMode;
  domain?: number;
  serviceIds?: string[];
  focusLabel?: string;
  /** Questions in the round (practice); default: the deStudy.quiz.roundSize setting. */
  count?: number;
  /** For a reproducible round (tests); default: the clock. */
  seed?: string;
}

/** Where an unfinished exam waits after its panel was closed (extension global state). */
export const PAUSED_EXAM_KEY = 'deStudy.quiz.pausedExam';

const MAX_REVIEW = 100;
const NEW_RECALL_PER_REVIEW = 10;

export class QuizFeature implements vscode.Disposable {
  panel: QuizPanel | undefined;
  private warnedSave = false;

  constructor(
    readonly knowledge: KnowledgeService,
    readonly store: ProgressStore,
    readonly extensionUri: vscode.Uri,
    private readonly state?: vscode.Memento,
  ) {}

  get log(): vscode.LogOutputChannel { return this.knowledge.log; }

  async bank(): Promise<QuestionBank> {
    return questionBank(await this.knowledge.ready());
  }

  kbNow(): KnowledgeBase | undefined { return this.knowledge.isReady ? this.knowledge.kb : undefined; }

  bankNow(): QuestionBank | undefined {
    const kb = this.kbNow();
    return kb ? questionBank(kb) : undefined;
  }

  roundSize(): number {
    const n = vscode.workspace.getConfiguration('deStudy').get<number>('quiz.roundSize', 20);
    return Math.max(5, Math.min(100, Math.round(Number(n) || 20)));
  }

  /** Opens (or reuses) the quiz panel and starts a round. Returns the panel (the test hook). */
  async open(req: StartRequest): Promise<QuizPanel | undefined> {
    const running = this.panel?.session;
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

  /** Picks the questions of a round; an exam without a given seed resumes the kept exam if there is one. */
  async buildSession(req: StartRequest): Promise<{ session: QuizSession; resumed?: boolean } | { empty: EmptyScreen }> {
    const bank = await this.bank();
    const seed = req.seed ?? Date.now().toString(36);
    const focusLabel = req.focusLabel ?? domainLabel(req.domain);
    const focus = { domain: req.domain, serviceIds: req.serviceIds?.length ? req.serviceIds : undefined };
    const now = Date.now();
    if (req.mode === 'exam' && req.seed === undefined) {
      const kept = this.pausedExam(bank);
      this.forgetPausedExam();
      if (kept) return { session: kept, resumed: true };
    }
    if (req.mode === 'exam') {
      const questions = selectQuestions(bank.questions, { count: req.count ?? EXAM_QUESTIONS, seed, examWeights: true });
      if (!questions.length) return { empty: { screen: 'empty', mode: 'exam', focus: 'Exam simulation', message: 'There are no questions in the notes yet.' } };
      return { session: new QuizSession({ mode: 'exam', questions, seed, focusLabel: 'Exam simulation', startedAt: now, deadline: now + EXAM_MINUTES * 60_000 }) };
    }
    if (req.mode === 'review') {
      const inFocus = new Set(filterQuestions(bank.questions, { ...focus, includeRecall: true }).map((q) => q.id));
      const due = this.store.due((id) => inFocus.has(id)).slice(0, req.count ?? MAX_REVIEW);
      const questions = due.map((id) => reshuffle(bank.get(id)!, seed));
      const newIds: string[] = [];
      const room = Math.min(NEW_RECALL_PER_REVIEW, this.roundSize() - questions.length);
      if (room > 0) {
        const fresh = bank.questions.filter((q) => q.format === 'recall' && inFocus.has(q.id) && !this.store.item(q.id));
        for (const q of shuffle(fresh, rng(seed)).slice(0, room)) { questions.push(q); newIds.push(q.id); }
      }
      if (!questions.length) {
        const next = this.store.nextDue((id) => inFocus.has(id));
        return { empty: { screen: 'empty', mode: 'review', focus: focusLabel, nextDue: next?.toISOString(),
          message: 'Nothing is due for review. Answer questions in Practice or an exam simulation and they come back here when they are due.' } };
      }
      return { session: new QuizSession({ mode: 'review', questions, seed, focus, focusLabel, startedAt: now, newIds }) };
    }
    const questions = selectQuestions(bank.questions, { count: req.count ?? this.roundSize(), seed, ...focus });
    if (!questions.length) {
      return { empty: { screen: 'empty', mode: 'practice', focus: focusLabel, message: `No questions found for ${focusLabel}. The notes have nothing to ask about it yet.` } };
    }
    return { session: new QuizSession({ mode: 'practice', questions, seed, focus, focusLabel, startedAt: now }) };
  }

  async homeView(): Promise<HomeScreen> {
    const bank = await this.bank();
    const items = this.store.data.items;
    const known = (id: string) => bank.byId.has(id);
    const domains = [1, 2, 3, 4].map((d) => {
      const qs = bank.questions.filter((q) => q.domain === d && q.format !== 'recall');
      let answered = 0;
      let seen = 0;
      let correct = 0;
      for (const q of qs) {
        const it = items[q.id];
        if (!it) continue;
        answered++;
        seen += it.seen;
        correct += it.correct;
      }
      return { domain: d, name: DOMAIN_NAMES[d], questions: qs.length, answered, percent: seen ? Math.round((correct / seen) * 100) : undefined };
    });
    const last = this.store.data.exams[this.store.data.exams.length - 1];
    const kept = this.pausedExam(bank);
    const notice = this.store.lastProblem;
    this.store.lastProblem = undefined;
    return {
      screen: 'home', due: this.store.due(known).length, nextDue: this.store.nextDue(known)?.toISOString(),
      questions: bank.questions.filter((q) => q.format !== 'recall').length, roundSize: this.roundSize(), domains,
      lastExam: last ? { at: last.at, correct: last.correct, total: last.total, percent: last.total ? Math.round((last.correct / last.total) * 100) : 0 } : undefined,
      pausedExam: kept ? { answered: kept.score().answered, total: kept.questions.length, deadline: kept.deadline ?? 0 } : undefined,
      notice: notice ? `Note: ${notice}.` : undefined,
    };
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
  }
}
