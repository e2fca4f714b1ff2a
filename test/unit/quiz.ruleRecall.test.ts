// A student's exam decision rules whose answer is an action, as self-graded recall cards (build/ruleRecall.ts).
// Fixtures are our own words, in the idiom service notes end with: a callout of "> - **<need>**: <what to do>".
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/generator';
import { Question } from '../../src/core/quiz/types';
import { questionOf } from '../../src/core/quiz/build/ruleRecall';
import { NOTES_DIR } from './paths';

function userCards(notes: Record<string, string[]>): Question[] {
  const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
  for (const [name, lines] of Object.entries(notes)) kb.upsert(parseNote({ text: lines.join('\n'), file: `/user/${name}`, relPath: name, source: 'user' }));
  return new QuestionBank(kb).questions.filter((q) => q.source.file.startsWith('/user/') && q.format === 'recall');
}

const serviceNote = (title: string, rules: string[], after: string[] = []) => [
  '---', `title: ${title}`, 'type: aws-service', '---', `# ${title}`, '', '## Exam decision rules', '',
  '> [!TIP]', '> **Rules to remember**:', '>', ...rules.map((r) => `> - ${r}`), '', ...after,
];

describe('quiz: recall cards of a user\'s decision rules whose answer is an action', () => {
  it('asks a need that says what to do, or a label whose rest states the situation; not a bare label', () => {
    assert.deepStrictEqual(questionOf('Restore an object deleted by mistake', 'Delete the **delete marker**.'), { ask: 'how do you restore an object deleted by mistake?', action: 'Delete the **delete marker**.' });
    assert.deepStrictEqual(questionOf('Migrating a SQL Server schema to Aurora', 'Use **AWS SCT** first.'), { ask: 'how do you migrate a SQL Server schema to Aurora?', action: 'Use **AWS SCT** first.' });
    assert.deepStrictEqual(questionOf('Stream Throughput', 'If getting `ThrottledError`, add shards.'), { ask: 'what do you do when you get `ThrottledError`?', action: 'Add shards.' });
    assert.deepStrictEqual(questionOf('Cost Control', 'To lower query costs, store columnar files.'), { ask: 'how do you lower query costs?', action: 'Store columnar files.' });
    assert.strictEqual(questionOf('Cost Optimization', 'Use **Spot Instances** for task nodes.'), undefined);
  });

  it('gives a card per action rule, within the note\'s subject, cleaned; choices, labels, limits, wrong advice and repeats left out', () => {
    const cards = userCards({
      'versions.md': serviceNote('Amazon S3 Versioning & Object Recovery', [
        '**Restore an object that was deleted by mistake in a versioned bucket**: Delete the **delete marker** that now hides its versions!',
        '**Guard objects against accidental overwrites**: Choose **S3 Versioning**.',
        '**Cost Optimization**: Turn on compression.',
        '**Remove delete markers that no longer hide any version**: Enable `ExpiredObjectDeleteMarkers` in a lifecycle rule.',
        '**Transition objects to Standard-IA**: Must keep them **30 days** in S3 Standard first.',
        '**Prevent an upload-triggered function from calling itself forever**: Configure the trigger\'s prefix filter so the function writes to another prefix $\\rightarrow$ `output/`.',
      ], ['## Plain list', '', '- **Restore a file after a delete in a versioned bucket**: Remove the newest delete marker by hand.']),
      'lifecycle.md': serviceNote('Amazon S3 Lifecycle Rules', [
        '**Clean up delete markers left with no versions behind them**: Set **`ExpiredObjectDeleteMarkers: true`** in the bucket\'s lifecycle configuration.',
      ]),
      'keys.md': serviceNote('AWS KMS Notes', [
        '**KMS Throttling in Big Jobs**: If getting `KMSInvalidStateException` throttling, enable **S3 Bucket Keys** on the buckets those jobs scan.',
      ]),
    });
    const byStem = new Map(cards.map((q) => [q.stem, q.answerText]));
    assert.strictEqual(byStem.get('In Amazon S3 Versioning, how do you restore an object that was deleted by mistake in a versioned bucket?'), 'Delete the delete marker that now hides its versions.');
    assert.strictEqual(byStem.get('In Amazon S3 Lifecycle Rules, how do you clean up delete markers left with no versions behind them?'),
      'Set ExpiredObjectDeleteMarker to true in the bucket\'s lifecycle configuration.', [...byStem.keys()].join('\n'));
    assert.strictEqual(byStem.get('In Amazon S3 Versioning, how do you prevent an upload-triggered function from calling itself forever?'),
      'Configure the trigger\'s prefix filter so the function writes to another prefix → output/.');
    // Rule cards only ("how do you …"): a choice rule may still become a need card (needRecall.ts).
    const stems = cards.map((q) => q.stem).filter((x) => /\b(?:how do you|what do you do)\b/.test(x)).join('\n');
    // A choice ("Choose **S3 Versioning**"), a bare label, a limit ("Must keep …") and a plain list give no card here.
    assert.ok(!/overwrites|compression|Standard-IA|after a delete/.test(stems), stems);
    // Wrong advice: KMSInvalidStateException is no throttling error.
    assert.ok(!/KMS|Bucket Keys/.test(stems), stems);
    // The same setting in a second note is one card (the first note read keeps it).
    assert.ok(!cards.some((q) => q.source.file === '/user/versions.md' && /ExpiredObjectDeleteMarker/.test(q.answerText ?? '')), stems);
  });

  it('asks a Kinesis family note\'s shard rule about Kinesis Data Streams, and a need naming the subject as it is', () => {
    const cards = userCards({
      'streams.md': serviceNote('Amazon Kinesis Family', [
        '**Kinesis Throughput**: If getting `ProvisionedThroughputExceededException`, add shards or retry with exponential backoff and spread partition keys.',
      ]),
      'athena-notes.md': serviceNote('Amazon Athena', [
        '**Cost Control**: To reduce Amazon Athena query costs, convert data to **Parquet** and partition it by date.',
      ]),
    });
    const byStem = new Map(cards.map((q) => [q.stem, q.answerText]));
    assert.strictEqual(byStem.get('In Amazon Kinesis Data Streams, what do you do when you get ProvisionedThroughputExceededException?'),
      'Add shards or retry with exponential backoff and spread partition keys.', [...byStem.keys()].join('\n'));
    assert.strictEqual(byStem.get('How do you reduce Amazon Athena query costs?'), 'Convert data to Parquet and partition it by date.', [...byStem.keys()].join('\n'));
  });
});
