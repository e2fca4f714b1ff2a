// A recall card's back in the panel: an explanation that only says the front and the back again is not shown
// under the back (it repeated the card word for word); one that adds a reason is.
import * as assert from 'assert';
import { restatesCard } from '../../src/core/quiz/sessionView';

describe('quiz view: a recall card shows its back without a restatement', () => {
  it('an explanation made of the front and back only restates the card', () => {
    assert.strictEqual(restatesCard({ stem: 'Default retention of a Kinesis data stream', answerText: '24 hours', explanation: 'Default retention of a Kinesis data stream: 24 hours.' }), true);
  });
  it('an explanation with a reason of its own is kept', () => {
    assert.strictEqual(restatesCard({ stem: 'Default retention of a Kinesis data stream', answerText: '24 hours', explanation: 'Default retention of a Kinesis data stream: 24 hours, extendable to 365 days for replay.' }), false);
  });
});
