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

/** All note files under a folder (or the file itself), sorted, without following symlinked folders. */
export function listNoteFiles(root: string): string[] {
  const out: string[] = [];
  const stat = fs.statSync(root);
  if (stat.isFile()) return isNoteFile(root) ? [root] : [];
  const walk = (dir: string, depth: number) => {
    if (depth > 32) return;
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      if (e.name.startsWith('.') && e.name !== '.') continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walk(full, depth + 1); }
      else if (e.isFile() && isNoteFile(e.name)) out.push(full);
    }
  };
  walk(root, 0);
  return out.sort();
}

/** Validates raw bytes and turns them into parser input, or a diagnostic. */
export function decodeNote(bytes: Uint8Array, file: string, relPath: string, source: SourceKind, maxBytes = DEFAULT_MAX_BYTES): LoadResult {
  if (bytes.length > maxBytes) {
    return { diagnostic: { file, line: 0, severity: 'warning', message: `skipped: ${formatBytes(bytes.length)} is over the ${formatBytes(maxBytes)} limit for a note (setting deStudy.maxNoteSizeKB)` } };
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

export function loadNoteFile(file: string, root: string, source: SourceKind, maxBytes = DEFAULT_MAX_BYTES): LoadResult {
  const relPath = path.relative(root, file).split(path.sep).join('/') || path.basename(file);
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) {
      return { diagnostic: { file, line: 0, severity: 'warning', message: `skipped: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit for a note (setting deStudy.maxNoteSizeKB)` } };
    }
    return decodeNote(fs.readFileSync(file), file, relPath, source, maxBytes);
  } catch (e) {
    return { diagnostic: { file, line: 0, severity: 'error', message: `could not read: ${(e as Error).message}` } };
  }
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
