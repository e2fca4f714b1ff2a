// The question model shared by the generator, the scheduler, the CLI and the quiz panel.

export type QuestionKind =
  | 'scenario'        // from a question-like passage in the notes
  | 'choose'          // from a comparison note's "Choose … when" row
  | 'choose-two'      // multiple response from two rows (or two cues of one row) of a comparison table
  | 'identify'        // which service a description or a key fact describes
  | 'cloze'           // a key fact with a number hidden
  | 'card'            // a card written in the notes, answered by choice
  | 'recall'          // a card (or passage) with a free-text answer: self-graded
  | 'practice';       // a practice question written as such (stem, options, key), imported as written

export const QUESTION_KINDS: readonly QuestionKind[] = ['scenario', 'choose', 'choose-two', 'identify', 'cloze', 'card', 'recall', 'practice'];

export interface QuestionSource {
  /** Absolute path of the note. */
  file: string;
  /** 1-based line of the passage, row, card or fact the question comes from. */
  line: number;
  headingPath: string[];
}

export interface Question {
  /** Stable across runs and seeds: progress and review scheduling are keyed by it. */
  id: string;
  kind: QuestionKind;
  /** single: one correct of 4; multiple: two correct of 5; recall: no options, self-graded. */
  format: 'single' | 'multiple' | 'recall';
  stem: string;
  options: string[];
  /** Indexes into options, ascending. */
  answers: number[];
  /** For recall cards: the answer to reveal. */
  answerText?: string;
  explanation: string;
  /**
   * What the notes say about each option (same order as options; '' when they say nothing): why a
   * distractor is wrong (a comparison's "Why not the others" column, a passage's "X is the usual
   * distractor, but …"), else what that service is.
   */
  optionNotes?: string[];
  source: QuestionSource;
  /** Exam domain 1–4. */
  domain?: number;
  /** Task statement, e.g. "1.2". */
  task?: string;
  serviceIds: string[];
  /** 'authored': a practice question someone wrote (ours or the user's); absent or 'generated': built from notes. */
  origin?: 'generated' | 'authored';
  /** For a question of a practice-exam note: the exam number (front matter `exam:`) and its number there. */
  practice?: { exam?: number; number: number };
  /** The documentation page that backs the key (authored questions). */
  reference?: string;
  /**
   * A bundled practice question that asks what an earlier one of another exam asks (where that one is): kept in
   * its exam's fixed form, left out of random rounds and mixed exams (blind review r9: two such pairs in 50).
   */
  repeats?: string;
  /** Note sections the explanation sends the student to ("Study:" links), resolved to file and line. */
  studyLinks?: QuestionSource[];
}
