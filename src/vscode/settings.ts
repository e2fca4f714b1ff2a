// DE Study's settings, read and written only here. VS Code's Settings editor titles a setting from its
// key: the part before the last dot is the category, words split at capitals. A key `deStudy.x` showed as
// "De Study: X" (when the list is filtered, as the Extensions view's "Settings" does) and a nested one as
// "De Study › Hover: Enabled"; under `DEStudy.` a flat key shows as "DE Study: Hover Enabled", or just
// "Hover Enabled" under our "DE Study" group. So every key moved to `DEStudy.<flatName>`. Activation moves
// each user's values across (`migrateRenamedSettings`); where VS Code cannot write a settings file, the
// readers below still honour the former key there, so nothing the user set is lost.
import * as vscode from 'vscode';

export const SECTION = 'DEStudy';

/**
 * Every setting's name under `DEStudy.` → its former key (package.json still contributes it, deprecated);
 * a setting added later has `null` here.
 */
export const FORMER_KEYS: { readonly [name in SettingName]: string | null } = {
  notesFolders: 'deStudy.notesFolders',
  includeBundledNotes: 'deStudy.includeBundledNotes',
  hoverEnabled: 'deStudy.hover.enabled',
  hoverExcludeLanguages: 'deStudy.hover.excludeLanguages',
  hoverExcludeGlobs: 'deStudy.hover.excludeGlobs',
  maxNoteSizeKB: 'deStudy.maxNoteSizeKB',
  quizRoundSize: 'deStudy.quiz.roundSize',
};
export type SettingName = 'notesFolders' | 'includeBundledNotes' | 'hoverEnabled' | 'hoverExcludeLanguages' | 'hoverExcludeGlobs' | 'maxNoteSizeKB' | 'quizRoundSize';

export const settingKey = (name: SettingName): string => `${SECTION}.${name}`;

/** Most specific first, as VS Code resolves a setting: language-specific values, then folder, workspace, user. */
const PRECEDENCE = [
  'workspaceFolderLanguageValue', 'workspaceLanguageValue', 'globalLanguageValue',
  'workspaceFolderValue', 'workspaceValue', 'globalValue',
] as const;

/**
 * Values already read, by setting, workspace folder and language: everything a value can depend on. A hover
 * reads three settings and each read walks VS Code's configuration models (and `inspect`s the former key),
 * so the values are read once per configuration change. Filled only while `cacheSettings` is watching.
 */
let memo: Map<string, { value: unknown; reread?: () => unknown }> | undefined;

/**
 * Keeps the values read until the configuration or the workspace folders change. VS Code replaces the
 * extension host's configuration and fires onDidChangeConfiguration in the same call, so no read between
 * the two can see a stale value; call this first in `activate`, so the memo is cleared before any other
 * listener reads a setting.
 */
export function cacheSettings(): vscode.Disposable {
  memo = new Map();
  // VS Code changes the configuration several times while a window starts: what was read before a change
  // is read again in the next turn of the event loop, so the next hover still finds it.
  const clear = () => {
    const rereads = [...memo?.values() ?? []].flatMap((e) => e.reread ?? []);
    memo?.clear();
    if (rereads.length) setImmediate(() => { for (const r of rereads) r(); });
  };
  const watchers = [vscode.workspace.onDidChangeConfiguration(clear), vscode.workspace.onDidChangeWorkspaceFolders(clear)];
  return { dispose: () => { memo = undefined; for (const w of watchers) w.dispose(); } };
}

/**
 * What a setting's value for `scope` can depend on, as a memo key: the workspace folder of its resource,
 * only in a multi-root workspace (elsewhere the folder's settings are the workspace's, for every file), and
 * its language, only where some language has a value of its own for that setting. Usually neither, so
 * every document shares one value, read without a scope: VS Code's first read for a language builds that
 * language's view of the whole configuration, which a hover must not pay for.
 */
function scopeKey(name: SettingName, scope: vscode.ConfigurationScope | undefined): string {
  if (!scope) return '';
  const uri = scope instanceof vscode.Uri ? scope : scope.uri;
  const folder = uri && vscode.workspace.workspaceFile ? vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '' : '';
  const languageId = 'languageId' in scope && hasLanguageValues(name) ? scope.languageId : '';
  return folder || languageId ? `${folder}\u0000${languageId}` : '';
}

/** Does some language have a value of its own for this setting (under its current or former key)? */
function hasLanguageValues(name: SettingName): boolean {
  const key = `${name}\u0000languages`;
  const known = memo?.get(key);
  if (known) return known.value as boolean;
  const config = vscode.workspace.getConfiguration();
  const former = FORMER_KEYS[name];
  const found = !!config.inspect(settingKey(name))?.languageIds?.length || (!!former && !!config.inspect(former)?.languageIds?.length);
  memo?.set(key, { value: found });
  return found;
}

