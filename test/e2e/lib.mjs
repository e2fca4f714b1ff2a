/* global document, NodeFilter */
// Helpers for the end-to-end steps: a real VS Code (code-server) workbench in headless Chromium,
// driven by playwright-core. Each helper waits for what it needs; timeouts are playwright's defaults
// set by run.mjs (page.setDefaultTimeout).
import fs from 'node:fs';
import path from 'node:path';

export const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What is on screen now, for a failure message: the quick input, its rows, notifications, the tabs. */
export async function describeScreen(page) {
  const texts = (sel) => page.locator(sel).allInnerTexts().then((a) => a.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean)).catch(() => []);
  return JSON.stringify({
    quickInput: await page.locator(QUICK_INPUT_BOX).inputValue({ timeout: 500 }).catch(() => null),
    rows: (await texts(QUICK_INPUT_ROWS)).slice(0, 8),
    notifications: await texts('.notifications-toasts .notification-toast'),
    tabs: await texts('.tabs-container .tab'),
    hovers: await texts('.monaco-hover'),
  });
}

/** Waits for `locator` to reach `state`; on timeout throws with `what` and what was on screen. Never swallowed. */
export async function waitForState(page, locator, state, what, timeout) {
  try {
    await locator.waitFor({ state, ...(timeout ? { timeout } : {}) });
  } catch (e) {
    throw new Error(`${what}: ${e instanceof Error ? e.message.split('\n')[0] : e}; on screen: ${await describeScreen(page)}`);
  }
}

