// `de-study`'s entry (dist/cli.js): runs `search` from its own small bundle (dist/de-study-search.js,
// src/cli/searchMain.ts) and every other command from the whole CLI (dist/de-study.js). A warm search
// then compiles a third of the code. Run from the TypeScript output (out/), where there are no bundles,
// it runs searchMain.js or main.js the same way.
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from './args';

// A reader that stops early (`de-study scan … | head`) closes the pipe: output.ts ends the CLI quietly then.
// process.stdout is not touched here: making it costs a fresh process several milliseconds (see output.ts).

const argv = process.argv.slice(2);
let command = '';
try { command = parseArgs(argv).command; } catch { /* bad usage: the whole CLI says why */ }
const [bundle, compiled] = command === 'search' ? ['de-study-search.js', 'searchMain.js'] : ['de-study.js', 'main.js'];
const target = fs.existsSync(path.join(__dirname, bundle)) ? path.join(__dirname, bundle) : path.join(__dirname, compiled);
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the entry is chosen at run time (see above)
const cli = require(target) as { main(argv: string[]): Promise<number> };
void cli.main(argv).then((code) => { process.exitCode = code; });
