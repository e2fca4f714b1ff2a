// Opening a note at a line: shared by search results, hover links and the quiz's "Open source section".
import * as vscode from 'vscode';
import { KnowledgeService } from './knowledgeService';

export interface ShowNoteOptions {
  preview: boolean;
  preserveFocus: boolean;
  viewColumn?: vscode.ViewColumn;
  /** 'passage': select the line and centre it (a search match); default: cursor at the top. */
  reveal?: 'top' | 'passage';
}

/** Shows a file with the cursor at the start of a 1-based line, scrolled to the top (or the line selected, centred). */
export async function showNoteAt(file: string, line: number, options: ShowNoteOptions): Promise<vscode.TextEditor> {
  const { reveal, ...show } = options;
  const pos = new vscode.Position(Math.max(0, line - 1), 0);
  if (reveal === 'passage') {
    // The whole matched line selected (not into the next), centred.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const end = doc.lineAt(Math.min(pos.line, doc.lineCount - 1)).range.end;
    const editor = await vscode.window.showTextDocument(doc, { ...show, selection: new vscode.Range(pos, end) });
    editor.revealRange(new vscode.Range(pos, end), vscode.TextEditorRevealType.InCenter);
    return editor;
  }
  const editor = await vscode.window.showTextDocument(vscode.Uri.file(file), { ...show, selection: new vscode.Range(pos, pos) });
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
  return editor;
}

/**
 * Opens a note only if the knowledge base knows it: links from hovers and the quiz webview carry a
 * path, and must not open arbitrary files.
 */
export async function showKnownNote(knowledge: KnowledgeService, file: string, line: number, options: ShowNoteOptions): Promise<vscode.TextEditor | undefined> {
  const kb = await knowledge.ready();
  if (!kb.document(file)) {
    void vscode.window.showWarningMessage('DE Study: that note is no longer in the index.');
    return undefined;
  }
  return showNoteAt(file, line, options);
}
