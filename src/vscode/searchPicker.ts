// "DE Study: Search Notes": a QuickPick over the search index. Our ranking decides the order
// (alwaysShow keeps VS Code's own filter from hiding fuzzy hits); moving through results previews the
// section in a preview editor; Esc puts the editor back where it was; Enter opens at the heading.
import * as path from 'path';
import * as vscode from 'vscode';
import { DOMAINS as EXAM_DOMAINS, domainLabel } from '../core/examGuide';
import { parseDomainPrefix, SearchHit, snippet } from '../core/search';
import { KnowledgeService } from './knowledgeService';
import { showNoteAt } from './showNote';

interface HitItem extends vscode.QuickPickItem {
  file?: string;
  line?: number;
  sectionId?: string;
}

interface RecentPick { title: string; headingPath: string[]; file: string; line: number; sectionId: string }

const RECENT_KEY = 'deStudy.recentSearchPicks';
const MAX_RECENT = 12;
/** The filter's steps: all domains, then each domain by the exam guide's name. */
const DOMAINS = [0, ...EXAM_DOMAINS].map((d) => domainLabel(d || undefined));

export class SearchPicker {
  constructor(private readonly knowledge: KnowledgeService, private readonly state: vscode.Memento) {}

  async show(initialQuery = ''): Promise<void> {
    const qp = vscode.window.createQuickPick<HitItem>();
    qp.title = 'DE Study: Search Notes';
    qp.placeholder = 'Search the notes (typos are fine). Prefix d1–d4 to filter by exam domain, e.g. "d2 partitions"';
    qp.matchOnDescription = false;
    qp.matchOnDetail = false;
    let domain = 0;
    const filterButton = (): vscode.QuickInputButton => ({ iconPath: new vscode.ThemeIcon(domain ? 'filter-filled' : 'filter'), tooltip: `Exam domain filter: ${DOMAINS[domain]} (click to change)` });
    qp.buttons = [filterButton()];
    const previous = vscode.window.activeTextEditor;
    const previousState = previous && { uri: previous.document.uri, selection: previous.selection, column: previous.viewColumn, visible: previous.visibleRanges[0] };
    let accepted = false;
    let previewed = false;
    let seq = 0;

    const render = async () => {
      const mySeq = ++seq;
      const value = qp.value;
      const parsed = parseDomainPrefix(value);
      const effectiveDomain = parsed.domain ?? (domain || undefined);
      if (!parsed.rest.trim()) {
        qp.items = effectiveDomain ? await this.domainItems(effectiveDomain) : this.recentItems();
        return;
      }
      qp.busy = !this.knowledge.isReady;
      const index = await this.knowledge.searchIndex();
      if (mySeq !== seq) return;
      qp.busy = false;
      const hits = index.search(parsed.rest, { limit: 30, domain: effectiveDomain });
      qp.items = hits.length ? hits.map((h) => this.toItem(h, parsed.rest)) : [{ label: 'No matching sections', description: 'try fewer or other words', alwaysShow: true }];
    };

    qp.onDidChangeValue(() => void render());
    qp.onDidTriggerButton(() => {
      domain = (domain + 1) % DOMAINS.length;
      qp.buttons = [filterButton()];
      qp.title = domain ? `DE Study: Search Notes — ${DOMAINS[domain]}` : 'DE Study: Search Notes';
      void render();
    });
    qp.onDidChangeActive((items) => {
      const item = items[0];
      if (!item?.file || item.line === undefined) return;
      previewed = true;
      void showNoteAt(item.file, item.line, { preview: true, preserveFocus: true });
    });
    qp.onDidAccept(async () => {
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      if (!item?.file || item.line === undefined) return;
      accepted = true;
      qp.hide();
      await this.remember({ title: item.label.replace(/^\$\([^)]*\)\s*/, ''), headingPath: (item.description ?? '').split(' › '), file: item.file, line: item.line, sectionId: item.sectionId ?? '' });
      await showNoteAt(item.file, item.line, { preview: false, preserveFocus: false });
    });
    qp.onDidHide(async () => {
      qp.dispose();
      if (accepted || !previewed) return;
      // Esc: back to the editor the user had, where it was.
      if (previousState) {
        // preserveFocus: the restore lands a moment after Esc, when the user may already have opened
        // the palette again; taking focus would close it.
        const editor = await vscode.window.showTextDocument(previousState.uri, { viewColumn: previousState.column, selection: previousState.selection, preview: false, preserveFocus: true });
        if (previousState.visible) editor.revealRange(previousState.visible, vscode.TextEditorRevealType.AtTop);
      } else {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      }
    });
    qp.value = initialQuery;
    qp.show();
    await render();
  }

  private toItem(h: SearchHit, query: string): HitItem {
    const parents = h.section.headingPath.slice(0, -1);
    const where = `${h.doc.source === 'user' ? '' : 'DE Study › '}${h.doc.relPath}:${h.section.startLine}`;
    return {
      label: `$(${h.doc.kind === 'service' ? 'symbol-class' : h.doc.kind === 'comparison' ? 'arrow-swap' : h.doc.kind === 'domain' ? 'mortar-board' : 'book'}) ${h.section.title}`,
      description: parents.length ? parents.join(' › ') : undefined,
      detail: `${where} — ${snippet(h.section, query, 110)}`,
      alwaysShow: true,
      file: h.doc.file,
      line: h.section.startLine,
      sectionId: h.section.id,
    };
  }

  private recentItems(): HitItem[] {
    const recent = this.state.get<RecentPick[]>(RECENT_KEY, []);
    if (!recent.length) return [{ label: 'Type to search the notes', description: 'service names, aliases, former names, concepts, questions', alwaysShow: true }];
    return [
      { label: 'Recent', kind: vscode.QuickPickItemKind.Separator },
      ...recent.map((r) => ({ label: `$(history) ${r.title}`, description: r.headingPath.slice(0, -1).join(' › ') || undefined, detail: `${path.basename(r.file)}:${r.line}`, alwaysShow: true, file: r.file, line: r.line, sectionId: r.sectionId })),
    ];
  }

  private async domainItems(domain: number): Promise<HitItem[]> {
    const index = await this.knowledge.searchIndex();
    return index.search(`d${domain}`, { limit: 30 }).map((h) => this.toItem(h, ''));
  }

  private async remember(pick: RecentPick): Promise<void> {
    const recent = this.state.get<RecentPick[]>(RECENT_KEY, []).filter((r) => !(r.file === pick.file && r.line === pick.line));
    await this.state.update(RECENT_KEY, [pick, ...recent].slice(0, MAX_RECENT));
  }

}
