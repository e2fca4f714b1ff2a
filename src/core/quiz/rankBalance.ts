// Where the key sits among four numeric options, balanced over the questions the bank KEEPS (issue 9: the key the
// smallest option in 20–30 % of numeric questions, the largest in 20–30 %). Drawn at random per question, the rank
// drifts on a small bank (a student's 20 numeric questions had the key smallest in 35 %), and some keys can only be
// the smallest (1 MB/s, 1 year) or the largest (a range's ceiling). Balancing at draft time counted drafts the gate
// later dropped, so the kept shares moved with whatever the gate and the notes dropped (three number cards fewer in
// the bundled notes: smallest 18.6 %). So the balance is made last, on the kept questions, per source (bundled notes,
// a user's notes):
//  - each kept question whose draft carries a plan (Draft.ranks) is re-drawn at every rank the plan allows, each
//    draw passing the gate's option checks again (gate/pick.ts, gate/number.ts); a draw that fails is not offered,
//    so the rebalance never loses a question, and its original options stay one of its choices;
//  - questions with one possible rank (a family's values, a key of 1, a written practice question) are counted first;
//  - then the others, fewest choices first, each takes of its ranks the one its source has used least, its own
//    first draw on a tie (fewer changed options), else one drawn by its id (deterministic).
// Only the wrong numbers change: the stem, key and id (progress is kept by id) stay; the options keep their
// shuffled positions by id (gate/present.ts).
import { QuizContext } from './context';
import { Draft } from './draft';
import { pickDistractors } from './gate/pick';
import { numberOptionsProblem } from './gate/number';
import { presentQuestion } from './gate/present';
import { optionValues } from './numbers';
import { rng } from './random';
import { Question } from './types';

/** A kept generated question and what the gate asked it with. */
export interface KeptDraft { draft: Draft; stem: string }

/** The key's rank among four numeric single-answer options: 0 when it is the smallest, 3 the largest; else undefined. */
export function keyRank(q: Question): number | undefined {
  if (q.format !== 'single' || q.options.length !== 4 || q.answers.length !== 1) return undefined;
  const values = optionValues(q.options);
  if (!values) return undefined;
  const key = values[q.answers[0]];
  return values.filter((v) => v < key).length;
}

/** The question at each rank its plan allows and the gate's option checks pass, its own rank included. */
function choicesOf(ctx: QuizContext, q: Question, rank: number, kept: KeptDraft, seen: Map<string, string>): Map<number, Question> {
  const out = new Map([[rank, q]]);
  const { draft, stem } = kept;
  const plan = draft.ranks!;
  const correct = draft.correct.map((c) => c.trim());
  for (let below = plan.minBelow; below <= plan.maxBelow; below++) {
    const d: Draft = { ...draft, distractors: plan.draw(below) };
    const picked = pickDistractors(ctx, d, stem, correct, seen);
    if ('rejected' in picked || numberOptionsProblem(ctx, d, stem, correct, picked.distractors)) continue;
    const again = presentQuestion(ctx, d, stem, correct, picked.distractors);
    const r = keyRank(again);
    if (r !== undefined && !out.has(r) && again.id === q.id) out.set(r, again);
  }
  return out;
}

/**
 * The kept questions whose options change for the balance, each with its re-drawn form (same id). `questions` is the
 * bank in order, `sourceOf` a question's source, `kept` the generated questions with a plan and their gate stems.
 */
export function balanceKeyRanks(ctx: QuizContext, questions: readonly Question[], sourceOf: (q: Question) => string,
  kept: ReadonlyMap<Question, KeptDraft>, seen: Map<string, string>): Map<Question, Question> {
  const tallies = new Map<string, number[]>();
  const tally = (source: string) => { let t = tallies.get(source); if (!t) tallies.set(source, (t = [0, 0, 0, 0])); return t; };
  const open: { q: Question; source: string; rank: number; choices: Map<number, Question> }[] = [];
  for (const q of questions) {
    const rank = keyRank(q);
    if (rank === undefined) continue;
    const k = kept.get(q);
    const choices = k?.draft.ranks ? choicesOf(ctx, q, rank, k, seen) : undefined;
    if (choices && choices.size > 1) open.push({ q, source: sourceOf(q), rank, choices });
    else tally(sourceOf(q))[rank]++;
  }
  // Fewest choices first: a question that can take two ranks is placed before one that can take any (stable sort).
  open.sort((a, b) => a.choices.size - b.choices.size);
  const changed = new Map<Question, Question>();
  for (const { q, source, rank, choices } of open) {
    const t = tally(source);
    const ranks = [...choices.keys()].sort((a, b) => a - b);
    const least = Math.min(...ranks.map((r) => t[r]));
    const tied = ranks.filter((r) => t[r] === least);
    const pick = tied.includes(rank) ? rank : tied[Math.floor(rng(`rank:${q.id}`)() * tied.length)];
    t[pick]++;
    if (pick !== rank) changed.set(q, choices.get(pick)!);
  }
  return changed;
}
