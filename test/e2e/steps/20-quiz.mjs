// The quiz in the real workbench: "DE Study: Start Quiz" from the palette opens the webview, a
// question is answered with the keyboard only (a number key, then Enter), the feedback shows with its
// explanation and "Open source section"; screenshots in a dark and a light theme (workbench.colorTheme
// set in the workspace settings), then Enter moves on and the source link opens the note.
import assert from 'node:assert/strict';
import { applyTheme, focusFirstOption, runCommand, setTheme, startQuiz, webviewFrame } from '../lib.mjs';

export const title = 'quiz: start from the palette, answer by keyboard, see the feedback (dark and light)';

export async function run(t) {
  const { page } = t;
  await applyTheme(page, t.ws, 'Default Dark Modern');
  const frame = await startQuiz(page);
  const stem = frame.locator('#stem');
  await stem.waitFor({ state: 'visible' });
  const meta = await frame.locator('.meta').innerText();
  const question = await stem.innerText();
  t.log(`question: ${meta} | ${question.slice(0, 120)}`);

  // Keyboard only (no mouse): focus on the first option, then number keys and Enter.
  const picks = /Choose TWO/.test(meta) ? ['1', '2'] : ['1'];
  await focusFirstOption(page, frame);
  for (const k of picks) await page.keyboard.press(k);
  await frame.locator('input[name="option"]:checked').nth(picks.length - 1).waitFor();
  assert.strictEqual(await frame.locator('input[name="option"]:checked').count(), picks.length, 'the number keys chose the options');
  await t.shot('chosen-dark');
  await page.keyboard.press('Enter');

  const feedback = frame.locator('.feedback');
  await feedback.waitFor({ state: 'visible' });
  const verdict = await feedback.locator('.verdict-title').innerText();
  const explanation = await feedback.locator('.explanation').innerText();
  t.log(`feedback: ${verdict} | ${explanation.slice(0, 140)}`);
  assert.match(verdict, /Correct|Incorrect/);
  assert.ok(explanation.trim().length > 0, 'no explanation');
  assert.ok(await feedback.getByRole('button', { name: /Open source section/ }).isVisible(), 'no "Open source section"');
  assert.ok(await frame.locator('.option.correct, .option.missed').count() >= 1, 'the right answer is not marked');
  // Nothing from the note was turned into markup: the stem is plain text.
  assert.strictEqual(await stem.evaluate((el) => el.children.length), 0);
  await t.shot('feedback-dark');

  await setTheme(t, 'Default Light Modern');
  await page.locator('.monaco-workbench.vs').waitFor();
  await frame.locator('body.vscode-light').waitFor();
  await t.shot('feedback-light');

  await setTheme(t, 'Default High Contrast');
  await page.locator('.monaco-workbench.hc-black').waitFor();
  await frame.locator('body.vscode-high-contrast').waitFor();
  await t.shot('feedback-high-contrast');
  await setTheme(t, 'Default Light Modern');
  await frame.locator('body.vscode-light').waitFor();

  // Enter goes on to question 2.
  await frame.getByRole('button', { name: /Next question/ }).focus();
  await page.keyboard.press('Enter');
  await frame.locator('.meta', { hasText: 'Question 2 of' }).waitFor();
  await t.shot('question-2-light');

  // Answer question 2, then reload the window: the serializer restores the panel where it was.
  for (const k of ['1', '2'].slice(0, /Choose TWO/.test(await frame.locator('.meta').innerText()) ? 2 : 1)) await page.keyboard.press(k);
  await page.keyboard.press('Enter');
  await frame.locator('.feedback').waitFor();
  const before = await frame.locator('#stem').innerText();
  await runCommand(page, 'Developer: Reload Window');
  await page.locator('.monaco-workbench').waitFor();
  const restored = webviewFrame(page);
  await restored.locator('.meta', { hasText: 'Question 2 of' }).waitFor({ timeout: 60000 });
  assert.strictEqual(await restored.locator('#stem').innerText(), before, 'the reloaded panel shows the same question');
  await restored.locator('.feedback').waitFor();
  t.log('after a window reload the quiz panel is back on question 2 with its feedback');
  await t.shot('restored-after-reload');

  // The source link of an answered question opens its note beside the quiz.
  await restored.getByRole('button', { name: /Open source section/ }).click();
  const tab = page.locator('.tabs-container .tab', { hasText: '.md' }).first();
  await tab.waitFor();
  t.log(`source opened: ${await tab.innerText()}`);
  await t.shot('source-opened');

  // The menu, and an exam simulation driven from the keyboard: choose, flag (F), all questions (R).
  await restored.getByRole('button', { name: 'Menu' }).first().click();
  await restored.locator('#home-title').waitFor();
  await t.shot('menu-light');
  await restored.getByRole('button', { name: 'Exam simulation…' }).click();
  await restored.getByRole('button', { name: 'Start exam' }).click();
  await restored.locator('.meta', { hasText: 'Question 1 of 65' }).waitFor();
  assert.match(await restored.locator('#timer').innerText(), /^2:(09|10):\d\d$/);
  await page.keyboard.press('1');
  await page.keyboard.press('f');
  await restored.locator('.meta', { hasText: 'Flagged' }).waitFor();
  await t.shot('exam-question-light');
  await page.keyboard.press('r');
  await restored.locator('#review-title').waitFor();
  await t.shot('exam-review-light');

  // Leaving the exam through the menu keeps it: the menu offers it back, on the screen it was left on.
  await restored.getByRole('button', { name: 'Menu' }).first().click();
  const resume = restored.getByRole('button', { name: /Resume: 1 of 65 answered/ });
  await resume.waitFor();
  await t.shot('menu-exam-kept');
  await resume.click();
  await restored.locator('#review-title').waitFor();
  t.log('an exam left through the menu resumes on its review screen');
  await setTheme(t, undefined);
}
