// Quiz progress on disk: one JSON file in the extension's global storage (never inside the notes).
//  - versioned schema, migrated forward from older versions (the original kept as a backup);
//  - written atomically: a temporary file in the same folder, fsync, then rename over the old file,
//    so a crash or a full disk mid-write leaves the previous file intact;
//  - a file that cannot be read is reported (with its path and the reason) and copied to a backup
//    before anything overwrites it: progress is never lost silently;
//  - two VS Code windows share the file: every save takes a lock file, reads what is on disk, merges it
//    per question (the newer answer wins) and writes, so no window's answers are lost;
//  - a file written by a newer DE Study (another version) is backed up and never overwritten here;
//  - fields this version does not know (per question and at the top level) are kept as they are.
// Node fs is fine here; no vscode.
import * as fs from 'fs';
import * as path from 'path';
import { dayKey } from '../study/days';
import { Grade, isDue, isGrade, Scheduler, StoredCard, validStoredCard } from './scheduler';

export const PROGRESS_SCHEMA = 'de-study-progress';
export const PROGRESS_VERSION = 2;
export const PROGRESS_FILE = 'quiz-progress.json';

export interface ProgressItem {
  card: StoredCard;
  /** Times answered, right and wrong. */
  seen: number;
  correct: number;
  wrong: number;
  /** ISO date-time of the last answer. */
  lastAnswered: string;
  lastCorrect: boolean;
  lastGrade?: Grade;
  /** Set when the user reported the question ("Report question"): it is never asked again. */
  reported?: { at: string; reason: string };
}

export interface DomainScore { total: number; correct: number }

export interface ExamRecord {
  /** ISO date-time the exam ended. */
  at: string;
  durationSec: number;
  total: number;
  correct: number;
  byDomain: Record<string, DomainScore>;
  /** Task statement ("1.2") → score; exams recorded before this field have none. */
  byTask?: Record<string, DomainScore>;
  /** A practice exam form (Practice Exam 1–4); absent for a mixed exam simulation. */
  form?: number;
}

/** Version 2: spaced review (FSRS cards) per question id. Unknown optional fields are kept. */
export interface ProgressData {
  schema: typeof PROGRESS_SCHEMA;
  version: typeof PROGRESS_VERSION;
  updatedAt: string;
  /** Set by "Reset Quiz Progress": answers older than this, from another window, are not merged back. */
  resetAt?: string;
  items: Record<string, ProgressItem>;
  exams: ExamRecord[];
  /** Answers per local calendar day ("2026-03-01"), for accuracy over time. Optional: older files have none. */
  daily?: Record<string, DayTally>;
}

/** The top-level fields of version 2; any other field (from a newer helper or version) is carried along. */
const KNOWN_TOP_LEVEL = new Set(['schema', 'version', 'updatedAt', 'resetAt', 'items', 'exams', 'daily']);
/** How many answers were given on one day, and how many of them were right. */
export interface DayTally { answered: number; correct: number }

/** Version 1 (before spaced review): right and wrong counts per question id. */
export interface ProgressDataV1 {
  schema?: typeof PROGRESS_SCHEMA;
  version: 1;
  answers: Record<string, { correct: number; wrong: number; lastSeen?: string }>;
}

