// Precision and recall of the matcher on real code: the hand-labelled sample of public repositories
// (docs/matcher.md, "Measured on real code"). Reads the label file and the sampled files, both kept
// outside this repository; scans each whole file as `de-study scan` does (so file-level context counts)
// and compares, on every labelled line, the services found with the services labelled.
//   node out/bench/evalHover.js [labels.json] [repos dir] [--errors]
import * as fs from 'fs';
import * as path from 'path';
import { buildKnowledgeBase } from '../src/core/knowledgeBase';

interface LabelFile {
  repos: { name: string; commit: string }[];
  files: { round?: number; repo: string; path: string; lines: { n: number; text: string; mentions: { text: string; service: string }[] }[] }[];
}

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const labelsPath = args[0] ?? '/work/eval/hover/labels.json';
const reposDir = args[1] ?? '/work/eval/repos';
const showErrors = process.argv.includes('--errors');

const ROOT = path.resolve(__dirname, '..', '..');
const kb = buildKnowledgeBase([{ root: path.join(ROOT, 'notes'), kind: 'bundled' }]);
const labels = JSON.parse(fs.readFileSync(labelsPath, 'utf8')) as LabelFile;

interface Count { tp: number; fp: number; fn: number }
let tp = 0, fp = 0, fn = 0, lines = 0;
const errors: string[] = [];
const byLanguage = new Map<string, Count>();
const byRound = new Map<number, Count>();
for (const f of labels.files) {
  const round = byRound.get(f.round ?? 1) ?? { tp: 0, fp: 0, fn: 0 };
  byRound.set(f.round ?? 1, round);
  const text = fs.readFileSync(path.join(reposDir, f.repo, f.path), 'utf8');
  const found = new Map<number, Set<string>>();
  for (const m of kb.matcher.scanText(text)) {
    const set = found.get(m.line) ?? new Set<string>();
    set.add(m.serviceId);
    found.set(m.line, set);
  }
  const ext = path.extname(f.path).slice(1) || 'other';
  const lang = byLanguage.get(ext) ?? { tp: 0, fp: 0, fn: 0 };
  byLanguage.set(ext, lang);
  for (const l of f.lines) {
    lines++;
    if (text.split(/\r?\n/)[l.n] !== l.text) throw new Error(`${f.repo}/${f.path}:${l.n + 1} differs from the labelled text`);
    const want = new Set(l.mentions.map((m) => m.service));
    for (const id of want) if (!kb.service(id)) throw new Error(`unknown service id ${id} in the labels`);
    const got = found.get(l.n) ?? new Set<string>();
    for (const id of got) {
      if (want.has(id)) { tp++; lang.tp++; round.tp++; } else { fp++; lang.fp++; round.fp++; errors.push(`FP ${f.repo}/${f.path}:${l.n + 1}: ${id} in ${JSON.stringify(l.text.trim().slice(0, 140))}`); }
    }
    for (const id of want) if (!got.has(id)) { fn++; lang.fn++; round.fn++; errors.push(`FN ${f.repo}/${f.path}:${l.n + 1}: ${id} in ${JSON.stringify(l.text.trim().slice(0, 140))}`); }
  }
}
const p = tp / (tp + fp), r = tp / (tp + fn);
console.log(`${labels.files.length} files from ${labels.repos.length} repositories, ${lines} labelled lines, ${tp + fn} labelled mentions`);
console.log(`detections ${tp + fp}: ${tp} right, ${fp} wrong; mentions found ${tp} of ${tp + fn}`);
console.log(`precision ${p.toFixed(3)}  recall ${r.toFixed(3)}`);
const pr = (c: Count) => `precision ${(c.tp / (c.tp + c.fp)).toFixed(3)} recall ${(c.tp / (c.tp + c.fn)).toFixed(3)} (${c.tp} of ${c.tp + c.fn} found, ${c.fp} wrong)`;
console.log('by draw: ' + [...byRound].sort().map(([k, v]) => `round ${k}: ${pr(v)}`).join('; '));
console.log('by file type: ' + [...byLanguage].sort().map(([k, v]) => `${k} ${v.tp}/${v.tp + v.fn} found, ${v.fp} wrong`).join('; '));
if (showErrors) console.log(errors.join('\n'));
