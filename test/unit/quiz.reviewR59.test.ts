// Patterns of blind review r59 (docs/quiz.md): two short rows of two users' notes that state one use of one key.
// Fixtures are our own words.
import * as assert from 'assert';
import { Draft } from '../../src/core/quiz/draft';
import { nearDuplicate } from '../../src/core/quiz/nearDuplicates';

// Only the fields the duplicate check reads.
const userDraft = (relPath: string, line: number): Draft => ({ doc: { source: 'user', relPath }, line, optionKind: 'text' } as unknown as Draft);

describe('quiz: blind review r59 patterns', () => {
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
});
