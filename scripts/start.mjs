// npm start (after npm run build): opens the bundled notes in VS Code with this extension loaded in
// development mode, and the exam overview note in the editor (where a new user starts reading).
//  - With a local `code` CLI: code --extensionDevelopmentPath=<root> <root>/notes <overview>.
//  - Otherwise: a code-server host (scripts/host/install.sh installs it once) on 127.0.0.1:<port>
//    (default 8790, env DE_STUDY_PORT), until Ctrl+C; then the host's process group is stopped.
//
// Why development mode through the URL payload rather than installing a packaged .vsix: with
// `--vscode-option enable-smoke-test-driver` code-server honours the workbench URL's `payload`
// (extensionDevelopmentPath), so the extension runs straight from dist/: `npm run watch` plus
// "Developer: Reload Window" picks up changes with no repackaging, exactly like F5 in desktop VS Code.
// Without that option a built VS Code ignores the payload; the option only adds the automation
// driver hooks used by tests. The catch: the extension is loaded only when the page is opened with
// the printed URL (it carries the payload), not from a bare http://127.0.0.1:<port>/.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const notes = path.join(root, 'notes');
const overview = path.join(notes, 'domains', 'exam-overview.md');

function hasCodeCli() {
  if (process.env.DE_STUDY_NO_CODE_CLI) return false;
  return (process.env.PATH || '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, 'code'), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

if (hasCodeCli()) {
  console.log(`Opening ${notes} in VS Code with the extension from ${root} (development mode).`);
  const r = spawnSync('code', [`--extensionDevelopmentPath=${root}`, notes, overview], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

// No desktop VS Code: code-server.
const install = spawnSync('bash', [path.join(root, 'scripts/host/install.sh')], { stdio: 'inherit' });
if (install.status !== 0) process.exit(install.status ?? 1);
// The host's paths come from env.sh, the one place that defines them.
const envDump = spawnSync('bash', ['-c', `. "${path.join(root, 'scripts/host/env.sh')}" && env -0`], { encoding: 'utf8' });
if (envDump.status !== 0) {
  console.error(envDump.stderr);
  process.exit(1);
}
const hostEnv = Object.fromEntries(envDump.stdout.split('\0').filter(Boolean).map((kv) => {
  const i = kv.indexOf('=');
  return [kv.slice(0, i), kv.slice(i + 1)];
}));
hostEnv.PATH = hostEnv.HOST_PATH;
hostEnv.TMPDIR = hostEnv.HOST_TMP;

const port = Number(process.env.DE_STUDY_PORT || 8790);
await new Promise((resolve) => {
  const probe = net.createServer();
  probe.once('error', () => {
    console.error(`Port ${port} on 127.0.0.1 is in use: set DE_STUDY_PORT to another port.`);
    process.exit(1);
  });
  probe.listen(port, '127.0.0.1', () => probe.close(resolve));
});

// Kept between runs (window layout, settings); delete the folder for a fresh start.
const data = path.join(hostEnv.DE_STUDY_HOST, 'run', 'start');
fs.mkdirSync(path.join(data, 'user', 'User'), { recursive: true });
fs.mkdirSync(path.join(data, 'extensions'), { recursive: true });
const settings = path.join(data, 'user', 'User', 'settings.json');
if (!fs.existsSync(settings)) fs.copyFileSync(path.join(root, 'scripts/host/settings.json'), settings);
const logFile = path.join(data, 'host.log');
const log = fs.openSync(logFile, 'w');

// detached: its own session and process group, stopped as a whole below.
const host = spawn(path.join(hostEnv.DE_STUDY_HOST, 'cs/bin/code-server'), [
  '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', '/dev/null',
  '--user-data-dir', path.join(data, 'user'), '--extensions-dir', path.join(data, 'extensions'),
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  '--reconnection-grace-time', '30', '--vscode-option', 'enable-smoke-test-driver', notes,
], { env: hostEnv, detached: true, stdio: ['ignore', log, log] });

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    process.kill(-host.pid, 'SIGTERM');
  } catch {
    process.exit(code);
  }
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(-host.pid, 0);
    } catch {
      process.exit(code);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  try {
    process.kill(-host.pid, 'SIGKILL');
  } catch { /* gone */ }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('SIGHUP', () => void stop(0));
host.on('exit', (code) => {
  if (stopping) return;
  console.error(`code-server exited (${code}); its log: ${logFile}`);
  process.exit(code || 1);
});

const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch { /* not yet */ }
  if (i > 600) {
    console.error(`code-server did not come up; its log: ${logFile}`);
    await stop(1);
  }
  await new Promise((r) => setTimeout(r, 100));
}
// openFile: the web workbench opens this file in the editor once the folder is loaded.
const payload = [
  ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`],
  ['openFile', `vscode-remote://127.0.0.1:${port}${overview}`],
];
const url = `${base}/?folder=${encodeURIComponent(notes)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
console.log(`
DE Study is running in code-server (VS Code in the browser), with the extension in development mode.
Open this URL (it loads the extension; a bare ${base}/ does not):

  ${url}

Rebuild with \`npm run watch\` and run "Developer: Reload Window" to pick up changes.
Host log: ${logFile}
Press Ctrl+C to stop.
`);
