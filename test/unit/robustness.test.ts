import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { decodeNote } from '../../src/core/loader';
import { parseNote } from '../../src/core/parser';
import { NOTES_DIR, USER_NOTES_DIR } from './paths';

describe('bad input', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-bad-'));
    fs.writeFileSync(path.join(dir, 'good.md'), '# Good note\nAmazon Athena queries S3.\n');
    fs.writeFileSync(path.join(dir, 'bad-front-matter.md'), '---\ntitle: [unclosed\n---\n# Still indexed\ntext\n');
    fs.writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x00, 0x01, 0x02, 0xff]));
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.concat([Buffer.from('# Title\nline two\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    fs.writeFileSync(path.join(dir, 'huge.md'), Buffer.alloc(10 * 1024 * 1024, 0x61));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('indexes the good notes and names every bad file, with a line where one applies', () => {
    const kb = buildKnowledgeBase([{ root: dir, kind: 'user' }]);
    const titles = kb.documents().map((d) => d.title).sort();
    assert.deepStrictEqual(titles, ['Good note', 'Still indexed']);
    const diags = kb.diagnostics();
    const byFile = (name: string) => diags.filter((d) => path.basename(d.file) === name);
    assert.match(byFile('binary.md')[0].message, /binary/);
    assert.match(byFile('huge.md')[0].message, /10\.0 MiB is over/);
    assert.match(byFile('latin1.md')[0].message, /UTF-8/);
    assert.strictEqual(byFile('latin1.md')[0].line, 3);
    assert.match(byFile('bad-front-matter.md')[0].message, /front matter/);
    assert.ok(byFile('bad-front-matter.md')[0].line >= 2);
  });

  it('names a missing notes folder', () => {
    const kb = buildKnowledgeBase([{ root: path.join(dir, 'nope'), kind: 'user' }]);
    assert.match(kb.diagnostics()[0].message, /not found/);
  });

  it('decodes a UTF-8 BOM and CRLF line endings', () => {
    const r = decodeNote(Buffer.from('\uFEFF# T\r\nbody\r\n## U\r\n', 'utf8'), '/x.md', 'x.md', 'user');
    assert.ok('input' in r);
    const { doc } = parseNote(r.input);
    assert.deepStrictEqual(doc.sections.map((s) => [s.title, s.startLine]), [['T', 1], ['U', 3]]);
  });
});

describe('parser fuzzing', () => {
  const fragments = [
    '# ', '## ', '###### ', '#', '---\n', '...\n', '```\n', '~~~', '`', '``', '**', '__', '*', '_', '==', '::', ':::', '?\n', '??\n',
    '| a | b |\n', '|---|---|\n', '<img src="x">', '<table><tr><td>', '</td></tr></table>', '[link](x.md)', '![img](y.png)',
    '- ', '1. ', '> ', '\n', '\n\n', '\r\n', '\t', 'Amazon Kinesis Data Streams', 'AWS::Glue::Job', 'arn:aws:s3:::b',
    'Which service is best? ', 'kind: service\n', 'id: x\n', 'title: [\n', '\u0000', '\uFEFF', '😀', 'é', '\\', '<!--', '-->',
    '===\n', '***\n', '    code\n', '[^1]', '<br/>', '&nbsp;', '{', '}', 'Q::A\n', '==cloze==',
  ];
  const fragment = fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
  const generated = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));
  // Real notes to mutate: the student-style fixture and, from the bundled notes, a comparison (tables), a
  // service note (front matter, cards) and a domain note (long lists).
  const realNotes = [
    path.join(USER_NOTES_DIR, 'user-lesson.md'),
    path.join(NOTES_DIR, 'comparisons', 'streaming-ingestion-kds-vs-firehose-vs-msk.md'),
    path.join(NOTES_DIR, 'services', 'glue.md'),
    path.join(NOTES_DIR, 'domains', fs.readdirSync(path.join(NOTES_DIR, 'domains')).sort()[0]),
  ];
  const sampleText = realNotes.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  // Mutations of real notes: cut, duplicate and splice ranges, insert fragments.
  const mutated = fc.tuple(fc.nat(sampleText.length), fc.nat(4000), fc.array(fc.tuple(fc.nat(4000), fragment), { maxLength: 8 })).map(([start, len, inserts]) => {
    let t = sampleText.slice(start, start + len);
    for (const [at, frag] of inserts) { const i = at % (t.length + 1); t = t.slice(0, i) + frag + t.slice(i); }
    return t;
  });

  function check(text: string): void {
    const { doc } = parseNote({ text, file: '/f.md', relPath: 'f.md', source: 'user' });
    for (const s of doc.sections) {
      if (!(s.startLine >= 1 && s.endLine >= s.startLine && s.endLine <= doc.lineCount)) {
        throw new Error(`section ${JSON.stringify(s.title)} has lines ${s.startLine}-${s.endLine} outside 1-${doc.lineCount}`);
      }
      for (const c of s.cards) if (c.line < s.startLine || c.line > s.endLine) throw new Error(`card line ${c.line} outside its section`);
      for (const q of s.questions) if (q.line < s.startLine || q.line > s.endLine) throw new Error(`question line ${q.line} outside its section`);
    }
  }

  it('survives 6,000 generated documents with every line range inside the document', () => {
    fc.assert(fc.property(generated, (t) => { check(t); }), { numRuns: 6000, seed: 42 });
  });

  it('survives 4,000 mutations of real notes (a student-style fixture and bundled notes)', () => {
    fc.assert(fc.property(mutated, (t) => { check(t); }), { numRuns: 4000, seed: 7 });
  });
});
