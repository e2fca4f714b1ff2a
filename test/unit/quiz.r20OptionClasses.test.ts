// The failure classes of blind reviews r20 and r21 (bundled and users' notes), each rule with an example it must catch
// and one it must keep. Fixtures are our own words.
import * as assert from 'assert';
import { parseNote } from '../../src/core/parser';
import { Service } from '../../src/core/model';
import { Draft } from '../../src/core/quiz/draft';
import { otherFunction } from '../../src/core/quiz/functionCategory';
import { nearKind } from '../../src/core/quiz/serviceKinds';
import { recordPracticeFact, writtenPairHalf } from '../../src/core/quiz/nearDuplicates';
import { clauseNamesOption } from '../../src/core/quiz/optionNoteMention';

const service = (id: string, category: string) => ({ id, name: id, category }) as unknown as Service;

describe('quiz: classes of blind reviews r20–r21', () => {
  it('a sensitive-data discovery key is asked only beside services that scan or govern data', () => {
    assert.ok(otherFunction(['Amazon Macie'], 'AWS Shield'), 'DDoS protection finds no personal data');
    assert.ok(otherFunction(['Amazon Macie'], 'AWS Organizations'));
    assert.ok(otherFunction(['Amazon Macie'], 'AWS WAF'));
    assert.strictEqual(otherFunction(['Amazon Macie'], 'AWS Lake Formation'), undefined, 'a governance service is a fair rival');
    assert.strictEqual(otherFunction(['AWS Lake Formation'], 'AWS Glue Data Catalog'), undefined, 'as a key, Lake Formation is asked among catalogs');
  });

  it('a stream store is no rival of an orchestrator; a queue still is', () => {
    const stepFunctions = service('step-functions', 'Application Integration');
    assert.strictEqual(nearKind(stepFunctions, service('kinesis-data-streams', 'Analytics'), true), false);
    assert.strictEqual(nearKind(stepFunctions, service('msk', 'Analytics'), true), false);
    assert.strictEqual(nearKind(stepFunctions, service('sqs', 'Application Integration'), true), true);
  });

  it('each half of a stitched Select TWO is checked against the written practice questions', () => {
    const seen = new Map<string, string>();
    recordPracticeFact('A pharmacy chain must retain prescription audit files in Amazon S3 for ten years so that no one, the root user included, can erase or replace them before the term ends. Which solution meets this?',
      [], 'practice/exam-4.md:20', seen, 'Turn on S3 Object Lock with a ten-year default retention in compliance mode.');
    const doc = parseNote({ text: '# Protection\n\n## Choose\n\nText.\n', file: '/b/comparisons/p.md', relPath: 'comparisons/p.md', source: 'bundled' }).doc;
    const pair = (a: string, b: string) => ({ kind: 'choose-two', optionKind: 'text', doc, line: 9, section: doc.sections[1],
      stem: `A team has two separate workloads. One mentions “${a}”; the other mentions “${b}”. Which TWO S3 protection features should the team choose? (Select TWO.)` }) as unknown as Draft;
    assert.strictEqual(writtenPairHalf(pair('restore a file removed by mistake', 'no one, the root user included, may erase audit files before the term ends'), ['Versioning', 'Object Lock in compliance mode'], seen), 'practice/exam-4.md:20');
    assert.strictEqual(writtenPairHalf(pair('restore a file removed by mistake', 'test retention settings before locking them for good'), ['Versioning', 'Object Lock in governance mode'], seen), undefined, 'another mode is another point');
  });

  it('an option note comes only from a clause about that option, not from a clause that ends in the same word', () => {
    const clause = 'S3-managed keys cannot be audited per use or shared through a key policy';
    assert.strictEqual(clauseNamesOption(clause, 'Keys', 'Bucket Keys'), false);
    assert.strictEqual(clauseNamesOption(clause, 'policy', 'TLS-only bucket policy'), false);
    assert.strictEqual(clauseNamesOption('rules and policies control access, they log nothing', 'control', 'Role-based access control'), false, 'a verb');
    assert.ok(clauseNamesOption('the policy protects data in transit only', 'policy', 'TLS-only bucket policy'));
    assert.ok(clauseNamesOption('Serverless cannot reuse your own nodes', 'Serverless', 'EMR Serverless'));
    assert.ok(clauseNamesOption('Bucket Keys lower the request count, not the protection', 'Bucket Keys', 'Bucket Keys'));
  });
});
