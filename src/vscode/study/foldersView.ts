// The "Notes Folders" tree of the DE Study view: each of the user's notes folders with its counts
// (notes, sections, questions) and its problems, then the bundled notes. A problem opens its file at the
// line; a folder reveals itself in the Explorer's sense: its first note opens.
import * as path from 'path';
import * as vscode from 'vscode';
import { Diagnostic } from '../../core/model';
import { FolderSummary, summarizeFolder } from '../../core/study/folders';
import type { QuizFeature } from '../quiz';
import { studySnapshot } from './snapshot';

export type FolderNode =
  | { kind: 'folder'; summary: FolderSummary; bundled: boolean }
  | { kind: 'missing'; problem: Diagnostic }
  | { kind: 'problem'; problem: Diagnostic };

const NOT_FOUND = /^notes folder not found/;

export class FoldersView implements vscode.TreeDataProvider<FolderNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FolderNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly feature: QuizFeature) {
    this.disposables.push(feature.knowledge.onDidChange(() => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.changed.fire(undefined), 300);
    }));
  }

  refresh(): void { this.changed.fire(undefined); }

  /** The user's folders as indexed now (the host tests read it). */
  async summaries(): Promise<FolderSummary[]> {
    const snap = await studySnapshot(this.feature);
    const docs = snap.kb.documents();
    const problems = snap.kb.diagnostics();
    return this.feature.knowledge.userRoots.map((root) => summarizeFolder(root, docs, snap.bank.questions, problems));
  }

  async getChildren(node?: FolderNode): Promise<FolderNode[]> {
    if (node) return node.kind === 'folder' ? node.summary.problems.map((problem) => ({ kind: 'problem', problem })) : [];
    const snap = await studySnapshot(this.feature);
    const docs = snap.kb.documents();
    const problems = snap.kb.diagnostics();
    const out: FolderNode[] = this.feature.knowledge.userRoots.map((root) => ({ kind: 'folder', summary: summarizeFolder(root, docs, snap.bank.questions, problems), bundled: false }));
    for (const p of problems) if (NOT_FOUND.test(p.message)) out.push({ kind: 'missing', problem: p });
    // Without folders of their own the view shows its welcome text ("Add Notes Folder") instead.
    if (!out.length) return [];
    if (docs.some((d) => d.source === 'bundled')) {
      out.push({ kind: 'folder', summary: summarizeFolder(this.feature.knowledge.bundledNotesRoot, docs, snap.bank.questions, problems), bundled: true });
    }
    return out;
  }

  getTreeItem(node: FolderNode): vscode.TreeItem {
    if (node.kind === 'folder') {
      const s = node.summary;
      const n = s.problems.length;
      const label = node.bundled ? 'Bundled notes' : path.basename(s.root) || s.root;
      const item = new vscode.TreeItem(label, n ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `folder:${s.root}`;
      item.description = `${s.notes} notes · ${s.sections} sections · ${s.questions} questions${n ? ` · ${n} ${n === 1 ? 'problem' : 'problems'}` : ''}`;
      item.tooltip = `${s.root}\n${s.notes} notes, ${s.sections} sections, ${s.questions} questions, ${n} ${n === 1 ? 'problem' : 'problems'}`;
      item.iconPath = n ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon(node.bundled ? 'library' : 'folder');
      item.contextValue = node.bundled ? 'bundledFolder' : 'notesFolder';
      return item;
    }
    const p = node.problem;
    if (node.kind === 'missing') {
      const item = new vscode.TreeItem(p.file, vscode.TreeItemCollapsibleState.None);
      item.description = 'not found';
      item.tooltip = `${p.file}: ${p.message}`;
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.contextValue = 'missingFolder';
      return item;
    }
    const item = new vscode.TreeItem(`${path.basename(p.file)}${p.line ? `:${p.line}` : ''}`, vscode.TreeItemCollapsibleState.None);
    item.description = p.message;
    item.tooltip = `${p.file}${p.line ? `:${p.line}` : ''}\n${p.message}`;
    item.iconPath = new vscode.ThemeIcon(p.severity === 'error' ? 'error' : 'warning', new vscode.ThemeColor(p.severity === 'error' ? 'list.errorForeground' : 'list.warningForeground'));
    // A rejected file is not in the knowledge base, so it opens as the plain file it is (it is inside the user's folder).
    const pos = new vscode.Position(Math.max(0, p.line - 1), 0);
    item.command = { command: 'vscode.open', title: 'Open File', arguments: [vscode.Uri.file(p.file), { selection: new vscode.Range(pos, pos) }] };
    item.contextValue = 'problem';
    return item;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
