// A user's statement whose list holds the member that names its key is asked without that member
// (leakTrim.ts). Fixtures are in our own words.
import * as assert from 'assert';
import { withoutLeakingMember } from '../../src/core/quiz/leakTrim';
import { userChoiceQuestions } from './userNotes';

describe('quiz: a list member that names the key is left out of a user statement (leakTrim)', () => {
  const others = ['Amazon Redshift', 'Amazon Athena', 'Amazon EMR'];

  it('drops the first or a middle member that leaks, keeping the list grammatical', () => {
    assert.strictEqual(
      withoutLeakingMember('Which AWS service can search, sort, chart, and alert on log events within seconds for dashboards?', 'Amazon OpenSearch Service', others),
      'Which AWS service can sort, chart, and alert on log events within seconds for dashboards?');
    assert.strictEqual(
      withoutLeakingMember('Which AWS service takes in live videos, microphone feeds, and other timed sensor frames from cameras?', 'Amazon Kinesis Video Streams', ['Amazon Kinesis Data Streams', 'Amazon Data Firehose', 'Amazon SQS']),
      'Which AWS service takes in microphone feeds and other timed sensor frames from cameras?');
    assert.strictEqual(
      withoutLeakingMember('Which AWS service can sort, search, chart, and alert on log events within seconds?', 'Amazon OpenSearch Service', others),
      'Which AWS service can sort, chart, and alert on log events within seconds?');
  });

  it('keeps the stem as it is when nothing leaks, the leak is not a list member, the last member leaks, or two stay leaking', () => {
    assert.strictEqual(withoutLeakingMember('Which AWS service can sort, chart, and alert on log events within seconds?', 'Amazon OpenSearch Service', others), undefined);
    assert.strictEqual(withoutLeakingMember('Which AWS service lets you search log events within seconds for dashboards?', 'Amazon OpenSearch Service', others), undefined, 'no list');
    assert.strictEqual(withoutLeakingMember('Which AWS service can sort, chart, and search log events within seconds?', 'Amazon OpenSearch Service', others), undefined, 'the last member carries the rest of the sentence');
    assert.strictEqual(withoutLeakingMember('Which AWS service can search, sort, and chart search results?', 'Amazon OpenSearch Service', others), undefined, 'the shorter stem still says "search"');
    assert.strictEqual(withoutLeakingMember('Which AWS service can search or chart log events?', 'Amazon OpenSearch Service', others), undefined, 'two members: one would stay');
  });

  it('a user note gives the question without the leaking member; the explanation keeps the note\'s words', () => {
    const qs = userChoiceQuestions({ 'ops.md': ['# Analytics', '', '## Operational analytics', '', 'For dashboards, Amazon OpenSearch Service can search, sort, chart, and alert on log events within seconds for site monitoring.'] });
    const q = qs.find((x) => x.options[x.answers[0]] === 'Amazon OpenSearch Service');
    assert.ok(q, qs.map((x) => x.stem).join('\n'));
    assert.strictEqual(q.stem, 'Which AWS service can sort, chart, and alert on log events within seconds for site monitoring?');
    assert.match(q.explanation, /can search, sort, chart/);
  });
});
