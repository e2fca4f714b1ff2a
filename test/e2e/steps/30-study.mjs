// The study experience in the real workbench, from the packaged .vsix: a few questions answered from the
// keyboard, then the walkthrough (its quiz step completed by that answer), the DE Study view in the
// activity bar (17 task statements with their readiness) and the progress dashboard (charts with their
// tables), each screenshotted in the light, dark and high-contrast themes.
import assert from 'node:assert/strict';
import { dismissHover, focusFirstOption, hoverText, quickInputItems, runCommand, applyTheme, startQuiz, webviewFrame } from '../lib.mjs';

export const title = 'study: walkthrough, DE Study view and progress dashboard (light, dark, high contrast)';

const THEMES = [['light', 'Default Light Modern'], ['dark', 'Default Dark Modern'], ['high-contrast', 'Default High Contrast']];

async function answerQuestions(t, n) {
  const { page } = t;
  const frame = await startQuiz(page);
  for (let i = 1; i <= n; i++) {
    await frame.locator('.meta', { hasText: `Question ${i} of` }).waitFor();
    const meta = await frame.locator('.meta').innerText();
    await focusFirstOption(page, frame);
    for (const key of /Choose TWO/.test(meta) ? ['1', '2'] : ['1']) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    await frame.locator('.feedback').waitFor();
    await page.keyboard.press('Enter');
  }
  t.log(`answered ${n} questions`);
}

async function openWalkthrough(page) {
  await runCommand(page, 'Welcome: Open Walkthrough...');
  const rows = await quickInputItems(page, 'Get Started with DE Study');
  assert.ok(rows.length, 'the walkthrough is not offered');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get Started with DE Study' }).first().click();
  await page.locator('.gettingStartedContainer').getByText('Add your notes folder', { exact: true }).first().waitFor();
}

