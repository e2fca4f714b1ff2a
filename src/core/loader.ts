// Reads note files from disk with the checks that keep bad input from breaking the index:
// size limit, binary files, invalid UTF-8. Each problem becomes a diagnostic naming file and line.
import * as fs from 'fs';
import * as path from 'path';
import { Diagnostic, SourceKind } from './model';
import { ParseInput } from './parser';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const NOTE_FILE = /\.(md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.obsidian', '.trash', '.vscode', 'dist', 'out']);

export interface NoteSource {
  root: string;
  kind: SourceKind;
}

export type LoadResult = { input: ParseInput } | { diagnostic: Diagnostic };

export function isNoteFile(file: string): boolean {
  return NOTE_FILE.test(file);
}

/**
 * All note files under a folder (or the file itself), sorted. Symbolic links are followed, each real
 * folder is walked once (a link back to a parent is a loop, reported, not followed). Whatever is
 * skipped other than hidden and tool folders (node_modules, .git …) goes into `problems` with its path.
 */
export function listNoteFiles(root: string, problems: Diagnostic[] = []): string[] {
  const out: string[] = [];
  const stat = fs.statSync(root);
  if (!stat.isDirectory()) return isNoteFile(root) ? [root] : [];
  const visited = new Set<string>();
  const skip = (file: string, message: string, severity: Diagnostic['severity'] = 'warning') => problems.push({ file, line: 0, severity, message });
  // `real`: the folder's real path when it is known without asking the file system: a folder that is not
  // a link is its real parent's real path plus its name (realpathSync per folder was a tenth of a warm
  // `de-study search`). A link's, and the root's, is asked for.
  const walk = (dir: string, depth: number, known?: string) => {
    let real: string;
    if (known !== undefined) real = known;
    else try { real = fs.realpathSync(dir); } catch (e) { skip(dir, `folder skipped: ${(e as Error).message}`, 'error'); return; }
    if (visited.has(real)) { skip(dir, `folder skipped: it links back to ${real}, already read (a symbolic link loop or a second link)`); return; }
    visited.add(real);
    if (depth > 32) { skip(dir, 'folder skipped: more than 32 folders deep'); return; }
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (e) {
      skip(dir, `folder unreadable, its notes are not indexed: ${(e as Error).message}`, 'error');
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      let isDir = e.isDirectory();
      const link = e.isSymbolicLink();
      if (link) {
        try { isDir = fs.statSync(full).isDirectory(); } catch (err) {
          if (isNoteFile(e.name)) skip(full, `skipped: a symbolic link to a missing or unreadable file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
          continue;
        }
      }
      if (isDir) { if (!SKIP_DIRS.has(e.name)) walk(full, depth + 1, link ? undefined : path.join(real, e.name)); }
      // Not only regular files: loadNoteFile names a FIFO or a device instead of leaving it out silently.
      else if (isNoteFile(e.name)) out.push(full);
    }
  };
  walk(root, 0);
  return out.sort();
}

/** Validates raw bytes and turns them into parser input, or a diagnostic. */
export function decodeNote(bytes: Uint8Array, file: string, relPath: string, source: SourceKind, maxBytes = DEFAULT_MAX_BYTES): LoadResult {
  if (bytes.length > maxBytes) {
    return { diagnostic: { file, line: 0, severity: 'warning', message: `skipped: ${formatBytes(bytes.length)} is over the ${formatBytes(maxBytes)} limit for a note (setting DEStudy.maxNoteSizeKB)` } };
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      if (!text.includes('\u0000')) return { input: { text, file, relPath, source } };
    } catch { /* not UTF-16 after all: the checks below say what it is */ }
  }
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { diagnostic: { file, line: lineOf(bytes, i), severity: 'warning', message: 'skipped: looks like a binary file (NUL byte), not Markdown' } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { diagnostic: { file, line: lineOf(bytes, bad), severity: 'warning', message: `skipped: not valid UTF-8 (first bad byte at offset ${bad}); save the file as UTF-8` } };
  }
  if (text.includes('\u0000')) {
    return { diagnostic: { file, line: lineOf(bytes, bytes.indexOf(0)), severity: 'warning', message: 'skipped: looks like a binary file (NUL byte), not Markdown' } };
  }
  return { input: { text, file, relPath, source } };
}

/**
 * 'utf-16le' or 'utf-16be' for text saved as UTF-16 (Windows Notepad's "Unicode"): by its byte-order
 * mark, or, without one, by the zero high bytes of mostly-ASCII text in every other position.
 */
function utf16Encoding(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4 || b.length % 2) return undefined;
  let evenZeros = 0, oddZeros = 0;
  for (let i = 0; i < n; i += 2) { if (b[i] === 0) evenZeros++; if (b[i + 1] === 0) oddZeros++; }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.7 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.7 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

export type ReadResult = { bytes: Buffer } | { diagnostic: Diagnostic };

/**
 * Reads a file only if it is a regular file no larger than `maxBytes`: opened without blocking and
 * checked on the open descriptor (fstat), so a FIFO or a device named .md cannot hang the reader, and
 * a file swapped between a check and the read is still the one checked.
 */
export function readRegularFile(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { diagnostic: { file, line: 0, severity: 'error', message: `could not read: ${(e as Error).message}` } };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { diagnostic: { file, line: 0, severity: 'warning', message: `skipped: not a regular file (${fileKind(st)})` } };
    if (st.size > maxBytes) {
      return { diagnostic: { file, line: 0, severity: 'warning', message: `skipped: ${formatBytes(st.size)} is over the ${formatBytes(maxBytes)} limit for a note (setting DEStudy.maxNoteSizeKB)` } };
    }
    // Read to the end (the file may have grown since fstat), but never more than one byte past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 65536), maxBytes + 1 - total));
      if (!buf.length) break;
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n <= 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (e) {
    return { diagnostic: { file, line: 0, severity: 'error', message: `could not read: ${(e as Error).message}` } };
  } finally {
    fs.closeSync(fd);
  }
}

function fileKind(st: fs.Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isDirectory()) return 'a folder';
  return 'not a plain file';
}

export function loadNoteFile(file: string, root: string, source: SourceKind, maxBytes = DEFAULT_MAX_BYTES): LoadResult {
  const relPath = path.relative(root, file).split(path.sep).join('/') || path.basename(file);
  const r = readRegularFile(file, maxBytes);
  return 'diagnostic' in r ? r : decodeNote(r.bytes, file, relPath, source, maxBytes);
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xc2 && c <= 0xdf) n = 1; else if (c >= 0xe0 && c <= 0xef) n = 2; else if (c >= 0xf0 && c <= 0xf4) n = 3; else return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
