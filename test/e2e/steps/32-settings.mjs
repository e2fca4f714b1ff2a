// The Settings editor filtered to the extension, as the Extensions view's "Settings" opens it: every setting
// is titled "DE Study: Hover Enabled" …, never "De Study: …" (former keys deStudy.x) nor "De Study › Hover:
// Enabled" (former nested keys); the deprecated former keys, which hold no value here, are not shown. Then
// the same settings browsed from the table of contents, where the group is "DE Study" and titles are bare.
// First, a former key in the workspace settings is moved to its new key when the extension activates.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
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

/** Waits until the workspace settings file, read as JSON, passes `ok`; on timeout says what it held. */
async function untilSettingsFile(file, ok, what) {
  let text = '';
  for (const deadline = Date.now() + 60000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    text = fs.readFileSync(file, 'utf8');
    try { if (ok(JSON.parse(text))) return; } catch { /* mid-write: read again */ }
  }
  throw new Error(`${what}: the workspace settings file holds ${text}`);
}

export async function run(t) {
  const { page, ws } = t;
  // A value under a former key, as an earlier version left it; the reload activates the extension afresh.
  const file = path.join(ws, '.vscode', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ 'deStudy.quiz.roundSize': 12 }, null, 2));
  await runCommand(page, 'Developer: Reload Window');
  await page.locator('.monaco-workbench').waitFor();
  await untilSettingsFile(file, (s) => s['DEStudy.quizRoundSize'] === 12 && !('deStudy.quiz.roundSize' in s), 'activation to move deStudy.quiz.roundSize');
  t.log(`after a reload the workspace settings hold ${fs.readFileSync(file, 'utf8').replace(/\s+/g, ' ')}`);

  await runCommand(page, 'Preferences: Open Settings (UI)');
  const editor = page.locator('.settings-editor');
  const search = editor.locator('.settings-header .suggest-input-container .monaco-editor').first();
  await search.waitFor();
  await search.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(FILTER);
  const row = (label) => editor.locator('.settings-tree-container .monaco-list-row', { has: page.locator('.setting-item-label', { hasText: new RegExp(`^${label}$`) }) });
  await row('Notes Folders').first().waitFor();

  const count = editor.locator('.settings-count-widget', { hasText: '7 Settings Found' });
  await count.waitFor();
  // The search box suggests the filter just typed; a click beside it closes the suggestion (Escape would
  // close the Settings editor) so that it hides nothing in the screenshots.
  await count.click();
  await editor.locator('.settings-header .suggest-widget.visible').waitFor({ state: 'hidden' });
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
  fs.rmSync(file, { force: true });
}
