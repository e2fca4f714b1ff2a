// Windows sharing one progress file (issue 12, items 4 and 5): a file of a newer version is backed up
// and never overwritten by an older window, concurrent saves merge instead of losing answers, fields
// this version does not know survive, and temporary files of killed saves are cleaned up.
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ProgressLog, ProgressStore } from '../../src/core/quiz/progress';
import { Scheduler } from '../../src/core/quiz/scheduler';

const quietLog = (): ProgressLog & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`), error: (m) => lines.push(`error: ${m}`) };
};
const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-share-'));

describe('progress shared between windows', () => {
  it('never overwrites a file another window rewrote in a newer version; backs it up and says so', () => {
    const dir = tmpDir();
    const log = quietLog();
    const older = new ProgressStore(dir, log);
    older.record('q-old', { correct: true, grade: 3 });
    const problems: string[] = [];
    older.onProblem((m) => problems.push(m));
    // A newer DE Study in another window rewrites the file as version 3, with fields of its own.
    const card = new Scheduler().review(undefined, 3, new Date());
    const v3 = {
      schema: 'de-study-progress', version: 3, updatedAt: new Date().toISOString(), newTopLevel: { kept: true },
      items: { 'q-new': { card, seen: 1, correct: 1, wrong: 0, lastAnswered: new Date().toISOString(), lastCorrect: true, v3only: [1, 2] } },
      exams: [],
    };
    fs.writeFileSync(older.file, JSON.stringify(v3));
    older.record('q-later', { correct: false, grade: 1 });
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(older.file, 'utf8')), v3, 'the version 3 file is untouched');
    const backups = fs.readdirSync(dir).filter((f) => f.includes('.v3-backup-'));
    assert.strictEqual(backups.length, 1);
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(path.join(dir, backups[0]), 'utf8')), v3);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0], /newer DE Study rewrote the quiz progress file as version 3/);
    assert.ok(older.item('q-later'), 'the answer stays in this window');
    // Later answers neither write nor warn again.
    older.record('q-more', { correct: true, grade: 3 });
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(older.file, 'utf8')), v3);
    assert.strictEqual(problems.length, 1);
  });

  it('does not write over a newer-version file it loaded itself', () => {
    const dir = tmpDir();
    const card = new Scheduler().review(undefined, 3, new Date());
    const v3 = { schema: 'de-study-progress', version: 3, items: { a: { card, seen: 1, correct: 1, wrong: 0, lastAnswered: new Date().toISOString(), lastCorrect: true } }, exams: [] };
    fs.writeFileSync(path.join(dir, 'quiz-progress.json'), JSON.stringify(v3));
    const store = new ProgressStore(dir, quietLog());
    store.record('b', { correct: true, grade: 3 });
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(store.file, 'utf8')), v3);
    assert.match(store.lastProblem ?? '', /does not save to it/);
  });

  it('keeps fields it does not know, per question and at the top level', () => {
    const dir = tmpDir();
    const card = new Scheduler().review(undefined, 3, new Date('2026-01-01T00:00:00Z'));
    fs.writeFileSync(path.join(dir, 'quiz-progress.json'), JSON.stringify({
      schema: 'de-study-progress', version: 2, updatedAt: '2026-01-01T00:00:00.000Z', answerLog: [{ id: 'a', at: '2026-01-01' }],
      items: { a: { card, seen: 1, correct: 1, wrong: 0, lastAnswered: '2026-01-01T00:00:00.000Z', lastCorrect: true, starred: true, reported: { at: '2026-01-01T00:00:00.000Z', reason: 'wrong key' } } },
      exams: [],
    }));
    const store = new ProgressStore(dir, quietLog());
    store.record('a', { correct: false, grade: 1 });
    store.record('b', { correct: true, grade: 3 });
    const onDisk = JSON.parse(fs.readFileSync(store.file, 'utf8'));
    assert.deepStrictEqual(onDisk.answerLog, [{ id: 'a', at: '2026-01-01' }]);
    assert.strictEqual(onDisk.items.a.starred, true, 'a per-question field this version does not know');
    assert.deepStrictEqual(onDisk.items.a.reported, { at: '2026-01-01T00:00:00.000Z', reason: 'wrong key' });
    assert.strictEqual(onDisk.items.a.seen, 2);
  });

  it('loses no answer when three processes save 150 answers each at the same time', async function () {
    this.timeout(120000);
    const dir = tmpDir();
    const progressModule = require.resolve('../../src/core/quiz/progress');
    const script = `
      const { ProgressStore } = require(${JSON.stringify(progressModule)});
      const store = new ProgressStore(process.argv[1], { info() {}, warn() {}, error(m) { console.error(m); } });
      for (let i = 0; i < 150; i++) store.record(process.argv[2] + '-' + i, { correct: i % 2 === 0, grade: i % 2 === 0 ? 3 : 1 });`;
    const run = (name: string) => new Promise<number>((resolve) => {
      spawn(process.execPath, ['-e', script, dir, name], { stdio: 'inherit' }).on('exit', (code) => resolve(code ?? 1));
    });
    const codes = await Promise.all(['w1', 'w2', 'w3'].map(run));
    assert.deepStrictEqual(codes, [0, 0, 0]);
    const items = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'quiz-progress.json'), 'utf8')).items);
    assert.strictEqual(items.length, 450, `${450 - items.length} answers lost`);
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock')), []);
  });

  it('removes temporary files left by killed saves, not those of a live one', () => {
    const dir = tmpDir();
    const dead = path.join(dir, '.quiz-progress.json.999999999.abc.0.tmp');
    const live = path.join(dir, `.quiz-progress.json.${process.pid}.abc.1.tmp`);
    fs.writeFileSync(dead, '{"half":');
    fs.writeFileSync(live, '{"half":');
    const log = quietLog();
    const store = new ProgressStore(dir, log);
    assert.ok(store.data);
    assert.ok(!fs.existsSync(dead));
    assert.ok(fs.existsSync(live));
    assert.ok(log.lines.some((l) => l.includes('interrupted save')));
  });

  it('breaks a lock left by a window that died', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'quiz-progress.json.lock'), '999999999 2026-01-01T00:00:00Z\n');
    const log = quietLog();
    const store = new ProgressStore(dir, log, { lockWaitMs: 50 });
    store.record('x', { correct: true, grade: 3 });
    assert.ok(JSON.parse(fs.readFileSync(store.file, 'utf8')).items.x);
    assert.ok(!log.lines.some((l) => l.includes('saving without it')), log.lines.join('\n'));
  });
});
