// `de-study`: the command-line face over the same core as the extension.
import * as fs from 'fs';
import * as path from 'path';
import { catalogSnapshot } from '../core/bundled';
import { readRegularFile } from '../core/loader';
import { Match } from '../core/matcher';
import { Args, intFlag, out, runCli, UsageError } from './args';
import { userCacheDir } from './cacheDir';
import { cliCacheKey, loadKb } from './notes';
import { cmdSearch } from './search';

export { userCacheDir } from './cacheDir';

const USAGE = `usage: de-study <command> [options]

commands:
  stats                      documents, sections, services, cards and diagnostics of the notes
  scan FILE...               AWS services mentioned in files (prose names and code identifiers)
  search [--limit N] QUERY   search the notes, best section first
  quiz [--count N] [--seed S] [--domain D] [--service ID]
                             exam-style questions generated from the notes
  quiz --report              figures of the question bank: sections, questions by kind and
                             domain, gate rejections by rule, numeric and longest-option tells,
                             duplicates, practice-question diagnostics
  catalog [--out FILE]       the service catalog of the notes, as JSON

options (every command):
  --notes DIR     add a notes folder (repeatable)
  --no-bundled    leave out the bundled notes (quiz: questions from your notes only;
                  the bundled service catalog still names the services)
  --json          machine-readable output
  --no-cache      neither read nor write the cached index (nor the cached quiz bank)
  -h, --help      this help

The parsed notes and the search index are cached in DE_STUDY_CACHE_DIR, else the user cache folder
(~/.cache/de-study, ~/Library/Caches/de-study, %LOCALAPPDATA%\\de-study\\Cache); changed notes are
parsed again one by one. The quiz bank is cached there too and built again when any note changes.`;

/** scan reads source files of any kind; this only keeps a mistaken huge file from filling memory. */
const SCAN_MAX_BYTES = 64 * 1024 * 1024;

async function cmdStats(args: Args): Promise<void> {
  const { kb } = await loadKb(args);
  const st = kb.stats();
  if (args.json) {
    out(JSON.stringify({ ...st, diagnostics: st.diagnostics.map((d) => ({ file: d.file, line: d.line, message: d.message, severity: d.severity })) }, null, 2));
    return;
  }
  out(`documents  ${st.documents}\nsections   ${st.sections}\nservices   ${st.services}\ncards      ${st.cards}\ndiagnostics ${st.diagnostics.length}`);
  for (const d of st.diagnostics) out(`  ${d.file}:${d.line}: ${d.severity}: ${d.message}`);
}

async function cmdScan(args: Args): Promise<void> {
  if (!args.positional.length) throw new UsageError('scan needs at least one FILE');
  const { kb } = await loadKb(args);
  const rows: (Match & { file: string })[] = [];
  for (const file of args.positional) {
    if (!fs.existsSync(file)) throw new Error(`file not found: ${file}`);
    if (fs.statSync(file).isDirectory()) throw new Error(`${file} is a folder; scan takes files`);
    const r = readRegularFile(file, SCAN_MAX_BYTES);
    if ('diagnostic' in r) throw new Error(`${file}: ${r.diagnostic.message}`);
    const text = r.bytes.toString('utf8');
    for (const m of kb.matcher.scanText(text)) rows.push({ ...m, file });
  }
  if (args.json) {
    out(JSON.stringify(rows.map((m) => ({ file: m.file, line: m.line + 1, column: m.column + 1, endColumn: m.endColumn + 1, text: m.text, serviceId: m.serviceId, kind: m.kind })), null, 2));
    return;
  }
  const counts = new Map<string, number>();
  for (const m of rows) counts.set(m.serviceId, (counts.get(m.serviceId) ?? 0) + 1);
  for (const m of rows) out(`${m.file}:${m.line + 1}:${m.column + 1}  ${m.serviceId.padEnd(28)} ${m.kind.padEnd(10)} ${m.text}`);
  out(`\n${counts.size} services, ${rows.length} mentions`);
  for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1])) out(`  ${String(n).padStart(4)}  ${kb.service(id)?.name ?? id}`);
}

