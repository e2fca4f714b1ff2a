// `de-study`'s entry (dist/cli.js): runs the CLI bundle (dist/de-study.js) compiled from V8's code cache
// (codeCache.ts) unless --no-cache is given. Run from the TypeScript output (out/), where there is no
// bundle, it runs main.js the same way.
import * as fs from 'fs';
import * as path from 'path';
import { requireWithCodeCache } from './codeCache';
import { userCacheDir } from './cacheDir';

const bundle = path.join(__dirname, 'de-study.js');
const target = fs.existsSync(bundle) ? bundle : path.join(__dirname, 'main.js');
const argv = process.argv.slice(2);
const cacheFile = argv.includes('--no-cache') ? undefined : path.join(userCacheDir(), 'cli-code-cache.bin');
const cli = requireWithCodeCache(target, cacheFile) as { main(argv: string[]): Promise<number> };
void cli.main(argv).then((code) => { process.exitCode = code; });
