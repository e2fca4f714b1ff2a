// Blind review r15 found two classes in the bundled and users' sets: two questions from one note line with the
// same key (a table row whose cue cell lists two needs), and an S3 feature keyed beside S3 features of other
// areas (a KMS cost need answered by Bucket Keys beside Versioning, Object Lock and Replication). Fixtures are our
// own words.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuestionBank } from '../../src/core/quiz/bank';
import { s3Area, s3OffArea } from '../../src/core/quiz/s3Areas';
import { NOTES_DIR } from './paths';

describe('quiz: blind review r15 classes', function () {
  this.timeout(120000);

  it('asks one question per note line and key in the bundled bank', () => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const q of new QuestionBank(kb).questions) {
      if (q.kind === 'practice' || q.format === 'recall') continue;
      const key = `${q.source.file}:${q.source.line}|${q.answers.map((i) => q.options[i]).join('|')}`;
      if (seen.has(key)) twice.push(`${key}: “${seen.get(key)}” and “${q.stem}”`);
      else seen.set(key, q.stem);
    }
    assert.deepStrictEqual(twice, []);
  });

  it('knows the area of an S3 feature only when the option names one', () => {
    assert.strictEqual(s3Area('S3 Bucket Keys'), 'encryption');
    assert.strictEqual(s3Area('Object Lock in governance mode'), 'protection');
    assert.strictEqual(s3Area('Same-Region Replication'), 'replication');
    assert.strictEqual(s3Area('Amazon Athena'), undefined);
  });

  it('drops an S3 feature keyed beside features of other areas only, keeps one with a rival of its own area', () => {
    // A cost need about KMS calls: only one option is about encryption at all.
    assert.ok(s3OffArea(['S3 Bucket Keys'], ['S3 Versioning', 'Object Lock compliance mode', 'Cross-Region Replication']));
    // A deletion need beside an inventory report, a network endpoint and a read pattern.
    assert.ok(s3OffArea(['S3 Versioning'], ['S3 Inventory', 'S3 Gateway VPC Endpoint', 'Byte-Range Fetches']));
    // Encryption choices among themselves are a fair question.
    assert.strictEqual(s3OffArea(['SSE-S3'], ['SSE-KMS', 'DSSE-KMS', 'SSE-C']), undefined);
    // One rival of the key's own area makes the question fair (Versioning beside Object Lock).
    assert.strictEqual(s3OffArea(['S3 Versioning'], ['S3 Bucket Keys', 'Replication Time Control', 'S3 Object Lock']), undefined);
    // Options that are not all S3 features are judged by the other rules.
    assert.strictEqual(s3OffArea(['S3 Bucket Keys'], ['AWS CloudHSM', 'S3 Versioning', 'Amazon Macie']), undefined);
  });
});
