// One fact once per round (roundFacts.ts): a drill and a written scenario whose keys name one feature are not
// both asked in a round or a mock exam, unless the pool runs short. Fixtures are our own words.
import * as assert from 'assert';
import { drawExam } from '../../src/core/quiz/examDraw';
import { keyLabels, spreadFacts } from '../../src/core/quiz/roundFacts';
import { selectQuestions } from '../../src/core/quiz/select';
import { Question } from '../../src/core/quiz/types';
import { question } from '../support/questions';

/** A single-answer question whose key (option B) is `key`. */
function keyed(id: string, key: string, extra: Partial<Parameters<typeof question>[0]> = {}): Question {
  const q = question({ id, domain: 1, ...extra });
  q.options[1] = key;
  return q;
}

/** The labels a key names, without the label of the whole option set. */
const named = (labels: ReturnType<typeof keyLabels>, q: Question) => (labels.get(q) ?? []).filter((l) => !l.startsWith('options: '));

describe('quiz: one fact once per round', () => {
  const drill = keyed('drill', 'Enhanced fan-out');
  const written = keyed('written', 'Register each reader as an enhanced fan-out consumer that receives records by push.', { authored: { number: 3 } });
  const other = keyed('other', 'Resharding');
  const service = keyed('svc', 'Amazon Kinesis Data Streams');
  const sameService = keyed('svc2', 'Amazon Kinesis Data Streams');
  const copy = keyed('copy', 'COPY');
  const verb = keyed('verb', 'Copy the files to a second bucket and read them from there with a scheduled job.');

  it('labels a short key, and a longer key by the labels it holds as a phrase', () => {
    const labels = keyLabels([drill, written, other, service, copy, verb]);
    assert.strictEqual(named(labels, drill).length, 1);
    assert.deepStrictEqual(named(labels, written), named(labels, drill));
    assert.deepStrictEqual(named(labels, other).filter((l) => named(labels, drill).includes(l)), []);
    assert.deepStrictEqual(named(labels, copy), ['copy']);
  });

  it('reads a plural label in a singular key, also with one word put inside it (r63)', () => {
    const endpoints = keyed('ep', 'Interface endpoints');
    const scenario = keyed('ep-written', 'Create an interface VPC endpoint for the bucket service and have the servers use its private DNS names.', { authored: { number: 7 } });
    const unrelated = keyed('gw', 'Gateway endpoints');
    const labels = keyLabels([endpoints, scenario, unrelated]);
    assert.deepStrictEqual(named(labels, scenario), named(labels, endpoints));
    assert.deepStrictEqual(spreadFacts([endpoints, scenario, unrelated], 2).map((q) => q.id), ['ep', 'gw']);
    // Two words put inside are another phrase, not the label.
    const apart = keyed('far', 'Create an interface for the VPC endpoint service.');
    assert.deepStrictEqual(named(keyLabels([endpoints, apart]), apart), []);
  });

  it('a service name or a number labels nothing, and a one-word label counts in a longer key only as written', () => {
    const days = keyed('n', '30 days');
    const labels = keyLabels([service, days, copy, verb]);
    assert.deepStrictEqual(named(labels, service), []);
    assert.deepStrictEqual(named(labels, days), []);
    assert.deepStrictEqual(named(labels, verb), [], '"Copy the files" is the verb, not the COPY command');
  });

  it('passes over a question whose key names what an earlier pick named, and keeps the drawn order', () => {
    assert.deepStrictEqual(spreadFacts([drill, written, other, service, sameService], 3).map((q) => q.id), ['drill', 'other', 'svc']);
    // A service's name keys many facts: two questions with it stand in one round unless their options are the same too.
    const sameOptions = { ...keyed('svc3', 'Amazon Kinesis Data Streams'), options: [...service.options] };
    assert.deepStrictEqual(spreadFacts([service, sameOptions, sameService], 2).map((q) => q.id), ['svc', 'svc2']);
    assert.deepStrictEqual(spreadFacts([written, other, drill], 2).map((q) => q.id), ['written', 'other']);
  });

  it('fills the round with the passed-over questions when too few remain', () => {
    assert.deepStrictEqual(spreadFacts([drill, written, other], 3).map((q) => q.id), ['drill', 'other', 'written']);
  });

  it('a random round and a mock exam ask one fact once', () => {
    const pool = [drill, written, other];
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const round = selectQuestions(pool, { count: 2, seed }).map((q) => q.id);
      assert.ok(!(round.includes('drill') && round.includes('written')), `round ${seed}: ${round}`);
      const exam = drawExam(pool, { count: 2, seed }).map((q) => q.id).sort();
      assert.deepStrictEqual(exam, ['other', 'written'], `exam ${seed}: the written question first, then another fact`);
    }
  });
});
