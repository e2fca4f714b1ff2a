// The spaced-review scheduler and the progress store: atomic writes, schema migration, damaged files
// (reported, backed up, never lost silently), export/import, reset and two windows sharing the file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AtomicIo, writeFileAtomic } from '../../src/core/files/atomicWrite';
import {
  emptyProgress, mergeProgress, parseProgress, PROGRESS_VERSION, ProgressFormatError, ProgressLog, ProgressStore,
} from '../../src/core/quiz/progress';
import { formatInterval, isDue, Scheduler, validStoredCard } from '../../src/core/quiz/scheduler';

class MemoryLog implements ProgressLog {
  lines: { level: string; message: string }[] = [];
  info(m: string) { this.lines.push({ level: 'info', message: m }); }
  warn(m: string) { this.lines.push({ level: 'warn', message: m }); }
  error(m: string) { this.lines.push({ level: 'error', message: m }); }
  text() { return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n'); }
}

const DAY = 86400000;
const T0 = new Date('2026-03-01T09:00:00.000Z');

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-progress-'));
}

describe('quiz scheduler (FSRS)', () => {
  const s = new Scheduler();

  it('brings a wrong answer back in minutes and a right one in days', () => {
    const again = s.review(undefined, 1, T0);
    const good = s.review(undefined, 3, T0);
    const easy = s.review(undefined, 4, T0);
    assert.ok(Date.parse(again.due) - T0.getTime() <= 15 * 60000, `Again: ${again.due}`);
    assert.ok(Date.parse(good.due) - T0.getTime() >= DAY, `Good: ${good.due}`);
    assert.ok(Date.parse(easy.due) > Date.parse(good.due), 'Easy later than Good');
    assert.ok(validStoredCard(good));
  });

  it('grows the interval with each successful review and shrinks it after a lapse', () => {
    let card = s.review(undefined, 3, T0);
    const intervals: number[] = [];
    let now = T0;
    for (let i = 0; i < 4; i++) {
      now = new Date(Date.parse(card.due));
      const next = s.review(card, 3, now);
      intervals.push(Date.parse(next.due) - now.getTime());
      card = next;
    }
    for (let i = 1; i < intervals.length; i++) assert.ok(intervals[i] > intervals[i - 1], `intervals ${intervals}`);
    const lapse = s.review(card, 1, new Date(Date.parse(card.due)));
    assert.strictEqual(lapse.lapses, 1);
    assert.ok(Date.parse(lapse.due) - Date.parse(card.due) < DAY);
  });

  it('is deterministic (no fuzz) and round-trips through JSON', () => {
    const a = s.review(s.review(undefined, 3, T0), 2, new Date(T0.getTime() + 3 * DAY));
    const b = s.review(JSON.parse(JSON.stringify(s.review(undefined, 3, T0))), 2, new Date(T0.getTime() + 3 * DAY));
    assert.deepStrictEqual(a, b);
  });

  it('says when a card is due and previews each grade', () => {
    const card = s.review(undefined, 3, T0);
    assert.ok(!isDue(card, T0));
    assert.ok(isDue(card, new Date(Date.parse(card.due))));
    const p = s.preview(card, new Date(Date.parse(card.due)));
    assert.deepStrictEqual(Object.keys(p), ['1', '2', '3', '4']);
    assert.strictEqual(formatInterval(10 * 60000), '10m');
    assert.strictEqual(formatInterval(3 * DAY), '3d');
  });
});

