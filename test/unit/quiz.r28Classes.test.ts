// The classes of blind review r28, each with an example it must catch and one it must keep. Our own words.
import * as assert from 'assert';
import { userChoiceQuestions } from './userNotes';

describe('quiz: classes of blind review r28', function () {
  this.timeout(120000);
  let stems: string[];
  before(() => {
    stems = userChoiceQuestions({
      'limits.md': [
        '# Amazon Athena',
        '',
        '## Limits',
        '',
        '- A DDL query stops after 600 minutes of run time (the limit used to be 30 minutes).',
        '- A DML query stops after 30 minutes of run time by default.',
      ],
    }).map((q) => q.stem);
  });

  it('a limit told with its history is not blanked; the same kind of limit without it is', () => {
    assert.ok(!stems.some((s) => /used to be/.test(s)), stems.filter((s) => /used to be/.test(s)).join('\n'));
    assert.ok(stems.some((s) => /DML query stops after _____/.test(s)), stems.join('\n'));
  });
});
