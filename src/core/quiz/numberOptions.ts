// A number question's wrong options as a builder makes them: the picker's fair values (distractors.ts numberPlan)
// behind the key's value family (valueFamilies.ts), plus the means to make them again at another rank. The bank
// balances the key's rank over the questions it keeps (rankBalance.ts), so a draft carries its plan rather than
// one fixed draw: re-drawn, it still offers the same candidate values and its family's values first.
import { NoteDocument } from '../model';
import { drawBelow, NumberPlan, numberPlan } from './distractors';
import { familyOptions } from './valueFamilies';

export interface NumberOptions {
  distractors: string[];
  /** What the key's value family gave (Draft.valueFamily). */
  family?: string[];
  /** The options again for another number of smaller values (Draft.ranks); absent when there were no fair values. */
  ranks?: NumberPlan;
}

/**
 * The wrong options of a number key `raw` in `unit` asked by `stem`, of a note of `source`: first drawn at the rank
 * drawBelow gives; `avoid`, `pool` and `limit` as numberVariants takes them.
 */
export function numberOptions(docs: readonly NoteDocument[], stem: string, raw: string, unit: string, sep: string, random: () => number,
  source: string, avoid: readonly string[], pool: readonly number[] = [], limit = Infinity): NumberOptions {
  const plan = numberPlan(raw, unit, random, sep, avoid, pool, limit);
  const options = (below: number | undefined) => familyOptions(docs, stem, raw, unit, sep, plan && below !== undefined ? plan.draw(below) : [], avoid);
  const { distractors, family } = options(plan && drawBelow(plan, random, source));
  if (!plan) return { distractors, family };
  return { distractors, family, ranks: { minBelow: plan.minBelow, maxBelow: plan.maxBelow, draw: (below) => options(below).distractors } };
}