export async function run(t) {
  const { page, ws } = t;
  await applyTheme(page, ws, 'Default Light Modern');
  // The walkthrough first, as a new user meets it: VS Code's walkthrough service starts with the Welcome
  // page and completes a step on the events that come after that.
  await openWalkthrough(page);
  // The hover step's button opens an untitled sample; hovering a service in it ticks the step.
  const walk = page.locator('.gettingStartedContainer');
  await walk.getByText('Hover an AWS service', { exact: true }).first().click();
  await walk.getByRole('button', { name: 'Open a Sample File' }).click();
  const hover = await hoverText(page, '"firehose"', { expect: 'Quiz me on' });
  assert.match(hover, /formerly/i);
  await dismissHover(page);
  await answerQuestions(t, 6);
  await runCommand(page, 'View: Close All Editors');
  // The untitled sample asks whether to save it: do not.
  const dontSave = page.getByRole('button', { name: /Don't Save/ });
  if (await dontSave.isVisible().catch(() => false)) await dontSave.click();
  await openWalkthrough(page);
  const walkthrough = page.locator('.gettingStartedContainer');
  await walkthrough.getByText('Get Started with DE Study').first().waitFor();
  for (const step of ['Add your notes folder', 'Search your notes', 'Hover an AWS service', 'Take your first quiz', 'Try an exam simulation', 'See where you stand']) {
    await walkthrough.getByText(step, { exact: true }).first().waitFor();
  }
  for (const done of ['Hover an AWS service', 'Take your first quiz']) {
    const step = walkthrough.locator('.getting-started-step', { hasText: done });
    await step.locator('.codicon-pass-filled, .complete').first().waitFor({ timeout: 10000 });
  }
  assert.strictEqual(await walkthrough.locator('.getting-started-step', { hasText: 'Try an exam simulation' }).locator('.codicon-pass-filled').count(), 0, 'a step not done is not ticked');
  t.log('walkthrough: 6 steps; "Hover an AWS service" and "Take your first quiz" ticked by a hover and the answers');
  for (const [name, theme] of THEMES) { await applyTheme(page, ws, theme); await t.shot(`walkthrough-${name}`); }
  await runCommand(page, 'View: Close All Editors');

  // The DE Study view in the activity bar.
  await applyTheme(page, ws, 'Default Light Modern');
  await page.locator('.activitybar .action-item a[aria-label^="DE Study"], .activitybar .action-item[aria-label^="DE Study"]').first().click();
  // Wider than the default side bar, as a user who studies from this view would make it.
  const side = await page.locator('.part.sidebar').boundingBox();
  if (side) {
    const edge = side.x + side.width + 2;
    await page.mouse.move(edge, 300);
    await page.mouse.down();
    await page.mouse.move(edge + 180, 300, { steps: 8 });
    await page.mouse.up();
  }
  const outline = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Exam Outline' }) });
  await outline.locator('.monaco-list-row', { hasText: 'Task 1.1: Perform data ingestion' }).waitFor();
  const rowsText = await outline.locator('.monaco-list-row').allInnerTexts();
  assert.ok(rowsText.some((r) => /Domain 1: Data Ingestion and Transformation/.test(r)), rowsText.join('\n'));
  assert.ok(rowsText.some((r) => /\d+\/\d+ answered/.test(r)), 'no readiness beside the items');
  // Open task 1.2 to show the notes on it.
  await outline.locator('.monaco-list-row', { hasText: 'Task 1.2: Transform and process data' }).click();
  // The domain note's section on the task comes first, before the service notes filed under it.
  const firstNote = outline.locator('.monaco-list-row[aria-level="3"]').first();
  await firstNote.waitFor();
  assert.match(await firstNote.innerText(), /Domain 1: Data Ingestion and Transformation/);
  await firstNote.click();
  // A row with a command opens its note on click, and the editor takes the focus (a key pressed now would move the
  // editor's cursor, as a CI run found): the row's twistie expands it instead.
  await page.locator('.tabs-container .tab.active', { hasText: 'domain-1' }).waitFor();
  await firstNote.locator('.monaco-tl-twistie').click();
  await outline.locator('.monaco-list-row', { hasText: '1.2 Transform and process data' }).first().waitFor();
  t.log(`DE Study view: ${rowsText.length} rows, e.g. ${rowsText.find((r) => /Task 1.1/.test(r))?.replace(/\s+/g, ' ')}`);
  for (const [name, theme] of THEMES) { await applyTheme(page, ws, theme); await t.shot(`view-${name}`); }

  // The dashboard, with the answers above.
  await applyTheme(page, ws, 'Default Light Modern');
  await runCommand(page, 'DE Study: Show Progress Dashboard');
  await page.locator('.tabs-container .tab.active', { hasText: 'DE Study: Progress' }).waitFor();
  const dash = webviewFrame(page);
  await dash.locator('h1', { hasText: 'Progress' }).waitFor();
  const totals = await dash.locator('.totals').innerText();
  assert.match(totals, /^[1-9]\d* of [\d,.\s]+ questions answered · \d+% right · \d+ due now$/);
  for (const heading of ['Readiness by domain', 'Accuracy over the last 30 days', 'Reviews due in the next 30 days', 'Readiness by task statement', 'Weakest task statements first']) {
    await dash.locator('h2', { hasText: heading }).waitFor();
  }
  assert.strictEqual(await dash.locator('canvas').count(), 4);
  // Each chart describes itself for screen readers, with today's answers in the history.
  const historyLabel = await dash.locator('#history-chart').getAttribute('aria-label');
  assert.match(historyLabel, /answers on 1 day/);
  assert.strictEqual(await dash.locator('.card.wide tbody tr').count(), 17, 'the weakest-first table lists the 17 task statements');
  t.log(`dashboard: ${totals} | ${historyLabel}`);
  for (const [name, theme] of THEMES) {
    await applyTheme(page, ws, theme);
    await dash.locator(`body.${name === 'high-contrast' ? 'vscode-high-contrast' : `vscode-${name}`}`).waitFor();
    await page.waitForTimeout(300); // the charts redraw in the new colours on the theme's class change
    await t.shot(`dashboard-${name}`);
  }
  // The weakest-first table, each row with its quiz button.
  await dash.locator('#weakest-title').scrollIntoViewIfNeeded();
  assert.strictEqual(await dash.getByRole('button', { name: /^Quiz on Task \d\.\d/ }).count(), 17);
  await t.shot('dashboard-weakest-high-contrast');
  await applyTheme(page, ws, undefined);
}
