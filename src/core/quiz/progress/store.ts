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
import { AtomicIo, defaultIo, removeStaleTemporaryFiles, writeFileAtomic } from '../../files/atomicWrite';
import { withFileLock } from '../../files/fileLock';
import { dayKey } from '../../study/days';
import { Grade, isDue, Scheduler } from '../scheduler';
import { mergeProgress } from './merge';
import { parseProgress, ProgressFormatError } from './parse';
import { emptyProgress, ExamRecord, PROGRESS_FILE, PROGRESS_VERSION, ProgressData, ProgressItem, ProgressLog } from './types';

export interface ProgressStoreOptions {
  scheduler?: Scheduler;
  now?: () => Date;
  io?: AtomicIo;
  fileName?: string;
  /** How long a save waits for another window's lock before it saves without it (ms). */
  lockWaitMs?: number;
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
    for (const removed of removeStaleTemporaryFiles(this.file)) this.log.info(`DE Study: removed ${removed}, left by an interrupted save.`);
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
