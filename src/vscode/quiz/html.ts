// The quiz webview's page: a strict CSP with a nonce, our script and stylesheet only, no inline code
// or style; and the folders the webview may load from.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { QUIZ_PANEL_TITLE } from '../../shared/quizProtocol';

/** A fresh, unguessable nonce for each page (the CSP allows only scripts carrying it). */
function nonce(): string {
  return randomBytes(18).toString('base64');
}

/** The only folders the webview may load from: the bundled script (dist/media) and the stylesheet (media). */
export function quizResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'media'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** The panel's tab icon, drawn for light and dark themes. */
export function quizIcon(extensionUri: vscode.Uri): { light: vscode.Uri; dark: vscode.Uri } {
  return {
    light: vscode.Uri.joinPath(extensionUri, 'media', 'quiz-icon-light.svg'),
    dark: vscode.Uri.joinPath(extensionUri, 'media', 'quiz-icon-dark.svg'),
  };
}

export function quizHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const n = nonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'media', 'quiz.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'quiz.css'));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource}`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${QUIZ_PANEL_TITLE}</title>
</head>
<body>
<main id="app" tabindex="-1"><p class="muted">Loading the quiz…</p></main>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div>
<div id="alert" class="visually-hidden" role="alert" aria-atomic="true"></div>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
}