export interface ProgressLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The file operations of an atomic write; tests replace some to simulate a crash or a full disk. */
export interface AtomicIo {
  openSync(file: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Buffer, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(file: string): void;
}

const defaultIo: AtomicIo = {
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

export function emptyProgress(now: Date): ProgressData {
  return { schema: PROGRESS_SCHEMA, version: PROGRESS_VERSION, updatedAt: now.toISOString(), items: {}, exams: [] };
}

export class ProgressFormatError extends Error {}

function validItem(x: unknown): x is ProgressItem {
  const i = x as ProgressItem;
  return !!i && typeof i === 'object' && validStoredCard(i.card)
    && [i.seen, i.correct, i.wrong].every((n) => Number.isInteger(n) && n >= 0)
    && typeof i.lastAnswered === 'string' && !Number.isNaN(Date.parse(i.lastAnswered))
    && typeof i.lastCorrect === 'boolean' && (i.lastGrade === undefined || isGrade(i.lastGrade))
    && (i.reported === undefined || (typeof i.reported === 'object' && typeof i.reported.at === 'string' && typeof i.reported.reason === 'string'));
}

function validTally(x: unknown): x is DayTally {
  const t = x as DayTally;
  return !!t && typeof t === 'object' && Number.isInteger(t.answered) && Number.isInteger(t.correct) && t.correct >= 0 && t.answered >= t.correct;
}

/** The valid days of a stored `daily` record (malformed days are dropped, the rest kept). */
function parseDaily(raw: unknown): Record<string, DayTally> | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const out: Record<string, DayTally> = {};
  for (const [day, t] of Object.entries(raw as Record<string, unknown>)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(day) && validTally(t)) out[day] = { answered: t.answered, correct: t.correct };
  }
  return out;
}

function validExam(x: unknown): x is ExamRecord {
  const e = x as ExamRecord;
  return !!e && typeof e === 'object' && typeof e.at === 'string' && !Number.isNaN(Date.parse(e.at))
    && [e.durationSec, e.total, e.correct].every((n) => typeof n === 'number' && n >= 0)
    && !!e.byDomain && typeof e.byDomain === 'object';
}

export interface ParsedProgress {
  data: ProgressData;
  /** The version the text was in (older versions were migrated). */
  fromVersion: number;
  /** Entries that were dropped because they were malformed. */
  dropped: number;
}

/**
 * Reads progress JSON of any known version and returns it in the current version. Throws
 * ProgressFormatError with a readable reason when the text is not progress at all.
 */
export function parseProgress(text: string, scheduler: Scheduler, now: Date): ParsedProgress {
  if (!text.trim()) throw new ProgressFormatError('the file is empty');
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (e) { throw new ProgressFormatError(`not valid JSON: ${(e as Error).message}`); }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ProgressFormatError('not a JSON object');
  const o = raw as Record<string, unknown>;
  if (o.schema !== undefined && o.schema !== PROGRESS_SCHEMA) throw new ProgressFormatError(`schema is ${JSON.stringify(o.schema)}, not "${PROGRESS_SCHEMA}"`);
  const version = o.version;
  if (version === 1) return migrateV1(o, scheduler, now);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ProgressFormatError(`missing or unknown version ${JSON.stringify(version)}`);
  // Version 2, or a newer version whose version-2 fields we can still read.
  if (!o.items || typeof o.items !== 'object' || Array.isArray(o.items)) throw new ProgressFormatError('"items" is missing or not an object');
  const data = emptyProgress(now);
  let dropped = 0;
  for (const [id, item] of Object.entries(o.items as Record<string, unknown>)) {
    if (validItem(item)) data.items[id] = item; else dropped++;
  }
  for (const e of Array.isArray(o.exams) ? o.exams : []) { if (validExam(e)) data.exams.push(e); else dropped++; }
  if (typeof o.updatedAt === 'string' && !Number.isNaN(Date.parse(o.updatedAt))) data.updatedAt = o.updatedAt;
  if (typeof o.resetAt === 'string' && !Number.isNaN(Date.parse(o.resetAt))) data.resetAt = o.resetAt;
  for (const [key, value] of Object.entries(o)) if (!KNOWN_TOP_LEVEL.has(key)) (data as unknown as Record<string, unknown>)[key] = value;
  const daily = parseDaily(o.daily);
  if (daily) data.daily = daily;
  return { data, fromVersion: version, dropped };
}