/** Waits until the workbench of the folder is on screen. */
export async function openWorkbench(page, baseUrl, folder) {
  // The first load can take long on a busy machine: allow 2 minutes for it, then the usual timeouts.
  await page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`, { timeout: 120000, waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor({ timeout: 120000 });
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor();
}

/** Opens the quick input (F1) and types `text` into it (with a leading '>' it lists commands). */
export async function quickInput(page, text) {
  const input = page.locator(QUICK_INPUT_BOX);
  // An editor that takes focus just then (a restore, a reveal) can close the palette between our check
  // and our typing: retry the whole open-and-fill.
  for (let attempt = 0; ; attempt++) {
    try {
      if (!(await input.isVisible())) {
        await page.keyboard.press('F1');
        await input.waitFor({ state: 'visible', timeout: 3000 });
      }
      await input.fill(text, { timeout: 3000 });
      return input;
    } catch (e) {
      if (attempt >= 4) throw e;
    }
  }
}

/** The rows of the quick input (pick list) now on screen. */
export function quickInputRows(page) {
  return page.locator(QUICK_INPUT_ROWS);
}

/**
 * The visible quick input rows as { label, description, detail }, once at least one row's text
 * matches `hasText` (string or RegExp).
 */
export async function quickInputItems(page, hasText) {
  const rows = quickInputRows(page);
  await (hasText ? rows.filter({ hasText }) : rows).first().waitFor();
  return rows.evaluateAll((els) => els.map((row) => {
    const text = (sel) => (row.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      label: text('.quick-input-list-row:first-child .label-name'),
      description: text('.quick-input-list-row:first-child .label-description'),
      detail: text('.quick-input-list-row:nth-child(2) .label-name'),
    };
  }));
}

/** Runs a command by its palette title ("DE Study: Search Notes"); returns once the palette has gone. */
export async function runCommand(page, title, { beforeEnter } = {}) {
  await quickInput(page, '>' + title);
  // The command's own row, not another whose title merely contains it: label === title.
  const label = page.locator(`${QUICK_INPUT_ROWS} .label-name`, { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) });
  await label.first().waitFor();
  if (beforeEnter) await beforeEnter();
  await label.first().click();
  // The palette closes, or the command replaces it at once with its own picker: either way the row goes.
  await waitForState(page, label.first(), 'hidden', `the palette row "${title}" to go after running it`, 5000);
}

/** Closes any quick input, hover or editor, so a step starts from the bare workbench. */
export async function resetWorkbench(page) {
  await page.mouse.move(2, 400);
  // A quick input can take more than one Escape (a picker over a picker); each press gets 2 s to close it.
  for (let i = 0; i < 5 && (await page.locator(QUICK_INPUT).isVisible()); i++) {
    await page.keyboard.press('Escape');
    await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout: 2000 }).catch(() => { /* pressed again below */ });
  }
  await waitForState(page, page.locator(QUICK_INPUT), 'hidden', 'the quick input to close after 5 Escapes', 1000);
  // The palette can miss a click while the workbench is still settling after the previous step: try the
  // command up to three times, each with 5 s to close the editors, then fail with what is on screen.
  const tab = page.locator('.editor-group-container .tab').first();
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, 'View: Close All Editors');
    try {
      await tab.waitFor({ state: 'detached', timeout: 5000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw new Error(`every editor to close after ${attempt} tries: ${e instanceof Error ? e.message.split('\n')[0] : e}; on screen: ${await describeScreen(page)}`);
      await page.keyboard.press('Escape');
    }
  }
}

/** Opens a workspace file through quick open (F1 without '>'); waits until its editor shows text. */
export async function openFile(page, relPath) {
  const name = path.basename(relPath);
  await quickInput(page, relPath);
  const row = quickInputRows(page).filter({ hasText: name }).first();
  await row.waitFor();
  await row.click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines .view-line').first().waitFor();
}

/** Centre (page pixels) of the first occurrence of `text` in the visible lines of the active editor. */
export async function textPosition(page, text) {
  const line = page.locator('.editor-instance .monaco-editor .view-lines .view-line', { hasText: text }).first();
  await line.waitFor();
  const box = await line.evaluate((el, wanted) => {
    // The editor renders a line as several spans (tokens), spaces often as U+00A0: search the
    // joined, normalised text and map the match back onto the text nodes.
    const nodes = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    const joined = nodes.map((n) => n.textContent).join('').replace(/\u00a0/g, ' ');
    const at = joined.indexOf(wanted);
    if (at < 0) return null;
    const locate = (offset) => {
      for (const n of nodes) {
        if (offset <= n.textContent.length) return [n, offset];
        offset -= n.textContent.length;
      }
      return null;
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + wanted.length));
    const r = range.getBoundingClientRect();
    return { x: r.x + Math.min(r.width / 2, 20), y: r.y + r.height / 2 };
  }, text);
  if (!box) throw new Error(`"${text}" not found in the editor`);
  return box;
}

/**
 * Hovers `text` in the active editor until a hover containing `expect` (string or RegExp) shows,
 * moving away and back each time: the first hovers can come before the extension has activated
 * or loaded its knowledge base. Returns the hover's text.
 */
export async function hoverText(page, text, { expect, attempts = 20, perAttemptMs = 3000 } = {}) {
  const hover = page.locator('.monaco-hover', { hasText: expect ?? text }).first();
  for (let i = 0; i < attempts; i++) {
    // Measured again each time: the editor can still shift (breadcrumbs, tabs) just after opening.
    const box = await textPosition(page, text);
    await page.mouse.move(box.x - 40, box.y + 80);
    await page.mouse.move(box.x, box.y, { steps: 5 });
    try {
      await hover.waitFor({ state: 'visible', timeout: perAttemptMs });
      return await hover.innerText();
    } catch { /* not yet: again */ }
  }
  const shown = await page.locator('.monaco-hover').allInnerTexts().catch(() => []);
  throw new Error(`no hover matching ${expect ?? text} over "${text}" after ${attempts} attempts; hovers on screen: ${JSON.stringify(shown)}`);
}

/** Moves the mouse away so a hover closes. */
export async function dismissHover(page) {
  await page.mouse.move(2, 400);
  await page.keyboard.press('Escape');
}

/** A notification toast containing `text`; waits for it and returns its text. */
export async function notification(page, text) {
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
  await toast.waitFor({ state: 'visible' });
  return toast.innerText();
}

/**
 * The content of the newest webview (a webview is two nested iframes: the host frame, then
 * #active-frame with the extension's HTML). Returns a FrameLocator to query inside it.
 */
export function webviewFrame(page, { title } = {}) {
  const frames = title ? page.locator(`iframe.webview.ready[title="${title}"]`) : page.locator('iframe.webview.ready');
  return frames.last().contentFrame().locator('iframe#active-frame').contentFrame();
}

/** Saves a screenshot into `dir` (test-results/screenshots) and returns its path. */
export async function screenshot(page, dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The title line of the open quick input (a QuickPick's `title`), once it contains `hasText`. */
export async function quickInputTitle(page, hasText) {
  const title = page.locator(`${QUICK_INPUT} .quick-input-title`, hasText ? { hasText } : {});
  await title.first().waitFor();
  return (await title.first().innerText()).trim();
}

/** Types into the open quick input without reopening it (for pickers that a command opened). */
export async function typeInQuickInput(page, text) {
  const input = page.locator(QUICK_INPUT_BOX);
  await input.waitFor({ state: 'visible' });
  await input.fill(text);
}

/** The label of the active editor tab. */
export async function activeTabLabel(page) {
  const tab = page.locator('.tabs-container .tab.active').first();
  await tab.waitFor();
  return (await tab.innerText()).replace(/\s+/g, '').trim();
}

/** The cursor's 1-based line in the active editor, read from the status bar ("Ln 24, Col 1"). */
export async function cursorLine(page) {
  const item = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
  await item.waitFor();
  const m = /Ln (\d+)/.exec(await item.innerText());
  return m ? Number(m[1]) : NaN;
}

/** The workbench themes the quiz is checked in, with the class the workbench and the webview body get. */
export const THEMES = [
  { name: 'dark', theme: 'Default Dark Modern', workbench: '.monaco-workbench.vs-dark', body: 'body.vscode-dark' },
  { name: 'light', theme: 'Default Light Modern', workbench: '.monaco-workbench.vs', body: 'body.vscode-light' },
  { name: 'high-contrast', theme: 'Default High Contrast', workbench: '.monaco-workbench.hc-black', body: 'body.vscode-high-contrast' },
];

/** Sets workbench.colorTheme in the workspace settings (undefined: back to the default). */
export async function setTheme(t, theme) {
  const dir = path.join(t.ws, '.vscode');
  const file = path.join(dir, 'settings.json');
  if (theme) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ 'workbench.colorTheme': theme }, null, 2));
  } else {
    fs.rmSync(file, { force: true });
  }
}

/** Each theme in turn: sets it, waits until the workbench and the webview have it, then runs `each`. */
export async function inEachTheme(t, frame, each) {
  for (const th of THEMES) {
    await setTheme(t, th.theme);
    await t.page.locator(th.workbench).first().waitFor();
    await frame.locator(th.body).waitFor();
    await each(th);
  }
}

/** Sets the colour theme through the workspace settings (undefined: back to the default); waits for a known one. */
export async function applyTheme(page, ws, theme) {
  await setTheme({ ws }, theme);
  const kind = { 'Default Dark Modern': 'vs-dark', 'Default Light Modern': 'vs', 'Default High Contrast': 'hc-black' }[theme];
  if (kind) await page.locator(`.monaco-workbench.${kind}`).waitFor();
}

/** "DE Study: Start Quiz" from the palette; returns the quiz webview's frame. */
export async function startQuiz(page) {
  await runCommand(page, 'DE Study: Start Quiz');
  return webviewFrame(page);
}

/**
 * Puts keyboard focus on the first option without the mouse: the panel focuses it when it opens, but
 * if the browser kept focus in the workbench, Tab moves it into the webview.
 */
export async function focusFirstOption(page, frame) {
  const first = frame.locator('input[name="option"]').first();
  for (let i = 0; i < 6 && !(await first.evaluate((el) => el === document.activeElement).catch(() => false)); i++) {
    await page.keyboard.press('Tab');
  }
}
