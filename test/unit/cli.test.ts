// The CLI's machine contract: the --json shapes, exit code 2 for bad usage, clear errors for missing paths.
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliCacheKey } from '../../src/cli/notes';
import { NOTES_DIR, PROJECT_ROOT, USER_NOTES_DIR } from './paths';

const CLI = path.join(PROJECT_ROOT, 'out', 'src', 'cli', 'main.js');
// The CLI caches its index; tests keep that cache out of the user's own cache folder.
const CACHE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-cli-cache-'));

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT, env: { ...process.env, DE_STUDY_CACHE_DIR: CACHE_DIR } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('de-study CLI', () => {
  it('stats --json on a student\'s lesson note: 4 headings as 4 sections, no diagnostics', () => {
    const r = run('stats', '--json', '--no-bundled', '--notes', USER_NOTES_DIR);
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(j).slice(0, 5), ['documents', 'sections', 'services', 'cards', 'diagnostics']);
    assert.strictEqual(j.documents, 1);
    assert.strictEqual(j.sections, 4);
    assert.deepStrictEqual(j.diagnostics, []);
  });

  it('scan --json finds at least 20 distinct services in the lesson note, with 1-based positions', () => {
    const file = path.join(USER_NOTES_DIR, 'user-lesson.md');
    const r = run('scan', '--json', file);
    assert.strictEqual(r.code, 0, r.err);
    const rows = JSON.parse(r.out) as { file: string; line: number; column: number; endColumn: number; text: string; serviceId: string; kind: string }[];
    assert.ok(new Set(rows.map((x) => x.serviceId)).size >= 20);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    for (const x of rows) {
      assert.deepStrictEqual(Object.keys(x), ['file', 'line', 'column', 'endColumn', 'text', 'serviceId', 'kind']);
      assert.strictEqual(lines[x.line - 1].slice(x.column - 1, x.endColumn - 1), x.text);
    }
  });

  it('search --json returns ranked sections with the contract keys', () => {
    const r = run('search', '--json', '--limit', '3', 'kinesis', 'firehos');
    assert.strictEqual(r.code, 0, r.err);
    const hits = JSON.parse(r.out);
    assert.strictEqual(hits.length, 3);
    assert.deepStrictEqual(Object.keys(hits[0]), ['title', 'headingPath', 'file', 'line', 'matchLine', 'score', 'confidence', 'closeMatch', 'serviceIds', 'alsoIn']);
    assert.ok(hits[0].confidence > 0.55 && hits[0].confidence <= 1 && hits[0].closeMatch === true, JSON.stringify(hits[0]));
    assert.match(hits[0].file, /data-firehose\.md$/);
    assert.ok(hits[0].score >= hits[1].score && hits[1].score >= hits[2].score);
  });

  it('search --json says when nothing is close (absolute confidence)', () => {
    const r = run('search', '--json', 'cobol', 'mainframe', 'copybooks');
    assert.strictEqual(r.code, 0, r.err);
    const hits = JSON.parse(r.out);
    assert.ok(hits.every((h: { closeMatch: boolean; confidence: number }) => !h.closeMatch && h.confidence < 0.55), r.out.slice(0, 400));
  });

  it('search answers the same from its cached index, and --no-cache ignores the cache', () => {
    const cold = run('search', '--json', '--limit', '5', 'glue', 'crawler', 'schema');
    assert.strictEqual(cold.code, 0, cold.err);
    assert.ok(fs.existsSync(path.join(CACHE_DIR, 'index-cache.json')));
    const warm = run('search', '--json', '--limit', '5', 'glue', 'crawler', 'schema');
    assert.strictEqual(warm.out, cold.out);
    const none = run('search', '--json', '--no-cache', '--limit', '5', 'glue', 'crawler', 'schema');
    assert.strictEqual(none.out, cold.out);
  });

  it('quiz --json is deterministic for a seed and follows the contract', () => {
    const a = run('quiz', '--json', '--count', '5', '--seed', 's1');
    // The second run reads the bank the first one saved; --no-cache builds it again: all three agree.
    assert.ok(fs.existsSync(path.join(CACHE_DIR, 'quiz-bank-cache.json')), 'the bank is cached');
    const b = run('quiz', '--json', '--count', '5', '--seed', 's1');
    const c = run('quiz', '--json', '--no-cache', '--count', '5', '--seed', 's1');
    assert.strictEqual(a.code, 0, a.err);
    assert.strictEqual(a.out, b.out);
    assert.strictEqual(c.out, a.out);
    const qs = JSON.parse(a.out);
    assert.strictEqual(qs.length, 5);
    for (const q of qs) {
      for (const k of ['id', 'kind', 'stem', 'options', 'answers', 'explanation', 'source', 'domain', 'serviceIds']) assert.ok(k in q, `missing ${k}`);
      assert.deepStrictEqual(Object.keys(q.source).slice(0, 3), ['file', 'line', 'headingPath']);
      for (const i of q.answers) assert.ok(i >= 0 && i < q.options.length);
    }
  });

  it('quiz --report --json: figures of the notes given, gate rejections by rule, practice diagnostics', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-report-'));
    fs.writeFileSync(path.join(dir, 'drill.md'), [
      '# Drill', '',
      '## Question 1', 'Which service replays records from a week ago?', '', 'A) Amazon SNS', 'B) Amazon Kinesis Data Streams', 'C) Amazon SQS', 'D) AWS Batch', '',
      'Answer: B', '',
      '## Question 2', 'Which service runs Airflow DAGs without servers to manage?', '', 'A) Amazon MWAA', 'B) AWS Glue', 'C) Amazon EMR', 'D) AWS Batch', '',
    ].join('\n'));
    try {
      const r = run('quiz', '--report', '--json', '--no-bundled', '--notes', dir);
      assert.strictEqual(r.code, 0, r.err);
      const j = JSON.parse(r.out);
      assert.strictEqual(j.source, 'user');
      assert.strictEqual(j.documents, 1);
      assert.deepStrictEqual(j.byKind, { practice: 1 });
      assert.strictEqual(j.practiceDiagnostics, 1);
      for (const k of ['sections', 'sectionsWithQuestions', 'byDomain', 'rejectedByRule', 'numeric', 'longestOptionIsKey', 'duplicates']) assert.ok(k in j, k);
      assert.ok('leak-word' in j.rejectedByRule && 'duplicate' in j.rejectedByRule);
      const text = run('quiz', '--report', '--no-bundled', '--notes', dir);
      assert.match(text.out, /drill\.md:13: error: practice question 2: no answer key/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with one line for bad usage, and names a missing path', () => {
    for (const args of [['frobnicate'], ['search'], ['search', '--limit', 'x', 'y'], ['stats', '--bogus'], []]) {
      const r = run(...args);
      assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.strictEqual(r.err.trim().split('\n').length, 1);
    }
    const missing = run('stats', '--notes', '/no/such/folder');
    assert.strictEqual(missing.code, 1);
    assert.match(missing.err, /\/no\/such\/folder/);
    const noFile = run('scan', 'no-such-file.tf');
    assert.match(noFile.err, /no-such-file\.tf/);
  });

  it('the entry runs search from its own entry and the rest from the whole CLI, over one index cache', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-launch-'));
    const notes = path.join(dir, 'notes');
    const cacheDir = path.join(dir, 'cache');
    fs.cpSync(USER_NOTES_DIR, notes, { recursive: true });
    const launch = path.join(PROJECT_ROOT, 'out', 'src', 'cli', 'launch.js');
    const env = { ...process.env, DE_STUDY_CACHE_DIR: cacheDir };
    const viaLaunch = (...args: string[]) => spawnSync(process.execPath, [launch, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT, env });
    const direct = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT, env });
    try {
      const search = ['search', '--json', '--no-bundled', '--notes', notes, 'glue crawler'];
      const expected = direct(...search, '--no-cache');
      assert.strictEqual(expected.status, 0, expected.stderr);
      assert.ok(JSON.parse(expected.stdout).length > 0, 'the query finds sections');
      // The whole CLI writes the cache; the search entry reads it as it is (not written again).
      assert.strictEqual(direct('stats', '--no-bundled', '--notes', notes).status, 0);
      const cacheFile = path.join(cacheDir, 'index-cache.json');
      const written = fs.statSync(cacheFile).mtimeMs;
      const warm = viaLaunch(...search);
      assert.strictEqual(warm.status, 0, warm.stderr);
      assert.strictEqual(warm.stdout, expected.stdout);
      assert.strictEqual(fs.statSync(cacheFile).mtimeMs, written, 'the search entry used the cache the whole CLI wrote');
      // A changed note: the search entry parses it again and finds its new words.
      const note = path.join(notes, fs.readdirSync(notes).find((f) => f.endsWith('.md'))!);
      fs.appendFileSync(note, '\n\n## Zanzibar quokka drills\n\nA made-up heading the query below finds once the note is parsed again.\n');
      const changed = viaLaunch('search', '--json', '--no-bundled', '--notes', notes, 'zanzibar quokka');
      assert.strictEqual(changed.status, 0, changed.stderr);
      assert.strictEqual(JSON.parse(changed.stdout)[0].title, 'Zanzibar quokka drills');
      // Bad usage and the other commands go to the whole CLI, which explains them.
      const bad = viaLaunch('frobnicate');
      assert.strictEqual(bad.status, 2);
      assert.match(bad.stderr, /unknown command "frobnicate"/);
      assert.match(viaLaunch('--help').stdout, /^usage: de-study/);
      assert.strictEqual(viaLaunch('search').status, 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends quietly when the reader closes the pipe early (`de-study scan … | head`)', async () => {
    const launch = path.join(PROJECT_ROOT, 'out', 'src', 'cli', 'launch.js');
    const services = path.join(NOTES_DIR, 'services');
    // Far more output than a pipe holds, so the CLI is still writing when the reader goes away.
    const files = fs.readdirSync(services).filter((f) => f.endsWith('.md')).map((f) => path.join(services, f));
    const child = spawn(process.execPath, [launch, 'scan', '--json', ...files], { cwd: PROJECT_ROOT, env: { ...process.env, DE_STUDY_CACHE_DIR: CACHE_DIR } });
    let err = '';
    child.stderr.on('data', (d) => { err += String(d); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.strictEqual(err, '');
    assert.strictEqual(code, 0);
  });

  it('keys its caches by every file of the CLI\'s build, so that both entries share one cache and a new build starts afresh', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-build-key-'));
    try {
      const files = ['de-study.js', 'de-study-search.js', 'parser.js', 'matcher.js'].map((f) => path.join(dir, f));
      for (const f of files) fs.writeFileSync(f, '// code');
      const before = cliCacheKey(dir);
      assert.strictEqual(cliCacheKey(dir), before);
      for (const f of files) {
        const t = fs.statSync(f).mtime;
        fs.utimesSync(f, t, new Date(t.getTime() + 5000));
        const after = cliCacheKey(dir);
        assert.notStrictEqual(after, before, `${path.basename(f)} is in the key`);
        fs.utimesSync(f, t, t);
      }
      assert.notStrictEqual(cliCacheKey(fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-no-build-'))), before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
