// Commands around the notes themselves: open a note at a line, search for a service, reindex, log.
import * as vscode from 'vscode';
import { KnowledgeService } from './knowledgeService';
import { SearchPicker } from './searchPicker';
import { showKnownNote } from './showNote';
import { showServicesInFile } from './servicesInFile';

interface OpenNoteArgs { file: string; line: number }

function isOpenNoteArgs(x: unknown): x is OpenNoteArgs {
  const a = x as OpenNoteArgs;
  return !!a && typeof a.file === 'string' && typeof a.line === 'number';
}

export function registerNoteCommands(context: vscode.ExtensionContext, knowledge: KnowledgeService): void {
  const picker = new SearchPicker(knowledge, context.globalState);
  context.subscriptions.push(
    vscode.commands.registerCommand('deStudy.search', (query?: unknown) => picker.show(typeof query === 'string' ? query : '')),
    vscode.commands.registerCommand('deStudy.searchService', async (args?: { serviceId?: string }) => {
      const id = args?.serviceId;
      const kb = await knowledge.ready();
      const s = id ? kb.service(id) : undefined;
      return picker.show(s ? s.shortName ?? s.name : '');
    }),
    vscode.commands.registerCommand('deStudy.openNote', async (args?: unknown) => {
      if (!isOpenNoteArgs(args)) return;
      return showKnownNote(knowledge, args.file, args.line, { preview: false, preserveFocus: false });
    }),
    vscode.commands.registerCommand('deStudy.servicesInFile', () => showServicesInFile(knowledge)),
    vscode.commands.registerCommand('deStudy.openBundledNotes', async () => {
      const readme = vscode.Uri.file(knowledge.bundledNotesRoot + '/domains/exam-overview.md');
      await vscode.window.showTextDocument(readme, { preview: false });
    }),
    vscode.commands.registerCommand('deStudy.reindex', async () => {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'DE Study: indexing notes' }, () => knowledge.rebuild('command'));
      const st = knowledge.kb.stats();
      const problems = st.diagnostics.length ? ` ${st.diagnostics.length} problems: see DE Study: Show Log.` : '';
      void vscode.window.showInformationMessage(`DE Study: indexed ${st.documents} notes, ${st.sections} sections.${problems}`);
      return st;
    }),
    vscode.commands.registerCommand('deStudy.showLog', () => knowledge.log.show(true)),
  );
}
