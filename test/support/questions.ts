// Questions built directly for unit tests of the quiz's rounds, exams and exports (the generator and
// the practice-question importer have their own tests).
import { Question } from '../../src/core/quiz/types';

export interface QuestionSpec {
  id: string;
  domain?: number;
  task?: string;
  answers?: number[];
  file?: string;
  authored?: { exam?: number; number: number };
  serviceIds?: string[];
  recall?: boolean;
}

export function question(s: QuestionSpec): Question {
  const answers = s.answers ?? [1];
  const n = s.recall ? 0 : answers.length > 1 ? 5 : 4;
  return {
    id: s.id,
    kind: s.recall ? 'recall' : s.authored ? 'practice' : 'choose',
    format: s.recall ? 'recall' : answers.length > 1 ? 'multiple' : 'single',
    stem: `Which option fits case ${s.id}?`,
    options: Array.from({ length: n }, (_, i) => `${s.id} option ${String.fromCharCode(65 + i)}`),
    answers: s.recall ? [] : answers,
    answerText: s.recall ? `the answer of ${s.id}` : undefined,
    explanation: `Because of ${s.id}.`,
    source: { file: s.file ?? `/notes/${s.id}.md`, line: 7, headingPath: ['Note', s.id] },
    domain: s.domain,
    task: s.task,
    serviceIds: s.serviceIds ?? [],
    ...(s.authored ? { origin: 'authored' as const, practice: s.authored } : {}),
  };
}
