// Patterns of blind reviews r59 and r61 (docs/quiz.md): two rows of two users' notes that state one use of one key,
// the key written with or without its vendor's prefix; a bundled note asking one key for a small table twice.
// Fixtures are our own words.
import * as assert from 'assert';
import { Draft } from '../../src/core/quiz/draft';
import { bareKey, nearDuplicate, sameNoteTwin } from '../../src/core/quiz/nearDuplicates';

// Only the fields the duplicate check reads.
const userDraft = (relPath: string, line: number): Draft => ({ doc: { source: 'user', relPath }, line, optionKind: 'text' } as unknown as Draft);
const noteDraft = (line: number): Draft => ({
  doc: { source: 'bundled', file: '/notes/comparisons/warehouse.md', relPath: 'comparisons/warehouse.md', title: 'Warehouse layouts: spread vs copy everywhere' },
  line, kind: 'choose', optionKind: 'text',
} as unknown as Draft);

describe('quiz: blind review r59 and r61 patterns', () => {
  it('a short need sharing a third of its words with an earlier need of the same key is one question', () => {
    const seen = new Map<string, string>();
    const key = ['Avro'];
    assert.strictEqual(nearDuplicate(userDraft('formats.md', 12), 'Which format fits this use case best: “Kafka message payloads”?', key, seen), undefined);
    assert.strictEqual(nearDuplicate(userDraft('storage.md', 40), 'Which data format fits this use case best: “Kafka topics with evolving schemas”?', key, seen), 'formats.md:12');
  });

  it('keeps two needs of one key that share no word, and one shared word among longer needs', () => {
    const seen = new Map<string, string>();
    const key = ['Avro'];
    assert.strictEqual(nearDuplicate(userDraft('formats.md', 12), 'Which format fits this use case best: “Kafka message payloads”?', key, seen), undefined);
    assert.strictEqual(nearDuplicate(userDraft('storage.md', 40), 'Which format fits this use case best: “Compact binary rows written one at a time”?', key, seen), undefined);
    assert.strictEqual(nearDuplicate(userDraft('other.md', 7), 'Which format fits this use case best: “Partner teams receive nightly binary exports for analytics”?', key, seen), undefined,
      'one shared word between two needs of four words or more');
  });

  it('one key written with and without its vendor prefix is one key (r61: "Parquet" and "Apache Parquet")', () => {
    const seen = new Map<string, string>();
    assert.strictEqual(nearDuplicate(userDraft('formats.md', 3), 'Which format fits this use case best: “Reporting scans through Redshift Spectrum”?', ['ORC'], seen), undefined);
    assert.strictEqual(nearDuplicate(userDraft('lake.md', 9), 'Which format fits this use case best: “Column scans from Athena, Trino or Redshift Spectrum”?', ['Apache ORC'], seen), 'formats.md:3');
    assert.strictEqual(bareKey('Amazon Athena (serverless SQL)'), 'athena');
  });

  it('a table of a few thousand rows is a small one: one note asks one key for it once (r61: ALL distribution twice)', () => {
    const seen = new Map<string, string>();
    const first = 'A data team is in this situation: a small branch lookup is joined by almost every query. Which layout fits it best?';
    const again = 'Which warehouse layout suits a 2,000-row currency list that nearly every report joins?';
    assert.strictEqual(sameNoteTwin(noteDraft(12), first, ['Copy everywhere'], seen), undefined);
    assert.strictEqual(sameNoteTwin(noteDraft(40), again, ['Copy everywhere'], seen), 'comparisons/warehouse.md:12');
    const large = 'Which warehouse layout suits a 2,000,000,000-row sales fact that nearly every report joins?';
    assert.strictEqual(sameNoteTwin(noteDraft(41), large, ['Copy everywhere'], seen), undefined, 'two billion rows are no small table');
  });
});
