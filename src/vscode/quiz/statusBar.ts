// The status-bar item with the number of questions due for review ("3 due", or "5 due from 21:40" when
// today's reviews are all a little later); a click runs "Review Due Questions". Hidden when nothing is
// due today; refreshed after every answer, when the notes change, and every minute (due dates pass).
import * as vscode from 'vscode';
import type { ProgressData } from '../../core/quiz/progress';
import { dueToday } from '../../core/study/history';
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
    this.disposables.push({ dispose: off }, feature.knowledge.onDidChange(() => this.update()), feature.onDidBuildBank(() => this.update()));
    this.timer = setInterval(() => this.update(), 60_000);
    this.timer.unref?.();
  }

  /** Questions due today, now or later (for tests), or undefined while hidden. */
  count: number | undefined;

  update(): void {
    const store = this.feature.store;
    let items: ProgressData['items'];
    try { items = store.data.items; } catch { items = {}; }
    const bank = this.feature.bankNow();
    const known = bank ? (id: string) => bank.byId.has(id) : undefined;
    // Today's reviews: a wrong answer is back in 10 minutes, so it counts at once ("1 due from 21:40").
    const due = dueToday(items, new Date(), known);
    if (!due.now && !due.laterToday) { this.count = undefined; this.item.hide(); return; }
    const at = due.next?.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    this.count = due.now + due.laterToday;
    this.item.text = due.now ? `$(mortar-board) ${due.now} due` : `$(mortar-board) ${due.laterToday} due from ${at}`;
    const plural = (n: number) => (n === 1 ? '1 question' : `${n} questions`);
    const label = [
      due.now ? `${plural(due.now)} due for review now` : '',
      due.laterToday ? `${plural(due.laterToday)} due later today (the next at ${at})` : '',
    ].filter(Boolean).join('; ');
    this.item.tooltip = new vscode.MarkdownString(`**DE Study:** ${label}.\n\nClick to review.`);
    this.item.accessibilityInformation = { label: `DE Study: ${label}. Click to review.`, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    clearInterval(this.timer);
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
