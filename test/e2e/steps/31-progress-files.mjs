// Quiz progress through the file dialogs, as a user does it: "Export Quiz Progress" asks where to save
// (VS Code's own file dialog, typed into like a user), the file on disk is the progress; "Import Quiz
// Progress" refuses a damaged file with a message that names it and shows its text as text (a command link
// in the file stays inert), then imports the exported file after asking Merge or Replace.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { notification, quickInputItems, runCommand, typeInQuickInput, waitForState } from '../lib.mjs';

export const title = 'quiz progress: export and import through the file dialogs';

/**
 * Types a path into the file dialog a command opened, and accepts it. VS Code's own dialog fills in its
 * default path just after it opens: wait for that, then replace it, so our path is not overwritten.
 */
async function answerFileDialog(page, file) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await waitForState(page, input, 'visible', 'the file dialog');
  // The dialog has loaded once it lists the folder (its ".." row); only then is the typed path kept.
  await waitForState(page, page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: '..' }).first(), 'visible', 'the file dialog to list its folder');
  await typeInQuickInput(page, file);
  await page.waitForTimeout(300);
  assert.strictEqual(await input.inputValue(), file, 'the dialog holds the typed path');
  await page.keyboard.press('Enter');
}

export async function run(t) {
  const { page } = t;
  const exported = path.join(t.ws, 'exported-progress.json');
  fs.rmSync(exported, { force: true });

  await runCommand(page, 'DE Study: Export Quiz Progress');
  await answerFileDialog(page, exported);
  const saved = await notification(page, 'exported progress for');
  t.log(`toast: ${saved}`);
  const n = Number(/for (\d+) questions/.exec(saved)?.[1]);
  const data = JSON.parse(fs.readFileSync(exported, 'utf8'));
  assert.strictEqual(data.schema, 'de-study-progress');
  assert.strictEqual(Object.keys(data.items).length, n, `the toast says ${n} questions; the file has ${Object.keys(data.items).length}`);
  t.log(`exported ${n} questions to ${exported}`);

  // A damaged file whose text holds a command link: refused, named, and the link is not live.
  const hostile = path.join(t.ws, 'hostile-progress.json');
  fs.writeFileSync(hostile, JSON.stringify({ schema: '[Open a terminal](command:workbench.action.terminal.new)', version: 2 }));
  await runCommand(page, 'DE Study: Import Quiz Progress');
  await answerFileDialog(page, hostile);
  const mergeRows = await quickInputItems(page, 'Merge');
  assert.deepStrictEqual(mergeRows.map((r) => r.label), ['Merge', 'Replace']);
  await page.keyboard.press('Enter');
  const refusal = page.locator('.notifications-toasts .notification-toast', { hasText: 'could not import' }).first();
  await waitForState(page, refusal, 'visible', 'the refusal of the damaged file');
  const refusalText = await refusal.innerText();
  assert.match(refusalText, /hostile-progress\.json/, 'the message names the file');
  assert.strictEqual(await refusal.locator('a[href^="command:"], a[data-href^="command:"], .monaco-link').count(), 0, 'no link in the message');
  await t.shot('import-refused');

  await runCommand(page, 'DE Study: Import Quiz Progress');
  await answerFileDialog(page, exported);
  await quickInputItems(page, 'Merge');
  await page.keyboard.press('Enter');
  const imported = await notification(page, 'imported progress for');
  assert.match(imported, new RegExp(`imported progress for ${n} questions \\(merge\\)`));
}