async function cmdQuiz(args: Args): Promise<void> {
  const count = intFlag(args, '--count', 10, 1, 100000);
  const seed = args.flags.get('--seed') ?? String(Date.now());
  const domain = args.flags.has('--domain') ? intFlag(args, '--domain', 1, 1, 4) : undefined;
  // Questions from the user's notes still need the bundled catalog to know the services they name:
  // --no-bundled keeps it and leaves the bundled notes' own questions out.
  const onlyUser = !args.bundled;
  if (onlyUser && !args.notes.length) throw new UsageError('--no-bundled needs --notes DIR');
  const { kb } = await loadKb({ ...args, bundled: true });
  // Loaded here, not at start-up: search, scan and stats never need the question generator.
  const { generateQuestions, questionBank, selectQuestions } = await import('../core/quiz/generator');
  if (args.cache) {
    // The bank of these notes as the last run built it (a cached load); built and saved when the notes changed.
    const { keepBanksIn } = await import('../core/quiz/bankOf');
    const { BankCacheFile } = await import('../core/quiz/bankCache');
    keepBanksIn(kb, new BankCacheFile(path.join(userCacheDir(), 'quiz-bank-cache.json'), cliCacheKey(), (m) => process.stderr.write(`de-study: ${m}\n`)));
  }
  const { bankReport, formatReport } = await import('../core/quiz/report');
  const service = args.flags.get('--service');
  if (service && !kb.service(service)) throw new Error(`unknown service id: ${service}`);
  const bank = questionBank(kb);
  if (args.flags.has('--report')) {
    const report = bankReport(kb, bank, onlyUser ? 'user' : 'all');
    if (args.json) { out(JSON.stringify(report, null, 2)); return; }
    out(formatReport(report));
    for (const d of bank.diagnostics) if (!onlyUser || kb.document(d.file)?.source === 'user') out(`  ${d.file}:${d.line}: ${d.severity}: ${d.message}`);
    return;
  }
  const pool = onlyUser ? bank.questions.filter((q) => kb.document(q.source.file)?.source === 'user') : bank.questions;
  const questions = onlyUser
    ? selectQuestions(pool, { count, seed, domain, serviceIds: service ? [service] : undefined })
    : generateQuestions(kb, { count, seed, domain, serviceIds: service ? [service] : undefined });
  if (args.json) { out(JSON.stringify(questions, null, 2)); return; }
  questions.forEach((q, i) => {
    out(`${i + 1}. [${q.kind}] ${q.stem}`);
    q.options.forEach((o, k) => out(`   ${String.fromCharCode(65 + k)}. ${o}${q.answers.includes(k) ? '   ✓' : ''}`));
    out(`   ${q.explanation}\n   (${q.source.file}:${q.source.line})\n`);
  });
}

async function cmdCatalog(args: Args): Promise<void> {
  const { kb, bundledRoot } = await loadKb(args);
  const snapshot = catalogSnapshot(kb, bundledRoot ?? process.cwd());
  const json = JSON.stringify(snapshot);
  const file = args.flags.get('--out');
  if (file) fs.writeFileSync(file, json); else out(json);
  const errors = kb.diagnostics().filter((d) => d.severity === 'error');
  if (errors.length && file) process.stderr.write(`de-study: ${errors.length} note errors; run de-study stats\n`);
}

const COMMANDS: Record<string, (args: Args) => Promise<void>> = {
  stats: cmdStats, scan: cmdScan, search: cmdSearch, quiz: cmdQuiz, catalog: cmdCatalog,
  help: async () => out(USAGE),
};

export function main(argv: string[]): Promise<number> {
  return runCli(argv, (args) => {
    if (!args.command) throw new UsageError('missing command (stats, scan, search, quiz, catalog)');
    const run = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
    if (!run) throw new UsageError(`unknown command ${JSON.stringify(args.command)}`);
    return run;
  });
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
