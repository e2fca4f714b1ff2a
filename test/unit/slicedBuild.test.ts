// A note of tens of thousands of headings (issue 12, item 9) is parsed, annotated and indexed in
// slices: each step hands control back (the pause is awaited many times within the one note), and the
// result is exactly that of the parse in one go.
import * as assert from 'assert';
import { KnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote, parseNoteAsync } from '../../src/core/parser';
import { SearchIndex } from '../../src/core/search';

/** A long note in the idioms of real ones, with the constructs slices must not cut through. */
function longNote(headings: number): string {
  const out = ['---', 'title: Long study log', '---', ''];
  for (let i = 0; i < headings; i++) {
    out.push(`## Day ${i}: streaming and storage`, '', `Checked the shard count of Amazon Kinesis Data Streams for job ${i}.`, '');
    if (i % 997 === 0) out.push('```python', '# not a heading inside a fence', `client = boto3.client("s3")  # ${i}`, '```', '');
    if (i % 1499 === 0) out.push('<!--', '# not a heading inside a comment', '', '# still a comment', '-->', '');
    if (i % 1801 === 0) out.push('<pre>', '', '# kept as pre text', '</pre>', '');
    if (i % 503 === 0) out.push(`Retention for job ${i}::seven days`, '', '| Choose | When |', '|---|---|', '| AWS Glue | crawl the lake |', '');
    if (i % 211 === 0) out.push('- a list item', '  continued', '');
  }
  return out.join('\n');
}

describe('a note of 20,000 headings, in slices', () => {
  const text = longNote(20_000);
  const input = { text, file: '/notes/log.md', relPath: 'log.md', source: 'user' as const };

  it('parses to exactly what one markdown-it call gives, awaiting the pause between slices', async () => {
    let pauses = 0;
    const sliced = await parseNoteAsync(input, async () => { pauses++; });
    const whole = parseNote(input, { wholeDocument: true });
    assert.strictEqual(sliced.doc.sections.filter((s) => s.level === 2).length, 20_000);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(sliced)), JSON.parse(JSON.stringify(whole)));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(parseNote(input))), JSON.parse(JSON.stringify(whole)));
    assert.ok(pauses >= 20, `only ${pauses} pauses`);
    const fenced = whole.doc.sections.filter((s) => /not a heading|still a comment|kept as pre/.test(s.title));
    assert.deepStrictEqual(fenced, []);
  });

  it('annotates and indexes the note in slices too, with the same search results', async () => {
    const parsed = parseNote(input);
    let pauses = 0;
    const pause = async () => { pauses++; };
    const kb = new KnowledgeBase();
    await kb.upsertManyChunked([parsed], [], pause);
    const annotatePauses = pauses;
    const index = await SearchIndex.buildChunked(kb, pause);
    assert.ok(annotatePauses >= 20, `annotation paused ${annotatePauses} times`);
    assert.ok(pauses - annotatePauses >= 20, `indexing paused ${pauses - annotatePauses} times`);
    const reference = new KnowledgeBase();
    reference.upsertMany([parseNote(input)]);
    const oneGo = new SearchIndex(reference);
    for (const q of ['day 19999 streaming', 'retention seven days', 'shard count job 12345']) {
      assert.deepStrictEqual(index.search(q, { limit: 5 }).map((h) => h.section.id), oneGo.search(q, { limit: 5 }).map((h) => h.section.id), q);
    }
  });
});
