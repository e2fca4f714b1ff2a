// The parser's markdown-it, whose core "inline" rule makes the one text token of markup-free inline text
// itself (src/core/parser/markdownSlices.ts), against a plain markdown-it with the same options: the
// same tokens, children included, for every note of the project and for inline text made of every
// markup character.
import * as assert from 'assert';
import * as fs from 'fs';
import MarkdownIt from 'markdown-it';
import { listNoteFiles } from '../../src/core/loader';
import { md } from '../../src/core/parser/markdownSlices';
import { rng } from '../../src/core/quiz/random';
import { NOTES_DIR, TEST_DATA_DIR } from './paths';

const plain = new MarkdownIt({ html: true, linkify: false, typographer: false });

function same(text: string): void {
  assert.strictEqual(JSON.stringify(md.parse(text, {})), JSON.stringify(plain.parse(text, {})), JSON.stringify(text.slice(0, 200)));
}

describe('parser: markdown-it with the markup-free inline shortcut', () => {
  it('gives markdown-it\'s tokens for every bundled note and test note', () => {
    const files = [...listNoteFiles(NOTES_DIR), ...listNoteFiles(TEST_DATA_DIR)];
    assert.ok(files.length > 100);
    for (const f of files) same(fs.readFileSync(f, 'utf8'));
  });

  it('gives markdown-it\'s tokens for lines made of every inline markup character', () => {
    const pieces = ['Kinesis', ' ', 'S3', '\\', '`', '~', '~~', '*', '**', '_', '[', ']', '(', ')', '!', '<', '>', '&', '&amp;', '<br>', 'http://a.b', '\n', '  \n', ':', '-', '#', '|', 'é', '\u{1f30a}', '\t', '='];
    const random = rng('markdown-inline-shortcut');
    for (let n = 0; n < 3000; n++) {
      let line = '';
      const len = 1 + Math.floor(random() * 10);
      for (let k = 0; k < len; k++) line += pieces[Math.floor(random() * pieces.length)];
      same(line);
      same(`# ${line}\n\n| a | b |\n|---|---|\n| ${line} | x |\n\n- ${line}\n`);
    }
  });
});
