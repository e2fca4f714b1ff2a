// Rules added after blind review r10 of users' notes (docs/quiz.md): one question per key among a user's
// "fits best" / "is described here" questions, note wording (exclamation marks, a cloze's glosses) out of
// stems, Firehose's former 60-second minimum buffer interval, needs that several services meet alike, and
// a situation lead-in that stands alone. Fixtures are our own words.
import * as assert from 'assert';
import { withoutNoteAsides } from '../../src/core/quiz/noteAsides';
import { leadIn } from '../../src/core/quiz/build/statement';
import { outdatedContent } from '../../src/core/quiz/outdated';
import { sharesCapability } from '../../src/core/quiz/serviceKinds';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { NOTES_DIR } from './paths';
import { userChoiceQuestions } from './userNotes';

describe('quiz: users\' notes, blind review r10 patterns', () => {
  it('a quoted cue loses its exclamation marks, and a cloze its glosses that do not hold the blank', () => {
    assert.strictEqual(withoutNoteAsides('Which value completes this statement about AWS Lambda: “A single run may last up to _____ at most!”?'),
      'Which value completes this statement about AWS Lambda: “A single run may last up to _____ at most.”?');
    assert.strictEqual(withoutNoteAsides('Which value completes this statement: “Records are flushed at _____ or after a time limit, whichever comes first (small batches, near real time).”?'),
      'Which value completes this statement: “Records are flushed at _____ or after a time limit, whichever comes first.”?');
    // The gloss that holds the blank is the question itself.
    // A gloss with a figure is a fact other rules check (key in another unit, outdated limit): kept.
    assert.strictEqual(withoutNoteAsides('Which value completes this statement: “A run may last _____ (900 seconds) at most.”?'),
      'Which value completes this statement: “A run may last _____ (900 seconds) at most.”?');
    assert.strictEqual(withoutNoteAsides('Which value completes this statement: “Batches range in size (1 MB - _____) per delivery.”?'),
      'Which value completes this statement: “Batches range in size (1 MB - _____) per delivery.”?');
    // Outside a cloze, a parenthetical names what the need covers: kept.
    assert.strictEqual(withoutNoteAsides('Which storage class fits this use case best: “Fast scratch data (Spark, training jobs)”?'),
      'Which storage class fits this use case best: “Fast scratch data (Spark, training jobs)”?');
    assert.strictEqual(withoutNoteAsides('Which service fits this requirement best: “Cheap archive, never read!!”?'), 'Which service fits this requirement best: “Cheap archive, never read.”?');
    // A cloze before it is worded.
    assert.strictEqual(withoutNoteAsides('Fill in the blank: Each run gets up to _____ of memory (more memory, more CPU)!'), 'Fill in the blank: Each run gets up to _____ of memory.');
  });

  it('Firehose buffer intervals from 60 s are outdated (0–900 s since zero buffering); 0–900 s passes', () => {
    assert.strictEqual(outdatedContent('Which value completes this statement about Amazon Data Firehose: “It flushes at _____ or when the buffer interval (60 s to 900 s) ends.”?', ['64 MB'])?.id, 'firehose-buffer-interval-60');
    assert.strictEqual(outdatedContent('Which value is the shortest buffer interval of Amazon Data Firehose?', ['60 seconds'])?.id, 'firehose-buffer-interval-60');
    assert.strictEqual(outdatedContent('Which value completes this statement about Amazon Data Firehose: “Buffer interval runs from 0 to _____.”?', ['900 seconds']), undefined);
    assert.strictEqual(outdatedContent('Which value completes this statement: “A Lambda function may run 60 seconds to 900 seconds.”?', ['15 minutes']), undefined, 'not Firehose');
  });

  it('a need several services meet alike: SQL over S3, moving data in from on-premises storage', () => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const s = (id: string) => kb.service(id)!;
    const sql = 'Logs are kept in an S3 bucket. Which AWS service can you use to run SQL over them?';
    assert.strictEqual(sharesCapability(sql, s('athena'), s('opensearch-service')), true);
    assert.strictEqual(sharesCapability(sql, s('athena'), s('redshift')), true);
    assert.strictEqual(sharesCapability(sql, s('athena'), s('dynamodb')), false);
    assert.strictEqual(sharesCapability('Which AWS service runs SQL over a relational table?', s('athena'), s('redshift')), false, 'no S3 in the need');
    const onPrem = 'Which AWS service can bring files in from an on-premises NFS file server?';
    assert.strictEqual(sharesCapability(onPrem, s('datasync'), s('storage-gateway')), true);
    assert.strictEqual(sharesCapability('Which AWS service copies objects between two S3 buckets on a schedule?', s('datasync'), s('storage-gateway')), false);
    assert.strictEqual(sharesCapability('Which service fits: “move a Hadoop HDFS cluster\'s files into S3”?', s('datasync'), s('snowball-edge')), true);
  });

  it('a lead-in whose "the" pointed to a sentence the stem does not carry stands alone', () => {
    assert.strictEqual(leadIn('the logs are written to an S3 bucket'), 'Logs are written to an S3 bucket.');
    assert.strictEqual(leadIn('your tables live in Amazon Redshift'), 'Your tables live in Amazon Redshift.');
  });

  it('one question per key among a user\'s "fits best" lines, across rows and notes', () => {
    const qs = userChoiceQuestions({
      'pipelines.md': ['# Pipelines review', '', '## Summary', '', '| Need | Service |', '|---|---|',
        '| Coordinating many jobs with retries and branching, no polling code | AWS Step Functions |',
        '| Managed Apache Airflow DAGs already written in Python | Amazon MWAA |', '| Fully managed Kafka brokers | Amazon MSK |'],
      'more.md': ['# Review', '', '## Summary', '', '| Need | Service |', '|---|---|',
        '| Serverless state machines native to AWS | AWS Step Functions |', '| Columnar data warehouse for BI dashboards | Amazon Redshift |',
        '| Fully managed Kafka brokers | Amazon MSK |'],
    });
    const keys = qs.map((q) => q.answers.map((a) => q.options[a]).join('|'));
    assert.ok(keys.includes('Amazon Redshift'), `the other rows still ask: ${keys.join(', ')}`);
    assert.strictEqual(keys.filter((k) => k === 'AWS Step Functions').length, 1, keys.join(', '));
  });
});
