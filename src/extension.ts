// Wires the adapters together. Activation registers providers and commands and parses nothing:
// the notes are indexed on first use.
import * as vscode from 'vscode';
import { ServiceHoverProvider } from './vscode/hover';
import { KnowledgeService } from './vscode/knowledgeService';
import { registerNoteCommands } from './vscode/noteCommands';

export function activate(context: vscode.ExtensionContext): { knowledge: KnowledgeService } {
  const log = vscode.window.createOutputChannel('DE Study', { log: true });
  const knowledge = new KnowledgeService(context.extensionUri.fsPath, log);
  context.subscriptions.push(log, knowledge);
  context.subscriptions.push(vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-userdata' }], new ServiceHoverProvider(knowledge)));
  registerNoteCommands(context, knowledge);
  return { knowledge };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
