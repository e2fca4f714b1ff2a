// The Settings editor filtered to the extension, as the Extensions view's "Settings" opens it: every setting
// is titled "DE Study: Hover Enabled" …, never "De Study: …" (former keys deStudy.x) nor "De Study › Hover:
// Enabled" (former nested keys); the deprecated former keys, which hold no value here, are not shown. Then
// the same settings browsed from the table of contents, where the group is "DE Study" and titles are bare.
import assert from 'node:assert/strict';
import { runCommand } from '../lib.mjs';

export const title = 'settings: the Settings editor says "DE Study", never "De Study"';

const FILTER = '@ext:de-study.aws-de-study';
const LABELS = ['Notes Folders', 'Include Bundled Notes', 'Hover Enabled', 'Hover Exclude Languages', 'Hover Exclude Globs', 'Max Note Size KB', 'Quiz Round Size'];

/**
 * The title (category and label) of every setting row the virtual list renders while it is scrolled down
 * step by step, until the last expected label has been seen or the list no longer moves.
 */
async function titlesScrolledThrough(page, editor, last) {
  const rows = editor.locator('.settings-tree-container .monaco-list-row .setting-item-contents');
  const titles = new Set();
  const texts = [];
  for (let i = 0; i < 20 && ![...titles].some((x) => x.endsWith(last)); i++) {
    texts.push(await editor.innerText());
    for (const row of await rows.all()) {
      const category = (await row.locator('.setting-item-category').first().innerText().catch(() => '')).trim();
      const label = (await row.locator('.setting-item-label').first().innerText().catch(() => '')).trim();
      titles.add(`${category} ${label}`.trim());
    }
    await editor.locator('.settings-tree-container').hover();
    await page.mouse.wheel(0, 250);
    await page.waitForTimeout(300);
  }
  texts.push(await editor.innerText());
  return { titles: [...titles], texts };
}

export async function run(t) {
  const { page } = t;
  await runCommand(page, 'Preferences: Open Settings (UI)');
  const editor = page.locator('.settings-editor');
  const search = editor.locator('.settings-header .suggest-input-container .monaco-editor').first();
  await search.waitFor();
  await search.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(FILTER);
  const row = (label) => editor.locator('.settings-tree-container .monaco-list-row', { has: page.locator('.setting-item-label', { hasText: new RegExp(`^${label}$`) }) });
  await row('Notes Folders').first().waitFor();

  await editor.locator('.settings-count-widget', { hasText: '7 Settings Found' }).waitFor();
  const { titles, texts } = await titlesScrolledThrough(page, editor, 'Quiz Round Size');
  t.log(`filtered: ${titles.join(' | ')}`);
  assert.deepStrictEqual(titles.sort(), LABELS.map((l) => `DE Study: ${l}`).sort(), 'the settings shown and their titles');
  // All the visible text at each scroll position, the table of contents and descriptions included.
  for (const text of texts) {
    assert.match(text, /DE Study/);
    assert.doesNotMatch(text, /De Study/, 'the Settings editor spells the extension "De Study" somewhere');
  }
  await t.shot('filtered');

  // Browsing instead of searching: the "DE Study" entry of the table of contents; titles without a category.
  await search.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  const toc = editor.locator('.settings-toc-container');
  // The whole table of contents back (not the filtered one, whose rows move as it changes), then its entries.
  await toc.getByText('Commonly Used', { exact: true }).first().waitFor();
  await toc.getByText('Extensions', { exact: true }).first().click();
  await toc.getByText('DE Study', { exact: true }).first().click();
  await row('Hover Enabled').first().waitFor();
  const browsed = await row('Hover Enabled').first().locator('.setting-item-category').innerText().catch(() => '');
  assert.strictEqual(browsed.trim(), '', 'browsed under "DE Study", a setting has no category of its own');
  const browsedText = await editor.innerText();
  assert.match(browsedText, /DE Study/);
  assert.doesNotMatch(browsedText, /De Study/);
  await t.shot('browsed');
}
