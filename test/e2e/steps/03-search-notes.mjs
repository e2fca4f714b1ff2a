// "DE Study: Search Notes": typing a query lists note sections; Enter opens the note at the heading.
import assert from 'node:assert/strict';
import { activeTabLabel, quickInputItems, quickInputTitle, runCommand, typeInQuickInput } from '../lib.mjs';

export const title = 'command palette: DE Study: Search Notes';

export async function run(t) {
  const { page } = t;
  await runCommand(page, 'DE Study: Search Notes');
  await quickInputTitle(page, 'DE Study: Search Notes');
  await typeInQuickInput(page, 'kinesis shards');
  const hits = await quickInputItems(page, /Kinesis/i);
  t.log(`first hits: ${hits.slice(0, 3).map((h) => `${h.label} — ${h.detail.slice(0, 60)}`).join(' | ')}`);
  const first = hits[0];
  assert.ok(/kinesis/i.test(`${first.label} ${first.description} ${first.detail}`), `the first hit is not about Kinesis: ${JSON.stringify(first)}`);
  await t.shot('results');

  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  const tab = await activeTabLabel(page);
  t.log(`opened: ${tab}`);
  assert.match(tab, /\.md\b/);
  await t.shot('opened');
}
