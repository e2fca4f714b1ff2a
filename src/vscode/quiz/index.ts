// Registers the quiz: its commands, the panel serializer (restores the panel after a window reload),
// and the status-bar count of due reviews. Progress lives in the extension's global storage.
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { ProgressFormatError, ProgressStore } from '../../core/quiz/progress';
import { isSourceFilter } from '../../core/quiz/sourceFilter';
import { QUIZ_VIEW_TYPE, QuizMode } from '../../shared/quizProtocol';
import { KnowledgeService } from '../knowledgeService';
import { servicesInDocument } from '../servicesInFile';
import { registerAnkiExport } from './ankiExport';
import { QuizFeature, StartRequest } from './feature';
import { QuizPanel } from './panel';
import { DueStatusBar } from './statusBar';

export { QuizFeature } from './feature';
export { QuizPanel } from './panel';

/** Reads the optional argument object of a quiz command (from tests, keybindings or links). */
function startArgs(mode: QuizMode, raw: unknown): StartRequest {
  const a = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const req: StartRequest = { mode };
  if (typeof a.mode === 'string' && ['practice', 'review', 'exam'].includes(a.mode) && mode === 'practice') req.mode = a.mode as QuizMode;
  if (Number.isInteger(a.domain) && (a.domain as number) >= 1 && (a.domain as number) <= 4) req.domain = a.domain as number;
  if (Array.isArray(a.serviceIds)) req.serviceIds = a.serviceIds.filter((x): x is string => typeof x === 'string').slice(0, 50);
  if (typeof a.focusLabel === 'string') req.focusLabel = a.focusLabel.slice(0, 120);
  if (Number.isInteger(a.count) && (a.count as number) >= 1 && (a.count as number) <= 200) req.count = a.count as number;
  if (typeof a.seed === 'string') req.seed = a.seed.slice(0, 100);
  if (isSourceFilter(a.source)) req.source = a.source;
  if (Number.isInteger(a.form) && (a.form as number) >= 1 && (a.form as number) <= 99) req.form = a.form as number;
  if (a.begin === true) req.begin = true;
  if (a.replace === true) req.replace = true;
  return req;
}

