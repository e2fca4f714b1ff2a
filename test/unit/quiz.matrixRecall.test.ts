// A student's comparison matrices as self-graded recall cards (build/matrixRecall.ts, build/matrixFront.ts).
// Fixtures are our own words, in the idiom students write: "| Feature | Service A | Service B |" then one row
// per attribute with a bold label.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/generator';
import { Question } from '../../src/core/quiz/types';
import { attributePhrase, matrixFront, matrixProblem, tableProblem } from '../../src/core/quiz/build/matrixFront';
import { columnText } from '../../src/core/quiz/build/matrixRecall';
import { NOTES_DIR } from './paths';

const isName = (w: string) => ['Glue', 'Athena'].includes(w);

function userCards(notes: Record<string, string[]>): Question[] {
  const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
  for (const [name, lines] of Object.entries(notes)) kb.upsert(parseNote({ text: lines.join('\n'), file: `/user/${name}`, relPath: name, source: 'user' }));
  return new QuestionBank(kb).questions.filter((q) => q.source.file.startsWith('/user/') && q.format === 'recall');
}

describe('quiz: recall cards of a user\'s comparison matrices', () => {
  it('reads a matrix only when the first header is the attribute column and the others are compared things', () => {
    assert.strictEqual(tableProblem('Queues', ['Feature', 'Amazon SQS', 'Amazon SNS']), undefined);
    assert.strictEqual(tableProblem('Queues', ['**Characteristic**', 'Lake', 'Warehouse', 'Lakehouse']), undefined);
    assert.ok(tableProblem('Queues', ['Service', 'Description', 'Use Case']));
    assert.ok(tableProblem('Queues', ['Feature', 'Description', 'Exam Tip']));
    assert.ok(tableProblem('Queues', ['Feature', 'Amazon SQS']));
    assert.ok(tableProblem('My study plan', ['Feature', 'Week 1', 'Week 2']));
  });

  it('leaves out rows with nothing to recall, residue, prices, obscure limits, former terms and known errors', () => {
    assert.strictEqual(matrixProblem('**Delivery Model**', ['Consumers poll', 'Pushed to subscribers']), undefined);
    assert.ok(matrixProblem('Encryption', ['✓', '✓']));
    assert.ok(matrixProblem('Encryption', ['Yes', 'No']));
    assert.ok(matrixProblem('Ordering', ['Per shard', '']));
    assert.ok(matrixProblem('Durability', ['Eleven nines', 'eleven nines']));
    assert.ok(matrixProblem('Cost', ['$0.40 a month', 'Free']));
    assert.ok(matrixProblem('Latency', ['$<10$ ms', 'Seconds']));
    assert.ok(matrixProblem('Max Message Size', ['256 KB', '2 GB']));
    assert.ok(matrixProblem('Key', ['AWS managed CMK', 'Customer managed key']));
    assert.ok(matrixProblem('Allowed?', ['Sometimes', 'Never']));
    assert.ok(matrixProblem('Query Engines', ['Trino', 'Spark, Iceberg']));
  });

  it('asks the comparison by the attribute in lower case, names kept, and a use-case row as what each is for', () => {
    assert.strictEqual(attributePhrase('Max Execution Time', isName), 'maximum execution time');
    assert.strictEqual(attributePhrase('Glue Integration', isName), 'Glue integration');
    assert.strictEqual(attributePhrase('Cross-Account Access', isName), 'cross-account access');
    assert.strictEqual(matrixFront(['Amazon SQS', 'Amazon SNS'], 'Delivery Model', '', isName), 'Compare Amazon SQS and Amazon SNS by delivery model.');
    assert.strictEqual(matrixFront(['A', 'B', 'C'], 'Best For', '', isName), 'What is each of A, B and C typically used for?');
    assert.strictEqual(matrixFront(['Standard Workflows', 'Express Workflows'], 'Pricing Model', 'AWS Step Functions', isName),
      'In AWS Step Functions, compare Standard Workflows and Express Workflows by pricing model.');
    assert.strictEqual(matrixFront(['Security Group', 'Network ACL'], 'Operates At', 'Amazon VPC', isName), 'In Amazon VPC, compare Security Group and Network ACL by where each operates.');
    assert.strictEqual(matrixFront(['A', 'B'], 'Network Needed', '', isName), undefined);
    assert.strictEqual(columnText('Data Lake (e.g. [[s3]])'), 'Data Lake');
  });

  it('gives one card per attribute row of a user\'s matrix, services by their current names, retired columns left out', () => {
    const cards = userCards({
      'queues.md': [
        '# Queues and topics',
        '',
        '## Queue versus topic',
        '',
        '| Feature | SQS | Amazon SNS |',
        '| --- | --- | --- |',
        '| **Delivery Model** | **Pull**: consumers poll for messages | **Push** to every subscriber |',
        '| **Encryption** | ✓ | ✓ |',
        '| **Price** | $0.40 per million | $0.50 per million |',
        '| **Fan-out** | One consumer handles each message | Every subscriber gets its own copy |',
      ],
      'transfer.md': [
        '# Moving data offline',
        '',
        '## Device matrix',
        '',
        '| Feature | AWS DataSync | AWS Snowmobile |',
        '| --- | --- | --- |',
        '| **Transport** | Over the network, on a schedule | A shipping container on a truck |',
      ],
    });
    const byStem = new Map(cards.map((q) => [q.stem, q.answerText]));
    assert.strictEqual(byStem.get('Compare Amazon SQS and Amazon SNS by delivery model.'), 'Amazon SQS: Pull: consumers poll for messages. Amazon SNS: Push to every subscriber.');
    assert.strictEqual(byStem.get('Compare Amazon SQS and Amazon SNS by fan-out.'), 'Amazon SQS: One consumer handles each message. Amazon SNS: Every subscriber gets its own copy.');
    assert.ok(![...byStem.keys()].some((s) => /encryption|price|DataSync|Snowmobile/i.test(s)), [...byStem.keys()].join('\n'));
  });

  it('asks compared things that are not services within the service the note is about', () => {
    const cards = userCards({
      'workflows.md': [
        '# AWS Step Functions',
        '',
        '## Two kinds of workflow',
        '',
        '| Feature | Standard Workflows | Express Workflows |',
        '| --- | --- | --- |',
        '| **Execution Semantics** | Exactly-once for each step | At-least-once (asynchronous) or at-most-once (synchronous) |',
      ],
    });
    assert.deepStrictEqual(cards.map((q) => [q.stem, q.answerText]), [[
      'In AWS Step Functions, compare Standard Workflows and Express Workflows by execution semantics.',
      'Standard Workflows: Exactly-once for each step. Express Workflows: At-least-once (asynchronous) or at-most-once (synchronous).',
    ]]);
  });
});
