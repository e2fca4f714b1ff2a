// Hostile lines that made the parser quadratic (issue 12, item 2): each used to take from seconds to
// many minutes. A quadratic parser times these tests out; a linear one answers them, and the answers
// are still the right cards.
import * as assert from 'assert';
import { maskCode } from '../../src/core/cards';
import { firstQuestion, parseNote } from '../../src/core/parser';

const parse = (text: string) => parseNote({ text, file: '/notes/long.md', relPath: 'long.md', source: 'user' });

describe('parser on very long lines', () => {
  it('reads one 1.5 MB line of "==a" repeated (an unclosed-looking cloze run)', () => {
    const { doc } = parse('# Highlights\n' + '==a'.repeat(500_000) + '\n');
    const cards = doc.sections[0].cards;
    // The spans pair up as ==a== … ; every question is far over the card limit, so no card is made.
    assert.strictEqual(cards.length, 0);
    assert.strictEqual(doc.sections[0].title, 'Highlights');
  });

  it('reads a line with 20,000 clozes and keeps the cards of short lines exact', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `step ${i} ==value${i}== then`).join(' ');
    const { doc } = parse(`# Steps\n${long}\n- A Glue crawler writes tables to the ==Data Catalog==, not to ==S3==.\n`);
    const cards = doc.sections[0].cards;
    assert.deepStrictEqual(cards.map((c) => [c.question, c.answer]), [
      ['A Glue crawler writes tables to the […], not to S3.', 'Data Catalog'],
      ['A Glue crawler writes tables to the Data Catalog, not to […].', 'S3'],
    ]);
  });

  it('collapses whitespace around a cloze exactly as before', () => {
    const { doc } = parse('# T\n*   Redshift   ==RA3  nodes==   separate   storage\n');
    assert.deepStrictEqual(doc.sections[0].cards.map((c) => [c.question, c.answer]), [['Redshift […] separate storage', 'RA3 nodes']]);
  });

  it('masks code spans in one pass, even with 100,000 unmatched backtick runs', () => {
    assert.strictEqual(maskCode('use `a::b` then ``c`` x'), `use ${' '.repeat(6)} then ${' '.repeat(5)} x`);
    assert.strictEqual(maskCode('``not closed` here'), '``not closed` here');
    const hostile = '``a`'.repeat(100_000);
    assert.strictEqual(maskCode(hostile).length, hostile.length);
  });

  it('finds no question in a paragraph of 100,000 "What" sentences without a question mark', () => {
    assert.strictEqual(firstQuestion('Note. What is this thing here. '.repeat(100_000)), undefined);
    const { doc } = parse('# Q\n' + 'Note. What is this thing here. '.repeat(100_000) + '\n');
    assert.deepStrictEqual(doc.sections[0].questions, []);
  });

  it('still finds the first question of a paragraph', () => {
    assert.deepStrictEqual(firstQuestion('Setup. Which service stores the catalog? AWS Glue.'), { question: 'Which service stores the catalog?', rest: 'AWS Glue.' });
    assert.deepStrictEqual(firstQuestion('Which is it?x. How does it end? Done'), { question: 'How does it end?', rest: 'Done' });
    assert.strictEqual(firstQuestion('What is it? yes'), undefined);
  });

});
