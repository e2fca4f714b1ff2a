// The failure classes of blind reviews r20 and r21 (bundled), part A: each rule with an example it must catch and one
// it must keep. Fixtures are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuizContext } from '../../src/core/quiz/context';
import { Draft } from '../../src/core/quiz/draft';
import { gate, GateResult } from '../../src/core/quiz/gate';
import { aboutExamQuestions } from '../../src/core/quiz/metaStem';
import { observedState, presentChoice } from '../../src/core/quiz/choiceStem';
import { refinesKey } from '../../src/core/quiz/refinement';
import { NOTES_DIR } from './paths';

describe('quiz: classes of blind reviews r20–r21 (part A)', function () {
  this.timeout(60000);
  let ctx: QuizContext;
  const note = parseNote({ text: '# Query speed\n\n## Choose a technique when\n\nText.\n', file: '/b/comparisons/speed.md', relPath: 'comparisons/speed.md', source: 'bundled' }).doc;
  before(() => {
    const kb: KnowledgeBase = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    ctx = new QuizContext(kb, kb.documents());
  });
  const draft = (over: Partial<Draft>): Draft => ({
    kind: 'scenario', stem: 'Which service lets several consumers re-read yesterday\'s clickstream?', correct: ['Amazon Kinesis Data Streams'],
    distractors: ['Amazon Simple Queue Service', 'Amazon Simple Notification Service', 'Amazon Data Firehose'], optionKind: 'service',
    explanation: 'Retention keeps the records.', section: note.sections[1], doc: note, line: 5, serviceIds: ['kinesis-data-streams'], answerServiceIds: [], ...over,
  });
  const run = (d: Draft): GateResult => gate(ctx, d, { seen: new Map() });
  const rule = (r: GateResult) => ('rejected' in r ? r.rejected : 'kept');

  it('meta-stem: a stem about how exam questions are worded is dropped; a business question is kept', () => {
    assert.ok(aboutExamQuestions('Which queue does a question mean when it speaks of visibility timeouts and dead-letter queues?'));
    assert.ok(aboutExamQuestions('Which database does the exam expect when a scenario says graph traversal?'));
    assert.ok(aboutExamQuestions('Which catalog service do exam questions mean when they say data lake permissions?'));
    assert.strictEqual(aboutExamQuestions('Which dashboard answers these questions for the sales managers?'), undefined);
    assert.strictEqual(aboutExamQuestions('Which service lets analysts ask questions of their data in plain language?'), undefined);
    assert.strictEqual(rule(run(draft({ stem: 'Which streaming service does a question mean when it mentions replaying records from several readers?' }))), 'meta-stem');
    assert.strictEqual(rule(run(draft({}))), 'kept');
  });

  it('an observed symptom with "only <count>" is said as a problem, a count-free "only" still asks for something', () => {
    const symptom = 'two huge bzip2 archives are split into only two tasks and the other workers wait';
    assert.strictEqual(observedState(symptom), 'problem');
    assert.strictEqual(presentChoice(`Which Spark tuning step fits best when the scenario mentions “${symptom}”?`),
      `A data team has this problem: ${symptom}. Which Spark tuning step solves it best?`);
    // Not a problem: a need with "only" of who, and a modal.
    assert.strictEqual(observedState('only the audit team reads the raw tables'), undefined);
    assert.strictEqual(observedState('the nightly job must use only two workers'), undefined);
  });

  it('an observed situation and the two-workload form use the same decision as the single form', () => {
    const situation = 'most reports filter on the order month';
    assert.strictEqual(observedState(situation), 'situation');
    assert.strictEqual(presentChoice(`Which Athena technique fits best when the scenario mentions “${situation}”?`),
      `A data team is in this situation: ${situation}. Which Athena technique fits it best?`);
    const pair = presentChoice(`A team has two separate workloads. One mentions “${situation}”; the other mentions “a loader reads only one file at a time and most slots are idle”. Which TWO Athena techniques should the team choose? (Select TWO.)`);
    assert.ok(pair.includes(`The first is in this situation: ${situation}.`), pair);
    assert.ok(pair.includes('The second has this problem: a loader reads only one file at a time and most slots are idle.'), pair);
    // A stated need stays a requirement.
    assert.strictEqual(observedState('the archive must open in milliseconds'), undefined);
  });

  it('a wrong option that refines the key is not offered; the plain technique beside a refined key stays', () => {
    assert.ok(refinesKey('Bucketing', 'Bucketing with sorted keys'));
    assert.ok(refinesKey('Partitioning', 'Partition projection'));
    assert.ok(refinesKey('Amazon Redshift', 'Amazon Redshift Spectrum'));
    assert.ok(!refinesKey('Partition projection', 'Partitioning'), 'the plain technique beside a refined key');
    assert.ok(!refinesKey('Standard-IA', 'One Zone-IA'));
    assert.ok(!refinesKey('Caching', 'Columnar formats'));
    const r = run(draft({
      kind: 'choose', stem: 'Which Athena technique fits best when the scenario mentions “most reports filter on the order month”?',
      correct: ['Partitioning'], distractors: ['Partition projection', 'Columnar formats', 'Query result reuse', 'Workgroup data usage controls'], optionKind: 'text', serviceIds: ['athena'],
    }));
    assert.ok('question' in r, 'rejected' in r ? `${r.rejected}: ${r.detail}` : '');
    if ('question' in r) assert.ok(!r.question.options.includes('Partition projection'), r.question.options.join(' | '));
  });
});
