// The knowledge base: every parsed note, the service catalog from the service notes, and the matcher
// built from that catalog. Files can be added, changed and removed one at a time (the file watcher's
// path); a whole build is just that, repeated.
import { Diagnostic, KnowledgeBaseStats, NoteDocument, Section, Service } from './model';
import { listNoteFiles, loadNoteFile, NoteSource, DEFAULT_MAX_BYTES } from './loader';
import type { ServiceMatcher } from './matcher';
import type { ParseInput, ParsedNote } from './parser';
import { Pause } from './timeSlice';
import { officialEntry } from './serviceOverride';

export interface KnowledgeBaseChange {
  /** Documents added or replaced. */
  upserted: NoteDocument[];
  /** Files whose documents were removed or replaced (their old ids). */
  removed: NoteDocument[];
  /** The service catalog changed: everything that depends on the matcher should refresh. */
  catalogChanged: boolean;
}

type Listener = (change: KnowledgeBaseChange) => void;

/**
 * `a.localeCompare(b)`, which is this very comparison (ECMA-402: the default collator) looked up again on
 * every call: sorting the service notes with it was 3 % of a warm `de-study search`.
 */
const byLocale = new Intl.Collator().compare;

/** Documents whose sections were annotated (serviceIds) under the catalog with this fingerprint. */
export interface PriorAnnotations {
  catalog: string;
  docs: ReadonlySet<NoteDocument>;
}

export class KnowledgeBase {
  private readonly docs = new Map<string, NoteDocument>();
  private readonly serviceByFile = new Map<string, Service>();
  private readonly diagnosticsByFile = new Map<string, Diagnostic[]>();
  private readonly listeners: Listener[] = [];
  private catalog = new Map<string, Service>();
  private byService: Map<string, { doc: NoteDocument; section: Section; rank: number }[]> | undefined;
  private matcherCache: ServiceMatcher | undefined;

  get matcher(): ServiceMatcher {
    if (!this.matcherCache) this.matcherCache = new (matcherModule())(this.catalog.values());
    return this.matcherCache;
  }

  get services(): ReadonlyMap<string, Service> { return this.catalog; }

  documents(): NoteDocument[] { return [...this.docs.values()]; }

  document(file: string): NoteDocument | undefined { return this.docs.get(file); }

  /**
   * Every note as parsed and annotated: its document and catalog entry (no diagnostics). What another thread needs to
   * rebuild this base without parsing or annotating again (knowledgeTransfer.ts).
   */
  parsedNotes(): ParsedNote[] {
    return this.documents().map((doc) => ({ doc, service: this.serviceByFile.get(doc.file), diagnostics: [] }));
  }

  diagnostics(): Diagnostic[] {
    return [...this.diagnosticsByFile.values()].flat().sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }

  onDidChange(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => { const i = this.listeners.indexOf(listener); if (i >= 0) this.listeners.splice(i, 1); };
  }

  /** Adds or replaces the notes of a batch of parsed files, then re-annotates what needs it. */
  upsertMany(parsed: ParsedNote[], extraDiagnostics: Diagnostic[] = [], prior?: PriorAnnotations): KnowledgeBaseChange {
    const { change, toAnnotate } = this.stage(parsed, extraDiagnostics, prior);
    for (const d of toAnnotate) this.annotate(d);
    this.emitIfChanged(change);
    return change;
  }

  upsert(p: ParsedNote): KnowledgeBaseChange { return this.upsertMany([p]); }

  /**
   * Same as upsertMany, but awaits `pause` after each document it annotates (see timeSlice.ts), so
   * that a large notes folder never blocks the caller's thread (the extension host) for long.
   */
  async upsertManyChunked(parsed: ParsedNote[], extraDiagnostics: Diagnostic[], pause: Pause, prior?: PriorAnnotations): Promise<KnowledgeBaseChange> {
    const { change, toAnnotate } = this.stage(parsed, extraDiagnostics, prior);
    for (const doc of toAnnotate) {
      for (const _ of this.annotateSteps(doc)) await pause();
      await pause();
    }
    this.emitIfChanged(change);
    return change;
  }

