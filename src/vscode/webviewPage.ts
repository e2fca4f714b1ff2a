// The page shell of our webviews (the quiz and the dashboard): a strict CSP with a fresh nonce, our
// bundled script (dist/media) and stylesheets (media: base.css, then the page's own) only, no inline code or style.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';

/** The only folders a webview of ours may load from: the bundled scripts and the stylesheets. */
export function webviewRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'media'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/**
 * The HTML of a webview: `script` (in dist/media) and `style` (in media) by file name, `title` and the
 * static `body` markup (ours, never note text) before the script.
 */
export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, page: { script: string; style: string; title: string; body: string }): string {
  // A fresh, unguessable nonce for each page: the CSP allows only scripts carrying it.
  const nonce = randomBytes(18).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'media', page.script));
  const base = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'base.css'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', page.style));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource}`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${base}">
<link rel="stylesheet" href="${style}">
<title>${page.title}</title>
</head>
<body>
${page.body}
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
