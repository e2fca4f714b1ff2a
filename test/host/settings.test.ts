// The renamed settings in a real VS Code: values under the former nested names (deStudy.hover.enabled …)
// move to the flat names in the same settings file, and where VS Code cannot write the file the former
// name is still read.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { migrateRenamedSettings, RENAMED_SETTINGS, renamedSetting } from '../../src/vscode/settings';
import type { DeStudyApi } from '../../src/extension';
import { hoverText, openScratch } from './scratch';

const { Global, Workspace } = vscode.ConfigurationTarget;
const config = () => vscode.workspace.getConfiguration('deStudy');

async function api(): Promise<DeStudyApi> {
  const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'));
  assert.ok(ext, 'DE Study extension not found');
  return (await ext.activate()) as DeStudyApi;
}

/** A DE Study log that keeps its lines, to check what the migration said. */
function recordingLog(): { log: vscode.LogOutputChannel; lines: string[] } {
  const lines: string[] = [];
  const log = { info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`) };
  return { log: log as unknown as vscode.LogOutputChannel, lines };
}

async function clearAll(): Promise<void> {
  for (const [name, former] of Object.entries(RENAMED_SETTINGS)) {
    for (const target of [Global, Workspace]) {
      await config().update(name, undefined, target);
      await config().update(former, undefined, target);
    }
  }
}

async function until(what: string, ok: () => boolean, ms = 20000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

async function athenaHover(): Promise<string> {
  const doc = await openScratch('Amazon Athena queries data in place.', 'md');
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 9)));
}

suite('renamed settings', () => {
  suiteSetup(async () => { await api(); });
  teardown(clearAll);

  test('every contributed setting is flat (so the Settings editor files it under "DE Study"); each former name is deprecated naming its new one', async () => {
    const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'));
    const properties = (ext?.packageJSON as { contributes: { configuration: { properties: Record<string, { markdownDeprecationMessage?: string }> } } }).contributes.configuration.properties;
    const formers = new Set(Object.values(RENAMED_SETTINGS).map((f) => `deStudy.${f}`));
    const current = Object.keys(properties).filter((k) => !formers.has(k));
    assert.deepStrictEqual(current.filter((k) => !/^deStudy\.[a-zA-Z]+$/.test(k)), [], 'nested keys show as "De Study › …"');
    for (const [name, former] of Object.entries(RENAMED_SETTINGS)) {
      assert.ok(properties[`deStudy.${name}`], `deStudy.${name} is not contributed`);
      assert.ok(properties[`deStudy.${former}`]?.markdownDeprecationMessage?.includes(`#deStudy.${name}#`), `deStudy.${former} is not deprecated in favour of deStudy.${name}`);
    }
  });

  test('former keys in user and workspace settings move to the flat names; the former keys are removed; a value already under the new name wins', async () => {
    const { quiz } = await api();
    await config().update('hover.enabled', false, Global);
    await config().update('quiz.roundSize', 7, Global);
    await config().update('hover.excludeGlobs', ['**/drafts/**'], Global);
    await config().update('hoverExcludeGlobs', ['**/tmp/**'], Global);
    await config().update('hover.excludeLanguages', ['plaintext'], Workspace);
    // Before the move the readers already see the user's values through the former names.
    assert.strictEqual(renamedSetting('hoverEnabled', true), false);
    assert.strictEqual(quiz.roundSize(), 7, 'the quiz reads the former deStudy.quiz.roundSize');
    assert.deepStrictEqual(renamedSetting('hoverExcludeGlobs', []), ['**/tmp/**'], 'the new name wins at the same level');

    const { log, lines } = recordingLog();
    assert.strictEqual(await migrateRenamedSettings(log), 4);

    assert.strictEqual(config().inspect('hoverEnabled')?.globalValue, false);
    assert.strictEqual(config().inspect('quizRoundSize')?.globalValue, 7);
    assert.deepStrictEqual(config().inspect('hoverExcludeGlobs')?.globalValue, ['**/tmp/**']);
    assert.deepStrictEqual(config().inspect('hoverExcludeLanguages')?.workspaceValue, ['plaintext']);
    assert.strictEqual(config().inspect('hoverExcludeLanguages')?.globalValue, undefined, 'moved to the level it was at, not to user settings');
    for (const former of Object.values(RENAMED_SETTINGS)) {
      const left = config().inspect(former);
      assert.deepStrictEqual([left?.globalValue, left?.workspaceValue], [undefined, undefined], `deStudy.${former} is still set`);
    }
    assert.strictEqual(quiz.roundSize(), 7, 'the quiz reads deStudy.quizRoundSize');
    assert.strictEqual(lines.length, 4, lines.join('\n'));
    assert.ok(lines.includes('info Settings: deStudy.hover.enabled in user settings is now deStudy.hoverEnabled.'), lines.join('\n'));
    assert.ok(lines.includes('info Settings: deStudy.hover.excludeLanguages in workspace settings is now deStudy.hoverExcludeLanguages.'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('info Settings: deStudy.hover.excludeGlobs in user settings is now deStudy.hoverExcludeGlobs (its value there was kept')), lines.join('\n'));
    // Nothing is left to move.
    assert.strictEqual(await migrateRenamedSettings(recordingLog().log), 0);
  });

  test('a workspace settings file VS Code refuses to edit keeps the former key, which still turns the hover off', async function () {
    this.timeout(60000);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the host tests run with a workspace folder open');
    const file = path.join(folder.uri.fsPath, '.vscode', 'settings.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A missing comma: VS Code still reads the values, but will not write into a file with errors.
    fs.writeFileSync(file, '{\n  "deStudy.hover.enabled": false\n  "editor.tabSize": 3\n}\n');
    try {
      await until('VS Code to read the workspace settings file', () => config().inspect('hover.enabled')?.workspaceValue === false);
      const { log, lines } = recordingLog();
      assert.strictEqual(await migrateRenamedSettings(log), 0);
      assert.strictEqual(lines.length, 1, lines.join('\n'));
      assert.match(lines[0], /^warn Settings: could not rename deStudy\.hover\.enabled to deStudy\.hoverEnabled in workspace settings \(.+\); DE Study reads the former name there/);
      assert.strictEqual(renamedSetting('hoverEnabled', true), false);
      assert.doesNotMatch(await athenaHover(), /Amazon Athena/);
    } finally {
      fs.rmSync(file, { force: true });
      await until('VS Code to drop the workspace settings file', () => config().inspect('hover.enabled')?.workspaceValue === undefined);
    }
    // The same hover once the file is gone, so the check above could have failed.
    assert.match(await athenaHover(), /Amazon Athena/);
  });
});
