// Blind review samples: fresh random questions rendered as markdown for reviewers who have not seen
// the generator (docs/quiz.md, "Blind reviews"). Three sets, one seed:
//   bundled.md  50 questions from the bundled notes,
//   corpora.md  50 from ../shared/corpora (questions and recall cards from those notes only),
//   samples.md  every question and recall card from ../shared/samples,
//   with --exam, what a student meets in one sitting, repeats within it included (bundled notes):
//   exam.md     a mixed mock exam of 65 as the panel draws it (drawExam),
//   rounds.md   three practice rounds of 20 (the default round size) as the panel draws them (selectQuestions).
// Each question shows its stem, options, key, explanation and source file:line, numbered for verdicts.
// Usage (after npm run compile-tests): node out/bench/quizSample.js --seed S --out DIR [--shared DIR] [--exam]
import * as fs from 'fs';
import * as path from 'path';
import { buildKnowledgeBase, KnowledgeBase } from '../src/core/knowledgeBase';
import { NoteSource } from '../src/core/loader';
import { drawExam } from '../src/core/quiz/examDraw';
import { QuestionBank, selectQuestions } from '../src/core/quiz/generator';
import { rng, shuffle } from '../src/core/quiz/random';
import { Question } from '../src/core/quiz/types';

const ROOT = path.resolve(__dirname, '..', '..');

function arg(name: string, def?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : def;
}

function render(title: string, questions: Question[], root: string, note: string): string {
  const out = [`# ${title}`, '', note, ''];
  questions.forEach((q, i) => {
    if (q.format === 'recall') {
      // A self-graded card: the reader recalls the answer, then compares it with the back of the card.
      out.push(`## Q${i + 1} (recall card)`, '', `**Front:** ${q.stem}`, '', `**Back:** ${q.answerText ?? ''}`, '');
      out.push(`**Source:** ${path.relative(root, q.source.file)}:${q.source.line} (${q.source.headingPath.join(' › ')})`, '');
      return;
    }
    out.push(`## Q${i + 1}`, '', `**Stem:** ${q.stem}`, '');
    q.options.forEach((o, k) => out.push(`${String.fromCharCode(65 + k)}. ${o}`));
    out.push('', `**Key:** ${q.answers.map((a) => String.fromCharCode(65 + a)).join(', ')}`, '');
    out.push(`**Explanation:** ${q.explanation}`, '');
    const notes = q.optionNotes?.map((n, k) => (n ? `- ${String.fromCharCode(65 + k)}: ${n}` : '')).filter(Boolean) ?? [];
    if (notes.length) out.push('**Option notes:**', ...notes, '');
    out.push(`**Source:** ${path.relative(root, q.source.file)}:${q.source.line} (${q.source.headingPath.join(' › ')})`, '');
  });
  return out.join('\n');
}

function bankOf(sources: NoteSource[]): { kb: KnowledgeBase; bank: QuestionBank } {
  const kb = buildKnowledgeBase(sources);
  return { kb, bank: new QuestionBank(kb) };
}

function main(): void {
  const seed = arg('--seed') ?? String(Date.now());
  const outDir = arg('--out');
  const shared = arg('--shared', process.env.DE_STUDY_SHARED ?? path.resolve(ROOT, '..', 'shared'))!;
  if (!outDir) throw new Error('usage: quizSample --seed S --out DIR [--shared DIR]');
  fs.mkdirSync(outDir, { recursive: true });
  const notes = path.join(ROOT, 'notes');
  const bundledOnly = { root: notes, kind: 'bundled' as const };
  // As in random rounds: a practice repeat is asked in its exam's fixed form only.
  const choice = (qs: Question[]) => qs.filter((q) => q.format !== 'recall' && !q.repeats);
  // A user's notes are judged as the student meets them: choice questions and the recall cards of Review mode.
  const asked = (qs: Question[]) => qs.filter((q) => !q.repeats);
  const note = (what: string) => `${what} Seed \`${seed}\`. For each question, judge as a strict exam writer: is it valid (one defensible key, fair distractors, a stem that reads and names its subject, correct and current content)?`;

  const b = bankOf([bundledOnly]);
  const bundled = shuffle(choice(b.bank.questions), rng(`${seed}:bundled`)).slice(0, 50);
  fs.writeFileSync(path.join(outDir, 'bundled.md'), render('Bundled notes: 50 random questions', bundled, ROOT, note('50 questions drawn at random from the notes bundled with the extension.')));

  for (const [name, dir, n] of [['corpora', path.join(shared, 'corpora'), 50], ['samples', path.join(shared, 'samples'), Infinity]] as const) {
    // The user's notes with the bundled service catalog (as in the extension); only their own questions.
    const { bank } = bankOf([{ root: dir, kind: 'user' }, bundledOnly]);
    const own = asked(bank.questions).filter((q) => q.source.file.startsWith(dir + path.sep));
    const picked = Number.isFinite(n) ? shuffle(own, rng(`${seed}:${name}`)).slice(0, n) : own;
    const title = Number.isFinite(n) ? `A user's notes (${name}): ${picked.length} random questions of ${own.length}` : `A user's note (${name}): all ${picked.length} questions`;
    fs.writeFileSync(path.join(outDir, `${name}.md`), render(title, picked, shared, note(`Questions generated from notes a student wrote (${name}).`)));
    const cards = (qs: Question[]) => qs.filter((q) => q.format === 'recall').length;
    process.stdout.write(`${name}: ${own.length - cards(own)} choice questions and ${cards(own)} recall cards, ${picked.length} written (${cards(picked)} recall)\n`);
  }
  process.stdout.write(`bundled: ${choice(b.bank.questions).length} choice questions, ${bundled.length} written\n`);

  if (process.argv.includes('--exam')) {
    const exam = drawExam(b.bank.questions, { count: 65, seed: `${seed}:exam` });
    fs.writeFileSync(path.join(outDir, 'exam.md'), render('Bundled notes: one mixed mock exam of 65 questions', exam, ROOT, note('The 65 questions of one mock exam, in the order a student meets them (authored practice questions first within each domain\'s share, generated ones to fill). Judge each question, and also whether any two questions in this exam ask the same fact.')));
    process.stdout.write(`exam: ${exam.length} questions written (${exam.filter((q) => q.origin === 'authored').length} authored)\n`);
    const rounds = [1, 2, 3].map((k) => selectQuestions(b.bank.questions, { count: 20, seed: `${seed}:round${k}` }));
    const text = rounds.map((r, k) => render(`Practice round ${k + 1} of 3: 20 questions`, r, ROOT, note(`Round ${k + 1}, as the panel draws a practice round of 20 from the bundled notes. Judge each question, and also whether any two questions in this round ask the same fact.`)).replace(/^## Q(\d+)/gm, (_, n) => `## Q${k * 20 + Number(n)}`));
    fs.writeFileSync(path.join(outDir, 'rounds.md'), text.join('\n'));
    process.stdout.write(`rounds: 3 of 20 written (${rounds.flat().filter((q) => q.origin === 'authored').length} authored)\n`);
  }
}

main();