export function registerQuiz(context: vscode.ExtensionContext, knowledge: KnowledgeService): { feature: QuizFeature; status: DueStatusBar } {
  const log = knowledge.log;
  const store = new ProgressStore(context.globalStorageUri.fsPath, {
    info: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m),
  });
  const offProblem = store.onProblem((m) => {
    void vscode.window.showWarningMessage(inertText(`DE Study: ${m}.`), 'Show Log').then((p) => { if (p) log.show(true); });
  });
  const feature = new QuizFeature(knowledge, store, context.extensionUri, context.globalState);
  const status = new DueStatusBar(feature);
  // Read the progress file a little after start-up (never during activation) for the status bar.
  const startup = setTimeout(() => {
    status.update();
    if (store.lastProblem) {
      void vscode.window.showWarningMessage(inertText(`DE Study: ${store.lastProblem}.`), 'Show Log').then((p) => { if (p) log.show(true); });
    }
  }, 1500);
  startup.unref?.();
  context.subscriptions.push(feature, status, { dispose: () => clearTimeout(startup) }, { dispose: offProblem });

  const open = (mode: QuizMode) => (args?: unknown): Promise<QuizPanel | undefined> => feature.open(startArgs(mode, args));

  context.subscriptions.push(
    vscode.commands.registerCommand('deStudy.openQuiz', open('practice')),
    vscode.commands.registerCommand('deStudy.reviewDue', open('review')),
    vscode.commands.registerCommand('deStudy.startExam', open('exam')),
    vscode.commands.registerCommand('deStudy.quizServicesInFile', async (args?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) { void vscode.window.showInformationMessage('DE Study: open a file first, then quiz on the AWS services it uses.'); return undefined; }
      const kb = await knowledge.ready();
      const ids = [...(await servicesInDocument(knowledge, editor.document)).keys()];
      if (!ids.length) { void vscode.window.showInformationMessage('DE Study: no AWS services found in this file.'); return undefined; }
      const names = ids.slice(0, 3).map((id) => kb.service(id)?.shortName ?? kb.service(id)?.name ?? id).join(', ');
      const label = `Services in ${path.basename(editor.document.fileName)}: ${names}${ids.length > 3 ? ` and ${ids.length - 3} more` : ''}`;
      return feature.open({ ...startArgs('practice', args), serviceIds: ids, focusLabel: label });
    }),
    vscode.commands.registerCommand('deStudy.quizService', async (args?: unknown) => {
      const kb = await knowledge.ready();
      let id = (args as { serviceId?: unknown } | undefined)?.serviceId;
      if (typeof id !== 'string' || !kb.service(id)) {
        const bank = await feature.bank();
        const counts = new Map<string, number>();
        for (const q of bank.questions) if (q.format !== 'recall') for (const s of q.serviceIds) counts.set(s, (counts.get(s) ?? 0) + 1);
        const items = [...kb.services.values()]
          .filter((s) => counts.has(s.id))
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((s) => ({ label: s.name, description: `${counts.get(s.id)} questions`, detail: s.description, id: s.id }));
        const pick = await vscode.window.showQuickPick(items, { title: 'DE Study: Quiz on a Service', placeHolder: 'Pick a service', matchOnDescription: true });
        if (!pick) return undefined;
        id = pick.id;
      }
      const s = kb.service(id as string)!;
      return feature.open({ ...startArgs('practice', args), serviceIds: [s.id], focusLabel: s.name });
    }),
    vscode.commands.registerCommand('deStudy.exportProgress', async (args?: unknown) => {
      let target = (args as { file?: unknown } | undefined)?.file;
      if (typeof target !== 'string') {
        const day = new Date().toISOString().slice(0, 10);
        const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
        const uri = await vscode.window.showSaveDialog({
          title: 'Export DE Study quiz progress', saveLabel: 'Export',
          defaultUri: vscode.Uri.joinPath(base, `de-study-progress-${day}.json`), filters: { JSON: ['json'] },
        });
        if (!uri) return undefined;
        target = uri.fsPath;
      }
      try {
        const r = store.exportTo(target as string);
        void vscode.window.showInformationMessage(inertText(`DE Study: exported progress for ${r.questions} questions to ${target}.`));
        return r;
      } catch (e) {
        void vscode.window.showErrorMessage(inertText(`DE Study: export failed: ${(e as Error).message}`));
        return undefined;
      }
    }),
    vscode.commands.registerCommand('deStudy.importProgress', async (args?: unknown) => {
      const a = (args ?? {}) as { file?: unknown; mode?: unknown };
      let source = a.file;
      if (typeof source !== 'string') {
        const uris = await vscode.window.showOpenDialog({ title: 'Import DE Study quiz progress', openLabel: 'Import', canSelectMany: false, filters: { JSON: ['json'] } });
        if (!uris?.length) return undefined;
        source = uris[0].fsPath;
      }
      let mode: 'merge' | 'replace' | undefined = a.mode === 'merge' || a.mode === 'replace' ? a.mode : undefined;
      if (!mode) {
        const pick = await vscode.window.showQuickPick([
          { label: 'Merge', description: 'keep the more recent answer for each question', mode: 'merge' as const },
          { label: 'Replace', description: 'drop the current progress (a backup copy is kept)', mode: 'replace' as const },
        ], { title: 'Import quiz progress', placeHolder: 'Merge with the current progress or replace it?' });
        if (!pick) return undefined;
        mode = pick.mode;
      }
      try {
        const r = store.importFrom(source as string, mode);
        void vscode.window.showInformationMessage(`DE Study: imported progress for ${r.questions} questions (${mode}).`);
        return r;
      } catch (e) {
        const why = e instanceof ProgressFormatError ? `it is not a DE Study progress file (${e.message})` : (e as Error).message;
        log.error(`DE Study: import of ${source} failed: ${why}`);
        void vscode.window.showErrorMessage(inertText(`DE Study: could not import ${source}: ${why}. Nothing was changed.`));
        return undefined;
      }
    }),
    vscode.commands.registerCommand('deStudy.resetProgress', async () => {
      const n = Object.keys(store.data.items).length;
      const pick = await vscode.window.showWarningMessage(
        'Reset all DE Study quiz progress?',
        { modal: true, detail: `This forgets your answers and review schedule for ${n} questions, your exam results and any unfinished exam. A backup copy of the progress file is kept next to it.` },
        'Reset Progress',
      );
      if (pick !== 'Reset Progress') return undefined;
      const backup = store.reset();
      feature.forgetPausedExam();
      void vscode.window.showInformationMessage(`DE Study: quiz progress reset.${backup ? ` Backup: ${backup}` : ''}`);
      if (feature.panel && !feature.panel.session) void feature.panel.showHome();
      return backup;
    }),
    registerAnkiExport(feature),
    vscode.window.registerWebviewPanelSerializer(QUIZ_VIEW_TYPE, {
      async deserializeWebviewPanel(webview: vscode.WebviewPanel, state: unknown) {
        const panel = feature.adopt(webview);
        await panel.restore(state);
      },
    }),
  );
  return { feature, status };
}
