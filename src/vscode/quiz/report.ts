// "Report question": the user says a question is wrong or unfair. It is never asked again (the
// progress store keeps the report), and the DE Study log names the note's file and line so the user
// can fix the note the question came from.
import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledgeBase';
import type { Question } from '../../core/quiz/types';

export const REPORT_REASONS = [
  { label: 'The answer marked right is wrong', reason: 'wrong key' },
  { label: 'More than one option is right', reason: 'more than one right answer' },
  { label: 'The question is unclear or broken', reason: 'unclear or broken' },
  { label: 'Trivia: not what the exam asks', reason: 'not exam-relevant' },
  { label: 'Something else', reason: 'other' },
] as const;

/** Asks why in a QuickPick; undefined when the user presses Esc (nothing is reported then). */
export async function askReportReason(): Promise<string | undefined> {
  const pick = await vscode.window.showQuickPick(REPORT_REASONS.map((r) => ({ ...r })), {
    title: 'DE Study: Report Question',
    placeHolder: 'What is wrong with this question? It will not be asked again.',
  });
  return pick?.reason;
}

/** One log line with the note's file:line (the log shows it as a link to the note). */
export function logReport(log: vscode.LogOutputChannel, q: Question, reason: string, kb: KnowledgeBase | undefined): void {
  const stem = q.stem.replace(/\s+/g, ' ');
  const where = `${q.source.file}:${q.source.line}`;
  const doc = kb?.document(q.source.file);
  log.warn(`quiz: question reported (${reason}); it will not be asked again. Fix the note at ${where}${q.source.headingPath.length ? ` (${q.source.headingPath.join(' › ')})` : ''}${doc?.source === 'bundled' ? ', a bundled note' : ''}. Question ${q.id}: "${stem.length > 160 ? stem.slice(0, 157) + '…' : stem}"`);
}
