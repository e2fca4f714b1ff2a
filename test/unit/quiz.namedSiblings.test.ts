// A family of three of a user's service capabilities ("Advanced Athena Capabilities": CTAS, Federated Query,
// Workgroups) has one option too few; the same notes name more of that service's features in other questions
// ("Which Athena technique fits …": Partition Projection), and one of them is the fourth option (issue 9,
// corpora volume; build/siblings.ts). Fixture in our own words.
import * as assert from 'assert';
import { userChoiceQuestions } from './userNotes';

describe('quiz: a user\'s family of three padded with a sibling the notes name elsewhere', () => {
  it('a family of three of a service\'s capabilities takes its fourth option from that service\'s techniques the same notes ask elsewhere', () => {
    const qs = userChoiceQuestions({ 'query.md': ['# Amazon Athena', '', '## Athena query tuning techniques', '', '| Technique | Use Case |', '|---|---|',
      '| **Partition Projection** | Skip crawler runs when new date folders arrive every hour |', '| **Columnar Formats** | Scan fewer bytes when reports read only a few columns |',
      '| **Query Result Reuse** | Answer a repeated dashboard query without scanning again |', '| **Compression** | Cut the bytes read from every file |', '',
      '## Advanced Athena Capabilities', '', '- **CTAS (Create Table As Select)**: Writes the output of a SELECT as new compressed files in S3.',
      '- **Athena Federated Query**: Reaches DynamoDB and on-premises databases through Lambda connectors.',
      '- **Athena Workgroups**: Splits teams into separate environments with their own cost tracking and IAM permissions.', ''] });
    const family = qs.filter((q) => /^Which advanced Athena capability/.test(q.stem));
    assert.ok(family.length > 0, qs.map((q) => q.stem).join('\n'));
    const techniques = ['Partition Projection', 'Columnar Formats', 'Query Result Reuse', 'Compression'];
    for (const q of family) {
      assert.strictEqual(q.options.length, 4);
      assert.strictEqual(q.options.filter((o) => techniques.includes(o)).length, 1, q.options.join(' / '));
    }
  });
});
