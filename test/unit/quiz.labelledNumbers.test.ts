// A student's limit bullet or table row with several numbers behind one label (issue 9, corpora volume): each
// number becomes a sentence of its own that names what it measures, so the cloze asks one fact and the other
// numbers of the bullet no longer show. Fixtures in our own words, written the way such notes are written.
import * as assert from 'assert';
import { extractFacts } from '../../src/core/quiz/extract/facts';
import { labelledNumbers, tableNumbers } from '../../src/core/quiz/extract/labelledNumbers';
import { markdownTables } from '../../src/core/quiz/extract/tables';
import { outdatedContent } from '../../src/core/quiz/outdated';
import { userChoiceQuestions, userDoc } from './userNotes';

const LIMIT = (label: string) => /\b(?:max(?:imum)?|min(?:imum)?|retention|timeout|duration|size)\b/i.test(label);

describe('quiz: numbers behind one label in users\' notes', () => {
  it('a default and a maximum are two facts', () => {
    assert.deepStrictEqual(labelledNumbers('**Message Retention**: 4 days default up to **14 days** (two weeks)!'), [
      'The default message retention is 4 days.',
      'The maximum message retention is 14 days.',
    ]);
  });

  it('a range is asked by its ceiling; a label that names its bound takes no other', () => {
    assert.deepStrictEqual(labelledNumbers('**Function Memory**: 128 MB to 10,240 MB (10 GB) (more memory brings more CPU)'), ['The maximum function memory is 10,240 MB.']);
    assert.deepStrictEqual(labelledNumbers('**Scratch Space (`/tmp`)**: 512 MB up to 10,240 MB of disk for the run'), ['The maximum scratch space (/tmp) is 10,240 MB.']);
    assert.deepStrictEqual(labelledNumbers('**Max Run Time**: 5 minutes to 15 minutes'), [], 'the label says it is a maximum: the plain cloze reads it');
  });

  it('directions and qualifiers after each number: writes and reads, zipped and unzipped, a second unit', () => {
    assert.deepStrictEqual(labelledNumbers('**Partition Throughput**: 4 MB/sec (or 4,000 records/sec) IN, 8 MB/sec OUT.'), [
      'The partition throughput for writes, in MB/sec, is 4 MB/sec.',
      'The partition throughput for writes, in records/sec, is 4,000 records/sec.',
      'The partition throughput for reads, in MB/sec, is 8 MB/sec.',
    ]);
    assert.deepStrictEqual(labelledNumbers('**Bundle Size**: 50 MB zipped, 250 MB unzipped (images up to 10 GB).'), [
      'The maximum zipped bundle size is 50 MB.',
      'The maximum unzipped bundle size is 250 MB.',
    ]);
  });

  it('labels inside a sentence with a range in brackets, "60s" read as seconds', () => {
    assert.deepStrictEqual(labelledNumbers('**Batching**: flushes on **Batch Size** (1 MB - 64 MB) or **Batch Window** (30s - 600s), whichever comes first.'), [
      'The maximum batch size is 64 MB.',
      'The maximum batch window is 600 seconds.',
    ]);
  });

  it('advice is no limit, and one number is left to the plain cloze', () => {
    assert.deepStrictEqual(labelledNumbers('**Target Object Size**: 128 MB to 1 GB'), []);
    assert.deepStrictEqual(labelledNumbers('**Timeout**: 15 minutes (900 seconds) per call'), []);
  });

  it('extractFacts replaces such a bullet of a user\'s note by its sentences, and leaves a bundled note as it was', () => {
    const text = '# Queue\n\n## Settings\n\n- **Visibility Timeout**: 30 seconds default up to 12 hours\n';
    const user = userDoc(text);
    assert.deepStrictEqual(extractFacts(user, user.sections[1], () => 5).map((f) => f.text), ['The default visibility timeout is 30 seconds.', 'The maximum visibility timeout is 12 hours.']);
    const bundled = { ...user, source: 'bundled' as const };
    assert.deepStrictEqual(extractFacts(bundled, user.sections[1], () => 5).map((f) => f.text), ['Visibility Timeout: 30 seconds default up to 12 hours']);
  });

  it('a table row labelled with a limit gives one fact per column; a column headed by one, one per row', () => {
    const byRow = userDoc(['# Queues', '', '## Compare', '', '| Feature | Amazon SQS (Queue) | Amazon SNS (Topic) |', '| --- | --- | --- |',
      '| **Delivery** | Pull | Push |', '| **Retention** | 1 minute up to **14 days** | None (pushed at once) |'].join('\n'));
    assert.deepStrictEqual(markdownTables(byRow.sections[1]).flatMap((t) => tableNumbers(t, LIMIT)).map((f) => f.text), ['The maximum retention for Amazon SQS is 14 days.']);
    const byColumn = userDoc(['# Tiers', '', '## Matrix', '', '| Tier | Latency | Min Duration |', '| --- | --- | --- |',
      '| **Cold Tier** | ms | 90 days |', '| **Hot Tier** | ms | None |', '| **Hot $\\rightarrow$ Cold** | - | 30 days |'].join('\n'));
    assert.deepStrictEqual(markdownTables(byColumn.sections[1]).flatMap((t) => tableNumbers(t, LIMIT)).map((f) => f.text), ['The minimum duration for Cold Tier is 90 days.'], 'no fact for a blank cell nor a transition path');
    const products = userDoc(['# Lens', '', '## Tiers', '', '| Feature | Lens Storage Free | Lens Storage Paid |', '| --- | --- | --- |', '| **History** | 14 days | 15 months |'].join('\n'));
    assert.deepStrictEqual(markdownTables(products.sections[1]).flatMap((t) => tableNumbers(t, LIMIT)), [], 'a product column whose name says "storage" is no limit');
  });

  it('a stream\'s 1 MB record-size maximum is outdated (10 MiB since 2025), its default is not', () => {
    const stem = 'Which value completes this statement: “The maximum record size for Amazon Kinesis Data Streams is _____ per record.”?';
    assert.strictEqual(outdatedContent(stem, ['1 MB'])?.id, 'kinesis-record-size-1mb');
    assert.strictEqual(outdatedContent(stem.replace('maximum', 'default maximum'), ['1 MB']), undefined);
    assert.strictEqual(outdatedContent(stem.replace('Amazon Kinesis Data Streams', 'Amazon MSK'), ['1 MB']), undefined);
  });

  it('end to end: a service note\'s bullets and table become questions that name the service and the quantity', () => {
    const qs = userChoiceQuestions({
      'queue.md': ['# Amazon SQS', '', '## Limits', '', '- **Message Retention**: 4 days default up to **14 days**!', '- **Visibility Timeout**: 30 seconds default up to 12 hours', ''],
      'flows.md': ['# AWS Step Functions', '', '## Standard vs Express', '', '| Feature | Standard Workflows | Express Workflows |', '| --- | --- | --- |', '| **Max Duration** | **Up to 1 year** | **Up to 5 minutes** |', ''],
      'edge.md': ['# Edge devices', '', '## Sizes', '', '| Feature | AWS Snowcone | AWS DataSync |', '| --- | --- | --- |', '| **Capacity** | 8 TB | Unlimited |', ''],
    });
    const keyed = (q: { stem: string; options: string[]; answers: number[] }) => `${q.stem} => ${q.options[q.answers[0]]}`;
    const stems = qs.map(keyed);
    assert.ok(stems.some((s) => /about Amazon SQS: “The maximum message retention is _____\.”\? => 14 days$/.test(s)), stems.join('\n'));
    assert.ok(stems.some((s) => /“The default message retention is _____\.”\? => 4 days$/.test(s)), stems.join('\n'));
    assert.ok(stems.some((s) => /“The maximum duration for Express Workflows is _____\.”\? => 5 minutes$/.test(s)), stems.join('\n'));
    assert.ok(!stems.some((s) => /Snowcone/.test(s)), 'a retired device is not asked');
    for (const q of qs.filter((x) => /_____/.test(x.stem))) assert.ok(!/\d/.test(q.stem.replace(/^.*“/, '')), `no number left in the statement: ${q.stem}`);
  });
});
