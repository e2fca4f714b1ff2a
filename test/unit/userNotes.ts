// Users' notes written in the tests, read as DE Study reads a student's own folder: one parsed note, or
// the choice questions a set of them gives beside the bundled notes.
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { NoteDocument } from '../../src/core/model';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/generator';
import { Question } from '../../src/core/quiz/types';
import { NOTES_DIR } from './paths';

/** One user note parsed from `text`. */
export const userDoc = (text: string, file = '/user/n.md'): NoteDocument => parseNote({ text, file, relPath: file.slice(1), source: 'user' }).doc;

/** The bank of user notes (file name → lines, each read as `/user/<name>`) beside the bundled notes. */
export function userBank(notes: Record<string, string[]>): QuestionBank {
  const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
  for (const [name, lines] of Object.entries(notes)) kb.upsert(parseNote({ text: lines.join('\n'), file: `/user/${name}`, relPath: name, source: 'user' }));
  return new QuestionBank(kb);
}

/** The choice questions that user notes (file name → lines) give when read beside the bundled notes. */
export function userChoiceQuestions(notes: Record<string, string[]>): Question[] {
  return userBank(notes).questions.filter((q) => q.source.file.startsWith('/user/') && q.format !== 'recall');
}
