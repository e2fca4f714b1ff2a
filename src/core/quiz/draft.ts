// A question before the gate: what a builder made of one claim. The gate turns it into a Question or
// drops it with a named reason.
import { NoteDocument, Section } from '../model';
import { QuestionKind } from './types';
import type { NumberPlan } from './distractors';
import { WhyNot } from './whyNot';

export type OptionKind = 'service' | 'number' | 'text';

export interface Draft {
  kind: QuestionKind;
  stem: string;
  correct: string[];
  distractors: string[];
  optionKind: OptionKind;
  explanation: string;
  /**
   * A comparison row's "Why not the others" cell, part by part with the rows each part names: the gate appends to
   * `explanation` the parts about the options it shows (whyNot.ts).
   */
  whyNot?: WhyNot;
  /** Option text → what the notes say about it. */
  optionNotes?: Map<string, string>;
  answerText?: string;
  section: Section;
  doc: NoteDocument;
  line: number;
  /** Services the question is about (the answers' services first). */
  serviceIds: string[];
  /** Services whose names must not appear in the stem (the correct answers). */
  answerServiceIds: string[];
  /** The cue the key answers (a requirement, a definition): the gate checks no distractor is tied to it too. */
  cue?: string;
  /** A number question whose value the notes mark as exam-relevant (a limit, a default, a key fact). */
  examRelevant?: boolean;
  /**
   * The options of the key's own list or table, when the builder also offered others: only these are of
   * the cue's topic, so the gate keeps only them and drops the question (`off-topic`) when fewer than three.
   */
  siblings?: Set<string>;
  /**
   * The note claims the question asks (claimLedger.ts): a row's line and cue, or a group every alternative of
   * one question shares ("pair:2-3"). Absent: the draft's line and its cue (or stem).
   */
  claims?: string[];
  /** The definition list or heading family the question was built from: one question per list in users' notes (listOnce.ts). */
  family?: string;
  /**
   * A number question about one member of a value family (valueFamilies.ts): the family's other values it offers,
   * which are real values and so never "derived" from the key; empty when the family had none to offer.
   */
  valueFamily?: string[];
  /**
   * A number question's wrong options made again with another number of them below the key (numberOptions.ts): the
   * bank balances the key's rank over the questions it keeps (rankBalance.ts).
   */
  ranks?: NumberPlan;
  /** The note gives the key as one option of several ("One option is …"): oneOption.ts. */
  hedged?: boolean;
  /**
   * A user's question and answer asked as a recall card should its choice form be dropped for what a choice
   * question needs and a card does not (gate/recall.ts FORM_ONLY: no fair wrong options, one answer of several).
   */
  recallSpare?: Draft;
}