describe('atomic write', () => {
  it('replaces the file and leaves no temporary file', () => {
    const dir = tmpDir();
    const f = path.join(dir, 'x.json');
    writeFileAtomic(f, '{"a":1}');
    writeFileAtomic(f, '{"a":2}');
    assert.strictEqual(fs.readFileSync(f, 'utf8'), '{"a":2}');
    assert.deepStrictEqual(fs.readdirSync(dir), ['x.json']);
  });

  it('keeps the old file intact when the write dies half-way (crash, full disk)', () => {
    const dir = tmpDir();
    const f = path.join(dir, 'x.json');
    writeFileAtomic(f, JSON.stringify({ keep: 'me' }));
    const io: AtomicIo = {
      openSync: (p, flags, mode) => fs.openSync(p, flags, mode),
      writeSync: (fd, buf, off, len) => { fs.writeSync(fd, buf, off, Math.floor(len / 2)); throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }); },
      fsyncSync: (fd) => fs.fsyncSync(fd), closeSync: (fd) => fs.closeSync(fd),
      renameSync: (a, b) => fs.renameSync(a, b), unlinkSync: (p) => fs.unlinkSync(p),
    };
    assert.throws(() => writeFileAtomic(f, JSON.stringify({ new: 'x'.repeat(10000) }), io), /ENOSPC/);
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(f, 'utf8')), { keep: 'me' });
    assert.deepStrictEqual(fs.readdirSync(dir), ['x.json'], 'the partial temporary file is removed');
  });

  it('keeps the old file intact when the rename fails, and flushes before renaming', () => {
    const dir = tmpDir();
    const f = path.join(dir, 'x.json');
    writeFileAtomic(f, 'old');
    const calls: string[] = [];
    const io: AtomicIo = {
      openSync: (p, flags, mode) => fs.openSync(p, flags, mode),
      writeSync: (fd, buf, off, len) => { calls.push('write'); return fs.writeSync(fd, buf, off, len); },
      fsyncSync: (fd) => { calls.push('fsync'); fs.fsyncSync(fd); },
      closeSync: (fd) => { calls.push('close'); fs.closeSync(fd); },
      renameSync: () => { calls.push('rename'); throw new Error('EXDEV: simulated crash before rename'); },
      unlinkSync: (p) => fs.unlinkSync(p),
    };
    assert.throws(() => writeFileAtomic(f, 'new', io), /EXDEV/);
    assert.strictEqual(fs.readFileSync(f, 'utf8'), 'old');
    assert.deepStrictEqual(calls, ['write', 'fsync', 'close', 'rename']);
    assert.deepStrictEqual(fs.readdirSync(dir), ['x.json']);
  });
});

