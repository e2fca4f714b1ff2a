// The gate: every generated question passes here or is dropped with a named reason (the report counts
// them). Authored practice questions do not pass here: they are imported as written.
//
// Rules, in the order they run (each group its own module under gate/): the stem names its subject, reads as a
// question and carries no residue (stem.ts); the answer is among the options, unique, current, and the stem never
// gives it away (key.ts); distractors are of the key's kind and none is another answer the notes tie to the same
// cue (pick.ts); numbers in one unit, never the key restated in another unit by the stem, and only where the notes
// mark them as exam-relevant (number.ts); no leak by the stem's words once the options are known (leak.ts); one
// question per claim, fact, line and option set (ledger.ts). A user's recall card passes the card rules instead
// (recall.ts) and asks no fact a choice question or another card asked (recallLedger.ts).
import { QuizContext } from './context';
import { Draft } from './draft';
import { GateOptions, GateResult, reject } from './gate/rules';
import { gateStem } from './gate/stem';
import { keyProblem } from './gate/key';
import { numberDraftProblem, numberOptionsProblem } from './gate/number';
import { pickDistractors } from './gate/pick';
import { optionLeak } from './gate/leak';
import { duplicateOf, ledgerKeys, record } from './gate/ledger';
import { presentQuestion, questionBase, questionId } from './gate/present';
import { claimTaken } from './claimLedger';
import { currentlyNamed, recallProblem } from './gate/recall';
import { currentNames } from './build/practice';
import { cardAskedBefore, keepAsked } from './gate/recallLedger';

export { GATE_RULES } from './gate/rules';
export type { GateOptions, GateResult, GateRule } from './gate/rules';
export { clozeSubjectProblem } from './gate/stem';
export { duplicateKey } from './gate/ledger';

export function gate(ctx: QuizContext, d: Draft, options: GateOptions): GateResult {
  const own = ctx.docService(d.doc);
  const read = gateStem(ctx, d, own);
  if ('rejected' in read) return read;
  const { stem } = read;
  if (d.kind === 'recall') {
    if (!d.answerText) return reject('no-answer-text', stem);
    const card = (front: string, back: string, explanation: string): GateResult => ({ question: { id: questionId(d, front, back), ...questionBase(ctx, d, front), explanation, format: 'recall', options: [], answers: [], answerText: back } });
    if (d.doc.source !== 'user') return card(stem, d.answerText, d.explanation);
    // A user's card: current names, then the card rules (gate/recall.ts) and one fact, one question (recallLedger.ts).
    const { front, back } = currentlyNamed(ctx, stem, d.answerText.trim());
    // The explanation is renamed with the card, never alone ("SageMaker Feature Store" keeps its name: recall.ts).
    const renamed = front !== stem || back !== d.answerText.trim();
    const problem = recallProblem(ctx, d, front, back);
    if (problem) return problem;
    const before = cardAskedBefore(ctx, options.seen, front, back, `${d.doc.relPath}:${d.line}`);
    if (before) return reject('duplicate', `the same fact as ${before}`);
    return card(front, back, renamed ? currentNames(ctx, d.explanation) : d.explanation);
  }
  const correct = d.correct.map((c) => c.trim());
  const keyed = keyProblem(ctx, d, stem, correct);
  if (keyed) return keyed;
  const numberDraft = numberDraftProblem(d, stem);
  if (numberDraft) return numberDraft;
  const picked = pickDistractors(ctx, d, stem, correct, options.seen);
  if ('rejected' in picked) return picked;
  const { distractors } = picked;
  const problem = d.optionKind === 'number' ? numberOptionsProblem(ctx, d, stem, correct, distractors) : optionLeak(ctx, d, stem, correct, distractors);
  if (problem) return problem;
  // One note line, one question (claimLedger.ts, blind review r9): the first ledger check, made before the
  // ledger keys are worked out (most two-workload pairs stop here).
  const claimed = claimTaken(d, options.seen);
  if (claimed) return reject('same-claim', claimed);
  const keys = ledgerKeys(ctx, d, stem, correct, distractors, own);
  const duplicate = duplicateOf(d, stem, correct, distractors, keys, options.seen);
  if (duplicate) return duplicate;
  record(d, stem, correct, keys, options.seen);
  if (d.doc.source === 'user') keepAsked(ctx, options.seen, stem, correct, `${d.doc.relPath}:${d.line}`);
  return { question: presentQuestion(ctx, d, stem, correct, distractors), stem };
}
