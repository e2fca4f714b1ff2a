// Typo tolerance: Damerau edits (a swap of two letters is one edit), doubled and dropped letters,
// neighbouring keys, split and joined words, on the bundled notes and on a user vault alike.
import * as assert from 'assert';
import * as path from 'path';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { SearchIndex } from '../../src/core/search';
import { correctWord } from '../../src/core/search/typos';
import { Vocabulary } from '../../src/core/search/vocabulary';
import { NOTES_DIR, TEST_DATA_DIR } from './paths';

describe('search: typo tolerance', () => {
  let bundled: SearchIndex;
  let vault: SearchIndex;
  before(() => {
    bundled = new SearchIndex(buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]));
    vault = new SearchIndex(buildKnowledgeBase([{ root: path.join(TEST_DATA_DIR, 'vault'), kind: 'user' }]));
  });

  const first = (index: SearchIndex, q: string) => { const h = index.search(q, { limit: 3 })[0]; return h && `${h.doc.relPath}#${h.section.title}`; };

  it('counts a swap of two adjacent letters as one edit, in words of 3+ letters', () => {
    for (const [q, file] of [['lamdba', 'services/lambda.md'], ['athean', 'services/athena.md'], ['redshfit', 'services/redshift.md'],
      ['dyanmodb', 'services/dynamodb.md'], ['glcaier', 'services/s3-glacier.md'], ['aws gleu', 'services/glue.md']]) {
      assert.strictEqual(bundled.search(q)[0]?.doc.relPath, file, q);
    }
  });

  it('forgives doubled, dropped and neighbouring-key letters', () => {
    for (const [q, file] of [['emrr', 'services/emr.md'], ['athna', 'services/athena.md'], ['kinesiss', 'services/amazon-kinesis.md'], ['lakw formation', 'services/lake-formation.md']]) {
      assert.strictEqual(bundled.search(q)[0]?.doc.relPath, file, q);
    }
  });

  it('joins split words and splits joined ones', () => {
    for (const [q, file] of [['dynamo db', 'services/dynamodb.md'], ['red shift', 'services/redshift.md'], ['app flow', 'services/appflow.md'], ['gluecrawler', 'services/glue-crawler.md']]) {
      assert.strictEqual(bundled.search(q)[0]?.doc.relPath, file, q);
    }
  });

  it('works the same on a user vault', () => {
    assert.strictEqual(first(vault, 'kinesis data straems'), 'services/kinesis-streams.md#🌊 Amazon Kinesis Data Streams');
    assert.strictEqual(vault.search('app flwo')[0]?.doc.relPath, 'services/appflow.md');
    assert.strictEqual(vault.search('app flow')[0]?.doc.relPath, 'services/appflow.md');
    assert.strictEqual(vault.search('compactoin')[0]?.section.title, 'Compaction');
    assert.strictEqual(first(vault, 'time travle'), 'concepts/table-formats.md#Time travel and rollback');
  });

  it('leaves words the notes contain alone, and the word being typed while it is a prefix', () => {
    const vocab = new Vocabulary();
    vocab.addSection('athena queries parquet files in glue tables');
    assert.strictEqual(correctWord('athena', vocab), undefined);
    assert.strictEqual(correctWord('athean', vocab), 'athena');
    assert.strictEqual(correctWord('xq', vocab), undefined);
    assert.deepStrictEqual(bundled.lookup('athen').corrections, []);
    assert.deepStrictEqual(bundled.lookup('athean').corrections, [{ from: 'athean', to: 'athena' }]);
  });
});
