// A lock file shared by processes (two VS Code windows, the CLI) around a read-merge-write of one file.
import * as fs from 'fs';

/** A lock older than this is left over by a crashed window, whoever holds it. */
const STALE_LOCK_MS = 10_000;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/**
 * Runs `fn` holding `lockFile` (created exclusively; it holds the owner's pid). Waits for another
 * holder up to `waitMs`; a lock whose owner died or that is older than STALE_LOCK_MS is broken.
 * Returns false when the lock could not be had (fn then runs anyway: a save is better than none).
 */
export function withFileLock<T>(lockFile: string, waitMs: number, fn: (locked: boolean) => T): T {
  const deadline = Date.now() + waitMs;
  let fd: number | undefined;
  for (;;) {
    try {
      fd = fs.openSync(lockFile, 'wx', 0o600);
      fs.writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') break;
      if (lockIsStale(lockFile)) { try { fs.unlinkSync(lockFile); } catch { /* another window broke it first */ } continue; }
      if (Date.now() >= deadline) break;
      sleepSync(2 + Math.random() * 5);
    }
  }
  try {
    return fn(fd !== undefined);
  } finally {
    if (fd !== undefined) { fs.closeSync(fd); try { fs.unlinkSync(lockFile); } catch { /* broken as stale by another window */ } }
  }
}

function lockIsStale(lockFile: string): boolean {
  try {
    const st = fs.statSync(lockFile);
    if (Date.now() - st.mtimeMs > STALE_LOCK_MS) return true;
    const pid = Number(fs.readFileSync(lockFile, 'utf8').split(' ')[0]);
    // An empty lock is one being written this instant: not stale.
    return pid > 0 && !processAlive(pid);
  } catch { return false; }
}
