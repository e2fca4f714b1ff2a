// One question per note line and key, checked in the gate before claims are recorded (rowOnce.ts), and one
// two-workload Select TWO per row of a note: two pairs keyed by the same row asked it twice in other words. Own words.
import * as assert from 'assert';
import { Draft } from '../../src/core/quiz/draft';
import { recordRow, rowTaken } from '../../src/core/quiz/rowOnce';

const doc = { file: '/notes/comparisons/ledger-shelves.md' } as unknown as Draft['doc'];
const draft = (kind: Draft['kind'], line: number, stem: string) => ({ kind, line, stem, doc } as unknown as Draft);
const pair = (line: number) => draft('choose-two', line, 'A team has two separate workloads. One mentions “a”; the other mentions “b”. Which TWO shelf options should the team choose? (Select TWO.)');

describe('quiz: one question per note line and key, one pair per row', () => {
  it('a second question of the same line and key is a duplicate; another key of the line is not', () => {
    const seen = new Map<string, string>();
    const single = draft('choose', 12, 'Which shelf option fits best when the scenario mentions “keep ledgers dry”?');
    assert.strictEqual(rowTaken(single, ['Cold room'], seen), undefined);
    recordRow(single, ['Cold room'], seen, 'ledger-shelves.md:12');
    assert.match(rowTaken(single, ['Cold room'], seen) ?? '', /same note line with the same key is kept: ledger-shelves\.md:12/);
    assert.strictEqual(rowTaken(single, ['Oak rack'], seen), undefined);
    // Recall cards are not choice questions.
    assert.strictEqual(rowTaken(draft('recall', 12, 'x'), ['Cold room'], seen), undefined);
  });

  it('a two-workload question keyed by a row an earlier pair of the note keyed is a duplicate', () => {
    const seen = new Map<string, string>();
    recordRow(pair(20), ['Floor pallet', 'Steel rack'], seen, 'ledger-shelves.md:20');
    assert.match(rowTaken(pair(21), ['Steel rack', 'Wall hook'], seen) ?? '', /two-workload question of the same note already keys this row/);
    assert.strictEqual(rowTaken(pair(22), ['Oak rack', 'Wall hook'], seen), undefined);
    // A single question keyed by that row is not this check's business (the claim ledger keeps their cues apart).
    assert.strictEqual(rowTaken(draft('choose', 23, 'Which shelf option fits best when the scenario mentions “stack crates high”?'), ['Steel rack'], seen), undefined);
  });
});
