// The failure classes blind review r11 found in the bundled bank, each as a rule with an example it must catch
// and one it must keep: a table cue that states no need ("workload involves <feature>"); the same situation asked
// twice from one note with one key; a need that names its own fix or spells the key's name part short ("one AZ");
// a port beside invented numbers and a policy's size limit; a key that is the bare service for a tier the answer
// names; requirement options that read as note fragments. Fixtures are our own words.
import * as assert from 'assert';
import { parseNote } from '../../src/core/parser';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuizContext } from '../../src/core/quiz/context';
import { Draft } from '../../src/core/quiz/draft';
import { gate } from '../../src/core/quiz/gate';
import { buildChoose } from '../../src/core/quiz/build/choose';
import { indexChoiceTables } from '../../src/core/quiz/extract/tables';
import { singlesFirst } from '../../src/core/quiz/claimLedger';
import { bareCue, presentChoice } from '../../src/core/quiz/choiceStem';
import { NOTE_TWIN_SHARED, sameNoteTwin } from '../../src/core/quiz/nearDuplicates';
import { statesItsFix } from '../../src/core/quiz/featureLeak';
import { documentSizeTrivia, notePorts } from '../../src/core/quiz/numberTrivia';
import { impreciseKey } from '../../src/core/quiz/preciseKey';
import { NOTES_DIR } from './paths';
import { comparisonNote } from './comparisonNote';

const comparison = comparisonNote;

