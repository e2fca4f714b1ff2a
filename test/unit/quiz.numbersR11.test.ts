// Rules added after blind review r11 of users' notes (docs/quiz.md): a numeric distractor that the stem rules
// out (a number the stem itself states; more Availability Zones than the copies it names, or than any Region
// has). Fixtures are our own words.
import * as assert from 'assert';
import { numberVariants } from '../../src/core/quiz/distractors';
import { unitFor } from '../../src/core/quiz/numbers';
import { rng } from '../../src/core/quiz/random';
import { stemLimit, stemRulesOut, stemValues } from '../../src/core/quiz/stemNumbers';
import { userChoiceQuestions } from './userNotes';

describe('quiz: users\' notes, blind review r11 number and padding patterns', () => {
  it('a numeric option that repeats a number of the stem, or exceeds the copies it names, is ruled out', () => {
    const stem = 'Every write lands in _____ (4 copies in all).';
    assert.deepStrictEqual(stemValues(stem), [4]);
    assert.match(stemRulesOut(stem, '4 Availability Zones') ?? '', /repeats a number/);
    assert.match(stemRulesOut(stem, '5 AZs') ?? '', /exceeds/);
    assert.strictEqual(stemRulesOut(stem, '2 Availability Zones'), undefined);
    // No Region has more than six zones, whatever the stem says.
    assert.match(stemRulesOut('A cluster spreads its nodes over _____.', '8 Availability Zones') ?? '', /exceeds/);
    assert.strictEqual(stemLimit('A cluster spreads its nodes over _____.', 'Availability Zones'), 6);
    // Units without a bound keep every value.
    assert.strictEqual(stemLimit('A stream keeps records for _____.', 'days'), undefined);
    assert.strictEqual(stemRulesOut('A stream keeps records for _____ by default.', '48 hours'), undefined);
  });

  it('wrong numbers are drawn within the limit and never from the stem', () => {
    for (let i = 0; i < 40; i++) {
      // "across 3 zones (6 copies)": 6 is the stem's, and six zones is the most the copies allow.
      const wrong = numberVariants('3', 'Availability Zones', rng(`zones:${i}`), ' ', ['6'], [], 6);
      assert.strictEqual(wrong.length, 3, wrong.join(' | '));
      for (const w of wrong) assert.match(w, /^[1245] Availability Zones?$/);
    }
    // Without room for three fair values the question has none (the gate drops it as few-distractors).
    assert.deepStrictEqual(numberVariants('3', 'Availability Zones', rng('zones'), ' ', ['4'], [], 4), []);
    // A number drawn as 1 reads in the singular, acronyms too ("1 vCPU", not "1 vCPUs").
    assert.strictEqual(unitFor(1, 'vCPUs'), 'vCPU');
    assert.strictEqual(unitFor(1, 'DPUs'), 'DPU');
    assert.strictEqual(unitFor(4, 'vCPUs'), 'vCPUs');
    assert.strictEqual(unitFor(1, 'IOPS'), 'IOPS');
  });

  it('a note\'s zone count beside its copy count gives options the stem allows', () => {
    const qs = userChoiceQuestions({
      'ledger-db.md': [
        '# Ledger database notes', '',
        '## Key Limits & Quotas', '',
        '- **Storage layout**: Each volume is mirrored across 3 Availability Zones (6 copies in all).',
        '- **Max storage**: a cluster volume grows to 128 TiB.',
      ],
    });
    const zones = qs.filter((q) => q.options.some((o) => /Availability Zones?$/.test(o)));
    assert.ok(zones.length >= 1, qs.map((q) => q.stem).join('\n'));
    for (const q of zones) {
      for (const o of q.options) {
        const n = Number(/^\d+/.exec(o)?.[0]);
        assert.ok(n < 6, `${q.stem}: ${o}`);
      }
    }
  });

  it('a family of three features is padded with another feature of the service, never one sharing the key\'s word', () => {
    const qs = userChoiceQuestions({
      'watch.md': [
        '---', 'title: Amazon CloudWatch', 'type: aws-service', '---', '',
        '# Amazon CloudWatch', '',
        '## Features', '',
        '### Amazon CloudWatch Features',
        '- **CloudWatch Metrics**: Time series of numbers that AWS services publish on their own, such as how busy a queue or an instance is.',
        '- **CloudWatch Alarms**: Watches one series and sends an SNS message or starts a scaling action once it crosses a line you set.',
        '- **CloudWatch Logs Insights**: A query language over log groups to filter, count and chart what a job wrote while it ran.',
      ],
      'moves.md': [
        '---', 'title: AWS DMS', 'type: aws-service', '---', '',
        '# AWS DMS', '',
        '## Task types', '',
        '### AWS DMS Features',
        '- **Full Load**: Copies the rows a source table holds when the task starts, then stops.',
        '- **Full Load + CDC**: Copies the rows first, then keeps applying every later change from the source log.',
        '- **CDC Only**: Reads nothing old; applies only the changes the source log records from now on.',
      ],
    });
    // "Full Load + CDC" also does what each of the other two does: that family is not padded, so not asked.
    assert.ok(!qs.some((q) => q.options.includes('Full Load + CDC')), qs.map((q) => q.options.join(' | ')).join('\n'));
    const family = qs.filter((q) => /^Which Amazon CloudWatch feature is described here/.test(q.stem));
    assert.ok(family.length >= 2, qs.map((q) => q.stem).join('\n'));
    for (const q of family) {
      assert.strictEqual(q.options.length, 4, q.options.join(' | '));
      const key = q.options[q.answers[0]];
      // "Composite alarms" beside "CloudWatch Alarms" would fit the description too.
      if (/Alarms/.test(key)) assert.ok(!q.options.some((o) => o !== key && /alarm/i.test(o)), q.options.join(' | '));
    }
  });
});