  /** Stores parsed notes and the catalog; returns the documents whose sections need (re)annotation. */
  private stage(parsed: ParsedNote[], extraDiagnostics: Diagnostic[], prior?: PriorAnnotations): { change: KnowledgeBaseChange; toAnnotate: NoteDocument[] } {
    const change: KnowledgeBaseChange = { upserted: [], removed: [], catalogChanged: false };
    for (const p of parsed) {
      const old = this.docs.get(p.doc.file);
      if (old) change.removed.push(old);
      const oldService = this.serviceByFile.get(p.doc.file);
      if (oldService || p.service) change.catalogChanged ||= JSON.stringify(oldService) !== JSON.stringify(p.service);
      if (p.service) this.serviceByFile.set(p.doc.file, p.service); else this.serviceByFile.delete(p.doc.file);
      this.docs.set(p.doc.file, p.doc);
      // A copy: catalog warnings added later belong to this build, not to the parsed (cacheable) note.
      this.diagnosticsByFile.set(p.doc.file, [...p.diagnostics]);
      change.upserted.push(p.doc);
    }
    for (const d of extraDiagnostics) this.addDiagnostic(d);
    if (change.catalogChanged) this.rebuildCatalog();
    let toAnnotate = change.catalogChanged ? this.documents() : change.upserted;
    // Cached documents annotated under this very catalog need no second pass of the matcher.
    if (prior && prior.catalog === this.catalogFingerprint()) toAnnotate = toAnnotate.filter((d) => !prior.docs.has(d));
    return { change, toAnnotate };
  }

  /**
   * Changes whenever the service catalog does (names, aliases, identifiers): annotations depend on it.
   * The catalog itself as JSON, compared whole: a hash of it cost a warm CLI search more (node:crypto's
   * load, or a hash loop in code not yet compiled) than keeping the text in the cache and comparing it.
   */
  catalogFingerprint(): string {
    if (!this.fingerprint) {
      const services = [...this.catalog.values()].sort((a, b) => a.id.localeCompare(b.id));
      this.fingerprint = JSON.stringify(services);
    }
    return this.fingerprint;
  }

  private fingerprint: string | undefined;

  private emitIfChanged(change: KnowledgeBaseChange): void {
    if (change.upserted.length || change.removed.length || change.catalogChanged) this.emit(change);
  }

  /** Records a file that could not be indexed (too big, binary, bad UTF-8), dropping any old version. */
  reject(file: string, diagnostic: Diagnostic): void {
    this.remove(file);
    this.diagnosticsByFile.set(file, [diagnostic]);
  }

  remove(file: string): KnowledgeBaseChange {
    const change: KnowledgeBaseChange = { upserted: [], removed: [], catalogChanged: false };
    const old = this.docs.get(file);
    this.diagnosticsByFile.delete(file);
    if (!old) return change;
    this.docs.delete(file);
    change.removed.push(old);
    if (this.serviceByFile.delete(file)) {
      change.catalogChanged = true;
      this.rebuildCatalog();
      for (const d of this.docs.values()) this.annotate(d);
    }
    this.emit(change);
    return change;
  }

  clear(): void {
    const removed = this.documents();
    this.docs.clear(); this.serviceByFile.clear(); this.diagnosticsByFile.clear();
    this.rebuildCatalog();
    if (removed.length) this.emit({ upserted: [], removed, catalogChanged: true });
  }

  service(id: string): Service | undefined { return this.catalog.get(id); }

  /** Sections that discuss a service, best first: the user's notes before the bundled ones. */
  sectionsForService(id: string): { doc: NoteDocument; section: Section }[] {
    return (this.indexSections().get(id) ?? []).map(({ doc, section }) => ({ doc, section }));
  }

