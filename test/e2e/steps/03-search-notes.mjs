// "DE Study: Search Notes": a misspelled query still finds the section; Enter opens the note at the
// matched passage (the line `de-study search --json` gives as matchLine).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTabLabel, cursorLine, openFile, quickInputItems, quickInputTitle, runCommand, typeInQuickInput } from '../lib.mjs';

export const title = 'command palette: DE Study: Search Notes, misspelled';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function run(t) {
  const { page } = t;
  // Where the match is, by the core (the CLI over the same notes).
  const core = JSON.parse(execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'search', '--json', 'glew', 'crawler'], { encoding: 'utf8' }));
  const matchLine = core[0].matchLine;

  // Browsing results previews them; Esc puts back the editor the user had.
  await openFile(page, 'design.md');
  await runCommand(page, 'DE Study: Search Notes');
  await quickInputTitle(page, 'DE Study: Search Notes');
  await typeInQuickInput(page, 'glew crawler');
  await quickInputItems(page, /glue-crawler\.md/);
  await page.keyboard.press('ArrowDown');
  await page.locator('.tabs-container .tab.active', { hasText: 'glue-crawler.md' }).waitFor();
  await t.shot('preview');
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.tabs-container .tab.active', { hasText: 'design.md' }).waitFor();
  t.log('preview shown while browsing; Esc restored design.md');

  await runCommand(page, 'DE Study: Search Notes');
  await quickInputTitle(page, 'DE Study: Search Notes');
  await typeInQuickInput(page, 'glew crawler');
  const hits = await quickInputItems(page, /glue-crawler\.md/);
  t.log(`first hits: ${hits.slice(0, 3).map((h) => `${h.label} — ${h.detail.slice(0, 60)}`).join(' | ')}`);
  assert.match(hits[0].label.replace(/\u2060/g, ''), /AWS Glue crawler/, `first hit: ${JSON.stringify(hits[0])}`);
  await t.shot('results');

  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  const tab = await activeTabLabel(page);
  t.log(`opened: ${tab}`);
  assert.match(tab, /glue-crawler\.md/);
  assert.strictEqual(await cursorLine(page), matchLine);
  await t.shot('opened');
}
