import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/generator';
import { keyRank } from '../../src/core/quiz/rankBalance';
import { numberOptions } from '../../src/core/quiz/numberOptions';
import { rng } from '../../src/core/quiz/random';
import { Question } from '../../src/core/quiz/types';

// The key's rank among four numeric options, balanced over the questions the bank keeps (rankBalance.ts, issue 9).
// Fixtures are our own words: number cards of a student's notes, read without the bundled notes.

/** The bank of user notes alone (file name → lines). */
function userBank(notes: Record<string, string[]>): QuestionBank {
  const kb = buildKnowledgeBase([]);
  for (const [name, lines] of Object.entries(notes)) kb.upsert(parseNote({ text: lines.join('\n'), file: `/user/${name}`, relPath: name, source: 'user' }));
  return new QuestionBank(kb);
}

const card = (title: string, lines: string[]) => [`# ${title}`, '', '## Cards', '', ...lines, ''];

// Twelve facts whose keys can sit anywhere among their options (values on both sides are fair), each a different amount.
const OPEN = [
  'Default retention of an event stream::24 hours',
  'Longest delay of a work queue message::15 minutes',
  'Largest payload of one work queue message::256 KB',
  'How long the audit trail keeps events::90 days',
  'Longest heartbeat wait of a sync agent::45 seconds',
  'Largest item in a key-value table::400 KB',
  'Longest retention of a work queue::14 days',
  'Default memory of a notebook worker::128 MB',
  'Default snapshot retention of a warehouse cluster::5 days',
  'Default idle timeout of a query session::60 minutes',
  'Largest record accepted by a delivery stream::1,000 KB',
  'Default lease period of a shard reader::200 seconds',
];

const numeric = (bank: QuestionBank) => bank.questions.filter((q) => keyRank(q) !== undefined);
const shares = (qs: Question[]) => {
  const ranks = qs.map((q) => keyRank(q)!);
  return { smallest: ranks.filter((r) => r === 0).length / ranks.length, largest: ranks.filter((r) => r === 3).length / ranks.length };
};
const show = (qs: Question[]) => qs.map((q) => `${q.stem} [${q.options.join(' | ')}] key ${q.options[q.answers[0]]}`).join('\n');

describe('quiz: numeric key rank balanced over the kept questions', () => {
  it('keeps the smallest and largest shares in 20-30 % when the gate drops many drafts of one rank', () => {
    // Nine notes repeat one card whose key can only be the smallest (nothing fair is below 1 second): the gate keeps one
    // and drops eight as duplicates, drafts that all took the smallest rank before the gate.
    const notes: Record<string, string[]> = {};
    for (let i = 0; i < 9; i++) notes[`a-${i}.md`] = card('Telemetry', ['Finest resolution of a custom telemetry metric::1 second']);
    notes['b.md'] = card('Limits', OPEN);
    const bank = userBank(notes);
    const qs = numeric(bank);
    assert.ok(bank.rejections.filter((r) => r.rule === 'duplicate' && /telemetry metric/.test(r.stem)).length >= 8, 'the repeats are dropped');
    assert.strictEqual(qs.length, 13, show(qs));
    const { smallest, largest } = shares(qs);
    assert.ok(smallest >= 0.2 && smallest <= 0.3, `smallest ${smallest}\n${show(qs)}`);
    assert.ok(largest >= 0.2 && largest <= 0.3, `largest ${largest}\n${show(qs)}`);
  });

  it('leaves a key that can only be the smallest the smallest, and builds the same options twice', () => {
    const notes = { 'a.md': card('Telemetry', ['Finest resolution of a custom telemetry metric::1 second']), 'b.md': card('Limits', OPEN) };
    const qs = numeric(userBank(notes));
    const one = qs.find((q) => /telemetry metric/.test(q.stem));
    assert.ok(one, show(qs));
    assert.strictEqual(keyRank(one), 0, show([one]));
    assert.deepStrictEqual(numeric(userBank(notes)).map((q) => [q.id, ...q.options]), qs.map((q) => [q.id, ...q.options]));
  });

  it('keeps a value family\'s own values at every rank a question can be re-drawn at', () => {
    // A labelled list gives the family (valueFamilies.ts); the question asks one member.
    const family = ['# Tiers', '', '## Billing', '', 'Shortest billed stay: 30 days (Warm, Cool), 90 days (Frost), 180 days (Vault).', ''];
    const docs = [parseNote({ text: family.join('\n'), file: '/user/a.md', relPath: 'a.md', source: 'user' }).doc];
    const vault = numberOptions(docs, 'What is the shortest billed stay of the Vault tier?', '180', 'days', ' ', rng('vault'), 'user', []);
    assert.deepStrictEqual(vault.family, ['90 days', '30 days']);
    assert.ok(vault.ranks, 'the picker has fair values to complete the family');
    for (let below = vault.ranks.minBelow; below <= vault.ranks.maxBelow; below++) {
      assert.deepStrictEqual(vault.ranks.draw(below).slice(0, 2), ['90 days', '30 days'], `below ${below}`);
    }
    // Without a family the re-draw is the picker's: `below` values under the key, the rest above.
    const plain = numberOptions([], 'What is the default retention of an event stream?', '24', 'hours', ' ', rng('plain'), 'user', []);
    for (let below = plain.ranks!.minBelow; below <= plain.ranks!.maxBelow; below++) {
      assert.strictEqual(plain.ranks!.draw(below).filter((x) => parseFloat(x) < 24).length, below);
    }
  });
});
