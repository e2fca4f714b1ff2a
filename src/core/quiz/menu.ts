// The quiz menu and the exam start screen as view models, computed from the question pool and the
// stored progress. Pure: the panel passes in what it knows.
import type { ExamHistoryRow, ExamStartScreen, HomeScreen, PracticeExamRow, SourceChoice } from '../../shared/quizProtocol';
import { DOMAIN_NAMES, DOMAINS } from '../examGuide';
import { examDurationMs, formQuestions, isAuthored, practiceForms } from './examDraw';
import type { ExamRecord, ProgressItem } from './progress';
import { SourceCounts, sourceLabel } from './sourceFilter';
import { Question } from './types';

export interface MenuInput {
  /** The questions of the chosen source, reported ones left out. */
  pool: readonly Question[];
  /** Every question of every source (practice exam forms are offered whatever the source). */
  all: readonly Question[];
  counts: SourceCounts;
  source: string;
  items: Readonly<Record<string, ProgressItem>>;
  exams: readonly ExamRecord[];
  due: number;
  nextDue?: Date;
  roundSize: number;
  pausedExam?: HomeScreen['pausedExam'];
  notice?: string;
}

const percent = (correct: number, total: number) => (total ? Math.round((correct / total) * 100) : 0);

export function historyRow(e: ExamRecord): ExamHistoryRow {
  return { at: e.at, correct: e.correct, total: e.total, percent: percent(e.correct, e.total) };
}

/** Results of one form (or of mixed exams when form is undefined), newest first. */
export function examHistory(exams: readonly ExamRecord[], form: number | undefined): ExamHistoryRow[] {
  return exams.filter((e) => e.form === form).map(historyRow).sort((a, b) => b.at.localeCompare(a.at));
}

export function sourceChoices(c: SourceCounts): SourceChoice[] {
  const out: SourceChoice[] = [{ value: 'all', label: 'All notes', questions: c.all }];
  if (c.user) out.push({ value: 'user', label: 'My notes', questions: c.user });
  out.push({ value: 'bundled', label: 'Bundled notes', questions: c.bundled });
  for (const f of c.folders) if (f.kind === 'user') out.push({ value: `folder:${f.root}`, label: `Folder: ${sourceLabel(`folder:${f.root}`)}`, questions: f.questions });
  return out;
}

export function homeScreen(i: MenuInput): HomeScreen {
  const choice = i.pool.filter((q) => q.format !== 'recall');
  const domains = DOMAINS.map((d) => {
    let answered = 0;
    let seen = 0;
    let correct = 0;
    const qs = choice.filter((q) => q.domain === d);
    for (const q of qs) {
      const it = i.items[q.id];
      if (!it || !it.seen) continue;
      answered++;
      seen += it.seen;
      correct += it.correct;
    }
    return { domain: d, name: DOMAIN_NAMES[d], questions: qs.length, answered, percent: seen ? percent(correct, seen) : undefined };
  });
  const practiceExams: PracticeExamRow[] = [...practiceForms(i.all).entries()].map(([exam, qs]) => {
    const history = examHistory(i.exams, exam);
    return { exam, questions: qs.length, attempts: history.length, last: history[0] };
  });
  const last = [...i.exams].sort((a, b) => a.at.localeCompare(b.at)).pop();
  return {
    screen: 'home', sources: sourceChoices(i.counts), source: i.source, practiceExams,
    due: i.due, nextDue: i.nextDue?.toISOString(), newCards: i.pool.filter((q) => q.format === 'recall' && !i.items[q.id]).length, questions: choice.length, roundSize: i.roundSize, domains,
    lastExam: last ? historyRow(last) : undefined, pausedExam: i.pausedExam, notice: i.notice,
  };
}

export const MIXED_EXAM_QUESTIONS = 65;

/** The start screen of a practice exam form, or of a mixed exam drawn from the pool. */
export function examStartScreen(pool: readonly Question[], all: readonly Question[], exams: readonly ExamRecord[], form: number | undefined, reported: ReadonlySet<string>): ExamStartScreen {
  if (form) {
    const qs = formQuestions(all, form, reported);
    return {
      screen: 'exam-start', title: `Practice Exam ${form}`, form, questions: qs.length,
      minutes: examDurationMs(qs.length) / 60_000, authored: qs.length, history: examHistory(exams, form),
    };
  }
  const usable = pool.filter((q) => q.format !== 'recall' && q.domain);
  const n = Math.min(MIXED_EXAM_QUESTIONS, usable.length);
  return {
    screen: 'exam-start', title: 'Exam simulation', questions: n, minutes: examDurationMs(n) / 60_000,
    authored: Math.min(n, usable.filter(isAuthored).length), history: examHistory(exams, undefined),
  };
}
