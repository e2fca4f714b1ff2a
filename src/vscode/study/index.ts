// Registers the DE Study view (exam outline and notes folders), "Add Notes Folder" with its feedback,
// the progress dashboard, and the context keys the walkthrough's steps complete on.
import * as vscode from 'vscode';
import { DASHBOARD_VIEW_TYPE } from '../../shared/dashboardProtocol';
import { DashboardPanel } from '../dashboard/panel';
import type { QuizFeature } from '../quiz';
import { AddFolder } from './addFolder';
import { FoldersView } from './foldersView';
import { OutlineNode, OutlineView } from './outlineView';
import { quizOnNode } from './quizOn';

export interface StudyApi {
  outline: OutlineView;
  folders: FoldersView;
  addFolder: AddFolder;
}

/** Walkthrough step "Take your first quiz" completes on this context key: set once any answer is saved. */
export const ANSWERED_CONTEXT = 'deStudy.hasAnswered';

export function registerStudy(context: vscode.ExtensionContext, feature: QuizFeature): StudyApi {
  const outline = new OutlineView(feature);
  const folders = new FoldersView(feature);
  const addFolder = new AddFolder(feature.knowledge, folders);
  const outlineTree = vscode.window.createTreeView('deStudy.outline', { treeDataProvider: outline, showCollapseAll: true });
  const foldersTree = vscode.window.createTreeView('deStudy.folders', { treeDataProvider: folders });

  const markAnswered = () => {
    let any = false;
    try { any = Object.keys(feature.store.data.items).length > 0; } catch { /* unreadable progress: reported by the quiz */ }
    if (any) void vscode.commands.executeCommand('setContext', ANSWERED_CONTEXT, true);
    return any;
  };
  const offAnswered = feature.store.onDidChange(markAnswered);
  // The progress file is read a little after start-up, never during activation.
  const startup = setTimeout(markAnswered, 2000);

  context.subscriptions.push(
    outline, folders, addFolder, outlineTree, foldersTree,
    { dispose: offAnswered }, { dispose: () => clearTimeout(startup) },
    vscode.commands.registerCommand('deStudy.addNotesFolder', (args?: unknown) => {
      const folder = (args as { folder?: unknown } | undefined)?.folder;
      return addFolder.add(typeof folder === 'string' ? folder : undefined);
    }),
    vscode.commands.registerCommand('deStudy.openDashboard', () => DashboardPanel.show(feature)),
    vscode.commands.registerCommand('deStudy.quizOn', (node?: OutlineNode) => quizOnNode(feature, node)),
    vscode.commands.registerCommand('deStudy.openHoverSample', async () => {
      // An untitled copy: the walkthrough never edits a file inside the installed extension.
      const sample = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'sample.py'));
      const doc = await vscode.workspace.openTextDocument({ language: 'python', content: new TextDecoder().decode(sample) });
      return vscode.window.showTextDocument(doc, { preview: false });
    }),
    vscode.commands.registerCommand('deStudy.refreshView', () => { outline.refresh(); folders.refresh(); }),
    vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel) { DashboardPanel.revive(feature, panel); },
    }),
  );
  return { outline, folders, addFolder };
}
