// The renamed settings in a real VS Code: values under the former keys (deStudy.hover.enabled,
// deStudy.notesFolders …) move to DEStudy.<flatName> in the same settings file, and where VS Code cannot
// write the file the former key is still read.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { FORMER_KEYS, migrateRenamedSettings, setting, settingKey, SettingName } from '../../src/vscode/settings';
import type { DeStudyApi } from '../../src/extension';
import { hoverText, openScratch } from './scratch';

const { Global, Workspace } = vscode.ConfigurationTarget;
const root = () => vscode.workspace.getConfiguration();
const formers = () => Object.values(FORMER_KEYS).filter((f): f is string => !!f);

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
  for (const [name, former] of Object.entries(FORMER_KEYS)) {
    for (const target of [Global, Workspace]) {
      await root().update(settingKey(name as SettingName), undefined, target);
      if (former) await root().update(former, undefined, target);
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

  test('every contributed setting is DEStudy.<flatName> (titled "DE Study: …" by the Settings editor); each former key is deprecated naming its new one', async () => {
    const ext = vscode.extensions.all.find((e) => e.id.endsWith('.aws-de-study'));
    const properties = (ext?.packageJSON as { contributes: { configuration: { properties: Record<string, { markdownDeprecationMessage?: string }> } } }).contributes.configuration.properties;
    const current = Object.keys(properties).filter((k) => !formers().includes(k));
    assert.deepStrictEqual(current.filter((k) => !/^DEStudy\.[a-z][a-zA-Z]+$/.test(k)), [], 'a key the Settings editor would not title "DE Study: …"');
    assert.deepStrictEqual(current.sort(), Object.keys(FORMER_KEYS).map((n) => settingKey(n as SettingName)).sort(), 'every contributed setting is listed in FORMER_KEYS');
    for (const [name, former] of Object.entries(FORMER_KEYS)) {
      if (former) assert.ok(properties[former]?.markdownDeprecationMessage?.includes(`#DEStudy.${name}#`), `${former} is not deprecated in favour of DEStudy.${name}`);
    }
  });

  test('former keys in user and workspace settings move to DEStudy.<flatName>; the former keys are removed; a value already under the new key wins', async function () {
    this.timeout(60000);
    const { quiz, knowledge } = await api();
    const notes = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-moved-notes-'));
    fs.writeFileSync(path.join(notes, 'heron.md'), '# Heron landing zone notes\nThe heron bucket is read by AWS Glue.\n');
    await root().update('deStudy.notesFolders', [notes], Global);
    await root().update('deStudy.hover.enabled', false, Global);
    await root().update('deStudy.quiz.roundSize', 7, Global);
    await root().update('deStudy.hover.excludeGlobs', ['**/drafts/**'], Global);
    await root().update('DEStudy.hoverExcludeGlobs', ['**/tmp/**'], Global);
    await root().update('deStudy.hover.excludeLanguages', ['plaintext'], Workspace);
    // Before the move the readers already see the user's values through the former keys.
    assert.strictEqual(setting('hoverEnabled', true), false);
    assert.strictEqual(quiz.roundSize(), 7, 'the quiz reads the former deStudy.quiz.roundSize');
    assert.deepStrictEqual(setting('hoverExcludeGlobs', []), ['**/tmp/**'], 'the new key wins at the same level');

    const { log, lines } = recordingLog();
    assert.strictEqual(await migrateRenamedSettings(log), 5);

    const at = (key: string) => { const i = root().inspect(key); return [i?.globalValue, i?.workspaceValue]; };
    assert.deepStrictEqual(at('DEStudy.notesFolders'), [[notes], undefined]);
    assert.deepStrictEqual(at('DEStudy.hoverEnabled'), [false, undefined]);
    assert.deepStrictEqual(at('DEStudy.quizRoundSize'), [7, undefined]);
    assert.deepStrictEqual(at('DEStudy.hoverExcludeGlobs'), [['**/tmp/**'], undefined]);
    assert.deepStrictEqual(at('DEStudy.hoverExcludeLanguages'), [undefined, ['plaintext']], 'moved to the level it was at');
    for (const former of formers()) assert.deepStrictEqual(at(former), [undefined, undefined], `${former} is still set`);
    assert.strictEqual(quiz.roundSize(), 7, 'the quiz reads DEStudy.quizRoundSize');
    assert.strictEqual(lines.length, 5, lines.join('\n'));
    assert.ok(lines.includes('info Settings: deStudy.hover.enabled in user settings is now DEStudy.hoverEnabled.'), lines.join('\n'));
    assert.ok(lines.includes('info Settings: deStudy.hover.excludeLanguages in workspace settings is now DEStudy.hoverExcludeLanguages.'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('info Settings: deStudy.hover.excludeGlobs in user settings is now DEStudy.hoverExcludeGlobs (its value there was kept')), lines.join('\n'));
    // The moved notes folder is still indexed.
    let titles: string[] = [];
    for (const deadline = Date.now() + 30000; !titles.includes('Heron landing zone notes');) {
      if (Date.now() > deadline) assert.fail(`the moved notes folder is not searched; found ${JSON.stringify(titles)}`);
      titles = (await knowledge.searchIndex()).search('heron landing').map((h) => h.section.title);
      await new Promise((res) => setTimeout(res, 200));
    }
    // Nothing is left to move.
    assert.strictEqual(await migrateRenamedSettings(recordingLog().log), 0);
    fs.rmSync(notes, { recursive: true, force: true });
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
      await until('VS Code to read the workspace settings file', () => root().inspect('deStudy.hover.enabled')?.workspaceValue === false);
      const { log, lines } = recordingLog();
      assert.strictEqual(await migrateRenamedSettings(log), 0);
      assert.strictEqual(lines.length, 1, lines.join('\n'));
      assert.match(lines[0], /^warn Settings: could not rename deStudy\.hover\.enabled to DEStudy\.hoverEnabled in workspace settings \(.+\); DE Study reads the former name there/);
      assert.strictEqual(setting('hoverEnabled', true), false);
      assert.doesNotMatch(await athenaHover(), /Amazon Athena/);
    } finally {
      fs.rmSync(file, { force: true });
      await until('VS Code to drop the workspace settings file', () => root().inspect('deStudy.hover.enabled')?.workspaceValue === undefined);
    }
    // The same hover once the file is gone, so the check above could have failed.
    assert.match(await athenaHover(), /Amazon Athena/);
  });
});
