// Recall cards in the real workbench: the menu's Review card says how many recall cards wait unstudied, and a
// review shows one as the student meets it: the front as plain text with "Show answer", then Enter shows the
// back and the four grades. Choice questions already due come first; they are answered and graded on the way.
import assert from 'node:assert/strict';
import { startQuiz } from '../lib.mjs';

export const title = 'quiz: recall cards wait in Review, and a card shows its front, then its back and the grades';

export async function run(t) {
  const { page } = t;
  const frame = await startQuiz(page);
  await frame.getByRole('button', { name: 'Menu' }).first().click();
  await frame.locator('#home-title').waitFor();
  // A kept exam (from an earlier step) takes the menu's place for the exam only: the Review card is always there.
  const summary = await frame.locator('[data-role="review-summary"]').innerText();
  const waiting = /(\d+) recall cards? from the notes not studied yet/.exec(summary);
  assert.ok(waiting && Number(waiting[1]) > 0, `the Review card counts the recall cards waiting: "${summary}"`);
  t.log(`review card: ${summary}`);

  await frame.locator('section[aria-labelledby="review-title"] button').first().click();
  let card = false;
  for (let n = 1; n <= 25 && !card; n++) {
    await frame.locator('.meta', { hasText: `Question ${n} of` }).waitFor();
    const meta = await frame.locator('.meta').innerText();
    if (/Recall card/.test(meta)) {
      card = true;
      const front = frame.locator('#stem');
      assert.ok((await front.innerText()).trim().length > 10, 'the front is on screen');
      // Note text is plain text: nothing from the note became markup.
      assert.strictEqual(await front.evaluate((el) => el.children.length), 0);
      assert.ok(await frame.getByRole('button', { name: 'Show answer (Enter)' }).isVisible(), 'no "Show answer" before the back');
      assert.strictEqual(await frame.locator('.feedback').count(), 0, 'the back is hidden until asked for');
      await t.shot('recall-front');
      await page.keyboard.press('Enter');
      const back = frame.locator('.feedback .answer').first();
      await back.waitFor();
      assert.ok((await back.innerText()).trim().length > 0, 'the back is shown');
      assert.strictEqual(await frame.locator('.grades button').count(), 4, 'four grades after the back');
      await t.shot('recall-back');
      t.log(`card ${n}: ${(await front.innerText()).slice(0, 80)} → ${(await back.innerText()).slice(0, 80)}`);
      break;
    }
    // A due choice question: answer it, then take the suggested grade.
    const two = /Choose TWO/.test(meta);
    for (const k of two ? ['1', '2'] : ['1']) await page.keyboard.press(k);
    await page.keyboard.press('Enter');
    await frame.locator('.grades').waitFor();
    await page.keyboard.press('Enter');
  }
  assert.ok(card, 'a recall card within the review');
}
