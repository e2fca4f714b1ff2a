import * as assert from 'assert';
import { numberVariants } from '../../src/core/quiz/distractors';
import { rng } from '../../src/core/quiz/random';
import { balancedBelow, releaseRankTallies } from '../../src/core/quiz/rankTally';

// A number question's first draw: the key's rank among four numeric options, balanced over the drafts of one build
// (rankTally.ts). The bank then balances the kept questions (rankBalance.ts, quiz.rankBalance.test.ts).
describe('quiz: numeric key rank balanced over a build', () => {
  afterEach(() => releaseRankTallies());

  /** 0 when the key is the smallest option, 3 when it is the largest. */
  const rankOf = (key: number, wrong: string[]) => wrong.map((v) => parseFloat(v.replace(/,/g, ''))).filter((v) => v < key).length;

  // A small bank of a student's notes: four keys that can only be the smallest (1 MB/s, 1 write) among twelve
  // that can sit anywhere. Drawn at random, the flexible keys are the smallest about a quarter of the time on top
  // of the four, so near 40 % of the bank; balanced, the flexible ones fill the other ranks first.
  const KEYS: [string, string][] = [
    ['1', 'MB'], ['1', 'MB'], ['1', 'MB'], ['1', 'MB'],
    ['24', 'hours'], ['128', 'MB'], ['15', 'minutes'], ['90', 'days'], ['250', 'MB'], ['14', 'days'],
    ['900', 'seconds'], ['365', 'days'], ['50', 'MB'], ['30', 'days'], ['180', 'days'], ['5', 'minutes'],
  ];

  it('keeps the smallest and the largest share of a small bank between 20 % and 30 %', () => {
    const ranks = KEYS.map(([raw, unit], i) => rankOf(parseFloat(raw), numberVariants(raw, unit, rng(`rank:${i}`), ' ', [], [], Infinity, 'user')));
    assert.ok(ranks.every((r, i) => i >= 4 || r === 0), 'a key of 1 has no smaller option');
    const share = (r: number) => ranks.filter((x) => x === r).length / ranks.length;
    assert.ok(share(0) >= 0.2 && share(0) <= 0.3, `smallest ${share(0)}`);
    assert.ok(share(3) >= 0.2 && share(3) <= 0.3, `largest ${share(3)}`);
  });

  it('balances each source on its own', () => {
    for (let i = 0; i < 4; i++) balancedBelow(0, 0, () => 0, 'bundled');
    // The bundled notes' forced smallest keys do not push a user's first question away from the smallest rank.
    const first = balancedBelow(0, 3, () => 0, 'user');
    assert.strictEqual(first, 0);
    assert.strictEqual(balancedBelow(0, 3, () => 0, 'bundled'), 1);
  });
});
