// Mocha entry point loaded by a real VS Code extension host through extensionTestsPath
// (scripts/host/run-host-tests.sh in code-server, runElectron.ts in desktop VS Code).
// Runs every *.test.js beside this file. Output goes to console.log, which the host forwards.
// DE_STUDY_TEST_GREP filters tests; DE_STUDY_HOST_RESULTS names a JSON file for the summary
// (the code-server runner reads it as a second, browser-independent result channel).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // A pending (skipped) test fails the run: a green run must have run every test.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec', forbidPending: true, forbidOnly: true });
  if (process.env.DE_STUDY_TEST_GREP) {
    mocha.grep(process.env.DE_STUDY_TEST_GREP);
  }
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) {
      mocha.addFile(path.join(__dirname, f));
    }
  }
  return new Promise((resolve, reject) => {
    const failed: { title: string; error: string }[] = [];
    const runner = mocha.run((failures) => {
      const out = process.env.DE_STUDY_HOST_RESULTS;
      if (out) {
        const s = runner.stats;
        fs.writeFileSync(out, JSON.stringify({
          passes: s?.passes ?? 0, failures, pending: s?.pending ?? 0, tests: s?.tests ?? 0, failed,
        }, null, 2));
      }
      if (failures > 0) {
        reject(new Error(`${failures} host test(s) failed.`));
      } else {
        resolve();
      }
    });
    runner.on('fail', (t, err: unknown) => {
      failed.push({ title: t.fullTitle(), error: err instanceof Error ? err.message : String(err) });
    });
  });
}