/** Version 1 → 2: each answered question becomes an FSRS card, graded by its last known result. */
function migrateV1(o: Record<string, unknown>, scheduler: Scheduler, now: Date): ParsedProgress {
  const answers = o.answers;
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) throw new ProgressFormatError('version 1 file without "answers"');
  const data = emptyProgress(now);
  let dropped = 0;
  for (const [id, a] of Object.entries(answers as Record<string, { correct?: unknown; wrong?: unknown; lastSeen?: unknown }>)) {
    const correct = Number(a?.correct ?? 0);
    const wrong = Number(a?.wrong ?? 0);
    if (!Number.isInteger(correct) || !Number.isInteger(wrong) || correct < 0 || wrong < 0 || correct + wrong === 0) { dropped++; continue; }
    const seenAt = typeof a.lastSeen === 'string' && !Number.isNaN(Date.parse(a.lastSeen)) ? new Date(a.lastSeen) : now;
    // Version 1 kept no order of answers: a question ever answered wrong is treated as due for review.
    const grade: Grade = wrong > 0 ? 1 : 3;
    data.items[id] = {
      card: scheduler.review(undefined, grade, seenAt), seen: correct + wrong, correct, wrong,
      lastAnswered: seenAt.toISOString(), lastCorrect: wrong === 0, lastGrade: grade,
    };
  }
  return { data, fromVersion: 1, dropped };
}

/** Merges two progress snapshots: per question the more recent answer wins; exams are united. */
export function mergeProgress(a: ProgressData, b: ProgressData, now: Date): ProgressData {
  const out = emptyProgress(now);
  // Unknown top-level fields: the more recently updated snapshot's value wins.
  const [older, newer] = Date.parse(a.updatedAt) > Date.parse(b.updatedAt) ? [b, a] : [a, b];
  for (const src of [older, newer]) {
    for (const [key, value] of Object.entries(src)) if (!KNOWN_TOP_LEVEL.has(key)) (out as unknown as Record<string, unknown>)[key] = value;
  }
  const resetAt = [a.resetAt, b.resetAt].filter((x): x is string => !!x).sort().pop();
  if (resetAt) out.resetAt = resetAt;
  const after = (i: ProgressItem) => !resetAt || i.lastAnswered >= resetAt;
  for (const src of [a, b]) {
    for (const [id, item] of Object.entries(src.items)) {
      if (!after(item)) continue;
      const have = out.items[id];
      if (!have || Date.parse(item.lastAnswered) > Date.parse(have.lastAnswered)) out.items[id] = item;
      // A report in either copy holds: the question stays out even if the other copy answered it later.
      const reported = have?.reported ?? item.reported;
      if (reported && !out.items[id].reported) out.items[id] = { ...out.items[id], reported };
    }
  }
  const exams = new Map<string, ExamRecord>();
  for (const e of [...a.exams, ...b.exams]) if (!resetAt || e.at >= resetAt) exams.set(`${e.at}|${e.total}|${e.correct}`, e);
  out.exams = [...exams.values()].sort((x, y) => x.at.localeCompare(y.at));
  // Per day the larger tally: both copies count the same answers up to their common past, so a sum
  // would count those twice (days before a reset are dropped with the answers).
  const resetDay = resetAt?.slice(0, 10);
  for (const src of [a, b]) {
    for (const [day, t] of Object.entries(src.daily ?? {})) {
      if (resetDay && day < resetDay) continue;
      const have = (out.daily ??= {})[day];
      if (!have || t.answered > have.answered) out.daily[day] = t;
    }
  }
  return out;
}

export interface ProgressStoreOptions {
  scheduler?: Scheduler;
  now?: () => Date;
  io?: AtomicIo;
  fileName?: string;
  /** How long a save waits for another window's lock before it saves without it (ms). */
  lockWaitMs?: number;
}

