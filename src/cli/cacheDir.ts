// Where the CLI keeps its caches (the index, the quiz bank, the compiled code).
import * as os from 'os';
import * as path from 'path';

/** The user's cache folder for de-study, by platform convention; DE_STUDY_CACHE_DIR overrides it. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string {
  if (env.DE_STUDY_CACHE_DIR) return env.DE_STUDY_CACHE_DIR;
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local'), 'de-study', 'Cache');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'de-study');
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'de-study');
}
