// Rules added after blind review r12 (docs/quiz.md): a feature of another option offered as a separate service,
// a card front that points back at its note's subject, and the same fact or the same options twice across a
// user's notes. Fixtures are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { QuizContext } from '../../src/core/quiz/context';
import { Draft } from '../../src/core/quiz/draft';
import { partOfChosen } from '../../src/core/quiz/optionParts';
import { leansOnNote } from '../../src/core/quiz/cardFront';
import { freshFirst, sameUserOptionSet } from '../../src/core/quiz/userOptionSets';
import { nearDuplicate } from '../../src/core/quiz/nearDuplicates';
import { NOTES_DIR } from './paths';

// Only the fields the duplicate checks read.
const userDraft = (relPath: string, line: number): Draft => ({ doc: { source: 'user', relPath }, line, optionKind: 'text' } as unknown as Draft);

describe('quiz: blind review r12 patterns', function () {
  this.timeout(60000);
  let kb: KnowledgeBase;
  let ctx: QuizContext;
  before(() => {
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    ctx = new QuizContext(kb, kb.documents());
  });

  it('a feature of another option is no separate service option', () => {
    const s = (id: string) => kb.service(id)!;
    assert.strictEqual(partOfChosen(ctx, s('cloudwatch-logs-insights'), [s('systems-manager'), s('cloudwatch-logs')])?.id, 'cloudwatch-logs');
    assert.strictEqual(partOfChosen(ctx, s('dms'), [s('application-discovery-service'), s('dms-schema-conversion')])?.id, 'dms-schema-conversion');
    assert.strictEqual(partOfChosen(ctx, s('config'), [s('systems-manager'), s('cloudwatch-logs')]), undefined);
  });

  it('a service card front that points back at its note\'s unnamed subject is dropped; a self-contained one stays', () => {
    assert.strictEqual(leansOnNote(ctx, 'Which service copies the inventory after scanning?'), true);
    assert.strictEqual(leansOnNote(ctx, 'Which service carries out the cutover before go-live?'), true);
    assert.strictEqual(leansOnNote(ctx, 'Which service offers hosted SFTP and AS2 endpoints?'), false);
    assert.strictEqual(leansOnNote(ctx, 'Which service copies the inventory after an AWS DataSync task?'), false, 'names its subject');
  });

  it('a user\'s key among the wrong options an earlier question with a shared key offered is a duplicate', () => {
    const seen = new Map<string, string>();
    const first = userDraft('a.md', 3);
    assert.strictEqual(sameUserOptionSet(first, ['Stream Store', 'Topic Broker'], ['Queue', 'Change Log', 'Pipe'], seen), undefined);
    // The pool puts the wrong options already offered beside Stream Store last.
    assert.deepStrictEqual(freshFirst(userDraft('b.md', 9), ['Stream Store'], ['Queue', 'Pipe', 'Bucket', 'Change Log', 'Mailer'], seen), ['Bucket', 'Mailer', 'Queue', 'Pipe', 'Change Log']);
    assert.strictEqual(sameUserOptionSet(userDraft('b.md', 9), ['Stream Store'], ['Pipe', 'Queue', 'Change Log'], seen), 'a.md:3');
    assert.strictEqual(sameUserOptionSet(userDraft('b.md', 9), ['Stream Store'], ['Pipe', 'Bucket', 'Mailer'], seen), undefined);
    assert.strictEqual(sameUserOptionSet(userDraft('c.md', 2), ['Archive Tier'], ['Pipe', 'Queue', 'Change Log'], seen), undefined, 'another key');
  });

  it('a hyphenated word counts once when two users\' notes state one need', () => {
    const seen = new Map<string, string>();
    const key = ['Fast Zone Tier'];
    assert.strictEqual(nearDuplicate(userDraft('a.md', 4), 'Which tier fits this use case best: “High-throughput queries (Spark, Presto, tuning)”?', key, seen), undefined);
    assert.strictEqual(nearDuplicate(userDraft('b.md', 8), 'Which tier fits this requirement best: “Steady single-digit millisecond reads for queries or Spark”?', key, seen), 'a.md:4');
  });
});
