// A user's feature choice ("Glue job re-reads old files → Enable **Glue Job Bookmarks**") whose notes give
// fewer than three other choice lines for the same service has no four options from those lines alone.
// The same user's notes often list that service's features as a family ("Which AWS Glue component is
// described here …": Data Catalog, Crawlers, DataBrew …): those members are features one chooses among
// too, so they fill the missing wrong options. Only members fit to stand beside the key are taken (the
// fairness tests of siblings.ts): a feature of that service and no other, no combination, none that shares
// a word with the key or contains it, none the notes tie to the same need.
import { QuizContext } from '../context';
import { cueKey } from '../cueKey';
import { Draft } from '../draft';
import { rng, shuffle } from '../random';
import { ShortFeatureChoice } from './requirement';
import { noteFeatures } from './noteFeatures';
import { fairSibling, norm, ownWords } from './siblings';

/**
 * The short choices padded to four options. Those with no fair set go to `unfair` (when given): a feature is
 * never asked beside services or another service's features, so the bank drops them with a named reason.
 */
export function padFeatureChoices(ctx: QuizContext, drafts: Draft[], short: ShortFeatureChoice[], unfair: Draft[] = []): Draft[] {
  if (!short.length) return [];
  // The members of the user's own feature families, by the service their stem names, over all of the user's notes.
  const families = new Map<string, Set<string>>();
  for (const byOwner of noteFeatures(ctx, drafts).values()) {
    for (const [owner, members] of byOwner) {
      const set = families.get(owner) ?? new Set<string>();
      for (const x of members) set.add(x);
      families.set(owner, set);
    }
  }
  const out: Draft[] = [];
  for (const { draft, owner } of short) {
    const key = draft.correct[0];
    const taken = [key, ...draft.distractors].map(norm);
    const keyWords = ownWords(ctx, key, owner);
    const tied = draft.cue ? ctx.cueAnswers.get(cueKey(draft.cue)) : undefined;
    const fair = [...(families.get(owner) ?? [])].filter((x) => {
      const k = norm(x);
      return k && fairSibling(ctx, x, owner) && !taken.some((t) => t === k || t.includes(k) || k.includes(t)) && !tied?.has(x.toLowerCase())
        && ![...ownWords(ctx, x, owner)].some((w) => keyWords.has(w));
    }).sort();
    const need = 3 - draft.distractors.length;
    if (fair.length < need) { unfair.push({ ...draft, distractors: [...draft.distractors, ...fair] }); continue; }
    ctx.tieCue(draft.cue ?? '', key);
    // Every fair member goes in, the note's own rivals first: the gate keeps the first three it accepts.
    out.push({ ...draft, distractors: [...draft.distractors, ...shuffle(fair, rng(`${draft.section.id}:${draft.line}:featurePad`))] });
  }
  return out;
}
