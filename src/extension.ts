// Wires the adapters together. Activation registers providers and commands and parses nothing:
// the notes are indexed on first use.
import * as vscode from 'vscode';
import { ServiceHoverProvider } from './vscode/hover';
import { inertLog } from './vscode/inertLog';
import { KnowledgeService } from './vscode/knowledgeService';
import { registerNoteCommands } from './vscode/noteCommands';
import { QuizFeature, registerQuiz } from './vscode/quiz';
import { DueStatusBar } from './vscode/quiz/statusBar';
import { cacheSettings, migrateRenamedSettings } from './vscode/settings';
import { registerStudy, StudyApi } from './vscode/study';
import { contextPulse, HOVERED_CONTEXT } from './vscode/study/walkthroughEvents';

export interface DeStudyApi {
  knowledge: KnowledgeService;
  hover: ServiceHoverProvider;
  /** The DE Study view, its notes folders and "Add Notes Folder" (host tests read them). */
  study: StudyApi;
  /** The status-bar count of reviews due. */
  dueStatus: DueStatusBar;
  /** The quiz: its progress store and question bank. */
  quiz: QuizFeature;
  /** How long activate() took, in ms (reported by npm run bench). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): DeStudyApi {
  const started = performance.now();
  // First, so that the settings read are forgotten at each change before any other listener reads one.
  context.subscriptions.push(cacheSettings());
  const log = inertLog(vscode.window.createOutputChannel('DE Study', { log: true }));
  const version = String((context.extension.packageJSON as { version?: unknown }).version ?? '0');
  const knowledge = new KnowledgeService(context.extensionUri.fsPath, log, { dir: context.globalStorageUri.fsPath, version });
  context.subscriptions.push(log, knowledge);
  // Settings renamed (deStudy.hover.enabled → DEStudy.hoverEnabled, …): move the user's values across.
  void migrateRenamedSettings(log);
  const hover = new ServiceHoverProvider(knowledge);
  context.subscriptions.push(vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-userdata' }], hover));
  // Right after activation, when the host is idle: load the service catalog (not the notes) and run the
  // hover once on every kind of file, so that no first hover compiles or reads anything.
  const warm = setTimeout(() => void hover.warmUp(), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(warm) });
  registerNoteCommands(context, knowledge);
  const quiz = registerQuiz(context, knowledge);
  const study = registerStudy(context, quiz.feature);
  // The walkthrough's "Hover an AWS service" step completes on this context key (at most one pulse in 5 s).
  const hovered = contextPulse(HOVERED_CONTEXT, 5_000);
  hover.onHover = () => hovered.fire();
  context.subscriptions.push(hovered);
  return { knowledge, hover, study, dueStatus: quiz.status, quiz: quiz.feature, activationMs: performance.now() - started };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