describe('progress store', () => {
  let now: Date;
  const clock = () => now;
  beforeEach(() => { now = new Date(T0); });

  it('starts empty, records answers, schedules them and persists across instances', () => {
    const dir = tmpDir();
    const log = new MemoryLog();
    const store = new ProgressStore(dir, log, { now: clock });
    assert.deepStrictEqual(store.data.items, {});
    store.record('q1', { correct: false, grade: 1 });
    store.record('q2', { correct: true, grade: 3 });
    const onDisk = JSON.parse(fs.readFileSync(store.file, 'utf8'));
    assert.strictEqual(onDisk.version, PROGRESS_VERSION);
    assert.strictEqual(onDisk.schema, 'de-study-progress');
    assert.deepStrictEqual(Object.keys(onDisk.items).sort(), ['q1', 'q2']);
    now = new Date(T0.getTime() + 20 * 60000);
    const again = new ProgressStore(dir, log, { now: clock });
    assert.deepStrictEqual(again.due(), ['q1']);
    assert.strictEqual(again.item('q1')!.wrong, 1);
    assert.strictEqual(again.item('q2')!.correct, 1);
    assert.ok(again.nextDue()!.getTime() > now.getTime());
    assert.deepStrictEqual(again.due((id) => id !== 'q1'), []);
    assert.strictEqual(log.lines.filter((l) => l.level !== 'info').length, 0, log.text());
  });

  it('reports a damaged file in the log, keeps a backup copy and starts empty', () => {
    const dir = tmpDir();
    const log = new MemoryLog();
    const file = path.join(dir, 'quiz-progress.json');
    fs.writeFileSync(file, '{"schema":"de-study-progress","version":2,"items":{"q1":');
    const store = new ProgressStore(dir, log, { now: clock });
    assert.deepStrictEqual(store.data.items, {});
    const errors = log.lines.filter((l) => l.level === 'error');
    assert.strictEqual(errors.length, 1, log.text());
    assert.match(errors[0].message, /damaged/);
    assert.match(errors[0].message, /not valid JSON/);
    const backups = fs.readdirSync(dir).filter((f) => f.includes('.corrupt-'));
    assert.strictEqual(backups.length, 1);
    assert.ok(errors[0].message.includes(path.join(dir, backups[0])), 'the message names the backup');
    assert.strictEqual(fs.readFileSync(path.join(dir, backups[0]), 'utf8'), '{"schema":"de-study-progress","version":2,"items":{"q1":');
    assert.ok(store.lastProblem);
    // The next save writes a good file; the backup stays.
    store.record('q9', { correct: true, grade: 3 });
    assert.ok(JSON.parse(fs.readFileSync(file, 'utf8')).items.q9);
    assert.ok(fs.existsSync(path.join(dir, backups[0])));
  });

  it('treats an empty file and a foreign JSON file as damaged too', () => {
    for (const text of ['', '[1,2,3]', '{"hello":"world"}', '{"schema":"other","version":2,"items":{}}']) {
      const dir = tmpDir();
      const log = new MemoryLog();
      fs.writeFileSync(path.join(dir, 'quiz-progress.json'), text);
      assert.deepStrictEqual(new ProgressStore(dir, log, { now: clock }).data.items, {});
      assert.strictEqual(log.lines.filter((l) => l.level === 'error').length, 1, `${JSON.stringify(text)}: ${log.text()}`);
      assert.strictEqual(fs.readdirSync(dir).filter((f) => f.includes('.corrupt-')).length, 1);
    }
  });

  it('skips malformed entries with a warning and a backup, keeping the good ones', () => {
    const dir = tmpDir();
    const log = new MemoryLog();
    const good = new Scheduler().review(undefined, 3, T0);
    fs.writeFileSync(path.join(dir, 'quiz-progress.json'), JSON.stringify({
      schema: 'de-study-progress', version: 2, updatedAt: T0.toISOString(), exams: [],
      items: {
        ok: { card: good, seen: 1, correct: 1, wrong: 0, lastAnswered: T0.toISOString(), lastCorrect: true },
        bad: { card: { due: 'yesterday' }, seen: 1 },
      },
    }));
    const store = new ProgressStore(dir, log, { now: clock });
    assert.deepStrictEqual(Object.keys(store.data.items), ['ok']);
    assert.match(log.text(), /warn: .*1 malformed entries/);
    assert.strictEqual(fs.readdirSync(dir).filter((f) => f.includes('.partial-backup-')).length, 1);
  });

  it('migrates a version 1 file to version 2, keeping the original as a backup', () => {
    const dir = tmpDir();
    const log = new MemoryLog();
    const v1 = { version: 1, answers: { a: { correct: 3, wrong: 0, lastSeen: '2026-02-28T10:00:00.000Z' }, b: { correct: 1, wrong: 2, lastSeen: '2026-02-27T10:00:00.000Z' }, junk: { correct: 'x' } } };
    fs.writeFileSync(path.join(dir, 'quiz-progress.json'), JSON.stringify(v1));
    const store = new ProgressStore(dir, log, { now: clock });
    assert.deepStrictEqual(Object.keys(store.data.items).sort(), ['a', 'b']);
    assert.strictEqual(store.item('a')!.seen, 3);
    assert.strictEqual(store.item('b')!.wrong, 2);
    assert.deepStrictEqual(store.due(), ['b'], 'a question ever answered wrong is due');
    const onDisk = JSON.parse(fs.readFileSync(store.file, 'utf8'));
    assert.strictEqual(onDisk.version, 2, 'the migrated file is written back');
    const backups = fs.readdirSync(dir).filter((f) => f.includes('.v1-backup-'));
    assert.strictEqual(backups.length, 1);
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(path.join(dir, backups[0]), 'utf8')), v1);
    assert.match(log.text(), /info: .*migrated from version 1 to 2/);
  });

  it('reads what it can of a newer version and keeps the original', () => {
    const dir = tmpDir();
    const log = new MemoryLog();
    const card = new Scheduler().review(undefined, 3, T0);
    fs.writeFileSync(path.join(dir, 'quiz-progress.json'), JSON.stringify({
      schema: 'de-study-progress', version: 3, items: { x: { card, seen: 1, correct: 1, wrong: 0, lastAnswered: T0.toISOString(), lastCorrect: true, extra: 1 } }, exams: [], future: {},
    }));
    const store = new ProgressStore(dir, log, { now: clock });
    assert.ok(store.item('x'));
    assert.match(log.text(), /warn: .*newer DE Study \(version 3\)/);
    assert.strictEqual(fs.readdirSync(dir).filter((f) => f.includes('.v3-backup-')).length, 1);
  });

  it('exports and imports (merge keeps the newer answer; replace backs up first); rejects foreign files', () => {
    const dirA = tmpDir();
    const dirB = tmpDir();
    const a = new ProgressStore(dirA, new MemoryLog(), { now: clock });
    a.record('shared', { correct: false, grade: 1 });
    a.record('onlyA', { correct: true, grade: 3 });
    const exported = path.join(tmpDir(), 'export.json');
    assert.deepStrictEqual(a.exportTo(exported), { questions: 2 });

    now = new Date(T0.getTime() + DAY);
    const b = new ProgressStore(dirB, new MemoryLog(), { now: clock });
    b.record('shared', { correct: true, grade: 4 });
    b.record('onlyB', { correct: true, grade: 3 });
    b.importFrom(exported, 'merge');
    assert.deepStrictEqual(Object.keys(b.data.items).sort(), ['onlyA', 'onlyB', 'shared']);
    assert.strictEqual(b.item('shared')!.lastGrade, 4, 'the newer answer wins');

    const r = b.importFrom(exported, 'replace');
    assert.deepStrictEqual(Object.keys(b.data.items).sort(), ['onlyA', 'shared']);
    assert.ok(r.backup && fs.existsSync(r.backup));

    const foreign = path.join(tmpDir(), 'foreign.json');
    fs.writeFileSync(foreign, '{"name":"not progress"}');
    const before = fs.readFileSync(b.file, 'utf8');
    assert.throws(() => b.importFrom(foreign, 'replace'), ProgressFormatError);
    assert.strictEqual(fs.readFileSync(b.file, 'utf8'), before, 'a failed import changes nothing');
  });

  it('resets with a backup, and the reset holds against another window\'s older answers', () => {
    const dir = tmpDir();
    const w1 = new ProgressStore(dir, new MemoryLog(), { now: clock });
    const w2 = new ProgressStore(dir, new MemoryLog(), { now: clock });
    w1.record('q1', { correct: true, grade: 3 });
    assert.ok(w2.data); // window 2 has read q1 (through the shared file)
    now = new Date(T0.getTime() + 60000);
    const backup = w1.reset();
    assert.ok(backup && fs.existsSync(backup) && JSON.parse(fs.readFileSync(backup, 'utf8')).items.q1);
    now = new Date(T0.getTime() + 120000);
    w2.record('q2', { correct: true, grade: 3 });
    const onDisk = JSON.parse(fs.readFileSync(w1.file, 'utf8'));
    assert.deepStrictEqual(Object.keys(onDisk.items), ['q2']);
  });

  it('merges answers from two windows instead of overwriting them', () => {
    const dir = tmpDir();
    const w1 = new ProgressStore(dir, new MemoryLog(), { now: clock });
    const w2 = new ProgressStore(dir, new MemoryLog(), { now: clock });
    assert.ok(w1.data && w2.data);
    w1.record('fromW1', { correct: true, grade: 3 });
    now = new Date(T0.getTime() + 1000);
    w2.record('fromW2', { correct: false, grade: 1 });
    const onDisk = JSON.parse(fs.readFileSync(w1.file, 'utf8'));
    assert.deepStrictEqual(Object.keys(onDisk.items).sort(), ['fromW1', 'fromW2']);
  });

  it('records exams', () => {
    const dir = tmpDir();
    const store = new ProgressStore(dir, new MemoryLog(), { now: clock });
    store.recordExam({ at: T0.toISOString(), durationSec: 600, total: 65, correct: 50, byDomain: { 1: { total: 22, correct: 18 } } });
    assert.strictEqual(new ProgressStore(dir, new MemoryLog(), { now: clock }).data.exams.length, 1);
  });

  it('parses and merges without a store', () => {
    assert.throws(() => parseProgress('nope', new Scheduler(), T0), ProgressFormatError);
    const m = mergeProgress(emptyProgress(T0), emptyProgress(T0), T0);
    assert.deepStrictEqual(m.items, {});
  });
});
