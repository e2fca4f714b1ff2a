// One build of the knowledge base and its search index from the notes folders, shared by the extension
// (in time slices) and the CLI: files unchanged since the cached build are taken from the cache
// (src/core/indexCache.ts), the others are read and parsed; the search index is loaded from the cache
// when the notes and catalog are the same, else built.
import * as path from 'path';
import { IndexCache, FileStamp, notesFingerprint, stampOf } from './indexCache';
import { KnowledgeBase, safeParse, safeParseAsync } from './knowledgeBase';
import { DEFAULT_MAX_BYTES, listNoteFiles, loadNoteFile, NoteSource } from './loader';
import { Diagnostic, NoteDocument } from './model';
import { ParsedNote } from './parser';
import { SearchIndex } from './search';
import { Pause } from './timeSlice';

export interface BuildReport {
  /** Notes taken from the cache, and notes read and parsed. */
  reused: number;
  parsed: number;
  indexFromCache: boolean;
}

export interface NoteBuildOptions {
  maxBytes?: number;
  cache?: IndexCache;
  /** Awaited after each unit of work (see timeSlice.ts); the CLI passes none. */
  pause?: Pause;
  /** Problems found before the build (e.g. a configured folder that does not exist). */
  problems?: Diagnostic[];
}

const noPause: Pause = async () => undefined;

/** Fills `kb` (which must be empty) from the sources and returns it with its search index. */
export async function buildNotes(kb: KnowledgeBase, sources: NoteSource[], options: NoteBuildOptions = {}): Promise<{ index: SearchIndex; report: BuildReport }> {
  const pause = options.pause ?? noPause;
  const cache = options.cache;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const parsed: ParsedNote[] = [];
  const diagnostics: Diagnostic[] = [...(options.problems ?? [])];
  const stamps = new Map<string, FileStamp>();
  const fromCache = new Set<NoteDocument>();
  for (const src of sources) {
    let files: string[] = [];
    try { files = listNoteFiles(src.root, diagnostics); } catch (e) {
      diagnostics.push({ file: src.root, line: 0, severity: 'error', message: `notes folder not found or unreadable: ${(e as Error).message}` });
    }
    for (const file of files) {
      const stamp = stampOf(file);
      const relPath = path.relative(src.root, file).split(path.sep).join('/') || path.basename(file);
      const hit = stamp && stamp.size <= maxBytes ? cache?.note(file, stamp, src.kind, relPath) : undefined;
      if (hit) {
        parsed.push(hit);
        fromCache.add(hit.doc);
      } else {
        const r = loadNoteFile(file, src.root, src.kind, maxBytes);
        if ('diagnostic' in r) diagnostics.push(r.diagnostic);
        else parsed.push(options.pause ? await safeParseAsync(r.input, diagnostics, options.pause) : safeParse(r.input, diagnostics));
      }
      if (stamp) stamps.set(file, stamp);
      await pause();
    }
  }
  await kb.upsertManyChunked(parsed, diagnostics, pause, cache ? { catalog: cache.catalog, docs: fromCache } : undefined);
  const catalog = kb.catalogFingerprint();
  const fingerprint = notesFingerprint(kb.documents(), stamps);
  const cachedIndex = cache?.searchIndex(fingerprint, catalog);
  let index: SearchIndex | undefined;
  if (cachedIndex) {
    try { index = await SearchIndex.fromJSON(kb, cachedIndex, !!options.pause); } catch { index = undefined; }
  }
  const indexFromCache = !!index;
  index ??= await SearchIndex.buildChunked(kb, pause);
  const report: BuildReport = { reused: fromCache.size, parsed: parsed.length - fromCache.size, indexFromCache };
  if (cache && (report.parsed > 0 || !indexFromCache || cache.loadProblem || cache.noteCount !== fromCache.size)) {
    cache.update(parsed, stamps, catalog, { notes: fingerprint, data: index.toJSON() });
  }
  return { index, report };
}
