// The failing patterns blind review r10 found in the bundled bank, each as a rule with an example it must
// catch and one it must keep: a cue-list item quoted as a "requirement"; a feature question that never names
// its service; a stem that names a feature of the key's own family; numeric distractors that are all
// multiples of the key. Fixtures are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuizContext } from '../../src/core/quiz/context';
import { bareCue, presentChoice, statesNeed } from '../../src/core/quiz/choiceStem';
import { titledNoun } from '../../src/core/quiz/build/choose';
import { featureLeak } from '../../src/core/quiz/featureLeak';
import { numberVariants, unDerived } from '../../src/core/quiz/distractors';
import { rng } from '../../src/core/quiz/random';
import { NOTES_DIR } from './paths';

describe('quiz: bundled-bank patterns of blind review r10', function () {
  this.timeout(60000);
  let ctx: QuizContext;
  before(() => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    ctx = new QuizContext(kb, kb.documents());
  });

  it('a cue with no need shape is never quoted as a requirement (r11: nor asked at all, see bareCue)', () => {
    assert.strictEqual(statesNeed('cluster snapshots on shared volumes'), false);
    assert.strictEqual(statesNeed('archive each ledger page before noon'), true);
    assert.strictEqual(statesNeed('a nightly job must finish before the first shift'), true);
    assert.strictEqual(statesNeed('nobody resizes anything by hand'), true);
    assert.strictEqual(bareCue('Which service fits best when the scenario mentions “cluster snapshots on shared volumes”?'), 'cluster snapshots on shared volumes');
    assert.strictEqual(presentChoice('Which service fits best when the scenario mentions “archive each ledger page before noon”?'),
      'A data team needs to archive each ledger page before noon. Which service meets this requirement best?');
    assert.strictEqual(presentChoice('A team has two separate workloads. One mentions “a nightly job must finish before the first shift”; the other mentions “archive each ledger page before noon”. Which TWO services should the team choose? (Select TWO.)'),
      'A team runs two separate workloads. The first has this requirement: a nightly job must finish before the first shift. The second needs to archive each ledger page before noon. Which TWO services should the team choose, one for each workload? (Select TWO.)');
  });

  it('a noun phrase described only by what it can do is no requirement (r13): "cache that can be refilled"', () => {
    assert.strictEqual(bareCue('Which service fits best when the scenario mentions “scratch cache that can be refilled from the source”?'), 'scratch cache that can be refilled from the source');
    assert.strictEqual(bareCue('A team has two separate workloads. One mentions “archive each ledger page before noon”; the other mentions “thumbnail jobs that may finish in any order”. Which TWO services should the team choose? (Select TWO.)'), 'thumbnail jobs that may finish in any order');
    // Kept: a need stated beside the clause, an imperative, a situation with its own verb.
    assert.strictEqual(bareCue('Which service fits best when the scenario mentions “a cache that can be refilled must cost the least”?'), undefined);
    assert.strictEqual(bareCue('Which service fits best when the scenario mentions “keep a cache that can be refilled”?'), undefined);
    assert.strictEqual(bareCue('Which service fits best when the scenario mentions “a nightly job that can retry fails at noon”?'), undefined);
  });

  it('a symptom is presented as a problem to solve, not as a requirement (r13)', () => {
    assert.strictEqual(presentChoice('Which setting fits best when the scenario mentions “a quiet queue wakes the consumer function thousands of times and each call waits on an empty batch”?'),
      'A data team has this problem: a quiet queue wakes the consumer function thousands of times and each call waits on an empty batch. Which setting solves it best?');
    assert.strictEqual(presentChoice('A team has two separate workloads. One mentions “archive each ledger page before noon”; the other mentions “nightly merges fail with out-of-memory errors on the widest table”. Which TWO services should the team choose? (Select TWO.)'),
      'A team runs two separate workloads. The first needs to archive each ledger page before noon. The second has this problem: nightly merges fail with out-of-memory errors on the widest table. Which TWO services should the team choose, one for each workload? (Select TWO.)');
    // A need beside the symptom keeps the requirement form.
    assert.match(presentChoice('Which setting fits best when the scenario mentions “a nightly job that fails must retry without code”?'), /has this requirement/);
  });

  it('a feature question over a comparison titled "<service> features" names the service', () => {
    assert.strictEqual(titledNoun(ctx, 'Amazon EventBridge features: bus rules vs pipes vs replay', 'integration feature'), 'EventBridge integration feature');
    // Kept: a noun that names its service already, a title that is no service's features, the plain "service".
    assert.strictEqual(titledNoun(ctx, 'AWS KMS features: grants vs aliases', 'KMS feature'), 'KMS feature');
    assert.strictEqual(titledNoun(ctx, 'Network paths: gateways vs peering', 'connectivity option'), 'connectivity option');
    assert.strictEqual(titledNoun(ctx, 'Amazon EventBridge features: bus rules vs pipes', 'service'), 'service');
  });

  it('a stem that names a feature of the key\'s own family gives the key away', () => {
    const stem = 'Which service keeps job output searchable with Logs Insights queries?';
    assert.ok(featureLeak(ctx, stem, 'Amazon CloudWatch', ['AWS Config', 'AWS CloudTrail', 'AWS Organizations']));
    // Kept: the feature belongs to no option's family alone, or a distractor's family holds it too.
    assert.strictEqual(featureLeak(ctx, 'Which service records who changed a bucket policy?', 'AWS CloudTrail', ['AWS Config', 'Amazon CloudWatch', 'AWS Organizations']), undefined);
    assert.strictEqual(featureLeak(ctx, stem, 'Amazon CloudWatch', ['Amazon CloudWatch Logs', 'AWS Config', 'AWS CloudTrail']), undefined);
  });

  it('numeric distractors are never all multiples, nor all divisors, of the key', () => {
    assert.deepStrictEqual(unDerived(10, [20, 30, 50], [5], [40, 25]), [20, 30, 25]);
    assert.deepStrictEqual(unDerived(10, [20, 30, 50], [5], [40]), [20, 30, 5]);
    // Kept: a key of 1 (every whole number is a multiple), or one option that is no multiple.
    assert.deepStrictEqual(unDerived(1, [2, 4, 8], [], [16]), [2, 4, 8]);
    assert.deepStrictEqual(unDerived(10, [20, 25, 50], [5], [40]), [20, 25, 50]);
    assert.deepStrictEqual(unDerived(100, [50, 25, 10], [40, 20], [200]), [40, 25, 10]);
    assert.deepStrictEqual(unDerived(100, [50, 25, 10], [20], [200]), [50, 25, 10]);
    assert.deepStrictEqual(unDerived(100, [40, 25, 10], [50], [200]), [40, 25, 10]);
    for (let i = 0; i < 40; i++) {
      const values = numberVariants('10', 'MB', rng(`r10:${i}`)).map((v) => parseFloat(v));
      assert.ok(!values.every((v) => v > 10 && Number.isInteger(v / 10)), values.join(', '));
    }
  });
});
