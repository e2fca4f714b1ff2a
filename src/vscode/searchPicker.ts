// "DE Study: Search Notes": a QuickPick over the search index. The palette shows exactly our order:
// every row is `alwaysShow` (VS Code's own filter hides nothing) and its label cannot match the typed
// text, so VS Code never re-sorts it (see src/core/search/rows.ts). Moving through results previews the
// matched passage; Esc puts the editor back where it was; Enter opens at the matched passage.
import * as path from 'path';
import * as vscode from 'vscode';
import { DOMAINS as EXAM_DOMAINS, domainLabel } from '../core/examGuide';
import { parseDomainPrefix, SearchAnswer, SearchHit, snippet } from '../core/search';
import { noIcons, plain, resultRow, unmatchable } from '../core/search/rows';
import { KnowledgeService } from './knowledgeService';
import { showNoteAt } from './showNote';

interface HitItem extends vscode.QuickPickItem {
  file?: string;
  line?: number;
  sectionId?: string;
  /** The section's title and heading path as written, for the recent list. */
  title?: string;
  headingPath?: string[];
  /** A "did you mean" row: accepting it searches for this. */
  suggestion?: string;
}

interface RecentPick { title: string; headingPath: string[]; file: string; line: number; sectionId: string }

const RECENT_KEY = 'deStudy.recentSearchPicks';
const MAX_RECENT = 12;
/** The filter's steps: all domains, then each domain by the exam guide's name. */
const DOMAINS = [0, ...EXAM_DOMAINS].map((d) => domainLabel(d || undefined));

/** A row that only informs (no file): icon, text that VS Code cannot re-sort, always shown. */
function infoRow(icon: string, label: string, description?: string): HitItem {
  return { label: unmatchable(label), iconPath: new vscode.ThemeIcon(icon), description: description && noIcons(description), alwaysShow: true };
}

/**
 * Opens previews one at a time, always the latest asked for: a preview asked for while another is
 * opening waits, and previews asked for in between are skipped, so the editor ends on the highlighted row.
 */
class PreviewQueue {
  private running = false;
  private next: { file: string; line: number } | undefined;
  stopped = false;

  show(file: string, line: number): void {
    this.next = { file, line };
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.next && !this.stopped) {
        const { file, line } = this.next;
        this.next = undefined;
        await showNoteAt(file, line, { preview: true, preserveFocus: true, reveal: 'passage' }).catch(() => undefined);
      }
    } finally {
      this.running = false;
    }
  }

  /** Resolves once no preview is opening (so Esc restores after the last one, not under it). */
  async idle(): Promise<void> {
    this.stopped = true;
    while (this.running) await new Promise((r) => setTimeout(r, 10));
  }
}

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
    const previews = new PreviewQueue();

    const setItems = (items: HitItem[]) => {
      qp.items = items;
      // The first row of the new list is the highlighted one, never a row of the previous query.
      qp.activeItems = items.length ? [items[0]] : [];
    };

    const render = async () => {
      const mySeq = ++seq;
      const value = qp.value;
      const parsed = parseDomainPrefix(value);
      const effectiveDomain = parsed.domain ?? (domain || undefined);
      const rest = parsed.rest.trim();
      if (!rest && !effectiveDomain) { qp.busy = false; setItems(this.recentItems()); return; }
      if (rest.length === 1) {
        // One character matches half of every label: VS Code would re-sort; wait for the next one.
        qp.busy = false;
        setItems([infoRow('keyboard', 'Keep typing…', 'search starts at two characters')]);
        return;
      }
      if (!this.knowledge.isReady) {
        qp.busy = true;
        setItems([infoRow('loading~spin', 'Indexing notes…', 'results appear as soon as the index is built')]);
      }
      const index = await this.knowledge.searchIndex();
      if (mySeq !== seq) return;
      qp.busy = false;
      const answer = index.lookup(parsed.rest, { limit: 30, domain: effectiveDomain });
      setItems(this.answerItems(answer, parsed.rest));
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
      previews.show(item.file, item.line);
    });
    qp.onDidAccept(async () => {
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      if (item?.suggestion) { qp.value = item.suggestion; void render(); return; }
      if (!item?.file || item.line === undefined) return;
      accepted = true;
      qp.hide();
      await previews.idle();
      await this.remember({ title: item.title ?? plain(item.label), headingPath: item.headingPath ?? [], file: item.file, line: item.line, sectionId: item.sectionId ?? '' });
      await showNoteAt(item.file, item.line, { preview: false, preserveFocus: false, reveal: 'passage' });
    });
    qp.onDidHide(async () => {
      qp.dispose();
      await previews.idle();
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

  private answerItems(answer: SearchAnswer, typed: string): HitItem[] {
    if (!answer.hits.length && !answer.didYouMean.length) return [infoRow('search-stop', 'No matching sections', 'try fewer or other words')];
    if (!answer.closeMatch) {
      // Guesses would look like answers: say so, and offer the nearest names instead.
      return [
        infoRow('search-stop', 'No close match', `nothing in the notes covers "${typed.trim().slice(0, 60)}" well`),
        ...answer.didYouMean.map((s): HitItem => ({ ...infoRow('lightbulb', `Did you mean: ${s}`, 'press Enter to search for it'), suggestion: s })),
      ];
    }
    return answer.hits.map((h) => this.toItem(h));
  }

  private toItem(h: SearchHit): HitItem {
    const row = resultRow({ doc: h.doc, section: h.section, line: h.line, snippet: snippet(h.section, h.terms, 110), alsoIn: h.alsoIn });
    return {
      label: row.label,
      iconPath: new vscode.ThemeIcon(row.icon),
      description: row.description,
      detail: row.detail,
      alwaysShow: true,
      file: h.doc.file,
      line: h.line,
      sectionId: h.section.id,
      title: h.section.title,
      headingPath: h.section.headingPath,
    };
  }

  private recentItems(): HitItem[] {
    const recent = this.state.get<RecentPick[]>(RECENT_KEY, []);
    if (!recent.length) return [infoRow('search', 'Type to search the notes', 'service names, aliases, former names, concepts, questions')];
    return [
      { label: 'Recent', kind: vscode.QuickPickItemKind.Separator },
      ...recent.map((r): HitItem => ({
        label: unmatchable(r.title), iconPath: new vscode.ThemeIcon('history'), description: noIcons(r.headingPath.slice(0, -1).join(' › ')) || undefined,
        detail: noIcons(`${path.basename(r.file)}:${r.line}`), alwaysShow: true, file: r.file, line: r.line, sectionId: r.sectionId, title: r.title, headingPath: r.headingPath,
      })),
    ];
  }

  private async remember(pick: RecentPick): Promise<void> {
    const recent = this.state.get<RecentPick[]>(RECENT_KEY, []).filter((r) => !(r.file === pick.file && r.line === pick.line));
    await this.state.update(RECENT_KEY, [pick, ...recent].slice(0, MAX_RECENT));
  }
}
