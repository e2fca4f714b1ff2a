// Owns the knowledge base inside the extension: builds it lazily on first use (never in activate),
// in time slices so the extension host stays responsive, keeps it current with file watchers (one file at a
// time, no full rebuild), and reports every note problem in the DE Study output channel.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { CatalogSnapshot } from '../core/bundled';
import { cacheKey, IndexCache } from '../core/indexCache';
import { KnowledgeBase, safeParseAsync } from '../core/knowledgeBase';
import { loadNoteFile, NoteSource, isNoteFile } from '../core/loader';
import { ServiceMatcher } from '../core/matcher';
import { Diagnostic, Service } from '../core/model';
import { BuildReport, buildNotes } from '../core/noteBuild';
import { importPractice } from '../core/quiz/extract/practice';
import { keepBanksIn } from '../core/quiz/bankOf';
import { BankCacheFile } from '../core/quiz/bankCache';
import { SearchIndex } from '../core/search';
import { nextTurn, timeSlicer } from '../core/timeSlice';
import { watchNotesFolder } from './folderWatcher';
import { affectsSetting, notesFolders, setting } from './settings';

export class KnowledgeService implements vscode.Disposable {
  readonly kb = new KnowledgeBase();
  private index: SearchIndex | undefined;
  private building: Promise<KnowledgeBase> | undefined;
  private watchers: vscode.Disposable[] = [];
  private sources: NoteSource[] = [];
  private snapshot: { matcher: ServiceMatcher; data: CatalogSnapshot } | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  /** How the last build went: notes from the cache or parsed, search index loaded or built. */
  lastBuild: BuildReport | undefined;

