// Blind review r43 (issue 9): a comparison row's "Why not the others" cell was appended whole to the explanation,
// so a question that did not offer the rows it argues against explained against them anyway. The explanation keeps
// only the parts about a row the question shows and the parts that name no row. Fixtures are our own words.
import * as assert from 'assert';
import { parseNote } from '../../src/core/parser';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuizContext } from '../../src/core/quiz/context';
import { buildChoose } from '../../src/core/quiz/build/choose';
import { indexChoiceTables } from '../../src/core/quiz/extract/tables';
import { presentQuestion } from '../../src/core/quiz/gate/present';
import { whyNotAbout, wholeWhyNot } from '../../src/core/quiz/whyNot';
import { Draft } from '../../src/core/quiz/draft';
import { NOTES_DIR } from './paths';
import { comparisonNote } from './comparisonNote';

// Five ways to keep bread: each row's cell argues against named rivals, and one part speaks of the others as a class.
const bread = parseNote({
  file: '/notes/comparisons/bread-keeping.md', relPath: 'comparisons/bread-keeping.md', source: 'bundled',
  text: comparisonNote('Bread keeping options: bread box vs freezer vs paper bag vs linen cloth vs vacuum tin', 'Choose a bread keeping option when', [
    '| Bread box | a crusty loaf must stay crisp on the counter for two days while the kitchen stays warm; the household wants slices ready at breakfast without thawing anything | The freezer needs an hour of thawing; a paper bag lets the crust go stale by evening; none of the others keeps the loaf at hand |',
    '| Freezer | a baker must keep a surplus of loaves for three weeks without mould; the family buys bread once a month and eats it slowly | A bread box keeps a loaf only for days; the vacuum tin slows mould for a week at most |',
    '| Paper bag | a baguette bought at noon must keep its crackle until dinner the same day; a shop must hand out each loaf in a wrapper it can recycle | The linen cloth softens the crust overnight; a freezer dulls the crackle |',
    '| Linen cloth | a sourdough should breathe on a shelf for a day with no plastic in the kitchen; the cook wants a wrap that washes and lasts for years | Paper bags tear after one use |',
    '| Vacuum tin | sliced rye must stay moist for four days in a cupboard with no freezer space; a hiker wants bread to survive a week in a pack | The freezer needs a socket; a bread box lets air in |',
  ]),
}).doc;

describe('quiz: a comparison explanation argues only about the options shown (r43, issue 9)', function () {
  this.timeout(60000);
  let ctx: QuizContext;
  let drafts: Draft[];

  before(() => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    ctx = new QuizContext(kb, [...kb.documents(), bread]);
    indexChoiceTables(ctx, [bread]);
    drafts = buildChoose(ctx, ctx.tableBySection.get(bread.sections.find((s) => s.choiceRows.length)!)!);
  });

  const single = (cue: string) => drafts.find((d) => d.kind === 'choose' && d.cue === cue)!;
  const shownAs = (d: Draft, distractors: string[]) => presentQuestion(ctx, d, d.stem, d.correct, distractors).explanation;

  it('drops the parts about rows the question does not offer and keeps the parts about shown rows and about the others', () => {
    const d = single('a crusty loaf must stay crisp on the counter for two days while the kitchen stays warm');
    assert.deepStrictEqual(d.correct, ['Bread box']);
    // The freezer is offered, the paper bag is not: its part goes, the general part stays.
    const text = shownAs(d, ['Freezer', 'Linen cloth', 'Vacuum tin']);
    assert.match(text, /Why not the others: The freezer needs an hour of thawing; none of the others keeps the loaf at hand\.$/);
    assert.ok(!/paper bag/i.test(text), text);
    // Every row offered: the cell as written.
    assert.match(shownAs(d, ['Freezer', 'Paper bag', 'Linen cloth']), /Why not the others: The freezer needs an hour of thawing; a paper bag lets the crust go stale by evening; none of the others keeps the loaf at hand\.$/);
  });

  it('says no "Why not the others" when every part is about a row not offered', () => {
    const d = single('a baker must keep a surplus of loaves for three weeks without mould');
    const text = shownAs(d, ['Paper bag', 'Linen cloth', 'Bread box']);
    assert.match(text, /Why not the others: A bread box keeps a loaf only for days\.$/);
    const none = shownAs(d, ['Paper bag', 'Linen cloth', 'Pantry shelf']);
    assert.ok(!/Why not the others/.test(none), none);
    assert.ok(!/vacuum tin|bread box/i.test(none), none);
  });

  it('a Select TWO of requirements counts a row as shown through its cue, or when the stem names it', () => {
    const point = drafts.filter((d) => d.kind === 'choose-two' && /^Which TWO requirements point to Paper bag\b/.test(d.stem));
    assert.strictEqual(point.length, 1);
    const d = point[0];
    // Five rows: the stem says "the other … options", so only the rows whose cues are offered count.
    const freezerCue = 'a baker must keep a surplus of loaves for three weeks without mould';
    const linenCue = 'the cook wants a wrap that washes and lasts for years';
    const boxCue = 'the household wants slices ready at breakfast without thawing anything';
    const boxCue2 = 'a crusty loaf must stay crisp on the counter for two days while the kitchen stays warm';
    for (const c of [freezerCue, linenCue, boxCue, boxCue2]) assert.ok(d.distractors.includes(c), c);
    assert.match(shownAs(d, [freezerCue, boxCue]), /Why not the others: A freezer dulls the crackle\.$/);
    assert.match(shownAs(d, [linenCue, boxCue]), /Why not the others: The linen cloth softens the crust overnight\.$/);
    assert.ok(!/Why not the others/.test(shownAs(d, [boxCue, boxCue2])));
  });

  it('whyNotAbout: general parts stay, a part naming a shown and an unshown row stays, rows given by the stem count', () => {
    const w = { parts: [{ text: 'all the others need power', rows: [] }, { text: 'A and B are slow', rows: ['A', 'B'] }, { text: 'C leaks', rows: ['C'] }] };
    assert.strictEqual(whyNotAbout(w, ['Key', 'B', 'D']), ' Why not the others: All the others need power; A and B are slow.');
    assert.strictEqual(whyNotAbout({ ...w, named: ['C'] }, ['Key']), ' Why not the others: All the others need power; C leaks.');
    assert.strictEqual(whyNotAbout({ parts: w.parts.slice(1) }, ['Key', 'D']), '');
    assert.strictEqual(whyNotAbout(undefined, ['Key']), '');
    assert.strictEqual(wholeWhyNot(w), ' Why not the others: All the others need power; A and B are slow; C leaks.');
  });
});
