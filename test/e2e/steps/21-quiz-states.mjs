// What the quiz looks like in the three kinds of theme: a submitted question where the chosen option,
// the right answer and a wrong choice are all visible and said in words (not by colour alone), and the
// exam start screen (rules, 65 questions, 130 minutes, one primary Start). Screenshots in dark, light
// and high contrast; the verdict on screen must be the one that goes with the option chosen.
import assert from 'node:assert/strict';
import { applyTheme, inEachTheme, setTheme, startQuiz } from '../lib.mjs';

export const title = 'quiz: chosen, right and wrong options and the exam start screen in dark, light and high contrast';

/** The badge text of each option after submitting, by option key. */
async function badges(frame) {
  const rows = frame.locator('label.option');
  const out = {};
  for (let i = 0; i < await rows.count(); i++) {
    const row = rows.nth(i);
    const key = (await row.locator('.key').innerText()).trim();
    out[key] = (await row.locator('.badge').count()) ? (await row.locator('.badge').innerText()).trim() : '';
  }
  return out;
}

export async function run(t) {
  const { page } = t;
  await applyTheme(page, t.ws, 'Default Dark Modern');
  const frame = await startQuiz(page);

  // Answer with option A until one answer is wrong (A is right about one time in four), so that the
  // screen shows a wrong choice next to the right answer.
  let verdict = '';
  for (let n = 1; n <= 12; n++) {
    await frame.locator('.meta', { hasText: `Question ${n} of` }).waitFor();
    const multiple = /Choose TWO/.test(await frame.locator('.meta').innerText());
    for (const k of multiple ? ['a', 'b'] : ['a']) await page.keyboard.press(k);
    await frame.locator('input[name="option"]:checked').nth(multiple ? 1 : 0).waitFor();
    await page.keyboard.press('Enter');
    await frame.locator('.feedback').waitFor();
    verdict = (await frame.locator('.feedback .verdict-title').innerText()).trim();
    const b = await badges(frame);
    const chosen = multiple ? ['A', 'B'] : ['A'];
    // The verdict and each chosen option's badge agree with each other.
    const chosenRight = chosen.map((k) => b[k]);
    assert.ok(chosenRight.every((x) => /^(✓ Your answer · right|✗ Your answer · wrong)$/.test(x)), `chosen options carry "Your answer": ${JSON.stringify(b)}`);
    const allRight = chosenRight.every((x) => x.startsWith('✓'));
    assert.strictEqual(verdict, allRight ? '✓ Correct' : '✗ Incorrect', `verdict ${verdict} for ${JSON.stringify(b)}`);
    const unchosen = Object.entries(b).filter(([k]) => !chosen.includes(k)).map(([, x]) => x);
    assert.ok(unchosen.every((x) => x === '' || x === '✓ Right answer'), `unchosen options: ${JSON.stringify(b)}`);
    if (!allRight) {
      assert.ok(unchosen.includes('✓ Right answer'), 'the missed right answer is marked');
      assert.match(await frame.locator('.feedback .answer').last().innerText(), /^Answer: /);
      t.log(`question ${n}: ${verdict}; badges ${JSON.stringify(b)}`);
      break;
    }
    await page.keyboard.press('Enter');
  }
  assert.strictEqual(verdict, '✗ Incorrect', 'no wrong answer in 12 questions');
  // Nothing in the header says the mode twice, and the count of chosen options is not glued to a button.
  const bar = await frame.locator('header.bar').innerText();
  assert.ok(!/Practice\s+Practice/.test(bar), bar);
  await inEachTheme(t, frame, async (th) => { await t.shot(`submitted-${th.name}`); });

  // The menu: one primary action; then the exam start screen.
  await frame.getByRole('button', { name: 'Menu' }).first().click();
  await frame.locator('#home-title').waitFor();
  assert.strictEqual(await frame.locator('button.primary').count(), 1, 'one primary button on the menu');
  assert.match(await frame.locator('#source').innerText(), /All notes \(\d+\)/);
  await t.shot('menu-high-contrast');
  // An exam kept by an earlier step is finished first: the menu starts a new one only then.
  const resume = frame.getByRole('button', { name: /^Resume:/ });
  if (await resume.count()) {
    await resume.click();
    await frame.getByRole('button', { name: 'All questions (R)' }).or(frame.locator('#review-title')).first().waitFor();
    await page.keyboard.press('r');
    await frame.getByRole('button', { name: 'Submit exam' }).click();
    await frame.getByRole('button', { name: 'Yes, submit the exam now' }).click();
    await frame.locator('#result-title').waitFor();
    await frame.getByRole('button', { name: 'Menu' }).click();
    await frame.locator('#home-title').waitFor();
  }
  await frame.getByRole('button', { name: 'Exam simulation…' }).click();
  await frame.locator('#start-title').waitFor();
  assert.strictEqual(await frame.locator('#start-title').innerText(), 'Exam simulation');
  assert.strictEqual(await frame.locator('.exam-start .lead').innerText(), '65 questions · 130 minutes');
  assert.ok(await frame.locator('ul.rules li').count() >= 4, 'the rules are listed');
  assert.strictEqual(await frame.locator('button.primary').count(), 1, 'one primary button on the start screen');
  assert.strictEqual(await frame.locator('button.primary').innerText(), 'Start exam');
  await inEachTheme(t, frame, async (th) => { await t.shot(`exam-start-${th.name}`); });
  // Menu leaves without starting the clock.
  await frame.getByRole('button', { name: 'Menu' }).click();
  await frame.locator('#home-title').waitFor();
  assert.ok(!(await frame.getByRole('button', { name: /Resume/ }).count()), 'no exam was started');
  await setTheme(t, undefined);
}