  /**
   * `cache`: where the cached index lives (the extension's global storage) and the extension version it
   * belongs to; without it every build parses every note.
   */
  constructor(private readonly extensionRoot: string, readonly log: vscode.LogOutputChannel, private readonly cache?: { dir: string; version: string }) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsSetting(e, 'notesFolders') || affectsSetting(e, 'includeBundledNotes') || affectsSetting(e, 'maxNoteSizeKB')) {
          if (this.building) void this.rebuild('settings changed');
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { if (this.building) void this.rebuild('workspace folders changed'); }),
    );
    // The quiz bank of unchanged notes is read back after a reload, not built again (~0.5 s).
    if (cache) keepBanksIn(this.kb, new BankCacheFile(path.join(cache.dir, 'quiz-bank-cache.json'), cacheKey(cache.version), (m) => log.warn(m)));
    const unsubscribe = this.kb.onDidChange(() => this.changed.fire());
    this.disposables.push({ dispose: unsubscribe });
  }

  /** The cached index's file in global storage (none without a storage folder). */
  get cacheFile(): string | undefined { return this.cache && path.join(this.cache.dir, 'index-cache.json'); }

  get bundledNotesRoot(): string { return path.join(this.extensionRoot, 'notes'); }

  get isReady(): boolean { return !!this.index; }

  /** The user's notes folders found by the last build (resolved paths), in settings order. */
  get userRoots(): string[] { return this.sources.filter((s) => s.kind === 'user').map((s) => s.root); }

  /** The knowledge base, built on first call. */
  ready(): Promise<KnowledgeBase> {
    if (!this.building) this.building = this.build();
    return this.building;
  }

  async searchIndex(): Promise<SearchIndex> {
    await this.ready();
    return this.index!;
  }

  /**
   * The matcher to use right now, without waiting: the full knowledge base's when built, else the
   * catalog snapshot written at build time (so the first hover needs no parsing).
   */
  matcherNow(): ServiceMatcher {
    if (this.index) return this.kb.matcher;
    return this.loadSnapshot()?.matcher ?? this.kb.matcher;
  }

  serviceNow(id: string): Service | undefined {
    if (this.index) return this.kb.service(id);
    const s = this.loadSnapshot()?.matcher.services.get(id);
    // The snapshot keeps note paths relative to the bundled notes; a hover's "Open note" needs the file.
    return s && !path.isAbsolute(s.file) ? { ...s, file: path.join(this.bundledNotesRoot, s.file) } : s;
  }

  /** Top sections for a service, without waiting: the snapshot's bundled sections until the base is built. */
  topSectionsNow(id: string, n: number): { title: string; headingPath: string[]; file: string; line: number; source: 'user' | 'bundled' }[] {
    if (this.index) {
      return this.kb.sectionsForService(id).slice(0, n).map(({ doc, section }) => ({
        title: section.title, headingPath: section.headingPath, file: doc.file, line: section.startLine, source: doc.source,
      }));
    }
    const snap = this.loadSnapshot();
    if (!snap || !this.includeBundled()) return [];
    return (snap.data.topSections[id] ?? []).slice(0, n).map((s) => ({ ...s, file: path.join(this.bundledNotesRoot, s.relPath), source: 'bundled' as const }));
  }

  private loadSnapshot(): { matcher: ServiceMatcher; data: CatalogSnapshot } | undefined {
    if (this.snapshot) return this.snapshot;
    const file = path.join(this.extensionRoot, 'dist', 'catalog.json');
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as CatalogSnapshot;
      const services = data.services.map((s) => ({ ...s, file: path.join(this.bundledNotesRoot, s.file) }));
      this.snapshot = { matcher: new ServiceMatcher(services, data.matcher), data };
    } catch (e) {
      this.log.warn(`catalog snapshot ${file} not readable (${(e as Error).message}); hovers wait for the notes index`);
      void this.ready();
    }
    return this.snapshot;
  }

  private includeBundled(): boolean {
    return setting<boolean>('includeBundledNotes', true);
  }

  /** Bundled notes and the user's folders, resolved against every workspace folder. */
  private resolveSources(): { sources: NoteSource[]; problems: Diagnostic[] } {
    const sources: NoteSource[] = [];
    const problems: Diagnostic[] = [];
    for (const raw of notesFolders()) {
      if (!raw.trim()) continue;
      const expanded = raw.trim().replace(/^~(?=$|[\\/])/, process.env.HOME ?? '~');
      const candidates = path.isAbsolute(expanded)
        ? [expanded]
        : (vscode.workspace.workspaceFolders ?? []).map((f) => path.join(f.uri.fsPath, expanded));
      const found = candidates.filter((c) => fs.existsSync(c));
      if (!found.length) problems.push({ file: raw, line: 0, severity: 'error', message: `notes folder not found${candidates.length ? ` (looked in ${candidates.join(', ')})` : ' (a relative path needs an open workspace folder)'}` });
      for (const f of found) if (!sources.some((s) => s.root === f)) sources.push({ root: f, kind: 'user' });
    }
    if (this.includeBundled()) sources.push({ root: this.bundledNotesRoot, kind: 'bundled' });
    return { sources, problems };
  }

  private maxBytes(): number {
    return Math.max(16, setting<number>('maxNoteSizeKB', 2048)) * 1024;
  }

  private async build(): Promise<KnowledgeBase> {
    const t0 = Date.now();
    const { sources, problems } = this.resolveSources();
    this.sources = sources;
    const cache = this.cacheFile ? await IndexCache.loadAsync(this.cacheFile, cacheKey(this.cache!.version)) : undefined;
    // Yield to the event loop every ~8 ms, so hovers and commands stay quick during the build.
    const pause = timeSlicer(8);
    this.kb.clear();
    const { index, report } = await buildNotes(this.kb, sources, { maxBytes: this.maxBytes(), cache, pause, problems });
    // Hovers switch to the built base only once what they read of it is ready: its matcher and the sections
    // of every service, each in a turn of its own. Until then they answer from the catalog snapshot.
    await nextTurn();
    void this.kb.matcher;
    await nextTurn();
    this.kb.indexSections();
    await nextTurn();
    this.index?.dispose();
    this.index = index;
    this.lastBuild = report;
    this.watch();
    const st = this.kb.stats();
    const how = cache ? `; ${report.reused} notes from the cached index, ${report.parsed} parsed, search index ${report.indexFromCache ? 'from the cache' : 'built'}` : '';
    this.log.info(`notes indexed: ${st.documents} documents, ${st.sections} sections, ${st.services} services, ${st.cards} cards in ${Date.now() - t0} ms${how}`);
    // Writing the cache and reporting problems are long single steps: each in a turn of its own, after the
    // hovers and commands already waiting.
    if (cache) {
      if (cache.loadProblem && cache.loadProblem !== 'no cache yet') this.log.info(`cached index not used: ${cache.loadProblem}`);
      await nextTurn();
      try { cache.save(); } catch (e) { this.log.warn(`could not write the cached index ${cache.file}: ${(e as Error).message}`); }
    }
    await nextTurn();
    this.reportDiagnostics();
    return this.kb;
  }

  async rebuild(reason: string): Promise<KnowledgeBase> {
    this.log.info(`rebuilding the notes index (${reason})`);
    // After the build under way, never beside it: two builds would clear and refill one knowledge base
    // in interleaved slices.
    const previous = this.building ?? Promise.resolve(this.kb);
    this.building = previous.catch(() => this.kb).then(() => this.build());
    return this.building;
  }

  reportDiagnostics(): void {
    // Practice questions the quiz cannot import (no key, a key that names no option) are note problems too.
    const practice = this.kb.documents().flatMap((doc) => importPractice(doc).diagnostics);
    for (const d of [...this.kb.diagnostics(), ...practice]) {
      const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
      if (d.severity === 'error') this.log.error(`${where}: ${d.message}`); else this.log.warn(`${where}: ${d.message}`);
    }
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const src of this.sources) {
      if (src.kind === 'bundled') continue; // bundled notes change only with the extension
      const watcher = watchNotesFolder(
        src.root,
        (file) => void this.updateFile(file, src),
        (file) => { this.kb.remove(file); this.log.info(`note removed: ${file}`); },
        (message) => this.log.warn(message),
      );
      this.watchers.push(watcher);
    }
  }

  /** Re-reads one changed or added note: the only work a file change costs. */
  private readonly updates = new Map<string, number>();

  async updateFile(file: string, src: NoteSource): Promise<void> {
    if (!isNoteFile(file)) return;
    const r = loadNoteFile(file, src.root, src.kind, this.maxBytes());
    if ('diagnostic' in r) {
      this.kb.reject(file, r.diagnostic);
      this.log.warn(`${file}: ${r.diagnostic.message}`);
      return;
    }
    const diagnostics: Diagnostic[] = [];
    // In slices: a large note must not block the host while the user types elsewhere.
    const turn = (this.updates.get(file) ?? 0) + 1;
    this.updates.set(file, turn);
    const parsed = await safeParseAsync(r.input, diagnostics, timeSlicer(8));
    // A newer change of the same file started while this one was parsed: that one wins.
    if (this.updates.get(file) !== turn) return;
    this.updates.delete(file);
    this.kb.upsertMany([parsed], diagnostics);
    for (const d of [...parsed.diagnostics, ...diagnostics, ...importPractice(parsed.doc).diagnostics]) this.log.warn(`${d.file}:${d.line}: ${d.message}`);
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.index?.dispose();
    this.changed.dispose();
  }
}
