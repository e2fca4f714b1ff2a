// Start-up of the CLI from V8's code cache. Node compiles the one-megabyte bundle on every run (the
// parse alone ~50 ms, and then each function the command runs); V8 can instead take the code it
// compiled last time (vm.Script's cachedData, the documented way on Node 20, which has no
// module.enableCompileCache yet). The cache is one file beside the index cache, keyed by the Node
// version, the architecture and the bundle's size and time; V8 checks it again and rejects any that does
// not fit (then the bundle is compiled as usual and the file written anew). It holds compiled code
// only: every run still reads the notes, the index cache and the query as before.
import * as fs from 'fs';
import { createRequire, wrap } from 'module';
import * as path from 'path';
import * as vm from 'vm';

/** The module's exports, compiled with the code cache in `cacheFile` (none: compiled as usual, nothing written). */
export function requireWithCodeCache(file: string, cacheFile: string | undefined): Record<string, unknown> {
  let source = fs.readFileSync(file, 'utf8');
  if (source.startsWith('#!')) source = '//' + source.slice(2); // the shebang, as Node's loader drops it
  const key = codeKey(file);
  const cached = cacheFile ? readCache(cacheFile, key) : undefined;
  const script = new vm.Script(wrap(source), { filename: file, cachedData: cached });
  if (cacheFile && (!cached || script.cachedDataRejected)) {
    // Written at exit, so that it holds the functions this run compiled too, not just the top level.
    process.once('exit', () => writeCache(cacheFile, key, script));
  }
  const mod = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: unknown, filename: string, dirname: string) => void;
  run.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  return mod.exports;
}

function codeKey(file: string): string {
  const st = fs.statSync(file);
  return `${process.version}|${process.arch}|${st.size}|${Math.round(st.mtimeMs)}\n`;
}

function readCache(cacheFile: string, key: string): Buffer | undefined {
  try {
    const bytes = fs.readFileSync(cacheFile);
    return bytes.subarray(0, key.length).toString('latin1') === key ? bytes.subarray(key.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort, atomic (a temporary file renamed over it): a cache that cannot be written is no error. */
function writeCache(cacheFile: string, key: string, script: vm.Script): void {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]));
    fs.renameSync(tmp, cacheFile);
  } catch {
    try { fs.unlinkSync(tmp); } catch { /* nothing was written */ }
  }
}
