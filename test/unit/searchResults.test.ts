// What the search returns beyond the order: honest confidence, a capped query, the line of the
// match, identical sections once, empty headings and link lists in their place, user vault
// conventions, and row text VS Code can neither re-sort nor turn into icons.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { MAX_QUERY_LENGTH, SearchIndex } from '../../src/core/search';
import { plain, resultRow, unmatchable, WORD_JOINER } from '../../src/core/search/rows';
import { NOTES_DIR, TEST_DATA_DIR } from './paths';

/**
 * VS Code 1.139's label matcher for QuickPick rows (src/vs/base/common/filters.ts, matchesFuzzy without
 * separate-substring matching): a case-insensitive substring, else a prefix, else a camel-case match
 * (tried only on labels that look camel-cased or upper-case) or a contiguous substring. Returns true
 * when VS Code would highlight, and so re-sort, the row.
 */
function vscodeWouldMatch(query: string, label: string): boolean {
  const text = label.replace(/\$\([a-z0-9-]+(~[a-z-]+)?\)/gi, '').trim();
  if (text.toLowerCase().includes(query.toLowerCase())) return true;
  const sample = text.slice(0, 60);
  let upper = 0, lower = 0, alpha = 0, digit = 0;
  for (const ch of sample) {
    if (/[A-Z]/.test(ch)) upper++;
    if (/[a-z]/.test(ch)) lower++;
    if (/[A-Za-z0-9]/.test(ch)) alpha++;
    if (/[0-9]/.test(ch)) digit++;
  }
  const n = Math.max(1, sample.length);
  const camel = lower / n > 0.2 && upper / n < 0.8 && alpha / n > 0.6 && digit / n < 0.2;
  const upperWord = lower === 0 && upper / n > 0.6;
  if (!camel && !upperWord) return false;
  // A camel-case candidate: VS Code would try to match the query's letters at word starts.
  return true;
}

const ICON = /(^|[^\\])\$\([a-z0-9-]+(~[a-z-]+)?\)/i;

