// The progress dashboard: its own webview panel (not the quiz's), with readiness by domain and task,
// accuracy over time, the reviews due on each of the next 30 days and the weakest task statements. The
// data is recomputed when progress or the notes change while the panel is visible.
import * as vscode from 'vscode';
import { DASHBOARD_TITLE, DASHBOARD_VIEW_TYPE, DashboardData, DashboardMessage, isDashboardRequest } from '../../shared/dashboardProtocol';
import type { QuizFeature } from '../quiz';
import { quizOnTask } from '../study/quizOn';
import { studySnapshot } from '../study/snapshot';
import { dashboardData } from './data';
import { webviewPage, webviewRoots } from '../webviewPage';

export class DashboardPanel implements vscode.Disposable {
  private static current: DashboardPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private markReady!: () => void;
  /** Resolves when the webview's script has loaded (host tests wait on it). */
  readonly webviewReady = new Promise<void>((resolve) => { this.markReady = resolve; });
  /** The data last sent (host tests read it). */
  data: DashboardData | undefined;

  static show(feature: QuizFeature): DashboardPanel {
    if (DashboardPanel.current) {
      DashboardPanel.current.panel.reveal();
      void DashboardPanel.current.update();
      return DashboardPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, DASHBOARD_TITLE, vscode.ViewColumn.Active, {
      enableScripts: true, retainContextWhenHidden: false, localResourceRoots: dashboardRoots(feature.extensionUri),
    });
    return new DashboardPanel(feature, panel);
  }

  /** Restores the panel after a window reload (the serializer). */
  static revive(feature: QuizFeature, panel: vscode.WebviewPanel): DashboardPanel {
    DashboardPanel.current?.dispose();
    return new DashboardPanel(feature, panel);
  }

  private constructor(private readonly feature: QuizFeature, readonly panel: vscode.WebviewPanel) {
    DashboardPanel.current = this;
    panel.webview.options = { enableScripts: true, localResourceRoots: dashboardRoots(feature.extensionUri) };
    panel.iconPath = {
      light: vscode.Uri.joinPath(feature.extensionUri, 'media', 'icons', 'dashboard-light.svg'),
      dark: vscode.Uri.joinPath(feature.extensionUri, 'media', 'icons', 'dashboard-dark.svg'),
    };
    panel.webview.html = dashboardHtml(panel.webview, feature.extensionUri);
    const off = feature.store.onDidChange(() => this.updateSoon());
    this.disposables.push(
      { dispose: off },
      feature.knowledge.onDidChange(() => this.updateSoon()),
      panel.onDidChangeViewState(() => { if (panel.visible) this.updateSoon(); }),
      panel.webview.onDidReceiveMessage((m) => void this.handle(m)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private updateSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { if (this.panel.visible) void this.update(); }, 300);
  }

  async update(): Promise<DashboardData> {
    const data = dashboardData(await studySnapshot(this.feature));
    this.data = data;
    const message: DashboardMessage = { type: 'data', data };
    void this.panel.webview.postMessage(message);
    return data;
  }

  private async handle(m: unknown): Promise<void> {
    if (!isDashboardRequest(m)) return;
    switch (m.type) {
      case 'ready': this.markReady(); await this.update(); break;
      case 'quizTask': await quizOnTask(this.feature, m.task); break;
      case 'quizDomain': await vscode.commands.executeCommand('deStudy.openQuiz', { domain: m.domain }); break;
      case 'reviewDue': await vscode.commands.executeCommand('deStudy.reviewDue'); break;
    }
  }

  dispose(): void {
    if (DashboardPanel.current === this) DashboardPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

const dashboardRoots = webviewRoots;

/** The page: a strict CSP with a nonce; our bundled script (with Chart.js) and stylesheet only. */
function dashboardHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return webviewPage(webview, extensionUri, {
    script: 'dashboard.js', style: 'dashboard.css', title: DASHBOARD_TITLE,
    body: '<main id="app"><p class="muted">Loading your progress…</p></main>',
  });
}
