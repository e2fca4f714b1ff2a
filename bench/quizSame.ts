// Proof that a change to the bank build changes nothing the student sees: writes the whole question bank
// (questions in order, rejections with their rules, import diagnostics) as JSON for each note set, or
// compares against such a dump written before the change. Used by performance work (docs/quiz.md, "Build
// time"): every speed-up must leave these files byte-identical. Each bank also goes through the bank
// cache (save, then load) and must come back byte-identical too.
// Usage (after npm run compile-tests):
//   node out/bench/quizSame.js --write DIR [--shared DIR]   dump before the change
//   node out/bench/quizSame.js --check DIR [--shared DIR]   exit 1 and name the sets that differ
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildKnowledgeBase } from '../src/core/knowledgeBase';
import { NoteSource } from '../src/core/loader';
import { QuestionBank } from '../src/core/quiz/generator';
import { BankCacheFile, bankFingerprint } from '../src/core/quiz/bankCache';

const ROOT = path.resolve(__dirname, '..', '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The note sets: bundled alone, each shared folder with the bundled notes (as the extension loads them) and alone. */
function noteSets(shared: string): [string, NoteSource[]][] {
  const bundled: NoteSource = { root: path.join(ROOT, 'notes'), kind: 'bundled' };
  const sets: [string, NoteSource[]][] = [['bundled', [bundled]]];
  for (const name of ['corpora', 'samples']) {
    const dir = path.join(shared, name);
    if (!fs.existsSync(dir)) { process.stderr.write(`quizSame: ${dir} not found, skipped\n`); continue; }
    sets.push([`${name}+bundled`, [{ root: dir, kind: 'user' }, bundled]], [name, [{ root: dir, kind: 'user' }]]);
  }
  return sets;
}

const asJson = (bank: QuestionBank) => JSON.stringify({ questions: bank.questions, rejections: bank.rejections, diagnostics: bank.diagnostics }, null, 1);

/** The bank's JSON, after checking that the bank cache gives it back unchanged. */
function dump(sources: NoteSource[]): string {
  const kb = buildKnowledgeBase(sources);
  const bank = new QuestionBank(kb);
  const text = asJson(bank);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-quizsame-'));
  try {
    const file = new BankCacheFile(path.join(tmp, 'bank.json'), 'quizSame');
    file.save(bankFingerprint(kb), bank);
    const back = file.load(bankFingerprint(kb), QuestionBank.restore);
    if (!back || asJson(back) !== text) throw new Error(`the bank cache did not give the bank back unchanged (${file.lastMiss ?? 'different JSON'})`);
  } finally { fs.rmSync(tmp, { recursive: true, force: true }); }
  return text;
}

function main(): void {
  const write = arg('--write');
  const check = arg('--check');
  const shared = arg('--shared') ?? process.env.DE_STUDY_SHARED ?? path.resolve(ROOT, '..', 'shared');
  const dir = write ?? check;
  if (!dir) throw new Error('usage: quizSame (--write DIR | --check DIR) [--shared DIR]');
  fs.mkdirSync(dir, { recursive: true });
  let differ = 0;
  for (const [name, sources] of noteSets(shared)) {
    const file = path.join(dir, `${name}.json`);
    const text = dump(sources);
    const questions = (JSON.parse(text) as { questions: unknown[] }).questions.length;
    if (write) { fs.writeFileSync(file, text); process.stdout.write(`${name}: ${questions} questions written to ${file}\n`); continue; }
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    const same = before === text;
    if (!same) { differ++; fs.writeFileSync(`${file}.new`, text); }
    process.stdout.write(`${name}: ${questions} questions, ${same ? 'identical' : before === undefined ? 'NO DUMP to compare' : `DIFFERS (new dump in ${file}.new)`}\n`);
  }
  process.exitCode = differ ? 1 : 0;
}

main();
