// The status-bar item with the number of questions due for review; a click runs "Review Due Questions".
// Shown once there is any quiz progress; refreshed when progress or the notes change, and every minute
// (due dates pass by themselves).
import * as vscode from 'vscode';
import type { QuizFeature } from './feature';

export class DueStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly timer: NodeJS.Timeout;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly feature: QuizFeature) {
    this.item = vscode.window.createStatusBarItem('deStudy.quizDue', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'DE Study: Questions Due';
    this.item.command = 'deStudy.reviewDue';
    const off = feature.store.onDidChange(() => this.update());
    this.disposables.push({ dispose: off }, feature.knowledge.onDidChange(() => this.update()));
    this.timer = setInterval(() => this.update(), 60_000);
    this.timer.unref?.();
  }

  /** The number shown (for tests), or undefined while hidden. */
  count: number | undefined;

  update(): void {
    const store = this.feature.store;
    let items: number;
    try { items = Object.keys(store.data.items).length; } catch { items = 0; }
    if (!items) { this.count = undefined; this.item.hide(); return; }
    const bank = this.feature.bankNow();
    const known = bank ? (id: string) => bank.byId.has(id) : undefined;
    const due = store.due(known).length;
    this.count = due;
    this.item.text = `$(mortar-board) ${due}`;
    const next = due ? undefined : store.nextDue(known);
    const label = due === 1 ? '1 question due for review' : `${due} questions due for review`;
    this.item.tooltip = new vscode.MarkdownString(`**DE Study:** ${label}${next ? ` (next ${next.toLocaleString()})` : ''}.\n\nClick to review.`);
    this.item.accessibilityInformation = { label: `DE Study: ${label}. Click to review.`, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    clearInterval(this.timer);
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
