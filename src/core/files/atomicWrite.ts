// Atomic file writes for everything DE Study stores (quiz progress, the index cache, exports): a reader
// sees the old content or the new, never a mix, even if the process is killed mid-write.
import * as fs from 'fs';
import * as path from 'path';
import { processAlive } from './fileLock';

/** The file operations of an atomic write; tests replace some to simulate a crash or a full disk. */
export interface AtomicIo {
  openSync(file: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Buffer, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(file: string): void;
}

export const defaultIo: AtomicIo = {
  openSync: (f, flags, mode) => fs.openSync(f, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (a, b) => fs.renameSync(a, b),
  unlinkSync: (f) => fs.unlinkSync(f),
};

let tmpCounter = 0;

/**
 * Writes `text` to `file` so that readers see either the old content or the new, never a mix: a
 * temporary file next to it, flushed to disk, then renamed over it (atomic on POSIX and on NTFS).
 */
export function writeFileAtomic(file: string, text: string, io: AtomicIo = defaultIo): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.${(tmpCounter++).toString(36)}.tmp`);
  let done = false;
  try {
    const fd = io.openSync(tmp, 'wx', 0o600);
    try {
      const buf = Buffer.from(text, 'utf8');
      for (let written = 0; written < buf.length;) {
        const n = io.writeSync(fd, buf, written, buf.length - written);
        if (n <= 0) throw new Error('write made no progress');
        written += n;
      }
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    for (let attempt = 0; ; attempt++) {
      try { io.renameSync(tmp, file); break; } catch (e) {
        // Windows: a reader (virus scanner, indexer) may hold the file for a moment.
        if (attempt < 4 && ['EPERM', 'EBUSY', 'EACCES'].includes((e as NodeJS.ErrnoException).code ?? '')) continue;
        throw e;
      }
    }
    done = true;
    try { const d = fs.openSync(dir, 'r'); try { fs.fsyncSync(d); } finally { fs.closeSync(d); } } catch { /* not supported everywhere (Windows) */ }
  } finally {
    if (!done) { try { io.unlinkSync(tmp); } catch { /* never created */ } }
  }
}

/** A temporary file of a save older than this was left by a killed save. */
const STALE_TMP_MS = 10 * 60_000;

/**
 * Removes the temporary files writeFileAtomic left beside `file` when a save was killed: their
 * process is gone, or they are old. Returns the paths removed.
 */
export function removeStaleTemporaryFiles(file: string): string[] {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try { names = fs.readdirSync(dir); } catch { return []; }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const full = path.join(dir, name);
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    try {
      const age = Date.now() - fs.statSync(full).mtimeMs;
      if (pid === process.pid ? age > STALE_TMP_MS : (!processAlive(pid) || age > STALE_TMP_MS)) {
        fs.unlinkSync(full);
        removed.push(full);
      }
    } catch { /* gone already */ }
  }
  return removed;
}
