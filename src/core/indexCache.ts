// The cached index: parsed notes (with their section annotations) and the search index, persisted
// between runs so that a window reload or a second CLI call reads one file instead of parsing every
// note again. Each note is keyed by its path, size and modification time, and the whole cache by the
// extension version and the identity of the running code: a changed note is parsed again on its own,
// new code starts from scratch. The search index is reused when the notes and the catalog it was built
// from are exactly those of the build, and built again otherwise.
import { isAscii } from 'buffer';
import * as fs from 'fs';
import { Diagnostic, NoteDocument, Service, SourceKind } from './model';
import { ParsedNote } from './parser';
import { writeFileAtomic } from './files/atomicWrite';
import { SearchIndexData } from './search';

/**
 * Bumped whenever the layout changes (2: the search index keeps its vocabulary, answers and names; 3: the
 * catalog and notes fingerprints are kept as their text, not hashed; 4: the term postings as base64 of
 * 32-bit integers, see termIndexData.ts).
 */
const FORMAT = 4;

export interface FileStamp { size: number; mtimeMs: number }

interface CachedNote {
  stamp: FileStamp;
  source: SourceKind;
  relPath: string;
  doc: NoteDocument;
  service?: Service;
  diagnostics: Diagnostic[];
}

interface CacheFile {
  format: typeof FORMAT;
  key: string;
  /** Catalog fingerprint the documents' section annotations were made under. */
  catalog: string;
  notes: Record<string, CachedNote>;
  index?: { notes: string; data: SearchIndexData };
}

/**
 * The cache key of a build: the extension version and the size and time of the running code's files
 * (by default this module's own file; the CLI passes each file of its build).
 */
export function cacheKey(version: string, codeFiles: string[] = [__filename]): string {
  try {
    return [version, ...codeFiles.map((f) => { const st = fs.statSync(f); return `${st.size}|${Math.round(st.mtimeMs)}`; })].join('|');
  } catch {
    return `${version}|unknown`;
  }
}

export function stampOf(file: string): FileStamp | undefined {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

export class IndexCache {
  private data: CacheFile;
  private dirty = false;
  /** Why the cache file was not used, if it was not ("missing", "another version", …). */
  readonly loadProblem: string | undefined;

  private constructor(readonly file: string, readonly key: string, data: CacheFile | undefined, problem: string | undefined) {
    this.data = data ?? { format: FORMAT, key, catalog: '', notes: {} };
    this.loadProblem = problem;
  }

  /** Reads the cache file; a missing, damaged or foreign one gives an empty cache (never an error). */
  static load(file: string, key: string): IndexCache {
    let bytes: Buffer;
    try { bytes = fs.readFileSync(file); } catch { return new IndexCache(file, key, undefined, 'no cache yet'); }
    return IndexCache.fromText(file, key, decode(bytes));
  }

  /** load, with the file read off the calling thread (the extension host). */
  static async loadAsync(file: string, key: string): Promise<IndexCache> {
    let bytes: Buffer;
    try { bytes = await fs.promises.readFile(file); } catch { return new IndexCache(file, key, undefined, 'no cache yet'); }
    return IndexCache.fromText(file, key, decode(bytes));
  }

  private static fromText(file: string, key: string, text: string): IndexCache {
    try {
      const data = JSON.parse(text) as CacheFile;
      if (!data || data.format !== FORMAT || typeof data.notes !== 'object' || !data.notes) return new IndexCache(file, key, undefined, 'unknown cache format');
      if (data.key !== key) return new IndexCache(file, key, undefined, 'written by another version');
      return new IndexCache(file, key, data, undefined);
    } catch (e) {
      return new IndexCache(file, key, undefined, `damaged (${(e as Error).message})`);
    }
  }

  /** The cached parse of a note, if the file is still the one that was parsed. */
  note(file: string, stamp: FileStamp, source: SourceKind, relPath: string): ParsedNote | undefined {
    const c = this.data.notes[file];
    if (!c || c.stamp.size !== stamp.size || c.stamp.mtimeMs !== stamp.mtimeMs || c.source !== source || c.relPath !== relPath) return undefined;
    return { doc: c.doc, service: c.service, diagnostics: c.diagnostics };
  }

  get noteCount(): number { return Object.keys(this.data.notes).length; }

  /** Catalog fingerprint the cached documents were annotated under. */
  get catalog(): string { return this.data.catalog; }

  /** The cached search index, if it was built from exactly these notes (notesFingerprint) and this catalog. */
  searchIndex(notesFingerprint: string, catalog: string): SearchIndexData | undefined {
    // update() writes the index with the catalog of the same build.
    return this.data.index?.notes === notesFingerprint && this.data.catalog === catalog ? this.data.index.data : undefined;
  }

  /**
   * Replaces the cache's content with the build's: every document (annotated under `catalog`) with the
   * stamp of its file, and the search index when given. Notes of files gone are dropped.
   */
  update(parsed: ParsedNote[], stamps: ReadonlyMap<string, FileStamp>, catalog: string, index?: { notes: string; data: SearchIndexData }): void {
    const notes: Record<string, CachedNote> = {};
    for (const p of parsed) {
      const stamp = stamps.get(p.doc.file);
      if (stamp) notes[p.doc.file] = { stamp, source: p.doc.source, relPath: p.doc.relPath, doc: p.doc, service: p.service, diagnostics: p.diagnostics };
    }
    this.data = { format: FORMAT, key: this.key, catalog, notes, index };
    this.dirty = true;
  }

  /** Writes the cache if it changed (atomically: a reader sees the old file or the new one). */
  save(): void {
    if (!this.dirty) return;
    writeFileAtomic(this.file, asciiJson(this.data));
    this.dirty = false;
  }
}

/**
 * JSON with every character beyond ASCII escaped (\u2014): the file is then plain ASCII, which `decode`
 * turns into a string by a byte copy, where UTF-8 decoding of the same megabytes costs tens of
 * milliseconds on every load.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The cache file's text: a byte copy when it is ASCII (as asciiJson writes it), else UTF-8. */
function decode(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * Identifies a set of notes: a line per note (path, kind, relative path, size, time), sorted by path.
 * Kept and compared as text (as long as the notes' paths), which costs less than hashing it.
 */
export function notesFingerprint(docs: NoteDocument[], stamps: ReadonlyMap<string, FileStamp>): string {
  const lines: string[] = [];
  for (const d of [...docs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const s = stamps.get(d.file);
    lines.push(`${d.file}|${d.source}|${d.relPath}|${s?.size}|${s?.mtimeMs}`);
  }
  return lines.join('\n');
}