/**
 * A setting's value for `scope`. At each level the current key wins; the former key counts only where it
 * is still set (the migration could not move it), which after a successful migration is nowhere.
 */
export function setting<T>(name: SettingName, fallback: T, scope?: vscode.ConfigurationScope): T {
  if (!memo) return readSetting(name, fallback, scope);
  const where = scopeKey(name, scope);
  const key = `${name}\u0000${where}`;
  const known = memo.get(key);
  if (known) return known.value as T;
  const value = readSetting(name, fallback, where ? scope : undefined);
  memo.set(key, { value, reread: () => setting(name, fallback, scope) });
  return value;
}

function readSetting<T>(name: SettingName, fallback: T, scope?: vscode.ConfigurationScope): T {
  const config = vscode.workspace.getConfiguration(undefined, scope);
  const key = settingKey(name);
  const formerKey = FORMER_KEYS[name];
  const former = formerKey ? config.inspect<T>(formerKey) : undefined;
  if (!former || PRECEDENCE.every((level) => former[level] === undefined)) return config.get<T>(key, fallback);
  const current = config.inspect<T>(key);
  for (const level of PRECEDENCE) {
    const value = current?.[level] ?? former[level];
    if (value !== undefined) return value;
  }
  return config.get<T>(key, fallback);
}

/** The notes folders as the user wrote them: only the strings of the list (a hand-edited value can be anything). */
export function notesFolders(): string[] {
  const value = setting<unknown>('notesFolders', []);
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

/** Whether a configuration change touches the setting, under its current or its former key. */
export function affectsSetting(e: vscode.ConfigurationChangeEvent, name: SettingName): boolean {
  const former = FORMER_KEYS[name];
  return e.affectsConfiguration(settingKey(name)) || (!!former && e.affectsConfiguration(former));
}

export function updateSetting(name: SettingName, value: unknown, target: vscode.ConfigurationTarget): Thenable<void> {
  return vscode.workspace.getConfiguration(SECTION).update(name, value, target);
}

interface SettingsLevel {
  target: vscode.ConfigurationTarget;
  scope: vscode.ConfigurationScope | undefined;
  value: 'globalValue' | 'workspaceValue' | 'workspaceFolderValue';
  where: string;
}

/** The settings files a value can be in: user, workspace, and each folder of a multi-root workspace. */
function settingsLevels(): SettingsLevel[] {
  const levels: SettingsLevel[] = [{ target: vscode.ConfigurationTarget.Global, scope: undefined, value: 'globalValue', where: 'user settings' }];
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length) levels.push({ target: vscode.ConfigurationTarget.Workspace, scope: undefined, value: 'workspaceValue', where: 'workspace settings' });
  // In a single-folder window the folder's settings are the workspace settings, handled just above.
  if (vscode.workspace.workspaceFile) {
    for (const folder of folders) {
      levels.push({ target: vscode.ConfigurationTarget.WorkspaceFolder, scope: folder.uri, value: 'workspaceFolderValue', where: `folder settings of ${folder.name}` });
    }
  }
  return levels;
}

/**
 * Moves every former key set in user, workspace or folder settings to its current key at the same level
 * (a value already under the current key there is kept), then removes the former key. Each move, and each
 * move VS Code refused, is logged. Returns the number of values moved.
 */
export async function migrateRenamedSettings(log: vscode.LogOutputChannel): Promise<number> {
  let moved = 0;
  for (const [name, former] of Object.entries(FORMER_KEYS)) {
    if (!former) continue;
    const key = settingKey(name as SettingName);
    for (const level of settingsLevels()) {
      const config = vscode.workspace.getConfiguration(undefined, level.scope);
      const value = config.inspect(former)?.[level.value];
      if (value === undefined) continue;
      const kept = config.inspect(key)?.[level.value] !== undefined;
      try {
        if (!kept) await config.update(key, value, level.target);
        await config.update(former, undefined, level.target);
        moved++;
        log.info(`Settings: ${former} in ${level.where} is now ${key}${kept ? ` (its value there was kept; the former ${JSON.stringify(value)} was dropped)` : ''}.`);
      } catch (e) {
        log.warn(`Settings: could not rename ${former} to ${key} in ${level.where} (${e instanceof Error ? e.message : String(e)}); DE Study reads the former name there until it can be moved.`);
      }
    }
  }
  return moved;
}
