// Figures of a question bank, for `de-study quiz --report` and the evaluation script: how much of the
// notes becomes questions, of which kinds and domains, what the gate dropped and why, and the tells a
// test-wise student could use (the numeric key is the smallest or largest option, the longest option
// is the key), plus duplicates left in the bank.
import { KnowledgeBase } from '../knowledgeBase';
import { SourceKind } from '../model';
import { QuestionBank } from './bank';
import { duplicateKey, GATE_RULES } from './gate';
import { optionValues } from './numbers';
import { Question } from './types';

export interface BankReport {
  source: SourceKind | 'all';
  documents: number;
  sections: number;
  sectionsWithQuestions: number;
  /** Sections with a choice question or a recall card (Review mode asks both). */
  sectionsWithAny: number;
  questions: number;
  choiceQuestions: number;
  recallCards: number;
  questionsPerSection: number;
  byKind: Record<string, number>;
  byDomain: Record<string, number>;
  byFormat: Record<string, number>;
  rejectedByRule: Record<string, number>;
  numeric: { questions: number; keySmallest: number; keyLargest: number };
  longestOptionIsKey: { questions: number; share: number };
  duplicates: number;
  practiceDiagnostics: number;
  /** Practice questions that repeat one of another exam: in their exam form only (Question.repeats). */
  practiceRepeats: number;
}

const share = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : 0);

export function bankReport(kb: KnowledgeBase, bank: QuestionBank, source: SourceKind | 'all' = 'all'): BankReport {
  const docs = kb.documents().filter((d) => source === 'all' || d.source === source);
  const files = new Set(docs.map((d) => d.file));
  const all = bank.questions.filter((q) => files.has(q.source.file));
  // A practice repeat is asked in its exam's fixed form only: not counted among the bank's questions.
  const questions = all.filter((q) => !q.repeats);
  const choice = questions.filter((q) => q.format !== 'recall');
  const count = (list: Question[], key: (q: Question) => string) => {
    const out: Record<string, number> = {};
    for (const q of list) out[key(q)] = (out[key(q)] ?? 0) + 1;
    return out;
  };
  const sectionOf = (q: Question) => `${q.source.file}#${q.source.headingPath.join('›')}`;
  const sectionKeys = new Set(choice.map(sectionOf));
  const sections = docs.reduce((n, d) => n + d.sections.length, 0);
  let numericN = 0, smallest = 0, largest = 0;
  let longestN = 0, longest = 0;
  for (const q of choice) {
    if (q.format !== 'single' || q.options.length !== 4) continue;
    const key = q.answers[0];
    const values = optionValues(q.options);
    if (values) {
      numericN++;
      if (values[key] === Math.min(...values)) smallest++;
      if (values[key] === Math.max(...values)) largest++;
      continue;
    }
    longestN++;
    const lengths = q.options.map((o) => o.length);
    const max = Math.max(...lengths);
    if (lengths[key] === max && lengths.filter((l) => l === max).length === 1) longest++;
  }
  const keys = new Map<string, number>();
  for (const q of choice) { const k = duplicateKey(q.stem, q.answers.map((a) => q.options[a])); keys.set(k, (keys.get(k) ?? 0) + 1); }
  const rejectedByRule: Record<string, number> = {};
  for (const r of GATE_RULES) rejectedByRule[r] = 0;
  for (const r of bank.rejections) if (files.has(r.file)) rejectedByRule[r.rule]++;
  return {
    source, documents: docs.length, sections, sectionsWithQuestions: sectionKeys.size, sectionsWithAny: new Set(questions.map(sectionOf)).size,
    questions: questions.length, practiceRepeats: all.length - questions.length, choiceQuestions: choice.length, recallCards: questions.length - choice.length,
    questionsPerSection: share(choice.length, sectionKeys.size),
    byKind: count(choice, (q) => q.kind), byDomain: count(choice, (q) => (q.domain ? String(q.domain) : 'none')),
    byFormat: count(questions, (q) => q.format), rejectedByRule,
    numeric: { questions: numericN, keySmallest: share(smallest, numericN), keyLargest: share(largest, numericN) },
    longestOptionIsKey: { questions: longestN, share: share(longest, longestN) },
    duplicates: [...keys.values()].reduce((n, v) => n + (v - 1), 0),
    practiceDiagnostics: bank.diagnostics.filter((d) => files.has(d.file)).length,
  };
}

export function formatReport(r: BankReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const list = (o: Record<string, number>) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `notes (${r.source})       ${r.documents} documents, ${r.sections} sections`,
    `sections with questions  ${r.sectionsWithQuestions} (${r.questionsPerSection} choice questions each); ${r.sectionsWithAny} with a question or recall card`,
    `questions                ${r.questions}: ${r.choiceQuestions} by choice, ${r.recallCards} recall cards`,
    ...(r.practiceRepeats ? [`practice repeats         ${r.practiceRepeats} (asked in their exam form only, not counted above)`] : []),
    `by kind                  ${list(r.byKind)}`,
    `by domain                ${list(r.byDomain)}`,
    `by format                ${list(r.byFormat)}`,
    `gate rejections          ${list(Object.fromEntries(Object.entries(r.rejectedByRule).filter(([, v]) => v)))}`,
    `numeric (4 options)      ${r.numeric.questions}: key smallest ${pct(r.numeric.keySmallest)}, largest ${pct(r.numeric.keyLargest)}`,
    `longest option is key    ${pct(r.longestOptionIsKey.share)} of ${r.longestOptionIsKey.questions} single-answer questions`,
    `duplicates               ${r.duplicates}`,
    `practice diagnostics     ${r.practiceDiagnostics}`,
  ].join('\n');
}