describe('search: results', () => {
  let bundled: SearchIndex;
  let vaultKb: KnowledgeBase;
  let vault: SearchIndex;
  before(() => {
    bundled = new SearchIndex(buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]));
    vaultKb = buildKnowledgeBase([{ root: path.join(TEST_DATA_DIR, 'vault'), kind: 'user' }]);
    vault = new SearchIndex(vaultKb);
  });

  it('answers "No close match" with suggestions for topics the notes do not cover', () => {
    const absent = (JSON.parse(fs.readFileSync(path.join(TEST_DATA_DIR, 'absent-topics.json'), 'utf8')) as { queries: string[] }).queries;
    assert.ok(absent.length >= 5);
    for (const q of absent) {
      const a = bundled.lookup(q);
      assert.strictEqual(a.closeMatch, false, `${q}: confidence ${a.confidence.toFixed(2)}, first ${a.hits[0]?.section.title}`);
      assert.ok(a.confidence < 0.55);
    }
    assert.ok(absent.some((q) => bundled.lookup(q).didYouMean.length > 0), 'some absent query gets a suggestion');
    for (const q of ['zero etl', 'SCD type 2', 'kinesis firehos', 'partition projection', 'lamdba']) {
      const a = bundled.lookup(q);
      assert.strictEqual(a.closeMatch, true, `${q}: ${a.confidence.toFixed(2)}`);
      assert.deepStrictEqual(a.didYouMean, []);
    }
  });

  it('cuts queries at 256 characters: a pasted page costs what its first line costs', () => {
    const head = 'glue crawler schedules ';
    const pasted = head + 'x'.repeat(MAX_QUERY_LENGTH) + ' athena workgroups lake formation tags '.repeat(3000);
    assert.ok(pasted.length > 100_000);
    const a = bundled.lookup(pasted);
    assert.ok(a.query.length <= MAX_QUERY_LENGTH, `${a.query.length}`);
    const ids = (q: string) => bundled.search(q, { limit: 10 }).map((h) => h.section.id);
    assert.deepStrictEqual(ids(pasted), ids(pasted.slice(0, MAX_QUERY_LENGTH)));
  });

  it('opens at the matched passage and shows it in the snippet', () => {
    const hit = vault.search('snapshot id timestamp')[0];
    assert.strictEqual(hit.section.title, 'Time travel and rollback');
    const lines = fs.readFileSync(hit.doc.file, 'utf8').split('\n');
    const words = ['snapshot', 'id', 'timestamp'].filter((w) => new RegExp(`\\b${w}`, 'i').test(lines[hit.line - 1]));
    assert.ok(words.length >= 2, lines[hit.line - 1]);
    assert.notStrictEqual(hit.line, hit.section.startLine);
    const row = resultRow({ doc: hit.doc, section: hit.section, line: hit.line, snippet: 'x' });
    assert.match(row.detail, new RegExp(`table-formats\\.md:${hit.line}`));
  });

  it('shows identical sections once, with the other files listed', () => {
    const hits = vault.search('compaction small files');
    const compaction = hits.filter((h) => h.section.title === 'Compaction');
    assert.strictEqual(compaction.length, 1);
    assert.strictEqual(compaction[0].alsoIn.length, 1);
    // The shorter path is the one shown; the copy is listed.
    assert.strictEqual(compaction[0].doc.relPath, 'concepts/table-formats.md');
    assert.match(compaction[0].alsoIn[0].relPath, /table-formats-copy\.md/);
  });

  it('lets an empty heading defer to its first subsection with text', () => {
    const hits = vault.search('capacity');
    const first = hits[0];
    assert.strictEqual(first.section.title, 'Provisioned mode');
    assert.strictEqual(first.deferredFrom?.title, '2. Capacity');
    assert.ok(!hits.some((h) => h.section.title === '2. Capacity'));
  });

  it('ranks link lists low and a better-matching subsection above its note', () => {
    const glue = vault.search('glue athena');
    assert.ok(!/Related/.test(glue[0].section.title), glue[0].section.title);
    const time = vault.search('time travel');
    assert.strictEqual(time[0].section.title, 'Time travel and rollback');
    const lead = time.findIndex((h) => h.section.title === 'Open table formats');
    assert.ok(lead > 0);
  });

  it('reads service notes in the conventions of other vaults (type, title, aliases, tags)', () => {
    const kds = vaultKb.service('kinesis-streams');
    assert.strictEqual(kds?.name, 'Amazon Kinesis Data Streams');
    assert.deepStrictEqual(kds?.aliases, ['KDS']);
    assert.strictEqual(vaultKb.service('appflow')?.name, 'Amazon AppFlow');
    assert.strictEqual(vaultKb.services.size, 2, 'a hub note tagged aws/service is no service');
    assert.strictEqual(vaultKb.documents().find((d) => d.relPath === 'concepts/table-formats.md')?.kind, 'concept');
    assert.strictEqual(vault.search('KDS')[0]?.doc.relPath, 'services/kinesis-streams.md');
  });

  it('builds rows VS Code cannot re-sort, that read as the title and show note text, not icons', () => {
    const hit = vault.search('shell tips')[0];
    assert.strictEqual(hit.section.title, 'Shell tips $(terminal)');
    const row = resultRow({ doc: hit.doc, section: hit.section, line: hit.line, snippet: 'Open a shell with $(terminal) in the palette' });
    for (const text of [row.label, row.description ?? '', row.detail]) assert.doesNotMatch(text, ICON, text);
    assert.strictEqual(plain(row.label), 'Shell tips $(terminal)');
    assert.ok(plain(row.detail).includes('$(terminal)'));
    for (const title of ['AWS Glue', 'Amazon Kinesis Data Streams', 'AWS DMS', 'S3', 'Lake Formation', 'Amazon S3 Glacier storage classes']) {
      for (const q of ['glue', 'kinesis', 'lake formation', 'dms', 's3', 'AKDS', 'gl', 'redshift spectrum', 'ag']) {
        assert.strictEqual(vscodeWouldMatch(q, unmatchable(title)), false, `${q} / ${title}`);
      }
    }
    // The matcher itself does match plain labels (the test can fail).
    assert.strictEqual(vscodeWouldMatch('glue', 'AWS Glue'), true);
    assert.strictEqual(unmatchable('ab'), `a${WORD_JOINER}b`);
  });
});
