// Headless Debian Chromium driven by playwright-core, both installed by scripts/host/install.sh
// (playwright-core lives in $DE_STUDY_HOST/pw/node_modules, not in the project's node_modules, and
// its own browser download is never used). Shared by the host-test driver, the E2E runner and start.mjs.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hostDir = process.env.DE_STUDY_HOST || path.join(projectRoot, '.cache/host');

export function playwright() {
  const pwModules = process.env.PW_NODE_PATH || path.join(hostDir, 'pw/node_modules');
  const req = createRequire(path.join(pwModules, 'noop.js'));
  try {
    return req('playwright-core');
  } catch (e) {
    throw new Error(`playwright-core not found in ${pwModules}: run bash scripts/host/install.sh (${e.message})`);
  }
}

// The flags this machine needs: no sandbox as root, and no background networking (its connections
// are refused here, many at a time, and slow the start).
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** A fresh Chromium profile each time; close() also removes it. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = playwright();
  const tmp = process.env.HOST_TMP || process.env.TMPDIR || os.tmpdir();
  fs.mkdirSync(tmp, { recursive: true });
  const profile = fs.mkdtempSync(path.join(tmp, 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const page = context.pages()[0] || (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
