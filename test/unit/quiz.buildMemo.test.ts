// The per-build memos and indexes of the bank build (docs/quiz.md, "Build time"): each must answer exactly as
// the scan or computation it replaces, start over with every build, and leave nothing behind once the bank is
// built. Texts are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuestionBank } from '../../src/core/quiz/generator';
import { memoSize, memoText, releaseMemos } from '../../src/core/quiz/buildMemo';
import { WrittenKeys } from '../../src/core/quiz/writtenKeys';
import { KeyWordIndex } from '../../src/core/quiz/keyWordIndex';
import { hasWord, stems } from '../../src/core/quiz/text';
import { recordPracticeFact, samePracticeFact } from '../../src/core/quiz/nearDuplicates';
import { leaksKey } from '../../src/core/quiz/keyLeak';
import { namePartLeak } from '../../src/core/quiz/nameLeak';
import { afterSentenceEnd } from '../../src/core/quiz/practiceGiveaway';
import { NOTES_DIR } from './paths';

describe('quiz build memos and indexes', function () {
  this.timeout(120000);
  afterEach(() => releaseMemos());

  it('memoText works out each distinct text once until releaseMemos, undefined answers included', () => {
    let calls = 0;
    const firstCap = memoText((t: string) => { calls++; return /[A-Z]/.exec(t)?.[0]; });
    assert.strictEqual(firstCap('a Kinesis stream'), 'K');
    assert.strictEqual(firstCap('a Kinesis stream'), 'K');
    assert.strictEqual(firstCap('no capitals here'), undefined);
    assert.strictEqual(firstCap('no capitals here'), undefined);
    assert.strictEqual(calls, 2);
    assert.ok(memoSize() >= 2);
    releaseMemos();
    assert.strictEqual(memoSize(), 0);
    assert.strictEqual(firstCap('a Kinesis stream'), 'K');
    assert.strictEqual(calls, 3, 'worked out again after the release');
  });

  it('leaves no memo behind once a bank is built, and a second build on a fresh parse gives the same bank', () => {
    const build = () => new QuestionBank(buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]));
    const json = (b: QuestionBank) => JSON.stringify({ questions: b.questions, rejections: b.rejections, diagnostics: b.diagnostics });
    const first = build();
    assert.strictEqual(memoSize(), 0, 'the bank frees its memos at the end of the build');
    assert.ok(first.rejections.some((r) => r.rule === 'leak-word'), 'the leak tests (which read the memos) ran');
    assert.strictEqual(json(build()), json(first));
  });

  const KEYS = [
    'Turn on S3 Object Lock in compliance mode with a retention period',
    'Use AWS Glue job bookmarks to read only new files',
    'An Athena CTAS query that writes Parquet',
    'Kinesis Data Streams with enhanced fan-out',
    'glue',
    'Use Amazon Redshift Spectrum over the S3 data lake',
    'A .NET client for Amazon ElastiCache (Redis OSS) with Object Lock-style retention',
  ];

  it('WrittenKeys names the entries whose key holds every answer as a whole word, as hasWord over each does', () => {
    const index = new WrittenKeys((t) => new Set([...stems(t)].filter((w) => w.length >= 3)));
    KEYS.forEach((key, i) => index.add({ key, words: new Set(), at: `exam.md:${i}` }));
    const asks = [['Object Lock'], ['AWS Glue'], ['Glue'], ['Parquet', 'Athena'], ['S3'], ['Kinesis Data Streams', 'fan-out'], ['Lock in'], [''], ['Redshift', 'nothing'], ['.NET'], ['(Redis OSS)'], ['redis oss)'], ['Lock'], ['object lock-style'], []];
    for (const correct of asks) {
      const want = index.all.filter((p) => correct.every((c) => hasWord(p.key, c))).map((p) => p.at);
      assert.deepStrictEqual(index.namingAll(correct).map((p) => p.at), want, correct.join(' + '));
    }
    assert.ok(index.namingAll(['Glue']).length >= 2);
  });

  it('WrittenKeys answers again after a key is added (a lookup made before it is not reused)', () => {
    const index = new WrittenKeys((t) => stems(t));
    index.add({ key: KEYS[0], words: new Set(), at: 'a' });
    assert.deepStrictEqual(index.namingAll(['Glue']), []);
    index.add({ key: KEYS[1], words: new Set(), at: 'b' });
    assert.deepStrictEqual(index.namingAll(['Glue']).map((p) => p.at), ['b']);
    assert.deepStrictEqual([...index.contentOf(index.all[1])], [...stems(KEYS[1])]);
  });

  it('KeyWordIndex gives the entries sharing a key word, in the order added, as a scan does', () => {
    const index = new KeyWordIndex<{ key?: Set<string>; n: number }>();
    const entries = KEYS.map((k, n) => ({ key: new Set(k.toLowerCase().split(/\s+/)), n }));
    entries.push({ key: undefined as unknown as Set<string>, n: 99 });
    for (const e of entries) index.add(e);
    for (const probe of ['use the s3 data lake', 'glue', 'kinesis athena', 'nothing in common', '']) {
      const words = new Set(probe.split(/\s+/).filter(Boolean));
      const want = entries.filter((e) => e.key && [...e.key].some((w) => words.has(w))).map((e) => e.n);
      assert.deepStrictEqual(index.sharing(words).map((e) => e.n), want, probe);
    }
    assert.strictEqual(index.size, entries.length);
  });

  it('finds a repeated practice point only within its own build', () => {
    const one = new Map<string, string>();
    const other = new Map<string, string>();
    const stem = 'A retailer keeps order events in S3 and analysts need ad hoc SQL over them with no servers to run. Which solution meets the requirements?';
    const again = 'Analysts at a retailer need ad hoc SQL over order events kept in S3 and want no servers to run. What should the engineer choose?';
    assert.strictEqual(samePracticeFact(stem, 'Query the events in place with Amazon Athena', 'exam-1.md:10', one), undefined);
    recordPracticeFact(stem, ['Amazon Athena'], 'exam-1.md:10', one, 'Query the events in place with Amazon Athena');
    assert.strictEqual(samePracticeFact(again, 'Query the events in place with Amazon Athena', 'exam-2.md:20', one), 'exam-1.md:10');
    assert.strictEqual(samePracticeFact(again, 'Query the events in place with Amazon Athena', 'exam-2.md:20', other), undefined, 'another build starts empty');
    // A key with no word in common is never the same point, whatever the scenario.
    assert.strictEqual(samePracticeFact(again, 'Load the events into Redshift', 'exam-3.md:5', one), undefined);
  });

  it('reads a two-need text joined by "; " as it reads the same needs joined otherwise', () => {
    const cases: [string, string, string, string[]][] = [
      ['files copied nightly from a file server', 'copies must sync on a schedule', 'AWS DataSync', ['AWS Transfer Family', 'AWS Snowball', 'Amazon S3']],
      ['immediate retrieval of archived scans', 'rarely read records', 'S3 Glacier Instant Retrieval', ['S3 Glacier Flexible Retrieval', 'S3 Standard-IA', 'S3 One Zone-IA']],
      ['recognize faces in uploaded photos', 'no model training', 'Amazon Rekognition', ['Amazon Textract', 'Amazon Comprehend', 'Amazon SageMaker AI']],
      ['dual-layer server-side encryption', 'keys rotated yearly', 'SSE-KMS', ['DSSE-KMS', 'SSE-S3', 'SSE-C']],
      ['a schema registry for Kafka topics', 'in-memory caching of lookups', 'Amazon MemoryDB', ['Amazon ElastiCache', 'Amazon DynamoDB', 'Amazon RDS']],
    ];
    let leaks = 0;
    for (const [a, b, key, ds] of cases) {
      const joined = `${a}; ${b}`;
      const plain = `${a};\t${b}`;
      assert.strictEqual(leaksKey(joined, key, ds), leaksKey(plain, key, ds), joined);
      assert.strictEqual(namePartLeak(joined, key, ds), namePartLeak(plain, key, ds), joined);
      if (leaksKey(joined, key, ds)) leaks++;
    }
    assert.ok(leaks >= 3, `the cases leak (${leaks})`);
  });

  it('afterSentenceEnd reads a text before a word as /[.!?:]\\s*$/ does', () => {
    const texts = ['Which one? Pick A. Then: B', 'Choose:\u00a0Glue', 'Use it .\t\n Next', 'no end here', ': x', '', 'ends!'];
    for (const text of texts) {
      for (let end = 0; end <= text.length; end++) assert.strictEqual(afterSentenceEnd(text, end), /[.!?:]\s*$/.test(text.slice(0, end)), `${JSON.stringify(text)} at ${end}`);
    }
  });
});
