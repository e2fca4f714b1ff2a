// The quiz webview panel: owns one QuizSession, renders its view model in the webview, applies the
// webview's messages, records answers in the progress store, and keeps a snapshot in the webview's
// state so that the serializer restores the panel after a window reload.
import * as path from 'path';
import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { KnowledgeBase } from '../../core/knowledgeBase';
import { QuestionBank } from '../../core/quiz/generator';
import { Outcome, QuizSession } from '../../core/quiz/session';
import { ViewContext } from '../../core/quiz/sessionView';
import { Question } from '../../core/quiz/types';
import {
  ExtensionMessage, isWebviewMessage, PanelState, QUIZ_PANEL_TITLE, QuizView, SourceView, WebviewMessage,
} from '../../shared/quizProtocol';
import type { SourceFilter } from '../../core/quiz/sourceFilter';
import type { QuizHost, StartRequest } from './host';
import { quizHtml, quizIcon, quizResourceRoots } from './html';

export class QuizPanel implements vscode.Disposable {
  session: QuizSession | undefined;
  private lastView: QuizView = { screen: 'loading', message: 'Loading the questions…' };
  private examTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  private markReady!: () => void;
  /** Resolves when the webview's script has loaded and said "ready". */
  readonly webviewReady = new Promise<void>((resolve) => { this.markReady = resolve; });
  /** Messages handled so far (host tests wait on it). */
  handled = 0;
  private readonly onDidDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDidDisposeEmitter.event;

  /** The exam the start screen would start (its seed and form), until the user presses Start. */
  private pendingExam: StartRequest | undefined;

  constructor(private readonly feature: QuizHost, readonly panel: vscode.WebviewPanel) {
    const roots = quizResourceRoots(feature.extensionUri);
    panel.webview.options = { enableScripts: true, localResourceRoots: roots };
    panel.title = QUIZ_PANEL_TITLE;
    panel.iconPath = quizIcon(feature.extensionUri);
    panel.webview.html = quizHtml(panel.webview, feature.extensionUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m) => { void this.handleMessage(m); }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get view(): QuizView { return this.lastView; }

  /** Where answers are saved (host tests check it). */
  get progressFile(): string { return this.feature.store.file; }

  /** The question on screen, with its answers (host tests answer through it). */
  currentQuestion(): Question | undefined { return this.session && !this.session.finished ? this.session.current() : undefined; }

  async start(req: StartRequest): Promise<void> {
    this.clearTimer();
    this.pendingExam = undefined;
    if (req.mode === 'exam' && !req.begin && !(req.seed === undefined && !req.form && await this.feature.hasPausedExam())) {
      // An exam starts from its start screen (rules, questions, time); a kept exam resumes at once.
      this.feature.keepUnfinishedExam(this.session);
      this.session = undefined;
      this.pendingExam = req;
      this.lastView = await this.feature.examStartView(req.form);
      this.post();
      return;
    }
    this.session = undefined;
    this.lastView = { screen: 'loading', message: 'Loading the questions…' };
    this.post();
    const built = await this.feature.buildSession(req);
    if (this.disposed) return;
    if ('empty' in built) {
      this.lastView = built.empty;
      this.post();
      return;
    }
    this.begin(built.session);
    if (built.resumed) {
      const s = built.session;
      void vscode.window.showInformationMessage(s.finished
        ? 'DE Study: the exam simulation you closed ran out of time; here is its score.'
        : `DE Study: resumed the exam simulation you closed (${s.score().answered} of ${s.questions.length} answered). Its clock kept running.`);
    }
  }

  /** Shows a session; an exam past its deadline (restored or resumed) is scored as timed out first. */
  private begin(session: QuizSession): void {
    this.session = session;
    if (session.mode === 'exam' && !session.finished && session.deadline && session.deadline <= Date.now()) {
      this.recordAll(session.finish(session.deadline, { timedOut: true }));
    }
    this.armTimer();
    this.render();
  }

  /** Restores a session from the webview state of a reloaded window, or shows the home screen. */
  async restore(state: unknown): Promise<void> {
    const bank = await this.feature.bank();
    const snapshot = (state as PanelState | undefined)?.session;
    const session = snapshot ? QuizSession.restore(snapshot, (id) => bank.get(id)) : undefined;
    if (this.disposed) return;
    if (session) {
      // The closing window may also have kept this exam as paused: the restored panel holds it now.
      if (session.mode === 'exam') this.feature.forgetPausedExam(session.seed);
      this.begin(session);
    } else {
      await this.showHome();
    }
  }

  /** The quiz menu. An unfinished exam left through the menu is kept, not lost. */
  async showHome(): Promise<void> {
    this.clearTimer();
    this.feature.keepUnfinishedExam(this.session);
    this.session = undefined;
    this.pendingExam = undefined;
    this.lastView = await this.feature.homeView();
    this.post();
  }

  reveal(): void { this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Active); }

  /** Applies one message from the webview. Public so that host tests can drive the quiz without a browser. */
  async handleMessage(raw: unknown): Promise<void> {
    if (!isWebviewMessage(raw)) { this.feature.log.warn(`quiz: ignored an unexpected message from the webview: ${JSON.stringify(raw)?.slice(0, 200)}`); return; }
    try {
      await this.apply(raw);
    } catch (e) {
      this.feature.log.error(`quiz: ${raw.type} failed: ${(e as Error).stack ?? e}`);
      void vscode.window.showErrorMessage(inertText(`DE Study: the quiz hit an error (${(e as Error).message}). See DE Study: Show Log.`));
    } finally {
      this.handled++;
    }
  }

