// The settings that were renamed, read under their new names. VS Code's Settings editor titles a setting
// from its key: a nested key (`deStudy.hover.enabled`) showed as "De Study › Hover: Enabled", while a flat
// one (`deStudy.hoverEnabled`) shows as "Hover Enabled" under our "DE Study" group (the category equal to
// the extension id is trimmed). So the nested keys became flat ones. Activation moves each user's values
// across (`migrateRenamedSettings`); where it could not write (a settings file VS Code refuses to edit),
// `renamedSetting` still honours the old key, so nothing the user set is lost.
import * as vscode from 'vscode';

export const SECTION = 'deStudy';

/** New name → its former name, both under `deStudy.` (package.json still contributes the former, deprecated). */
export const RENAMED_SETTINGS = {
  hoverEnabled: 'hover.enabled',
  hoverExcludeLanguages: 'hover.excludeLanguages',
  hoverExcludeGlobs: 'hover.excludeGlobs',
  quizRoundSize: 'quiz.roundSize',
} as const;
export type RenamedSetting = keyof typeof RENAMED_SETTINGS;

/** Most specific first, as VS Code resolves a setting: language-specific values, then folder, workspace, user. */
const PRECEDENCE = [
  'workspaceFolderLanguageValue', 'workspaceLanguageValue', 'globalLanguageValue',
  'workspaceFolderValue', 'workspaceValue', 'globalValue',
] as const;

/**
 * A renamed setting's value for `scope`. At each level the new key wins; the former key counts only where
 * it is still set (the migration could not move it), which after a successful migration is nowhere.
 */
export function renamedSetting<T>(name: RenamedSetting, fallback: T, scope?: vscode.ConfigurationScope): T {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const former = config.inspect<T>(RENAMED_SETTINGS[name]);
  if (!former || PRECEDENCE.every((level) => former[level] === undefined)) return config.get<T>(name, fallback);
  const current = config.inspect<T>(name);
  for (const level of PRECEDENCE) {
    const value = current?.[level] ?? former[level];
    if (value !== undefined) return value;
  }
  return config.get<T>(name, fallback);
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
 * Moves every former key set in user, workspace or folder settings to its new name at the same level
 * (a value already under the new name there is kept), then removes the former key. Each move, and each
 * move VS Code refused, is logged. Returns the number of values moved.
 */
export async function migrateRenamedSettings(log: vscode.LogOutputChannel): Promise<number> {
  let moved = 0;
  for (const [name, former] of Object.entries(RENAMED_SETTINGS)) {
    for (const level of settingsLevels()) {
      const config = vscode.workspace.getConfiguration(SECTION, level.scope);
      const value = config.inspect(former)?.[level.value];
      if (value === undefined) continue;
      const kept = config.inspect(name)?.[level.value] !== undefined;
      try {
        if (!kept) await config.update(name, value, level.target);
        await config.update(former, undefined, level.target);
        moved++;
        log.info(`Settings: ${SECTION}.${former} in ${level.where} is now ${SECTION}.${name}${kept ? ` (its value there was kept; the former ${JSON.stringify(value)} was dropped)` : ''}.`);
      } catch (e) {
        log.warn(`Settings: could not rename ${SECTION}.${former} to ${SECTION}.${name} in ${level.where} (${e instanceof Error ? e.message : String(e)}); DE Study reads the former name there until it can be moved.`);
      }
    }
  }
  return moved;
}
