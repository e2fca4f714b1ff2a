// "DE Study: Export Questions for Anki": the questions (all, or of one domain, service or notes folder)
// as a text file Anki imports as it is (see src/core/quiz/anki.ts and the README).
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { DOMAIN_NAMES, DOMAINS } from '../../core/examGuide';
import type { KnowledgeBase } from '../../core/knowledgeBase';
import { questionsForExport, toAnkiText } from '../../core/quiz/anki';
import { writeFileAtomic } from '../../core/files/atomicWrite';
import { isSourceFilter, NoteLookup, SourceFilter, sourceCounts, sourceLabel, sourcePredicate } from '../../core/quiz/sourceFilter';
import type { Question } from '../../core/quiz/types';
import type { QuizFeature } from './feature';
import { sourceView } from './panel';

interface ExportChoice { domain?: number; serviceId?: string; source?: SourceFilter; name: string }

export function registerAnkiExport(feature: QuizFeature): vscode.Disposable {
  return vscode.commands.registerCommand('deStudy.exportAnki', async (args?: unknown) => {
    const a = (args && typeof args === 'object' ? args : {}) as Record<string, unknown>;
    const bank = await feature.bank();
    const kb = await feature.knowledge.ready();
    const lookup = (file: string) => kb.document(file);
    const reported = feature.store.reportedIds();
    const all = bank.questions.filter((q) => !reported.has(q.id));
    let choice: ExportChoice | undefined;
    if (typeof a.file === 'string') {
      choice = {
        name: 'questions',
        domain: Number.isInteger(a.domain) && DOMAIN_NAMES[a.domain as number] ? a.domain as number : undefined,
        serviceId: typeof a.serviceId === 'string' ? a.serviceId : undefined,
        source: isSourceFilter(a.source) ? a.source : undefined,
      };
    } else {
      choice = await pickChoice(all, kb, lookup);
      if (!choice) return undefined;
    }
    const questions = questionsForExport(all, {
      domain: choice.domain, serviceId: choice.serviceId,
      keep: choice.source ? sourcePredicate(choice.source, lookup) : undefined,
    });
    if (!questions.length) { void vscode.window.showInformationMessage(`DE Study: no questions to export for ${choice.name}.`); return undefined; }
    let target = typeof a.file === 'string' ? a.file : undefined;
    if (!target) {
      const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
      const uri = await vscode.window.showSaveDialog({
        title: 'Export DE Study questions for Anki', saveLabel: 'Export',
        defaultUri: vscode.Uri.joinPath(base, `de-study-anki-${choice.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.txt`),
        filters: { 'Anki text import': ['txt'] },
      });
      if (!uri) return undefined;
      target = uri.fsPath;
    }
    const text = toAnkiText(questions, { sourceLabel: (q) => sourceView(q, kb).label, serviceName: (id) => kb.service(id)?.name ?? id });
    try {
      writeFileAtomic(target, text);
    } catch (e) {
      void vscode.window.showErrorMessage(`DE Study: could not write ${target}: ${(e as Error).message}`);
      return undefined;
    }
    feature.log.info(`Anki export: ${questions.length} questions (${choice.name}) written to ${target}`);
    void vscode.window.showInformationMessage(`DE Study: exported ${questions.length} questions to ${path.basename(target)}. In Anki: File › Import, pick the file, Import.`);
    return { questions: questions.length, file: target };
  });
}

/** One QuickPick: everything, a domain, a notes folder or a service, each with its question count. */
async function pickChoice(all: Question[], kb: KnowledgeBase, lookup: NoteLookup): Promise<ExportChoice | undefined> {
  type Item = vscode.QuickPickItem & { choice?: ExportChoice };
  const items: Item[] = [{ label: 'All questions', description: `${all.length} questions`, choice: { name: 'all' } }];
  items.push({ label: 'Exam domains', kind: vscode.QuickPickItemKind.Separator });
  for (const d of DOMAINS) {
    const n = all.filter((q) => q.domain === d).length;
    if (n) items.push({ label: `Domain ${d}: ${DOMAIN_NAMES[d]}`, description: `${n} questions`, choice: { domain: d, name: `domain ${d}` } });
  }
  const counts = sourceCounts(all, lookup);
  items.push({ label: 'Notes folders', kind: vscode.QuickPickItemKind.Separator });
  for (const f of counts.folders) {
    const source: SourceFilter = `folder:${f.root}`;
    items.push({ label: f.kind === 'bundled' ? 'Bundled notes' : sourceLabel(source), description: `${f.questions} questions`, detail: f.kind === 'user' ? f.root : undefined, choice: { source, name: f.kind === 'bundled' ? 'bundled' : sourceLabel(source) } });
  }
  items.push({ label: 'Services', kind: vscode.QuickPickItemKind.Separator });
  const perService = new Map<string, number>();
  for (const q of all) for (const s of q.serviceIds) perService.set(s, (perService.get(s) ?? 0) + 1);
  for (const s of [...kb.services.values()].filter((x) => perService.has(x.id)).sort((x, y) => x.name.localeCompare(y.name))) {
    items.push({ label: s.name, description: `${perService.get(s.id)} questions`, choice: { serviceId: s.id, name: s.id } });
  }
  const pick = await vscode.window.showQuickPick(items, { title: 'DE Study: Export Questions for Anki', placeHolder: 'Which questions? (type to filter by domain, folder or service)', matchOnDescription: true });
  return pick?.choice;
}