  private async apply(m: WebviewMessage): Promise<void> {
    const s = this.session;
    switch (m.type) {
      case 'ready': this.markReady(); this.post(); return;
      case 'start': await this.start({ mode: m.mode, domain: m.domain, source: m.source as StartRequest['source'] }); return;
      case 'examStart': await this.start({ mode: 'exam', form: m.form }); return;
      case 'beginExam': if (this.pendingExam) await this.start({ ...this.pendingExam, begin: true }); return;
      case 'again':
        if (s?.mode === 'exam') { await this.start({ mode: 'exam', form: s.form }); return; }
        await this.start(s ? { mode: s.mode, domain: s.focus.domain, serviceIds: s.focus.serviceIds, focusLabel: s.focusLabel, replace: true } : { mode: 'practice' });
        return;
      case 'report':
        if (s && await this.feature.reportQuestion(s, m.reason)) { if (s.finished) this.clearTimer(); this.render(); }
        return;
      case 'home': await this.showHome(); return;
      case 'setSource': await this.feature.setSource(m.source as SourceFilter); await this.showHome(); return;
      case 'openSource': await this.feature.openSource(m.file, m.line); return;
      default: break;
    }
    if (!s) return;
    switch (m.type) {
      case 'select': s.select(m.choices); break;
      case 'submit': this.record(s.enter()); break;
      case 'reveal': s.reveal(); break;
      case 'grade': this.record(s.grade(m.grade)); break;
      case 'next': s.next(); break;
      case 'prev': s.prev(); break;
      case 'goto': s.goto(m.position); break;
      case 'flag': s.flag(); break;
      case 'review': s.review(); break;
      case 'finish': this.recordAll(s.finish(Date.now())); break;
      case 'timeUp':
        if (s.mode === 'exam' && s.deadline && Date.now() >= s.deadline - 2000) this.recordAll(s.finish(Date.now(), { timedOut: true }));
        break;
    }
    if (s.finished) this.clearTimer();
    this.render();
  }

  private record(o: Outcome | undefined): void {
    if (!o) return;
    try {
      this.feature.store.record(o.id, { correct: o.correct, grade: o.grade });
    } catch (e) {
      this.feature.reportSaveError(e as Error);
    }
  }

  private recordAll(outcomes: Outcome[] | undefined): void {
    const s = this.session;
    if (!outcomes || !s) return;
    for (const o of outcomes) this.record(o);
    if (s.mode === 'exam' && s.finished) {
      const byDomain: Record<string, { total: number; correct: number }> = {};
      for (const r of s.domainRows()) byDomain[String(r.domain)] = { total: r.total, correct: r.correct };
      const byTask: Record<string, { total: number; correct: number }> = {};
      for (const r of s.taskRows()) byTask[r.task] = { total: r.total, correct: r.correct };
      const score = s.score();
      try {
        this.feature.store.recordExam({
          at: new Date(s.finishedAt!).toISOString(), durationSec: Math.round((s.finishedAt! - s.startedAt) / 1000),
          total: s.questions.length, correct: score.correct, byDomain, byTask, ...(s.form ? { form: s.form } : {}),
        });
      } catch (e) { this.feature.reportSaveError(e as Error); }
    }
  }

  private armTimer(): void {
    this.clearTimer();
    const s = this.session;
    if (!s || s.mode !== 'exam' || s.finished || !s.deadline) return;
    const ms = Math.max(0, Math.min(s.deadline - Date.now(), 2 ** 31 - 1));
    this.examTimer = setTimeout(() => {
      if (this.session !== s || s.finished) return;
      this.recordAll(s.finish(Date.now(), { timedOut: true }));
      this.render();
    }, ms);
  }

  private clearTimer(): void {
    if (this.examTimer) clearTimeout(this.examTimer);
    this.examTimer = undefined;
  }

  private viewContext(bank: QuestionBank | undefined, kb: KnowledgeBase | undefined): ViewContext {
    const store = this.feature.store;
    return {
      serviceName: (id) => kb?.service(id)?.name ?? id,
      source: (q) => sourceView(q, kb),
      card: (id) => store.item(id)?.card,
      scheduler: store.scheduler,
      now: () => new Date(),
      due: () => {
        const known = bank ? (id: string) => bank.byId.has(id) : undefined;
        return { count: store.due(known).length, next: store.nextDue(known) };
      },
    };
  }

  render(): void {
    const s = this.session;
    if (!s) { this.post(); return; }
    const kb = this.feature.kbNow();
    const bank = kb ? this.feature.bankNow() : undefined;
    this.lastView = s.view(this.viewContext(bank, kb));
    this.post();
  }

  private post(): void {
    if (this.disposed) return;
    const state: PanelState = { v: 1, session: this.session?.snapshot() };
    const message: ExtensionMessage = { type: 'render', view: this.lastView, state };
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clearTimer();
    this.feature.keepUnfinishedExam(this.session);
    this.onDidDisposeEmitter.fire();
    this.onDidDisposeEmitter.dispose();
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

export function sourceView(q: Question, kb: KnowledgeBase | undefined): SourceView {
  const doc = kb?.document(q.source.file);
  const rel = doc?.relPath ?? path.basename(q.source.file);
  return { file: q.source.file, line: q.source.line, label: `${rel}:${q.source.line} · ${q.source.headingPath.join(' › ')}` };
}
