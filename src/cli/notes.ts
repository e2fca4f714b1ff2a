// The notes every CLI command works on: the folders given and the bundled notes, built through the
// cached index (src/core/noteBuild.ts) in the user cache folder.
import * as fs from 'fs';
import * as path from 'path';
import { findBundledNotes } from '../core/bundled';
import { cacheKey, IndexCache } from '../core/indexCache';
import { KnowledgeBase } from '../core/knowledgeBase';
import { buildNotes } from '../core/noteBuild';
import { NoteSource } from '../core/loader';
import { SearchIndex } from '../core/search';
import { Args } from './args';
import { userCacheDir } from './cacheDir';

/**
 * The files of the CLI's build (see scripts/build.mjs): the whole CLI, its search-only entry and the
 * parser and matcher that entry loads. The caches are keyed by all of them, so that either entry reads the cache the
 * other wrote, and a new build of any starts afresh.
 */
const BUILD_FILES = ['de-study.js', 'de-study-search.js', 'parser.js', 'matcher.js'];

/** The key of the CLI's caches: the package version and its build's files in `dir` (from out/, the running code). */
export function cliCacheKey(dir: string = __dirname): string {
  const built = BUILD_FILES.map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
  return cacheKey(packageVersion(), built.length ? built : undefined);
}

function packageVersion(): string {
  const root = findBundledNotes(__dirname);
  try { return (JSON.parse(fs.readFileSync(path.join(root ? path.dirname(root) : __dirname, 'package.json'), 'utf8')) as { version?: string }).version ?? '0'; } catch { return '0'; }
}

export async function loadKb(args: Args): Promise<{ kb: KnowledgeBase; index: SearchIndex; bundledRoot?: string }> {
  const sources: NoteSource[] = [];
  for (const dir of args.notes) {
    const abs = path.resolve(dir);
    if (!fs.existsSync(abs)) throw new Error(`notes folder not found: ${dir}`);
    sources.push({ root: abs, kind: 'user' });
  }
  let bundledRoot: string | undefined;
  if (args.bundled) {
    bundledRoot = findBundledNotes(__dirname);
    if (!bundledRoot) throw new Error('bundled notes folder not found next to the CLI; use --no-bundled --notes DIR');
    sources.push({ root: bundledRoot, kind: 'bundled' });
  }
  const kb = new KnowledgeBase();
  const cache = args.cache ? IndexCache.load(path.join(userCacheDir(), 'index-cache.json'), cliCacheKey()) : undefined;
  const { index } = await buildNotes(kb, sources, { cache });
  try { cache?.save(); } catch (e) { process.stderr.write(`de-study: could not write the index cache ${cache!.file}: ${(e as Error).message}\n`); }
  return { kb, index, bundledRoot };
}
