// npm run test:electron: the host suite (index.ts) in desktop VS Code through @vscode/test-electron.
// runTests downloads a VS Code build first (cached in .vscode-test/); on a machine that can't reach the
// VS Code download server this fails, and we say so: use `npm run test:host` (code-server) there.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const extensionDevelopmentPath = path.resolve(__dirname, '../../..'); // out/test/host -> project root
  const extensionTestsPath = path.join(__dirname, 'index');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-electron-'));
  fs.cpSync(path.join(extensionDevelopmentPath, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])], // Electron refuses to run as root with its sandbox
    });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|fetch failed|socket/i.test(msg)) {
      console.error(`test:electron: could not download or start desktop VS Code (${msg}).\n` +
        'This machine cannot reach the VS Code download server; run the same suite in code-server with `npm run test:host`.');
    } else {
      console.error(`test:electron: the host tests failed: ${msg}`);
    }
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main();
