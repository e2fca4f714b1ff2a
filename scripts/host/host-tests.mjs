// Runs the extension's mocha suite (out/test/host/index.js) INSIDE code-server's extension host.
// The workbench URL's `payload` carries extensionDevelopmentPath and extensionTestsPath as
// vscode-remote:// URIs; a built VS Code honours it only when the server was started with
// `--vscode-option enable-smoke-test-driver` (run-host-tests.sh does that). While the tests run, the
// workbench hands the extension host's console output to window.codeAutomationLog(type, args) and,
// at the end, the exit code to window.codeAutomationExit(code, logs): both are exposed here.
// The server's own log says exit 0 even when a test failed, so the result is never read from there.
// env: CS_URL, EXT_DIR, EXT_TESTS (module path without .js), WS, LOGS_DIR, HOST_TEST_TIMEOUT_MS, VERBOSE
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchBrowser } from './browser.mjs';

const CS_URL = process.env.CS_URL;
const EXT_DIR = process.env.EXT_DIR;
const TESTS = process.env.EXT_TESTS || path.join(EXT_DIR, 'out/test/host/index');
const WS = process.env.WS;
const TIMEOUT_MS = Number(process.env.HOST_TEST_TIMEOUT_MS || 240000);
const authority = new URL(CS_URL).host; // code-server's remote authority is the host:port the browser used
// Workbench chatter and offline noise (marketplace, builtin extension fetches): shown only with VERBOSE=1.
const NOISE = /ENOTFOUND|EAI_AGAIN|Creating a socket|connection token|Ignoring fetching additional builtin|Updating additional builtin extensions cache|marketplace|gallery|^\[(reconnection-grace-time|Service Worker|AgentHost[^\]]*|AccountPolicyGate)\]/i;

const browser = await launchBrowser();
const { page } = browser;
let finish;
const exited = new Promise((resolve) => (finish = resolve));
let sawOutput = false;
await page.exposeFunction('codeAutomationLog', (type, args) => {
  const line = util.format(...(Array.isArray(args) ? args : [args]));
  if (!process.env.VERBOSE && NOISE.test(line)) return;
  sawOutput = true;
  (type === 'error' ? console.error : console.log)(line);
});
await page.exposeFunction('codeAutomationExit', (code, logs) => {
  if (process.env.LOGS_DIR && Array.isArray(logs)) {
    for (const l of logs) {
      const f = path.join(process.env.LOGS_DIR, String(l.relativePath));
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, l.contents);
    }
  }
  finish(code);
});
page.on('pageerror', (e) => console.error('[workbench page error]', e.message));

const payload = [
  ['extensionDevelopmentPath', `vscode-remote://${authority}${EXT_DIR}`],
  ['extensionTestsPath', `vscode-remote://${authority}${TESTS}`],
];
const t0 = Date.now();
let timer;
const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
let code;
try {
  // On a loaded machine the first page load of the workbench can take well over playwright's 30 s
  // default; the suite's own TIMEOUT_MS still bounds the whole run.
  await page.goto(`${CS_URL}/?folder=${encodeURIComponent(WS)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 120000, waitUntil: 'domcontentloaded' });
  code = await Promise.race([exited, timedOut]);
} catch (e) {
  console.error('[host-tests] the workbench could not be driven:', e);
  code = 'error';
} finally {
  clearTimeout(timer);
}
const secs = ((Date.now() - t0) / 1000).toFixed(1);
if (code === 'timeout') {
  console.error(`[host-tests] TIMEOUT: no result from the extension host after ${TIMEOUT_MS / 1000}s` +
    (sawOutput ? '' : ' (and no output: did the extension host start? see the host log)'));
  await page.screenshot({ path: path.join(process.env.LOGS_DIR || '.', 'timeout.png') }).catch(() => {});
} else {
  console.log(`[host-tests] extension host exit code ${code} after ${secs}s`);
}
await browser.close();
process.exit(code === 0 ? 0 : 1);
