// Scratch files for host tests. Each call writes a new file under one temp folder and opens it, so no two
// tests ever share a document: untitled documents are numbered, and a new one can reuse the URI of one
// just closed before the extension host has dropped the old text (which once made a hover read stale
// content). Real files also get their language from the extension, as a user's files do.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

let dir: string | undefined;
let count = 0;

export async function openScratch(content: string, extension: string): Promise<vscode.TextDocument> {
  dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-host-'));
  const file = path.join(dir, `scratch-${++count}.${extension}`);
  fs.writeFileSync(file, content);
  return vscode.workspace.openTextDocument(vscode.Uri.file(file));
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}
