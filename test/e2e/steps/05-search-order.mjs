// "DE Study: Search Notes" shows exactly the core's order: for correctly spelled queries (which VS Code's
// own matcher would re-sort) and misspelled ones, the VISIBLE rows, top to bottom, are the sections
// `de-study search --json` ranks, with the line of the match. An absent topic says "No close match".
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { quickInputRows, quickInputTitle, runCommand, typeInQuickInput } from '../lib.mjs';

export const title = 'command palette: search rows in the core order (spelled and misspelled queries)';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const JOINER = /\u2060/g;
const QUERIES = ['lake formation', 'kinesis', 'redshift spectrum', 'glue', 'athean', 'kinesis firehos', 'dynamo db', 'partiton projection'];

function coreOrder(q) {
  const out = execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'search', '--json', '--limit', '30', q], { encoding: 'utf8' });
  return JSON.parse(out).map((h) => ({ title: h.title, where: `${path.basename(h.file)}:${h.matchLine}`, closeMatch: h.closeMatch }));
}

/** The rows on screen, top to bottom (by their list index: DOM order is not screen order). */
async function visibleRows(page) {
  return quickInputRows(page).evaluateAll((els) => els
    .map((row) => {
      const text = (sel) => (row.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        index: Number(row.getAttribute('data-index')),
        label: text('.quick-input-list-row:first-child .label-name'),
        detail: text('.quick-input-list-row:nth-child(2) .label-name'),
        aria: row.getAttribute('aria-label') ?? '',
        top: row.getBoundingClientRect().top,
        visible: row.getBoundingClientRect().height > 0,
      };
    })
    .filter((r) => r.visible)
    .sort((a, b) => a.index - b.index));
}

/** Waits until the first row is `firstTitle` and the rows stop changing (results render asynchronously). */
async function settledRows(page, firstTitle) {
  let last = '';
  for (let i = 0; i < 100; i++) {
    const rows = await visibleRows(page);
    const key = JSON.stringify(rows.map((r) => [r.label, r.detail]));
    if (rows.length && rows[0].label.replace(JOINER, '') === firstTitle && key === last) return rows;
    last = key;
    await page.waitForTimeout(150);
  }
  throw new Error(`rows never settled with "${firstTitle}" first: ${last.slice(0, 300)}`);
}

export async function run(t) {
  const { page } = t;
  await runCommand(page, 'DE Study: Search Notes');
  await quickInputTitle(page, 'DE Study: Search Notes');
  for (const q of QUERIES) {
    const core = coreOrder(q);
    assert.ok(core.length >= 3 && core[0].closeMatch, `${q}: the core has answers`);
    await typeInQuickInput(page, q);
    const rows = await settledRows(page, core[0].title);
    // Top to bottom, each row on screen is the core's row of the same rank: title and file:line of the match.
    for (const [i, row] of rows.entries()) {
      assert.equal(row.index, i, `${q}: rows are contiguous from the top`);
      assert.equal(row.label.replace(JOINER, ''), core[i].title, `${q}: row ${i + 1}`);
      assert.ok(row.detail.replace(JOINER, '').includes(core[i].where), `${q}: row ${i + 1} detail ${row.detail} lacks ${core[i].where}`);
      // What a screen reader reads: the row's aria label, which holds the title (joiners are ignorable).
      assert.ok(row.aria.replace(JOINER, '').includes(core[i].title), `${q}: aria label ${row.aria}`);
    }
    assert.ok(rows.length >= 5, `${q}: ${rows.length} rows visible`);
    t.log(`${q}: ${rows.length} visible rows = core order (${rows.slice(0, 3).map((r) => r.label.replace(JOINER, '')).join(' | ')} …)`);
    await t.shot(`order-${q.replace(/\s+/g, '-')}`);
  }

  // A topic the notes do not cover: no guesses dressed as answers.
  await typeInQuickInput(page, 'cobol mainframe copybooks');
  const rows = await settledRows(page, 'No close match');
  assert.ok(rows.slice(1).every((r) => /^Did you mean: /.test(r.label.replace(JOINER, ''))), JSON.stringify(rows));
  t.log(`cobol mainframe copybooks: ${rows.map((r) => r.label.replace(JOINER, '')).join(' | ')}`);
  await t.shot('no-close-match');
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}
