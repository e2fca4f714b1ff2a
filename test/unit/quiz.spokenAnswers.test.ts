// Questions and answers of a lesson written as it is spoken (extract/spokenAnswer.ts, passages.ts) and the recall
// cards a user's note gives from them (build/scenario.ts, gate/recall.ts). Fixtures are our own words, in the
// idioms of an interview-style transcript.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/generator';
import { extractPassages } from '../../src/core/quiz/extract/passages';
import { joinFollowUp, withoutTalk } from '../../src/core/quiz/extract/spokenAnswer';
import { NOTES_DIR } from './paths';
import { userDoc } from './userNotes';

const one = (lines: string[]) => userDoc(`# Lesson\n\n## Part\n\n${lines.join('\n')}\n`).sections[1];
const qa = (lines: string[]) => extractPassages(one(lines)).map((c) => [c.question, c.answer]);

describe('quiz: spoken answers (spokenAnswer.ts)', () => {
  it('talk that opens an answer is left out, the sentence that answers kept', () => {
    assert.strictEqual(withoutTalk('Well, let\'s take a step back. Keep the raw files in S3.'), 'Keep the raw files in S3.');
    assert.strictEqual(withoutTalk('Great question. Partition by date.'), 'Partition by date.');
    assert.strictEqual(withoutTalk('I always recommend keeping the raw files unchanged.'), 'Keeping the raw files unchanged.');
    assert.strictEqual(withoutTalk('You have to know that COPY loads files in parallel.'), 'COPY loads files in parallel.');
    assert.strictEqual(withoutTalk('Well, let\'s step back to basics.'), '');
    assert.strictEqual(withoutTalk('Amazon MSK and Amazon Kinesis Data Streams.'), 'Amazon MSK and Amazon Kinesis Data Streams.');
  });

  it('a follow-up question that says what is wanted joins the first one', () => {
    assert.deepStrictEqual(joinFollowUp('What if the source is a file share in a data center?', 'Which AWS service would you use? AWS DataSync copies NFS and SMB shares.'),
      { question: 'Which AWS service would you use if the source is a file share in a data center?', rest: 'AWS DataSync copies NFS and SMB shares.' });
    assert.strictEqual(joinFollowUp('What if the source is a file share?', 'AWS DataSync copies it.'), undefined);
  });

  it('a passage whose answer opens with talk is answered by the next block', () => {
    assert.deepStrictEqual(qa([
      'How can you make a nightly COPY into Amazon Redshift load faster? Well, let\'s take a step back.', '',
      '- Split the input into several compressed files, a multiple of the slice count, so every slice loads at once.',
    ]), [['How can you make a nightly COPY into Amazon Redshift load faster?', 'Split the input into several compressed files, a multiple of the slice count, so every slice loads at once.']]);
  });

  it('a recommendation keeps what is recommended; a follow-up is part of the question', () => {
    assert.deepStrictEqual(qa(['What is a good first step toward replaying a failed ingestion day? I always recommend keeping the raw files unchanged in Amazon S3.']),
      [['What is a good first step toward replaying a failed ingestion day?', 'Keeping the raw files unchanged in Amazon S3.']]);
    const joined = extractPassages(one(['What if the source is a file share in a data center? Which AWS service would you use? AWS DataSync copies NFS and SMB shares into Amazon S3.']));
    assert.deepStrictEqual(joined.map((c) => [c.question, c.answer, c.joined]), [['Which AWS service would you use if the source is a file share in a data center?', 'AWS DataSync copies NFS and SMB shares into Amazon S3.', true]]);
  });

  it('"Do you know which … that X can …?" asks "Which … can X …?"', () => {
    assert.deepStrictEqual(qa(['Do you know which formats that Amazon Athena can read? Parquet, ORC, JSON and CSV, among others.']).map((c) => c[0]), ['Which formats can Amazon Athena read?']);
  });

  it('a question after a discourse opener is read', () => {
    assert.deepStrictEqual(qa(['We covered the zones already. Back to basics, what are the three layers of a medallion lake? Bronze, silver and gold.']),
      [['What are the three layers of a medallion lake?', 'Bronze, silver and gold.']]);
  });
});

describe('quiz: a user\'s spoken lesson as recall cards', () => {
  const lesson = [
    '# Streaming lesson', '',
    '## Ingesting streams', '',
    'Do you know which storage services that Kinesis Data Firehose can load records into? They include Amazon Redshift, Amazon S3 and Amazon OpenSearch Service.', '',
    'How would you set that up? Well, first I would create the delivery stream and then point the producers at it.', '',
    'What if you need to move a nightly file drop from a data center?', '',
    'Make sure you know each transfer service and when to pick it.', '',
    'What are AWS services that help at the collection stage?', '',
    'Collection systems must keep up with bursts of small writes.', '',
  ];
  let cards: { stem: string; answerText?: string }[];
  let rules: Map<string, string>;
  before(() => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    kb.upsert(parseNote({ text: lesson.join('\n'), file: '/user/lesson.md', relPath: 'lesson.md', source: 'user' }));
    const bank = new QuestionBank(kb);
    cards = bank.questions.filter((q) => q.source.file === '/user/lesson.md' && q.format === 'recall');
    rules = new Map(bank.rejections.filter((r) => r.file === '/user/lesson.md' && r.kind === 'recall').map((r) => [r.stem, r.rule]));
  });

  it('a question whose choice form has no fair wrong options is asked as a card, in current names', () => {
    const card = cards.find((c) => /storage services/.test(c.stem));
    assert.ok(card, JSON.stringify({ cards, rules: [...rules] }));
    assert.strictEqual(card.stem, 'Which storage services can Amazon Data Firehose load records into?');
    assert.match(card.answerText!, /^Amazon Redshift, Amazon S3 and Amazon OpenSearch Service\. \(Amazon Data Firehose was formerly/);
  });

  it('cards a strict reviewer rejects are dropped with their rule', () => {
    assert.strictEqual(rules.get('How would you set that up?'), 'recall-context');
    assert.strictEqual(rules.get('What if you need to move a nightly file drop from a data center?'), 'recall-context');
    assert.strictEqual(rules.get('What are AWS services that help at the collection stage?'), 'recall-unanswered');
    assert.deepStrictEqual(cards.map((c) => c.stem), ['Which storage services can Amazon Data Firehose load records into?']);
  });
});
