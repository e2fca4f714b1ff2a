// "DE Study: Add Notes Folder" and the feedback after any notes folder is added (by this command or in
// the settings): once the folder is indexed, a notification says what was found, e.g.
// "DE Study: my-notes: 12 notes, 140 sections, 85 questions, 0 problems". The folder name is the
// user's text: inertText keeps it from turning into a link or an icon in the notification.
import * as path from 'path';
import * as vscode from 'vscode';
import { folderCounts, FolderSummary } from '../../core/study/folders';
import { inertText } from '../../core/inertText';
import { KnowledgeService } from '../knowledgeService';
import { affectsSetting, notesFolders, updateSetting } from '../settings';
import type { FoldersView } from './foldersView';

export interface FolderFeedback { folder: string; summary: FolderSummary; message: string }

export class AddFolder implements vscode.Disposable {
  private known: string[];
  private readonly waiting = new Map<string, (f: FolderFeedback | undefined) => void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The last notification shown (host tests read it). */
  lastFeedback: FolderFeedback | undefined;

  constructor(private readonly knowledge: KnowledgeService, private readonly folders: FoldersView) {
    this.known = notesFolders();
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsSetting(e, 'notesFolders')) return;
      const now = notesFolders();
      const added = now.filter((f) => !this.known.includes(f));
      this.known = now;
      // After the knowledge service has started its rebuild for the same change (its listener came first).
      if (added.length) setTimeout(() => void this.report(added), 0);
    }));
  }

  private async report(added: string[]): Promise<void> {
    await this.knowledge.ready();
    const summaries = await this.folders.summaries();
    for (const raw of added) {
      // The knowledge service resolves "~/x" and paths relative to a workspace folder: match its result.
      const wanted = path.normalize(raw.trim().replace(/^~(?=$|[\\/])/, process.env.HOME ?? '~'));
      const summary = summaries.find((s) => s.root === wanted || s.root.endsWith(path.sep + wanted));
      const name = inertText(path.basename(raw) || raw);
      let feedback: FolderFeedback | undefined;
      if (summary) {
        const message = `DE Study: ${name}: ${folderCounts(summary)}.`;
        feedback = { folder: raw, summary, message };
        const actions = summary.problems.length ? ['Show Problems'] : ['Open DE Study View'];
        void vscode.window.showInformationMessage(message, ...actions).then((pick) => {
          if (pick) void vscode.commands.executeCommand('deStudy.folders.focus');
        });
      } else {
        void vscode.window.showWarningMessage(`DE Study: the notes folder ${inertText(raw)} was not found. See DE Study: Show Log.`);
      }
      this.lastFeedback = feedback;
      this.waiting.get(raw)?.(feedback);
      this.waiting.delete(raw);
    }
  }

  /** Adds a folder to DEStudy.notesFolders (user settings) and resolves with the feedback once indexed. */
  async add(folder?: string): Promise<FolderFeedback | undefined> {
    if (!folder) {
      const picked = await vscode.window.showOpenDialog({
        title: 'Add a folder of your Markdown notes to DE Study', openLabel: 'Add Notes Folder',
        canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      });
      if (!picked?.length) return undefined;
      folder = picked[0].fsPath;
    }
    const current = notesFolders();
    if (current.includes(folder)) {
      void vscode.window.showInformationMessage(`DE Study: ${inertText(path.basename(folder))} is already one of your notes folders.`);
      return undefined;
    }
    const done = new Promise<FolderFeedback | undefined>((resolve) => this.waiting.set(folder!, resolve));
    await updateSetting('notesFolders', [...current, folder], vscode.ConfigurationTarget.Global);
    return done;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    for (const resolve of this.waiting.values()) resolve(undefined);
  }
}
