// Bundles the extension, the CLI and the quiz webview with esbuild (one small file each, no
// node_modules in the .vsix), then writes dist/catalog.json: the service catalog of the bundled notes,
// so that the first hover after activation needs no parsing.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' };
const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  // The CLI: a small entry (dist/cli.js) that runs the bundle (dist/de-study.js) from V8's code cache.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/de-study.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
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
