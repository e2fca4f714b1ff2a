// The comparison-note failure classes of blind reviews r15–r16 (branch quizcmp7): a table cue cut from the context
// that made it a question (a situation with no goal, a preference with no problem), a category the note coined and
// its title never names ("Which storage housekeeping setting …"), and cues quoted as if they were sentences.
// Fixtures are our own words.
import * as assert from 'assert';
import { parseNote } from '../../src/core/parser';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuizContext } from '../../src/core/quiz/context';
import { gate } from '../../src/core/quiz/gate';
import { buildChoose } from '../../src/core/quiz/build/choose';
import { indexChoiceTables } from '../../src/core/quiz/extract/tables';
import { singlesFirst } from '../../src/core/quiz/claimLedger';
import { presentChoice } from '../../src/core/quiz/choiceStem';
import { plainCategory } from '../../src/core/quiz/categoryName';
import { imperativeCue, requirementOf } from '../../src/core/quiz/cueSentence';
import { lostContext } from '../../src/core/quiz/cueContext';
import { NOTES_DIR } from './paths';
import { comparisonNote } from './comparisonNote';

const note = (slug: string, title: string, heading: string, rows: string[]) => parseNote({
  file: `/notes/comparisons/${slug}.md`, relPath: `comparisons/${slug}.md`, source: 'bundled',
  text: comparisonNote(title, heading, rows),
}).doc;

const single = (kind: string, cue: string) => `Which ${kind} fits best when the scenario mentions “${cue}”?`;

describe('quiz: comparison cues keep their context, categories a reader knows, stems without quoted fragments', function () {
  this.timeout(60000);

  it('a category word the note title never says is left out; a generic head alone reads "option"', () => {
    const title = 'Ledger retention and disposal controls: shred after a year vs archive box vs cold vault';
    assert.strictEqual(plainCategory('shelf tidying setting', title), 'option');
    assert.strictEqual(plainCategory('shelf tidying settings', title), 'options');
    assert.strictEqual(plainCategory('ledger retention control', title), 'ledger retention control');
    // A name in capitals is a product or an acronym, kept; the rest of the coined label goes.
    assert.strictEqual(plainCategory('Vault movement feature', 'Vault features: shred vs box'), 'Vault feature');
    assert.strictEqual(plainCategory('Vault skew or partition fix', 'Vault skew and partition fixes: a vs b'), 'Vault skew or partition fix');
    assert.strictEqual(presentChoice(single('shelf tidying setting', 'archive every ledger a year after it closes'), title),
      'A data team needs to archive every ledger a year after it closes. Which option meets this requirement best?');
  });

  it('a cue is said without quotation marks: an imperative as what the team needs to do, any other cue after a colon', () => {
    assert.ok(imperativeCue('archive every ledger a year after it closes'));
    assert.ok(imperativeCue('explicitly refuse one courier for every shelf'));
    // Not imperatives: a clause whose first word is its subject, a noun that the verb list also holds, a hyphenated noun.
    assert.ok(!imperativeCue('receive slips should wait up to a minute for a parcel'));
    assert.ok(!imperativeCue('archive copies read once a quarter must still open at once'));
    assert.ok(!imperativeCue('call-centre screens show the last four digits of a card'));
    assert.strictEqual(requirementOf('A data team', 'the till must pause until a manager approves the refund'),
      'A data team has this requirement: the till must pause until a manager approves the refund.');
    assert.strictEqual(requirementOf('A data team', 'tamper-proof storage demanded by a tax inspector'),
      'A data team has this requirement: tamper-proof storage demanded by a tax inspector.');
    assert.strictEqual(requirementOf('The first', 'you need one ledger per shop'), 'The first needs one ledger per shop.');
    const pair = presentChoice('A team has two separate workloads. One mentions “archive every ledger a year after it closes”; the other mentions “receive slips should wait up to a minute for a parcel”. Which TWO ledger retention controls should the team choose? (Select TWO.)',
      'Ledger retention controls: a vs b');
    assert.strictEqual(pair, 'A team runs two separate workloads. The first needs to archive every ledger a year after it closes. The second has this requirement: receive slips should wait up to a minute for a parcel. Which TWO ledger retention controls should the team choose, one for each workload? (Select TWO.)');
    assert.ok(!/[“”]/.test(pair));
  });

  it('a situation with no goal and a preference with no problem are not asked (rule fragment)', () => {
    const plain = 'Ledger transfer options: full copy vs copy and follow vs follow only';
    const tuned = 'Ledger speed and cost: full copy vs copy and follow vs follow only';
    // The situation says how things are, not what must happen next: "follow only" or a check of the copy both fit it.
    assert.match(lostContext(single('ledger transfer option', 'most pages were already copied by hand from the paper ledger'), plain) ?? '', /situation with no goal/);
    // The title names the goal the situation serves (speed, cost): the situation stands.
    assert.strictEqual(lostContext(single('ledger transfer option', 'most pages were already copied by hand from the paper ledger'), tuned), undefined);
    // The same line with the need the note gives is a requirement and stands.
    assert.strictEqual(lostContext(single('ledger transfer option', 'most pages were already copied by hand, and the copy must now catch up with the entries made since'), plain), undefined);
    // A preference states no problem, so every option that needs no manual step meets its literal words.
    assert.match(lostContext(single('ledger speed fix', 'nobody wants to plan or resize anything by hand'), tuned) ?? '', /preference with no problem/);
    assert.match(lostContext('A team has two separate workloads. One mentions “archive every ledger a year after it closes”; the other mentions “nobody wants to count pages”. Which TWO ledger speed fixes should the team choose? (Select TWO.)', tuned) ?? '', /preference/);
  });

  it('through the gate: the goal-less situation and the preference are dropped, the needs of the same table kept', () => {
    const doc = note('ledger-transfer', 'Ledger transfer options: full copy vs copy and follow vs follow only vs page check', 'Choose a ledger transfer option when', [
      '| Full copy | copy every page once while the shop is closed for a weekend; nobody wants to plan anything | copying twice wastes a weekend |',
      '| Copy and follow | move a live ledger with only minutes of closing at the switch | a single copy misses new entries |',
      '| Follow only | most pages were already copied by hand from the paper ledger; apply only the entries written after a chosen page | copying again duplicates pages |',
      '| Page check | prove to the inspector that every copied page matches the original | copies say nothing about whether pages match |',
    ]);
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const ctx = new QuizContext(kb, [...kb.documents(), doc]);
    indexChoiceTables(ctx, [doc]);
    const table = ctx.tableBySection.get(doc.sections.find((s) => s.choiceRows.length)!)!;
    const seen = new Map<string, string>();
    const results = singlesFirst(buildChoose(ctx, table)).filter((d) => d.kind === 'choose' && d.cue).map((d) => ({ cue: d.cue!, r: gate(ctx, d, { seen }) }));
    const of = (re: RegExp) => results.find((x) => re.test(x.cue))!.r;
    const handCopy = of(/copied by hand/);
    assert.ok('rejected' in handCopy && handCopy.rejected === 'fragment' && /situation with no goal/.test(handCopy.detail), JSON.stringify(handCopy));
    const preference = of(/nobody wants/);
    assert.ok('rejected' in preference && preference.rejected === 'fragment', JSON.stringify(preference));
    const kept = of(/move a live ledger/);
    assert.ok('question' in kept, JSON.stringify(kept));
    assert.strictEqual(kept.question.stem, 'A data team needs to move a live ledger with only minutes of closing at the switch. Which ledger transfer option meets this requirement best?');
  });
});
