// The question model shared by the generator, the scheduler, the CLI and the quiz panel.

export type QuestionKind =
  | 'scenario'        // from a question-like passage in the notes
  | 'choose'          // from a comparison note's "Choose … when" row
  | 'choose-two'      // multiple response from two rows of a comparison table
  | 'identify'        // which service is described
  | 'cloze'           // a key fact with a number or a service hidden
  | 'card'            // a card written in the notes, answered by choice
  | 'recall';         // a card with a free-text answer: self-graded

export interface QuestionSource {
  file: string;
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
  answers: number[];
  /** For recall cards: the answer to reveal. */
  answerText?: string;
  explanation: string;
  /** Why each option is wrong, where the notes say it (same order as options; empty when unknown). */
  optionNotes?: string[];
  source: QuestionSource;
  domain?: number;
  task?: string;
  serviceIds: string[];
}
