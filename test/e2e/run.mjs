/* global process, console */
// End-to-end runner: one headless Chromium on a code-server workbench that has the packaged
// extension installed (scripts/host/run-e2e.sh starts it), then every step in steps/*.mjs in name
// order. A step module exports `title` and `run(t)`, where t = { page, ws, shot(name), log(msg) };
// helpers for steps are in lib.mjs. Each step starts from the bare workbench (editors closed).
// env: CS_URL, WS (workspace folder), SHOTS (screenshot dir), E2E_STEPS (substring filter),
//      E2E_TIMEOUT_MS (per playwright action, default 30000), HOST_START_MS (for timings)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from '../../scripts/host/browser.mjs';
import { openWorkbench, resetWorkbench, screenshot } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CS_URL = process.env.CS_URL;
const WS = process.env.WS;
const SHOTS = process.env.SHOTS || path.resolve(here, '../../test-results/screenshots');
const T0 = Number(process.env.HOST_START_MS || Date.now());
const since = () => `${((Date.now() - T0) / 1000).toFixed(1)}s`;
const filter = process.env.E2E_STEPS || '';

const stepFiles = fs.readdirSync(path.join(here, 'steps')).filter((f) => f.endsWith('.mjs') && f.includes(filter)).sort();
const results = [];
const browser = await launchBrowser();
const { page } = browser;
page.setDefaultTimeout(Number(process.env.E2E_TIMEOUT_MS || 30000));
const consoleLog = [];
page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}`));

try {
  await openWorkbench(page, CS_URL, WS);
  console.log(`[e2e] workbench on screen at ${since()} after host start`);
  for (const file of stepFiles) {
    const step = await import(pathToFileURL(path.join(here, 'steps', file)).href);
    const name = path.basename(file, '.mjs');
    const title = step.title || name;
    const started = Date.now();
    const t = {
      page,
      ws: WS,
      shot: (shotName) => screenshot(page, SHOTS, `${name}-${shotName}`),
      log: (msg) => console.log(`    ${msg}`),
    };
    try {
      await resetWorkbench(page);
      await step.run(t);
      results.push({ title, ok: true });
      console.log(`  ✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)}s, ${since()} after host start)`);
    } catch (e) {
      results.push({ title, ok: false });
      const shotFile = await t.shot('FAILED').catch(() => '(no screenshot)');
      console.log(`  ✗ ${title} (${((Date.now() - started) / 1000).toFixed(1)}s)\n    ${String(e && e.stack || e).split('\n').join('\n    ')}\n    screenshot: ${shotFile}`);
    }
  }
} catch (e) {
  results.push({ title: 'open the workbench', ok: false });
  console.log(`  ✗ open the workbench: ${e && e.stack || e}`);
  await screenshot(page, SHOTS, 'workbench-FAILED').catch(() => {});
} finally {
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.writeFileSync(path.join(SHOTS, '..', 'e2e-console.log'), consoleLog.join('\n') + '\n');
  await browser.close();
}
const failed = results.filter((r) => !r.ok).length;
if (stepFiles.length === 0) console.log(`[e2e] no step matched E2E_STEPS=${JSON.stringify(filter)}`);
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed || stepFiles.length === 0 ? 1 : 0);