describe('quiz: bundled-bank patterns of blind review r11', function () {
  this.timeout(60000);
  let ctx: QuizContext;
  const ledger = parseNote({
    file: '/notes/comparisons/ledger.md', relPath: 'comparisons/ledger.md', source: 'bundled',
    text: comparison('Ledger storage options: sealed vault vs timed hold vs mirror copy vs version trail vs night shelf', 'Choose a ledger option when', [
      '| Sealed vault | an auditor demands that no clerk can erase entries before the date; which entries a clerk may read; brass lock plates | a timed hold can be lifted |',
      '| Timed hold | most clerks are blocked while a few leads may lift the hold; rehearse hold periods before sealing them | a sealed vault cannot be lifted |',
      '| Mirror copy | a second copy of each new entry must sit in a far city; a reading room overseas must open entries quickly | holds keep one copy |',
      '| Version trail | undo an accidental overwrite of a page; recover the prior state of an entry after a bad edit | mirrors copy mistakes too |',
      '| Night shelf | pages nobody reads for months must cost the least; an archive box opened once a year can wait a day | trails keep every page hot |',
    ]),
  }).doc;

  before(() => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    ctx = new QuizContext(kb, [...kb.documents(), ledger]);
    indexChoiceTables(ctx, [ledger]);
  });

  it('a table cue that states no need is not asked in the single, two-workload or use-case form', () => {
    assert.strictEqual(bareCue('Which service fits best when the scenario mentions “brass lock plates on shared shelves”?'), 'brass lock plates on shared shelves');
    assert.strictEqual(bareCue('A team has two separate workloads. One mentions “archive each ledger page before noon”; the other mentions “brass lock plates”. Which TWO services should the team choose? (Select TWO.)'), 'brass lock plates');
    assert.strictEqual(bareCue('Which format fits this use case best: “receipts, loose notes, simple exports”?'), 'receipts, loose notes, simple exports');
    // A cue that leans on the one before it in the cell ("… ones") is no need on its own.
    assert.strictEqual(bareCue('Which ledger option fits best when the scenario mentions “seal the old ones to save space”?'), 'seal the old ones to save space');
    // Kept: a cue that asks for something or says what happens.
    assert.strictEqual(bareCue('Which service fits best when the scenario mentions “archive each ledger page before noon”?'), undefined);
    assert.strictEqual(bareCue('Which format fits this use case best: “clerks must read a few columns of every entry”?'), undefined);
    assert.strictEqual(presentChoice('Which service fits best when the scenario mentions “archive each ledger page before noon”?'),
      'A data team needs to archive each ledger page before noon. Which service meets this requirement best?');
    // Through the gate: the bare cue is dropped as a fragment, the need is kept.
    const drafts = buildChoose(ctx, ctx.tableBySection.get(ledger.sections.find((s) => s.choiceRows.length)!)!);
    const seen = new Map<string, string>();
    const results = singlesFirst(drafts).map((d) => ({ d, r: gate(ctx, d, { seen }) }));
    const bare = results.find(({ d }) => d.kind === 'choose' && d.cue === 'brass lock plates');
    assert.ok(bare && 'rejected' in bare.r && bare.r.rejected === 'fragment');
    assert.ok(results.some(({ d, r }) => d.kind === 'choose' && /no clerk can erase/.test(d.cue ?? '') && 'question' in r));
  });

  it('requirement options are needs, capitalised; a clause cut from a note or a bare feature name is no option', () => {
    const drafts = buildChoose(ctx, ctx.tableBySection.get(ledger.sections.find((s) => s.choiceRows.length)!)!);
    const pointing = drafts.filter((d) => d.stem.startsWith('Which TWO requirements point to'));
    assert.ok(pointing.length, 'the fixture asks which requirements point to a row');
    for (const d of pointing) {
      for (const o of [...d.correct, ...d.distractors]) assert.ok(!/^(?:which entries|brass lock)/i.test(o), o);
    }
    // Gated on their own (the singles of the same cues would take their claims first).
    const results = pointing.map((d) => gate(ctx, d, { seen: new Map() }));
    const kept = results.flatMap((r) => ('question' in r ? [r.question] : []));
    assert.ok(kept.length, JSON.stringify(results.map((r) => ('rejected' in r ? r.detail : ''))));
    for (const q of kept) for (const o of q.options) assert.match(o, /^[A-Z]/);
  });

  it(`one note asks one key once per situation: needs sharing ${NOTE_TWIN_SHARED} content words (sizes by class) are one question`, () => {
    const section = ledger.sections.find((s) => s.choiceRows.length)!;
    const draft = (stem: string, key: string, line: number): Draft => ({
      doc: ledger, section, line, kind: line > 20 ? 'scenario' : 'choose', stem, correct: [key], distractors: [], optionKind: 'text',
      explanation: '', serviceIds: [], answerServiceIds: [],
    });
    const seen = new Map<string, string>();
    const first = 'Which ledger option fits best when the scenario mentions “join a 3 TB orders table with a 20 MB shop list without moving the orders”?';
    const again = 'Which ledger option helps when a stage ships hundreds of gigabytes over the network only to match an input of about 40 megabytes?';
    assert.strictEqual(sameNoteTwin(draft(first, 'Night shelf', 10), first, ['Night shelf'], seen), undefined);
    assert.strictEqual(sameNoteTwin(draft(again, 'Night shelf', 30), again, ['Night shelf'], seen), 'comparisons/ledger.md:10');
    // Kept: the same situation with another key, and the same key in another situation.
    assert.strictEqual(sameNoteTwin(draft(again, 'Mirror copy', 31), again, ['Mirror copy'], seen), undefined);
    const other = 'Which ledger option fits best when the scenario mentions “undo an accidental overwrite of a page”?';
    assert.strictEqual(sameNoteTwin(draft(other, 'Night shelf', 12), other, ['Night shelf'], seen), undefined);
  });

  it('a need that names its own fix, or the key\'s name part in short, gives the key away', () => {
    assert.ok(statesItsFix('Which option fits best when the scenario mentions “the nightly load fails until a reader grant on the shelf is added”?'));
    assert.ok(!statesItsFix('Which option fits best when the scenario mentions “the pipeline must pause until a steward approves the load”?'));
    // A two-workload Select TWO over text rows is checked for leaks too: "one AZ" gives away "One Zone".
    const section = ledger.sections.find((s) => s.choiceRows.length)!;
    const pair: Draft = {
      doc: ledger, section, line: 12, kind: 'choose-two', optionKind: 'text', explanation: '', serviceIds: [], answerServiceIds: [],
      stem: 'A team has two separate workloads. One mentions “undo an accidental overwrite of a page”; the other mentions “scratch files must stay beside the reading hosts in one AZ”. Which TWO ledger options should the team choose? (Select TWO.)',
      correct: ['Version trail', 'Express One Zone shelf'], distractors: ['Sealed vault', 'Timed hold', 'Mirror copy'],
    };
    const r = gate(ctx, pair, { seen: new Map() });
    assert.ok('rejected' in r && r.rejected === 'leak-word', JSON.stringify(r));
    // Kept: the same pair with a need that names no part of either key.
    const fair = gate(ctx, { ...pair, stem: pair.stem.replace('in one AZ', 'in the same building') }, { seen: new Map() });
    assert.ok('question' in fair, JSON.stringify(fair));
  });

  it('a policy\'s size limit is trivia; a port is asked only among the other ports its note gives', () => {
    assert.ok(documentSizeTrivia('What is the maximum size of a ledger access policy?'));
    assert.ok(documentSizeTrivia('What is the maximum template body size when read from a bucket?'));
    assert.ok(!documentSizeTrivia('What is the maximum size of one stored object?'));
    const broker = parseNote({
      file: '/notes/services/broker.md', relPath: 'services/broker.md', source: 'bundled',
      text: ['---', 'kind: concept', 'title: Broker', '---', '', '# Broker', '', '## Key facts', '',
        '- Listener ports: 7101 plain text, 7103 TLS, 7105 password sign-in, 7107 role sign-in.', '- Released in 2021; 3 replicas by default.', ''].join('\n'),
    }).doc;
    assert.deepStrictEqual(notePorts(broker), ['7101', '7103', '7105', '7107']);
    const lone = parseNote({
      file: '/notes/services/lone.md', relPath: 'services/lone.md', source: 'bundled',
      text: ['---', 'kind: concept', 'title: Lone', '---', '', '# Lone', '', '- The warehouse listens on port 6110 by default.', ''].join('\n'),
    }).doc;
    assert.deepStrictEqual(notePorts(lone), ['6110']);
  });

  it('a key is the tier or product the answer names, never the bare service', () => {
    assert.strictEqual(impreciseKey('AWS Shield', 'AWS Shield Advanced, because it adds a response team the free tier lacks.'), 'Shield Advanced');
    assert.strictEqual(impreciseKey('Amazon Q', 'Amazon Q Developer, because it writes scripts from plain English.'), 'Q Developer');
    // Kept: the answer is the key, or goes on in lower case.
    assert.strictEqual(impreciseKey('Amazon Athena', 'Amazon Athena, because it is serverless.'), undefined);
    assert.strictEqual(impreciseKey('Amazon EMR', 'Amazon EMR on its own cluster, because …'), undefined);
  });
});
