// The quiz's public API, as the panel, the session, the CLI and the bench import it. The pipeline
// itself lives in extract/ (note idioms → claims), build/ (claims → questions), distractors.ts, gate.ts
// and bank.ts; see docs/quiz.md.
export { QuestionBank } from './bank';
export { questionBank } from './bankOf';
export type { Rejection } from './bank';
export { apportion, DOMAIN_NAMES, EXAM_WEIGHTS, filterQuestions, generateQuestions, reshuffle, selectQuestions } from './select';
export type { GenerateOptions } from './select';
export { numberVariants } from './distractors';
export { unitFor } from './numbers';
export { hasWord, leadClause, namesService } from './text';
export { cardStem, whQuestion } from './build/stems';
