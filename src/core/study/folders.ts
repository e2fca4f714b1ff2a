// A notes folder in numbers: its notes, sections and questions and the problems found in it, for the
// DE Study view and the notification after a folder is added.
import * as path from 'path';
import type { Diagnostic, NoteDocument } from '../model';
import type { Question } from '../quiz/types';

export interface FolderSummary {
  root: string;
  notes: number;
  sections: number;
  questions: number;
  problems: Diagnostic[];
}

function inside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!!rel && !rel.startsWith('..') && !path.isAbsolute(rel));
}

export function summarizeFolder(root: string, docs: readonly NoteDocument[], questions: readonly Question[], diagnostics: readonly Diagnostic[]): FolderSummary {
  const mine = docs.filter((d) => inside(root, d.file));
  return {
    root,
    notes: mine.length,
    // The text before the first heading is a section too, but not one anybody wrote as such.
    sections: mine.reduce((n, d) => n + d.sections.filter((s) => s.level > 0).length, 0),
    questions: questions.filter((q) => inside(root, q.source.file)).length,
    problems: diagnostics.filter((d) => inside(root, d.file) || d.file === root),
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 notes, 140 sections, 85 questions, 0 problems". */
export function folderCounts(s: FolderSummary): string {
  return [count(s.notes, 'note', 'notes'), count(s.sections, 'section', 'sections'), count(s.questions, 'question', 'questions'), count(s.problems.length, 'problem', 'problems')].join(', ');
}