  /**
   * The sections of every service, best first, indexed at once: hovers ask for them on every call (the
   * extension calls this right after a build, so no hover pays for it). Again only after a change.
   */
  indexSections(): ReadonlyMap<string, readonly { doc: NoteDocument; section: Section }[]> {
    if (!this.byService) {
      const index = new Map<string, { doc: NoteDocument; section: Section; rank: number }[]>();
      for (const doc of this.docs.values()) {
        for (const section of doc.sections) {
          for (const sid of section.serviceIds) {
            let rank = doc.source === 'user' ? 0 : 100;
            if (doc.serviceId === sid) rank += section.level <= 1 ? 0 : 5;
            else rank += 20 + section.serviceIds.length;
            const list = index.get(sid);
            if (list) list.push({ doc, section, rank }); else index.set(sid, [{ doc, section, rank }]);
          }
        }
      }
      for (const list of index.values()) {
        list.sort((a, b) => a.rank - b.rank || a.doc.relPath.localeCompare(b.doc.relPath) || a.section.startLine - b.section.startLine);
      }
      this.byService = index;
    }
    return this.byService;
  }

  stats(): KnowledgeBaseStats {
    let sections = 0;
    let cards = 0;
    for (const d of this.docs.values()) {
      sections += d.sections.length;
      for (const s of d.sections) cards += s.cards.length;
    }
    return { documents: this.docs.size, sections, services: this.catalog.size, cards, diagnostics: this.diagnostics() };
  }

  private rebuildCatalog(): void {
    const next = new Map<string, Service>();
    const hidden = new Map<string, Service>();
    const files = [...this.serviceByFile.keys()].sort((a, b) => this.sourceRank(a) - this.sourceRank(b) || byLocale(a, b));
    for (const file of files) {
      const s = this.serviceByFile.get(file)!;
      if (next.has(s.id)) {
        const first = next.get(s.id)!;
        if (this.sourceRank(file) === 1 && this.sourceRank(first.file) === 0 && !hidden.has(s.id)) hidden.set(s.id, s);
        this.addDiagnostic({ file, line: 1, severity: 'warning', message: `service id "${s.id}" is already defined in ${first.file}; this note is searched but its catalog entry is ignored` });
        continue;
      }
      next.set(s.id, s);
    }
    // A user's entry that hides a bundled one keeps the catalog's names and identifiers (serviceOverride.ts).
    for (const [id, bundled] of hidden) next.set(id, officialEntry(next.get(id)!, bundled));
    this.withoutTakenNames(next);
    this.catalog = next;
    this.matcherCache = undefined;
    this.fingerprint = undefined;
  }

  /**
   * An alias or former name that is another service's own name ("aliases: [Amazon S3]" in a user's
   * note) would silently take that name over in hovers and search: it is dropped, with a warning on the
   * note that gave it.
   */
  private withoutTakenNames(catalog: Map<string, Service>): void {
    const owner = new Map<string, Service>();
    for (const s of catalog.values()) {
      for (const n of [s.name, s.shortName]) if (n && !owner.has(n.toLowerCase())) owner.set(n.toLowerCase(), s);
    }
    for (const s of [...catalog.values()]) {
      const takenBy = (n: string) => { const o = owner.get(n.toLowerCase()); return o && o.id !== s.id ? o : undefined; };
      const taken = [...s.aliases, ...s.formerNames].filter((n) => takenBy(n));
      if (!taken.length) continue;
      const which = taken.map((n) => `"${n}" (${takenBy(n)!.id})`).join(', ');
      const one = taken.length === 1;
      this.addDiagnostic({ file: s.file, line: s.line, severity: 'warning', message: `service "${s.id}": ${one ? 'alias' : 'aliases'} ${which} ${one ? 'is' : 'are'} another service's name and ${one ? 'is' : 'are'} ignored, so hovers and search keep pointing to that service` });
      const keep = (n: string) => !takenBy(n);
      catalog.set(s.id, { ...s, aliases: s.aliases.filter(keep), formerNames: s.formerNames.filter(keep) });
    }
  }

  /** User notes may override a bundled service entry: they come first. */
  private sourceRank(file: string): number {
    return this.docs.get(file)?.source === 'user' ? 0 : 1;
  }

  private addDiagnostic(d: Diagnostic): void {
    const list = this.diagnosticsByFile.get(d.file) ?? [];
    if (!list.some((x) => x.message === d.message)) list.push(d);
    this.diagnosticsByFile.set(d.file, list);
  }

