// "DE Study: AWS Services in This File": the services the active file uses, with counts; pick one to
// list its occurrences, pick an occurrence to jump there.
import * as vscode from 'vscode';
import { Match } from '../core/matcher';
import { KnowledgeService } from './knowledgeService';

interface ServiceItem extends vscode.QuickPickItem { serviceId: string; matches: Match[] }
interface OccurrenceItem extends vscode.QuickPickItem { match: Match }

/** Service ids of a document, most used first. */
export async function servicesInDocument(knowledge: KnowledgeService, document: vscode.TextDocument): Promise<Map<string, Match[]>> {
  const kb = await knowledge.ready();
  const byService = new Map<string, Match[]>();
  for (const m of kb.matcher.scanText(document.getText())) {
    const list = byService.get(m.serviceId) ?? [];
    list.push(m);
    byService.set(m.serviceId, list);
  }
  return new Map([...byService].sort((a, b) => b[1].length - a[1].length));
}

export async function showServicesInFile(knowledge: KnowledgeService): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) { void vscode.window.showInformationMessage('DE Study: open a file first, then list the AWS services it uses.'); return; }
  const kb = await knowledge.ready();
  const byService = await servicesInDocument(knowledge, editor.document);
  if (!byService.size) { void vscode.window.showInformationMessage('DE Study: no AWS services found in this file.'); return; }
  const items: ServiceItem[] = [...byService].map(([id, matches]) => {
    const s = kb.service(id);
    const kinds = [...new Set(matches.map((m) => m.kind))].join(', ');
    return { label: s?.name ?? id, description: `${matches.length} ${matches.length === 1 ? 'mention' : 'mentions'}`, detail: `${s?.category ?? ''} — ${kinds}`, serviceId: id, matches };
  });
  const picked = await vscode.window.showQuickPick(items, { title: `AWS services in ${vscode.workspace.asRelativePath(editor.document.uri)} (${items.length})`, placeHolder: 'Pick a service to see where the file uses it', matchOnDetail: true });
  if (!picked) return;
  const occurrences: OccurrenceItem[] = picked.matches.map((m) => ({
    label: `${m.line + 1}:${m.column + 1}  ${m.text}`,
    description: m.kind,
    detail: editor.document.lineAt(m.line).text.trim().slice(0, 160),
    match: m,
  }));
  const qp = vscode.window.createQuickPick<OccurrenceItem>();
  qp.title = `${picked.label} in this file`;
  qp.items = occurrences;
  qp.onDidChangeActive((a) => { if (a[0]) reveal(editor, a[0].match); });
  const done = new Promise<string | undefined>((resolve) => {
    qp.onDidAccept(() => { const a = qp.activeItems[0]; if (a) reveal(editor, a.match); qp.hide(); resolve(picked.serviceId); });
    qp.onDidHide(() => { qp.dispose(); resolve(picked.serviceId); });
  });
  qp.show();
  return done;
}

function reveal(editor: vscode.TextEditor, m: Match): void {
  const range = new vscode.Range(m.line, m.column, m.line, m.endColumn);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