/** A lock older than this is left over by a crashed window, whoever holds it. */
const STALE_LOCK_MS = 10_000;
/** A temporary file of a save older than this was left by a killed save. */
const STALE_TMP_MS = 10 * 60_000;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function processAlive(pid: number): boolean {
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

type Listener = () => void;

export class ProgressStore {
  readonly file: string;
  readonly scheduler: Scheduler;
  private readonly now: () => Date;
  private readonly io: AtomicIo;
  private cache: ProgressData | undefined;
  private readonly listeners: Listener[] = [];
  /** The last problem met while reading, for the UI to show once. */
  lastProblem: string | undefined;

  private readonly lockWaitMs: number;
  private readonly problemListeners: ((message: string) => void)[] = [];
  /** Set when the file on disk is of another (newer) version: this window never writes it then. */
  private foreignVersion: number | undefined;

  constructor(readonly dir: string, private readonly log: ProgressLog, options: ProgressStoreOptions = {}) {
    this.file = path.join(dir, options.fileName ?? PROGRESS_FILE);
    this.scheduler = options.scheduler ?? new Scheduler();
    this.now = options.now ?? (() => new Date());
    this.io = options.io ?? defaultIo;
    this.lockWaitMs = options.lockWaitMs ?? 3000;
  }

  /** A problem met while saving (not at start-up: lastProblem says those), for the UI to show at once. */
  onProblem(listener: (message: string) => void): () => void {
    this.problemListeners.push(listener);
    return () => { const i = this.problemListeners.indexOf(listener); if (i >= 0) this.problemListeners.splice(i, 1); };
  }

  private get lockFile(): string { return this.file + '.lock'; }

  /** Removes temporary files of saves that were killed: their process is gone, or they are old. */
  private cleanTemporaryFiles(): void {
    const prefix = `.${path.basename(this.file)}.`;
    let names: string[];
    try { names = fs.readdirSync(this.dir); } catch { return; }
    for (const name of names) {
      if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
      const full = path.join(this.dir, name);
      const pid = Number(name.slice(prefix.length).split('.')[0]);
      try {
        const age = Date.now() - fs.statSync(full).mtimeMs;
        if (pid === process.pid ? age > STALE_TMP_MS : (!processAlive(pid) || age > STALE_TMP_MS)) {
          fs.unlinkSync(full);
          this.log.info(`DE Study: removed ${full}, left by an interrupted save.`);
        }
      } catch { /* gone already */ }
    }
  }

  onDidChange(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => { const i = this.listeners.indexOf(listener); if (i >= 0) this.listeners.splice(i, 1); };
  }

  private emit(): void { for (const l of [...this.listeners]) l(); }

  get data(): ProgressData {
    if (!this.cache) this.cache = this.readDisk();
    return this.cache;
  }

  /** Re-reads the file (e.g. after another window changed it). */
  reload(): ProgressData {
    this.cache = this.readDisk();
    this.emit();
    return this.cache;
  }

  private stamp(): string {
    return this.now().toISOString().replace(/[:.]/g, '-');
  }

  /** Copies the progress file beside itself, e.g. quiz-progress.corrupt-2026-01-02T10-00-00-000Z.json. */
  private backup(kind: string): string | undefined {
    if (!fs.existsSync(this.file)) return undefined;
    const ext = path.extname(this.file);
    const target = path.join(this.dir, `${path.basename(this.file, ext)}.${kind}-${this.stamp()}${ext}`);
    fs.copyFileSync(this.file, target);
    return target;
  }

  private readDisk(): ProgressData {
    const now = this.now();
    this.cleanTemporaryFiles();
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyProgress(now);
      // Unreadable (permissions…): say so, keep going in memory, and do not overwrite what we could not read.
      this.lastProblem = `the quiz progress file ${this.file} could not be read (${(e as Error).message}); answers are kept in memory only until it can`;
      this.log.error(`DE Study: ${this.lastProblem}.`);
      this.readOnly = true;
      return emptyProgress(now);
    }
    try {
      const parsed = parseProgress(text, this.scheduler, now);
      if (parsed.fromVersion < PROGRESS_VERSION) {
        const backup = this.backup(`v${parsed.fromVersion}-backup`);
        this.log.info(`DE Study: quiz progress migrated from version ${parsed.fromVersion} to ${PROGRESS_VERSION} (${Object.keys(parsed.data.items).length} questions); the original is kept at ${backup}.`);
        this.cache = parsed.data;
        this.writeLocked(parsed.data);
      } else if (parsed.fromVersion > PROGRESS_VERSION) {
        const backup = this.backup(`v${parsed.fromVersion}-backup`);
        this.foreignVersion = parsed.fromVersion;
        this.lastProblem = `the quiz progress file was written by a newer DE Study (version ${parsed.fromVersion}); the parts this version understands are used, the original is kept at ${backup}, and this window does not save to it: answers given here are kept only until it closes (update DE Study to keep them)`;
        this.log.warn(`DE Study: ${this.lastProblem}.`);
      }
      if (parsed.dropped) {
        const backup = this.backup('partial-backup');
        this.lastProblem = `${parsed.dropped} malformed entries in the quiz progress file were skipped; the original is kept at ${backup}`;
        this.log.warn(`DE Study: ${this.lastProblem}.`);
      }
      return parsed.data;
    } catch (e) {
      if (!(e instanceof ProgressFormatError)) throw e;
      const backup = this.backup('corrupt');
      this.lastProblem = `the quiz progress file ${this.file} is damaged (${e.message}); a copy was kept at ${backup} and quiz progress starts empty`;
      this.log.error(`DE Study: ${this.lastProblem}.`);
      return emptyProgress(now);
    }
  }

  /** Set when the file exists but cannot be read: we never overwrite it then. */
  private readOnly = false;

  /**
   * Writes the current data. Under the lock: reads what is on disk (another window may have written it
   * a moment ago), merges it per question (the newer answer wins), then writes. A file of a newer
   * version is backed up and left alone; the user is told once.
   */
  save(): void {
    if (this.readOnly) return;
    const data = this.data;
    if (this.foreignVersion !== undefined) return;
    withFileLock(this.lockFile, this.lockWaitMs, (locked) => {
      if (!locked) this.log.warn(`DE Study: another window holds ${this.lockFile} for over ${this.lockWaitMs} ms; saving without it.`);
      let merged = data;
      let text: string | undefined;
      try { text = fs.readFileSync(this.file, 'utf8'); } catch { /* none yet, or unreadable: ours is the copy to write */ }
      if (text !== undefined) {
        try {
          const other = parseProgress(text, this.scheduler, this.now());
          if (other.fromVersion > PROGRESS_VERSION) { this.refuseNewerVersion(other.fromVersion); return; }
          merged = mergeProgress(data, other.data, this.now());
        } catch { /* damaged now: ours is the better copy; the atomic write below replaces it */ }
      }
      merged.updatedAt = this.now().toISOString();
      this.cache = merged;
      this.writeNow(merged);
    });
  }

  private refuseNewerVersion(version: number): void {
    this.foreignVersion = version;
    const backup = this.backup(`v${version}-backup`);
    this.lastProblem = `another window's newer DE Study rewrote the quiz progress file as version ${version}; this window (version ${PROGRESS_VERSION}) no longer saves to it, so nothing of it is lost (a copy is kept at ${backup}); answers given here are kept only until this window closes: update DE Study to keep them`;
    this.log.warn(`DE Study: ${this.lastProblem}.`);
    for (const l of [...this.problemListeners]) l(this.lastProblem);
  }

  private writeNow(data: ProgressData): void {
    writeFileAtomic(this.file, JSON.stringify(data, null, 1) + '\n', this.io);
  }

  /** writeNow under the lock, for the writes that replace rather than merge (migration, import, reset). */
  private writeLocked(data: ProgressData): void {
    withFileLock(this.lockFile, this.lockWaitMs, () => this.writeNow(data));
  }

  item(id: string): ProgressItem | undefined { return this.data.items[id]; }

  /** Records an answer (or a self-grade) and reschedules the question; saves at once. */
  record(id: string, result: { correct: boolean; grade: Grade }): ProgressItem {
    const now = this.now();
    const prev = this.data.items[id];
    const item: ProgressItem = {
      // Fields this version does not know (added by a newer one) stay with the question.
      ...prev,
      card: this.scheduler.review(prev?.card, result.grade, now),
      seen: (prev?.seen ?? 0) + 1,
      correct: (prev?.correct ?? 0) + (result.correct ? 1 : 0),
      wrong: (prev?.wrong ?? 0) + (result.correct ? 0 : 1),
      lastAnswered: now.toISOString(),
      lastCorrect: result.correct,
      lastGrade: result.grade,
    };
    this.data.items[id] = item;
    const day = dayKey(now);
    const tally = (this.data.daily ??= {})[day] ?? { answered: 0, correct: 0 };
    this.data.daily[day] = { answered: tally.answered + 1, correct: tally.correct + (result.correct ? 1 : 0) };
    this.save();
    this.emit();
    return item;
  }

  /** Marks a question as reported: never asked again, kept in the file (and its export). */
  report(id: string, reason: string): ProgressItem {
    const now = this.now();
    const prev = this.data.items[id];
    const item: ProgressItem = prev
      ? { ...prev, reported: { at: now.toISOString(), reason } }
      : { card: this.scheduler.newCard(now), seen: 0, correct: 0, wrong: 0, lastAnswered: now.toISOString(), lastCorrect: false, reported: { at: now.toISOString(), reason } };
    this.data.items[id] = item;
    this.save();
    this.emit();
    return item;
  }

  /** Ids of the questions the user reported. */
  reportedIds(): Set<string> {
    return new Set(Object.entries(this.data.items).filter(([, it]) => it.reported).map(([id]) => id));
  }

  recordExam(exam: ExamRecord): void {
    this.data.exams.push(exam);
    this.save();
    this.emit();
  }

  /** Ids of questions due now, earliest first; `known` leaves out ids no longer in the bank. */
  due(known?: (id: string) => boolean, now = this.now()): string[] {
    return Object.entries(this.data.items)
      .filter(([id, it]) => !it.reported && isDue(it.card, now) && (!known || known(id)))
      .sort((a, b) => a[1].card.due.localeCompare(b[1].card.due) || a[0].localeCompare(b[0]))
      .map(([id]) => id);
  }

  /** When the next question falls due (after now), if any. */
  nextDue(known?: (id: string) => boolean, now = this.now()): Date | undefined {
    let best: number | undefined;
    for (const [id, it] of Object.entries(this.data.items)) {
      if (it.reported || (known && !known(id))) continue;
      const t = Date.parse(it.card.due);
      if (t > now.getTime() && (best === undefined || t < best)) best = t;
    }
    return best === undefined ? undefined : new Date(best);
  }

  exportTo(target: string): { questions: number } {
    writeFileAtomic(target, JSON.stringify(this.data, null, 1) + '\n');
    return { questions: Object.keys(this.data.items).length };
  }

  /**
   * Imports a progress file (any known version). 'merge' keeps the newer answer per question;
   * 'replace' drops the current progress (backed up first). Throws ProgressFormatError when the file
   * is not DE Study progress; nothing changes then.
   */
  importFrom(source: string, mode: 'merge' | 'replace'): { questions: number; backup?: string } {
    const parsed = parseProgress(fs.readFileSync(source, 'utf8'), this.scheduler, this.now());
    if (this.data && this.foreignVersion !== undefined) {
      throw new Error(`the quiz progress file is of a newer DE Study (version ${this.foreignVersion}); this version does not write it`);
    }
    const backup = this.backup(`before-import`);
    this.cache = mode === 'replace' ? parsed.data : mergeProgress(this.data, parsed.data, this.now());
    if (mode === 'replace') delete this.cache.resetAt;
    this.writeLocked(this.cache);
    this.emit();
    this.log.info(`DE Study: imported quiz progress from ${source} (${mode}, ${Object.keys(parsed.data.items).length} questions${backup ? `; previous progress kept at ${backup}` : ''}).`);
    return { questions: Object.keys(parsed.data.items).length, backup };
  }

  /** Clears all progress; the old file is kept as a backup. Returns the backup's path. */
  reset(): string | undefined {
    const backup = this.backup('before-reset');
    const now = this.now();
    this.cache = { ...emptyProgress(now), resetAt: now.toISOString() };
    this.readOnly = false;
    this.foreignVersion = undefined;
    this.writeLocked(this.cache);
    this.emit();
    this.log.info(`DE Study: quiz progress reset${backup ? `; the previous progress is kept at ${backup}` : ''}.`);
    return backup;
  }
}
