// The "Exam Outline" tree of the DE Study view: 4 domains → 17 task statements → the notes (bundled and
// the user's) and their sections on each task, every item with its readiness (answered, accuracy, due).
// Labels are plain text (TreeItem labels render no markup); tooltips are plain strings.
import * as path from 'path';
import * as vscode from 'vscode';
import { NoteDocument, Section } from '../../core/model';
import { Question } from '../../core/quiz/types';
import { domainTitle, taskLabel } from '../../core/study/outline';
import { accuracy, describeTally, DomainReadiness, explainTally, overall, Tally, TaskReadiness } from '../../core/study/readiness';
import { notesByTask, TaskNote } from '../../core/study/taskNotes';
import type { QuizFeature } from '../quiz';
import { StudySnapshot, studySnapshot } from './snapshot';

export type OutlineNode =
  | { kind: 'domain'; domain: DomainReadiness }
  | { kind: 'task'; task: TaskReadiness }
  /** tally: all the questions from the note (a service note asks about more than this one task). */
  | { kind: 'note'; task: string; note: TaskNote; tally: Tally }
  | { kind: 'section'; doc: NoteDocument; section: Section; tally: Tally };

/** A readiness dot: hollow before the first answer, then coloured by accuracy (the text says the same). */
function readinessIcon(t: Tally): vscode.ThemeIcon {
  const pct = accuracy(t);
  if (pct === undefined) return new vscode.ThemeIcon('circle-large-outline');
  const colour = pct >= 80 ? 'charts.green' : pct >= 60 ? 'charts.yellow' : 'charts.red';
  return new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor(colour));
}

/** Lines of a section up to the next heading of the same or a higher level (its subsections included). */
function sectionEnd(doc: NoteDocument, s: Section): number {
  const after = doc.sections.find((x) => x.startLine > s.startLine && x.level > 0 && x.level <= s.level);
  return after ? after.startLine - 1 : doc.lineCount;
}

export class OutlineView implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutlineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private snapshot: Promise<StudySnapshot> | undefined;
  private tasks: Map<string, TaskNote[]> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly feature: QuizFeature) {
    const off = feature.store.onDidChange(() => this.refreshSoon());
    this.disposables.push({ dispose: off }, feature.knowledge.onDidChange(() => { this.tasks = undefined; this.refreshSoon(); }));
  }

  /** Answers come one by one and a folder build changes many notes: one refresh for a burst of changes. */
  private refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 300);
  }

  refresh(): void {
    this.snapshot = undefined;
    this.changed.fire(undefined);
  }

  private current(): Promise<StudySnapshot> {
    if (!this.snapshot) this.snapshot = studySnapshot(this.feature);
    return this.snapshot;
  }

  async getChildren(node?: OutlineNode): Promise<OutlineNode[]> {
    const snap = await this.current();
    if (!node) return snap.domains.map((domain) => ({ kind: 'domain', domain }));
    if (node.kind === 'domain') return node.domain.tasks.map((task) => ({ kind: 'task', task }));
    if (node.kind === 'task') {
      this.tasks ??= notesByTask(snap.kb.documents());
      const id = node.task.task.id;
      return (this.tasks.get(id) ?? []).map((note) => ({
        kind: 'note', task: id, note,
        tally: overall(snap.byFile.get(note.doc.file) ?? [], snap.items, snap.now),
      }));
    }
    if (node.kind === 'note') {
      const doc = node.note.doc;
      return node.note.sections.map((section) => ({ kind: 'section', doc, section, tally: this.sectionTally(snap, doc, section) }));
    }
    return [];
  }

  private sectionTally(snap: StudySnapshot, doc: NoteDocument, section: Section): Tally {
    const end = sectionEnd(doc, section);
    const inside = (q: Question) => q.source.line >= section.startLine && q.source.line <= end;
    return overall((snap.byFile.get(doc.file) ?? []).filter(inside), snap.items, snap.now);
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    switch (node.kind) {
      case 'domain': {
        const d = node.domain;
        const item = new vscode.TreeItem(domainTitle(d.domain), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `domain:${d.domain}`;
        item.description = describeTally(d);
        item.tooltip = `${domainTitle(d.domain)} (${Math.round(d.weight * 100)}% of the scored content)\n${explainTally(d)}`;
        item.iconPath = readinessIcon(d);
        item.contextValue = 'domain';
        return item;
      }
      case 'task': {
        const t = node.task;
        const item = new vscode.TreeItem(taskLabel(t.task), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `task:${t.task.id}`;
        item.description = describeTally(t);
        item.tooltip = `${taskLabel(t.task)}\n${explainTally(t)}`;
        item.iconPath = readinessIcon(t);
        item.contextValue = 'task';
        return item;
      }
      case 'note': {
        const { doc, sections } = node.note;
        const item = new vscode.TreeItem(doc.title || path.basename(doc.file), sections.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `note:${node.task}:${doc.file}`;
        item.description = `${doc.source === 'user' ? 'yours · ' : ''}${describeTally(node.tally)}`;
        item.tooltip = `${doc.relPath} (${doc.source === 'user' ? 'your notes' : 'bundled notes'})\n${explainTally(node.tally)}`;
        item.resourceUri = vscode.Uri.file(doc.file);
        item.iconPath = vscode.ThemeIcon.File;
        item.command = { command: 'deStudy.openNote', title: 'Open Note', arguments: [{ file: doc.file, line: sections[0]?.startLine ?? 1 }] };
        item.contextValue = doc.serviceId ? 'serviceNote' : 'note';
        return item;
      }
      case 'section': {
        const { doc, section } = node;
        const item = new vscode.TreeItem(section.title, vscode.TreeItemCollapsibleState.None);
        item.id = `section:${doc.file}#${section.startLine}`;
        item.description = describeTally(node.tally);
        item.tooltip = `${doc.relPath}:${section.startLine} · ${section.headingPath.join(' › ')}\n${explainTally(node.tally)}`;
        item.iconPath = new vscode.ThemeIcon('symbol-string');
        item.command = { command: 'deStudy.openNote', title: 'Open Note', arguments: [{ file: doc.file, line: section.startLine }] };
        item.contextValue = 'section';
        return item;
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
