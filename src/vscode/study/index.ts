// Registers the DE Study view (exam outline and notes folders), "Add Notes Folder" with its feedback,
// the progress dashboard, and the context key the walkthrough's quiz step completes on.
import * as vscode from 'vscode';
import { DASHBOARD_VIEW_TYPE } from '../../shared/dashboardProtocol';
import { DashboardPanel } from '../dashboard/panel';
import type { QuizFeature } from '../quiz';
import { AddFolder } from './addFolder';
import { FoldersView } from './foldersView';
import { OutlineNode, OutlineView } from './outlineView';
import { quizOnNode } from './quizOn';
import { ANSWERED_CONTEXT, contextPulse } from './walkthroughEvents';

export interface StudyApi {
  outline: OutlineView;
  folders: FoldersView;
  addFolder: AddFolder;
}

export function registerStudy(context: vscode.ExtensionContext, feature: QuizFeature): StudyApi {
  const outline = new OutlineView(feature);
  const folders = new FoldersView(feature);
  const addFolder = new AddFolder(feature.knowledge, folders);
  const outlineTree = vscode.window.createTreeView('deStudy.outline', { treeDataProvider: outline, showCollapseAll: true });
  const foldersTree = vscode.window.createTreeView('deStudy.folders', { treeDataProvider: folders });

  // The walkthrough's "Take your first quiz" step completes on an answer saved (the store changes).
  const answered = contextPulse(ANSWERED_CONTEXT);
  const offAnswered = feature.store.onDidChange(() => answered.fire());

  context.subscriptions.push(
    outline, folders, addFolder, outlineTree, foldersTree,
    { dispose: offAnswered }, answered,
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
