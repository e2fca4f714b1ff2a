// Reproduces the real-code evaluation sample of docs/matcher.md (kept here; its output stays outside the repo).
// Seeded random draw of files and lines from the fetched repositories, for labelling by hand.
// Files are checked out under /work/eval/repos/<repo>/<path> (outside the project repository).
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

// Round 2 was drawn because round 1 gave fewer than 150 mentions: same protocol, next seed, new files only.
const ROUND = Number(process.env.ROUND ?? 1);
const SEED = 20261129 + ROUND - 1;
const earlier = new Set();
for (let r = 1; r < ROUND; r++) for (const f of JSON.parse(fs.readFileSync(`/work/eval/hover/sample-round${r}.json`, 'utf8')).files) earlier.add(`${f.repo} ${f.path}`);
const REPOS = [
  ['aws/aws-sdk-pandas', 'aws+aws-sdk-pandas'],
  ['aws-samples/aws-cdk-examples', 'aws-samples+aws-cdk-examples'],
  ['terraform-aws-modules/terraform-aws-lambda', 'terraform-aws-modules+terraform-aws-lambda'],
  ['aws-samples/aws-glue-samples', 'aws-samples+aws-glue-samples'],
  ['aws-samples/serverless-patterns', 'aws-samples+serverless-patterns'],
  ['awsdocs/aws-doc-sdk-examples', 'awsdocs+aws-doc-sdk-examples'],
];
const FILES_PER_REPO = Number(process.env.FILES_PER_REPO ?? 8);
const LINES_PER_FILE = 14;
const EXT = /\.(py|ts|js|java|go|rs|cs|kt|tf|ya?ml|json|md|sh|scala|sql|ipynb)$/;
const SKIP = /(package-lock\.json|yarn\.lock|\.min\.js|cdk\.json|tsconfig\.json|\/node_modules\/|\.d\.ts$|__snapshots__)/;

function mulberry32(a) {
  return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const rand = mulberry32(SEED);
const git = (dir, ...a) => execFileSync('git', ['--git-dir', `/work/.mirror/${dir}/repo`, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });

const out = { round: ROUND, seed: SEED, filesPerRepo: FILES_PER_REPO, linesPerFile: LINES_PER_FILE, repos: [], files: [] };
for (const [name, dir] of REPOS) {
  const commit = git(dir, 'rev-parse', 'HEAD').trim();
  out.repos.push({ name, commit });
  const all = git(dir, 'ls-tree', '-r', '-l', 'HEAD').split('\n').filter(Boolean).map((l) => { const [meta, p] = l.split('\t'); return { p, size: Number(meta.trim().split(/\s+/)[3]) }; })
    .filter((f) => EXT.test(f.p) && !SKIP.test(f.p) && f.size > 200 && f.size < 150000).map((f) => f.p).sort();
  const picked = [];
  while (picked.length < FILES_PER_REPO) {
    const p = all[Math.floor(rand() * all.length)];
    if (picked.includes(p) || earlier.has(`${name} ${p}`)) continue;
    const text = git(dir, 'show', `HEAD:${p}`);
    if (text.includes('\u0000')) continue;
    const lines = text.split(/\r?\n/);
    const nonBlank = lines.map((l, i) => [l, i]).filter(([l]) => l.trim().length > 0 && l.length < 400);
    if (nonBlank.length < LINES_PER_FILE) continue;
    picked.push(p);
    const target = path.join('/work/eval/repos', name, p);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    const chosen = new Set();
    while (chosen.size < LINES_PER_FILE) chosen.add(nonBlank[Math.floor(rand() * nonBlank.length)][1]);
    out.files.push({ repo: name, path: p, lines: [...chosen].sort((a, b) => a - b).map((n) => ({ n, text: lines[n] })) });
  }
}
fs.writeFileSync(`/work/eval/hover/sample-round${ROUND}.json`, JSON.stringify(out, null, 1));
console.log(out.files.length, 'files', out.files.reduce((s, f) => s + f.lines.length, 0), 'lines');
console.log(out.files.map((f) => `${f.repo} ${f.path}`).join('\n'));
