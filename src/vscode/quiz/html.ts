// The quiz webview's page: a strict CSP with a nonce, our script and stylesheet only, no inline code
// or style; and the folders the webview may load from.
import * as vscode from 'vscode';
import { QUIZ_PANEL_TITLE } from '../../shared/quizProtocol';
import { webviewPage, webviewRoots } from '../webviewPage';

/** The only folders the webview may load from: the bundled script (dist/media) and the stylesheet (media). */
export function quizResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return webviewRoots(extensionUri);
}

/** The panel's tab icon, drawn for light and dark themes. */
export function quizIcon(extensionUri: vscode.Uri): { light: vscode.Uri; dark: vscode.Uri } {
  return {
    light: vscode.Uri.joinPath(extensionUri, 'media', 'quiz-icon-light.svg'),
    dark: vscode.Uri.joinPath(extensionUri, 'media', 'quiz-icon-dark.svg'),
  };
}

export function quizHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return webviewPage(webview, extensionUri, {
    script: 'quiz.js', style: 'quiz.css', title: QUIZ_PANEL_TITLE,
    body: `<main id="app" tabindex="-1"><p class="muted">Loading the quiz…</p></main>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
<div id="alert" class="visually-hidden" role="alert" aria-atomic="true"></div>`,
  });
}