  private annotate(doc: NoteDocument): void {
    for (const _ of this.annotateSteps(doc)) { /* all at once */ }
  }

  /** Annotates a document's sections with the services they mention, yielding every 500 sections. */
  private *annotateSteps(doc: NoteDocument): Generator<void, void, void> {
    const m = this.matcher;
    for (let k = 0; k < doc.sections.length; k++) {
      if (k % 500 === 499) yield;
      const s = doc.sections[k];
      const ids = new Set(m.servicesIn(s.markdown));
      if (doc.serviceId && this.catalog.has(doc.serviceId)) ids.add(doc.serviceId);
      s.serviceIds = [...ids];
    }
  }

  private emit(change: KnowledgeBaseChange): void {
    this.byService = undefined;
    for (const l of [...this.listeners]) l(change);
  }
}

export interface BuildOptions {
  maxBytes?: number;
}

/** Reads and parses every note of the given sources. Missing folders become diagnostics. */
export function collectNotes(sources: NoteSource[], options: BuildOptions = {}): { parsed: ParsedNote[]; diagnostics: Diagnostic[] } {
  const parsed: ParsedNote[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const src of sources) {
    let files: string[];
    try { files = listNoteFiles(src.root, diagnostics); } catch (e) {
      diagnostics.push({ file: src.root, line: 0, severity: 'error', message: `notes folder not found or unreadable: ${(e as Error).message}` });
      continue;
    }
    for (const file of files) {
      const r = loadNoteFile(file, src.root, src.kind, options.maxBytes ?? DEFAULT_MAX_BYTES);
      if ('diagnostic' in r) diagnostics.push(r.diagnostic);
      else parsed.push(safeParse(r.input, diagnostics));
    }
  }
  return { parsed, diagnostics };
}

let serviceMatcher: typeof ServiceMatcher | undefined;

/**
 * The matcher's code (its tables, patterns and file contexts: a third of the search bundle) is loaded on
 * first use, like the parser: a build answered from the cached index annotates nothing, so a warm
 * `de-study search` never needs it (the search bundle keeps it apart in dist/matcher.js).
 */
function matcherModule(): typeof ServiceMatcher {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, on purpose (see above)
  serviceMatcher ??= (require('./matcher') as typeof import('./matcher')).ServiceMatcher;
  return serviceMatcher;
}

type ParserModule = typeof import('./parser');
let parserModule: ParserModule | undefined;

/**
 * The parser (markdown-it, yaml) is loaded on first use: a build answered wholly from the cached index
 * (a warm `de-study search`) never parses, and loading it is a good share of the CLI's start-up.
 */
function parser(): ParserModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, on purpose (see above)
  parserModule ??= require('./parser') as ParserModule;
  return parserModule;
}

/** parseNote never throws by design; this guard turns a bug into a diagnostic instead of a lost index. */
export function safeParse(input: ParseInput, diagnostics: Diagnostic[]): ParsedNote {
  const { parseNote } = parser();
  try {
    return parseNote(input);
  } catch (e) {
    diagnostics.push({ file: input.file, line: 0, severity: 'error', message: `parser error: ${(e as Error).message}` });
    return parseNote({ ...input, text: '' });
  }
}

/** safeParse in slices (parseNoteAsync), for the extension host. */
export async function safeParseAsync(input: ParseInput, diagnostics: Diagnostic[], pause: Pause): Promise<ParsedNote> {
  const { parseNote, parseNoteAsync } = parser();
  try {
    return await parseNoteAsync(input, pause);
  } catch (e) {
    diagnostics.push({ file: input.file, line: 0, severity: 'error', message: `parser error: ${(e as Error).message}` });
    return parseNote({ ...input, text: '' });
  }
}

export function buildKnowledgeBase(sources: NoteSource[], options: BuildOptions = {}): KnowledgeBase {
  const kb = new KnowledgeBase();
  const { parsed, diagnostics } = collectNotes(sources, options);
  kb.upsertMany(parsed, diagnostics);
  return kb;
}
