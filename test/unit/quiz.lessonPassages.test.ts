// Questions a lesson asks without answering them (extract/passages.ts): a question set after a label and followed
// by a line that only introduces what comes next, a question that explains one labelled item of a list, and a
// bolded question that names a concept in parentheses. Fixtures are in our own words.
import * as assert from 'assert';
import { Section } from '../../src/core/model';
import { extractPassages } from '../../src/core/quiz/extract/passages';
import { userDoc } from './userNotes';

const one = (lines: string[]): Section => userDoc(`# Lesson\n\n## Part\n\n${lines.join('\n')}\n`).sections[1];

describe('quiz: rhetorical questions of lesson notes (passages.ts)', () => {
  it('a challenge question answered by a line that only introduces a list is no question and answer', () => {
    const s = one(['**The Problem:** What happens when a whole warehouse loses power during the nightly load?', '', '**How the retailer copes:**', '- A second Region takes over']);
    assert.deepStrictEqual(extractPassages(s), []);
  });

  it('a question that explains one labelled item of a list is not answered by the next item', () => {
    const s = one(['- **Find the hot queries:** Which reports run every few minutes?', '- **Add matching indexes:** Make those reports fast', '- **Drop idle indexes:** They slow every insert']);
    assert.deepStrictEqual(extractPassages(s), []);
  });

  it('a question answered in the next paragraph is still read', () => {
    const s = one(['Which service keeps a replayable log of clicks for seven days?', '', 'Amazon Kinesis Data Streams, with extended retention.']);
    assert.deepStrictEqual(extractPassages(s).map((c) => [c.question, c.answer]), [['Which service keeps a replayable log of clicks for seven days?', 'Amazon Kinesis Data Streams, with extended retention.']]);
  });

  it('a bolded question that names its concept in parentheses asks which concept answers it', () => {
    const s = one(['1. **Which customers will leave next quarter?** (Predictive Analytics)', '   - *Example:* a churn score per loyalty member', '', '2. **What went wrong last week?** (Diagnostic Analytics)']);
    assert.deepStrictEqual(extractPassages(s).map((c) => [c.question, c.answer]), [
      ['Which type of analytics answers the question “Which customers will leave next quarter?”', 'Predictive Analytics'],
      ['Which type of analytics answers the question “What went wrong last week?”', 'Diagnostic Analytics'],
    ]);
  });
});
