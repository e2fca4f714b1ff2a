#!/usr/bin/env node
// Mutation check (docs/testing.md): breaks the product on purpose, one mutation at a time, runs the tests
// that should notice, and records which test caught it. A mutation nobody catches is a hole in the suite.
// Each mutation is a literal text replacement in one source file; the file is restored afterwards,
// whatever happens. Runs in this checkout (so commit or stash first: it refuses a dirty tree).
//   node scripts/mutation-check.mjs [--only NAME] [--layer unit|host|e2e] [--out FILE]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MUTATIONS } from './mutations.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const only = opt('--only');
const layer = opt('--layer');
const outFile = opt('--out');

const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).stdout.trim();
if (dirty) { console.error('mutation-check: the work tree has uncommitted changes; commit or stash them first'); process.exit(2); }

function run(command, env = {}) {
  const r = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

/** The failing test titles in a runner's output (mocha's numbered failures, the e2e runner's ✗ lines). */
function failingTests(out) {
  const titles = new Set();
  // mocha: "  1) suite" then, more indented, "test title:" (nested suites add lines before the title).
  const lines = out.split('\n');
  lines.forEach((line, i) => {
    const m = /^(\s+)\d+\) (.+)$/.exec(line);
    if (!m) return;
    const parts = [m[2].trim()];
    for (let j = i + 1; j < lines.length && /^\s{5,}\S/.test(lines[j]) && parts.length < 4; j++) {
      parts.push(lines[j].trim().replace(/:$/, ''));
      if (lines[j].trim().endsWith(':')) break;
    }
    titles.add(parts.join(' › '));
  });
  for (const m of out.matchAll(/^\s+✗ (.+?)(?: \(\d+(?:\.\d+)?s\))?$/gm)) titles.add(m[1].trim());
  return [...titles];
}

const COMMANDS = {
  // The unit layer needs only the TypeScript compile (out/); UNIT_SPEC narrows it to the files that should notice.
  unit: 'npm run -s compile-tests >/dev/null && npx mocha --timeout 60000 --forbid-pending --reporter dot ${UNIT_SPEC:-"out/test/unit/**/*.test.js"}',
  host: 'npm run -s build >/dev/null && npm run -s compile-tests >/dev/null && bash scripts/host/run-host-tests.sh',
  e2e: 'npm run -s package >/dev/null && bash scripts/host/run-e2e.sh',
};

const rows = [];
for (const m of MUTATIONS.filter((x) => (!only || x.name === only) && (!layer || x.layers.includes(layer)))) {
  const file = path.join(root, m.file);
  const original = fs.readFileSync(file, 'utf8');
  if (!original.includes(m.find)) { rows.push({ ...m, caught: false, by: [`mutation does not apply: text not found in ${m.file}`] }); continue; }
  fs.writeFileSync(file, original.replace(m.find, m.replace));
  const by = [];
  try {
    for (const l of m.layers.filter((x) => !layer || x === layer)) {
      const r = run(COMMANDS[l], m.env ?? {});
      const failed = failingTests(r.out);
      if (r.code !== 0) by.push(...(failed.length ? failed.map((t) => `${l}: ${t}`) : [`${l}: run failed (exit ${r.code}) without a named test`]));
      console.log(`[mutation] ${m.name} / ${l}: exit ${r.code}; failing: ${failed.join(' | ') || '-'}`);
    }
  } finally {
    fs.writeFileSync(file, original);
  }
  rows.push({ ...m, caught: by.length > 0, by });
}

const table = ['| face | deliberate break | caught by |', '|---|---|---|',
  ...rows.map((r) => `| ${r.face} | ${r.describe} (\`${r.file}\`) | ${r.caught ? r.by.map((b) => b.replace(/\|/g, '\\|')).join('<br>') : '**not caught**'} |`)].join('\n');
console.log('\n' + table);
if (outFile) fs.writeFileSync(outFile, table + '\n');
process.exit(rows.every((r) => r.caught) ? 0 : 1);
