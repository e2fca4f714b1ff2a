// Reproduces the real-code evaluation sample of docs/matcher.md (kept here; its output stays outside the repo).
// Merges the hand labels (labels-round*.json, written by reading the sampled lines) with the sampled lines
// into labels.json: every sampled line, with its labelled mentions (an empty list = read, no mention).
import fs from 'fs';
const rounds = [1, 2, 3].map((r) => JSON.parse(fs.readFileSync(`/work/eval/hover/sample-round${r}.json`, 'utf8')));
const hand = {};
for (const f of fs.readdirSync('/work/eval/hover').filter((f) => /^labels-round\d[a-z]?\.json$/.test(f)).sort()) {
  for (const [file, lines] of Object.entries(JSON.parse(fs.readFileSync(`/work/eval/hover/${f}`, 'utf8')))) {
    if (hand[file]) throw new Error(`${file} labelled twice`);
    hand[file] = lines;
  }
}
const out = { method: 'Seeded random draw of files and lines (sample.mjs); every drawn line read and labelled by hand before the matcher was run on it. A mention = a (line, service) pair; text is the words that name it.', repos: rounds[0].repos, rounds: rounds.map((r) => ({ round: r.round ?? 1, seed: r.seed, filesPerRepo: r.filesPerRepo, linesPerFile: r.linesPerFile })), files: [] };
const used = new Set();
for (const r of rounds) for (const f of r.files) {
  const key = `${f.repo} ${f.path}`;
  const labels = hand[key] ?? {};
  used.add(key);
  for (const n of Object.keys(labels)) if (!f.lines.some((l) => String(l.n) === n)) throw new Error(`${key}:${n} was not drawn`);
  out.files.push({ round: r.round ?? 1, repo: f.repo, path: f.path, lines: f.lines.map((l) => {
    const m = (labels[String(l.n)] ?? []).map(([text, service]) => { if (!l.text.includes(text)) throw new Error(`${key}:${l.n} has no ${text}`); return { text, service }; });
    return { n: l.n, text: l.text, mentions: m };
  }) });
}
for (const k of Object.keys(hand)) if (!used.has(k)) throw new Error(`labels for an undrawn file: ${k}`);
fs.writeFileSync('/work/eval/hover/labels.json', JSON.stringify(out, null, 1));
const lines = out.files.reduce((s, f) => s + f.lines.length, 0), mentions = out.files.reduce((s, f) => s + f.lines.reduce((t, l) => t + l.mentions.length, 0), 0);
console.log(`${out.files.length} files, ${lines} lines, ${mentions} labelled mentions`);
