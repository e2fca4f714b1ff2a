// Bundles the extension, the CLI and the quiz webview with esbuild (one small file each, no
// node_modules in the .vsix), then writes dist/catalog.json: the service catalog of the bundled notes,
// so that the first hover after activation needs no parsing.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { sep } from 'node:path';

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };
const cli = { ...common, platform: 'node', format: 'cjs', target: 'node20' };
// The search-only CLI bundle leaves the parser and the matcher out: the knowledge base's lazy
// require('./parser') and require('./matcher') stay requires of dist/parser.js (markdown-it and yaml in it)
// and dist/matcher.js, made only when a note is not in the cached index (parsed, then annotated). Both are
// pure code: a second copy of the small modules they share with the bundle holds no state of theirs.
const parserApart = {
  name: 'parser-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/(parser|matcher)$/ }, (args) => (args.importer.endsWith(`core${sep}knowledgeBase.ts`) ? { path: `${args.path}.js`, external: true } : undefined));
  },
};
const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  // The quiz bank's worker thread, started by the extension from dist/ (src/core/quiz/bankThread.ts).
  { ...common, entryPoints: ['src/core/quiz/bankWorker.ts'], outfile: 'dist/bankWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
  // The CLI: a small entry (dist/cli.js) that runs `search` from dist/de-study-search.js (with the parser
  // and the matcher apart, in dist/parser.js and dist/matcher.js) and every other command from dist/de-study.js.
  { ...cli, entryPoints: ['src/cli/main.ts'], outfile: 'dist/de-study.js' },
  { ...cli, entryPoints: ['src/cli/searchMain.ts'], outfile: 'dist/de-study-search.js', plugins: [parserApart] },
  { ...cli, entryPoints: ['src/core/parser.ts'], outfile: 'dist/parser.js' },
  { ...cli, entryPoints: ['src/core/matcher/index.ts'], outfile: 'dist/matcher.js' },
  { ...cli, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  existsSync('media/quiz.ts') && { ...common, entryPoints: ['media/quiz.ts'], outfile: 'dist/media/quiz.js', platform: 'browser', format: 'iife', target: 'es2020' },
  // The progress dashboard, with Chart.js bundled in (only the chart types it registers, minified).
  { ...common, entryPoints: ['media/dashboard.ts'], outfile: 'dist/media/dashboard.js', platform: 'browser', format: 'iife', target: 'es2020', minify: true },
].filter(Boolean);

mkdirSync('dist', { recursive: true });
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  execFileSync(process.execPath, ['dist/cli.js', 'catalog', '--no-cache', '--out', 'dist/catalog.json'], { stdio: 'inherit' });
}
