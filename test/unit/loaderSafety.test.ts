// Files and folders that used to hang the indexer or vanish from it without a word (issue 12, items 3,
// 6, 7): FIFOs named .md, unreadable folders, symbolic links and their loops, UTF-16 notes, lone CR
// line endings, a long front matter and deeply nested YAML.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { decodeNote, listNoteFiles, loadNoteFile } from '../../src/core/loader';
import { parseNote } from '../../src/core/parser';

const parse = (text: string) => parseNote({ text, file: '/notes/n.md', relPath: 'n.md', source: 'user' });
const posix = process.platform !== 'win32';

describe('loader: only regular files, every skip named', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-load-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  (posix ? it : it.skip)('names a FIFO called .md instead of blocking on it, and indexes the rest', () => {
    fs.writeFileSync(path.join(dir, 'real.md'), '# Real note\nAmazon Athena reads S3.\n');
    const fifo = path.join(dir, 'pipe.md');
    assert.strictEqual(spawnSync('mkfifo', [fifo]).status, 0);
    const kb = buildKnowledgeBase([{ root: dir, kind: 'user' }]);
    assert.deepStrictEqual(kb.documents().map((d) => d.title), ['Real note']);
    const d = kb.diagnostics().find((x) => x.file === fifo);
    assert.ok(d, JSON.stringify(kb.diagnostics()));
    assert.match(d!.message, /not a regular file \(a named pipe\)/);
    const direct = loadNoteFile(fifo, dir, 'user');
    assert.ok('diagnostic' in direct);
  });

  (posix ? it : it.skip)('follows symbolic links to notes and folders, and names a loop and a broken link', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-linked-'));
    try {
      fs.mkdirSync(path.join(outside, 'topics'));
      fs.writeFileSync(path.join(outside, 'topics', 'glue.md'), '# Glue crawlers\n');
      fs.writeFileSync(path.join(outside, 'single.md'), '# Linked single note\n');
      fs.symlinkSync(path.join(outside, 'topics'), path.join(dir, 'topics'));
      fs.symlinkSync(path.join(outside, 'single.md'), path.join(dir, 'single.md'));
      fs.symlinkSync(dir, path.join(outside, 'topics', 'back-to-root'));
      fs.symlinkSync(path.join(outside, 'gone.md'), path.join(dir, 'broken.md'));
      const problems: import('../../src/core/model').Diagnostic[] = [];
      const files = listNoteFiles(dir, problems).map((f) => path.relative(dir, f));
      assert.deepStrictEqual(files, ['single.md', path.join('topics', 'glue.md')]);
      assert.ok(problems.some((p) => p.file.endsWith('back-to-root') && /links back/.test(p.message)), JSON.stringify(problems));
      assert.ok(problems.some((p) => p.file.endsWith('broken.md') && /symbolic link to a missing/.test(p.message)), JSON.stringify(problems));
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  (posix ? it : it.skip)('names a folder it cannot read', () => {
    fs.mkdirSync(path.join(dir, 'private'));
    fs.writeFileSync(path.join(dir, 'private', 'secret.md'), '# Hidden\n');
    fs.writeFileSync(path.join(dir, 'open.md'), '# Open\n');
    fs.chmodSync(path.join(dir, 'private'), 0o000);
    fs.chmodSync(dir, 0o755);
    // root reads any folder: then list as an ordinary user, the way a real user meets the problem. That user
    // may not be able to read this checkout (a clone in a private temporary folder), so it loads a copy of the
    // compiled loader (which needs only fs and path) from a folder everyone can read.
    const asRoot = process.getuid?.() === 0;
    let loader = require.resolve('../../src/core/loader');
    const copyDir = asRoot ? fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-loader-')) : undefined;
    if (copyDir) {
      fs.chmodSync(copyDir, 0o755);
      fs.copyFileSync(loader, path.join(copyDir, 'loader.js'));
      loader = path.join(copyDir, 'loader.js');
    }
    const script = `const {listNoteFiles}=require(${JSON.stringify(loader)});const p=[];const f=listNoteFiles(${JSON.stringify(dir)},p);process.stdout.write(JSON.stringify({f,p}))`;
    const r = asRoot
      ? spawnSync(process.execPath, ['-e', script], { uid: 65534, gid: 65534, encoding: 'utf8' })
      : spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    fs.chmodSync(path.join(dir, 'private'), 0o755);
    if (copyDir) fs.rmSync(copyDir, { recursive: true, force: true });
    assert.strictEqual(r.status, 0, r.stderr);
    const { f, p } = JSON.parse(r.stdout) as { f: string[]; p: { file: string; message: string }[] };
    assert.deepStrictEqual(f.map((x) => path.basename(x)), ['open.md']);
    assert.strictEqual(p.length, 1);
    assert.strictEqual(p[0].file, path.join(dir, 'private'));
    assert.match(p[0].message, /folder unreadable.*EACCES/);
  });

  it('reads UTF-16 notes, with or without a byte-order mark', () => {
    const text = '# Lake Formation\nColumn-level grants for the data lake.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le); be.swap16();
    for (const bytes of [le, be, Buffer.from(text, 'utf16le')]) {
      const r = decodeNote(bytes, '/n.md', 'n.md', 'user');
      assert.ok('input' in r, JSON.stringify(r));
      assert.strictEqual(r.input.text, text);
    }
    const binary = decodeNote(Buffer.from([0x23, 0x00, 0x01, 0x02, 0xff, 0x00, 0x7f]), '/b.md', 'b.md', 'user');
    assert.ok('diagnostic' in binary && /binary/.test(binary.diagnostic.message));
  });
});

describe('parser: line endings and front matter', () => {
  it('parses a CR-only file into its sections with editor line numbers', () => {
    const { doc, diagnostics } = parse('# Kinesis\r\rShards hold the records.\r\r## Limits\rQuota::1 MB per second per shard\r');
    assert.deepStrictEqual(doc.sections.map((s) => [s.title, s.startLine, s.endLine]), [['Kinesis', 1, 3], ['Limits', 5, 6]]);
    assert.deepStrictEqual(doc.sections[1].cards.map((c) => [c.question, c.answer, c.line]), [['Quota', '1 MB per second per shard', 6]]);
    assert.deepStrictEqual(diagnostics, []);
  });

  it('keeps cards in their section when a lone CR sits in an LF file, and says so', () => {
    const { doc, diagnostics } = parse('# One\nfirst\r## Two\nTerm::Definition\n');
    assert.deepStrictEqual(doc.sections.map((s) => [s.title, s.startLine]), [['One', 1], ['Two', 3]]);
    assert.deepStrictEqual(doc.sections[1].cards.map((c) => c.line), [4]);
    assert.deepStrictEqual(diagnostics.map((d) => [d.line, /lone carriage return/.test(d.message)]), [[2, true]]);
  });

  it('reads a front matter that closes after line 2,000', () => {
    const keys = Array.from({ length: 2100 }, (_, i) => `k${i}: v`).join('\n');
    const { doc, diagnostics } = parse(`---\ntitle: Long front matter\n${keys}\n---\n# Body\n`);
    assert.deepStrictEqual(diagnostics, []);
    assert.strictEqual(doc.title, 'Long front matter');
    assert.strictEqual(doc.sections[0].startLine, 2104);
  });

  it('reports deeply nested YAML once, with its line, and still indexes the note', () => {
    for (const yaml of ['tags: ' + '['.repeat(20_000), 'tags: ' + '['.repeat(3000) + ']'.repeat(3000), 'tags:\n' + Array.from({ length: 500 }, (_, i) => ' '.repeat(i + 1) + '- x').join('\n')]) {
      const { doc, diagnostics } = parse(`---\n${yaml}\n---\n# Still here\n`);
      assert.strictEqual(diagnostics.length, 1, JSON.stringify(diagnostics.map((d) => d.message)));
      assert.match(diagnostics[0].message, /front matter/);
      assert.ok(diagnostics[0].line >= 2);
      assert.strictEqual(doc.title, 'Still here');
    }
  });
});
