// A number question's first draw: where the key sits among four numeric options, balanced over the drafts of one
// build. Drawn at random per question, the key's rank drifts on a small bank (a student's 20 numeric questions had
// the key smallest in 7, 35 %), and some keys can only be the smallest (1 MB/s, 1 year) or the largest (a range's
// ceiling). So each draft takes, of the ranks its key allows, the one this build has used least so far (ties drawn
// at random), per source. This tally counts drafts the gate later drops: the bank's shares are made after the gate,
// on the kept questions (rankBalance.ts). The first draw stays as it was because which drafts the gate keeps can
// depend on their options (a value the stem rules out, an odd form): a different first draw changed kept questions.

const tallies = new Map<string, number[]>();

/** Forget the tallies (after a bank is built). */
export function releaseRankTallies(): void { tallies.clear(); }

/**
 * How many of the three wrong options go below the key, between `minBelow` and `maxBelow` (what the key's
 * candidate values allow): the count least used so far under `source`, recorded.
 */
export function balancedBelow(minBelow: number, maxBelow: number, random: () => number, source: string): number {
  let tally = tallies.get(source);
  if (!tally) tallies.set(source, (tally = [0, 0, 0, 0]));
  let least: number[] = [];
  for (let k = minBelow; k <= maxBelow; k++) {
    if (!least.length || tally[k] < tally[least[0]]) least = [k];
    else if (tally[k] === tally[least[0]]) least.push(k);
  }
  const below = least[Math.floor(random() * least.length)];
  tally[below]++;
  return below;
}
