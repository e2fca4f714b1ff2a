// A user's question whose leaked word other wrong options of its own kind share is asked with those options;
// a text key's service kind named by the question's frame is no leak (leakSwap.ts). Fixtures in our own words.
import * as assert from 'assert';
import { Draft } from '../../src/core/quiz/draft';
import { leakSharersFirst, namedByFrame } from '../../src/core/quiz/leakSwap';
import { userChoiceQuestions, userDoc } from './userNotes';

const draft = (correct: string, distractors: string[], optionKind: Draft['optionKind'] = 'text', source: 'user' | 'bundled' = 'user'): Draft => {
  const doc = { ...userDoc('# N\n\n## P\n\ntext\n'), source };
  return { doc, section: doc.sections[0], line: 1, kind: 'choose', stem: '', correct: [correct], distractors, optionKind, explanation: '', serviceIds: [], answerServiceIds: [] } as Draft;
};

describe('quiz: leaked words shared by rivals of the same kind (leakSwap)', () => {
  const stem = 'Which S3 storage class fits this use case best: “Old invoices whose retrieval must take milliseconds”?';

  it('puts the options that share the leaked word and another word of the key first', () => {
    const d = draft('S3 Glacier Instant Retrieval', ['S3 Standard', 'S3 One Zone-IA', 'S3 Glacier Flexible Retrieval', 'S3 Express One Zone']);
    assert.deepStrictEqual(leakSharersFirst(d, stem, 'retrieval')?.distractors, ['S3 Glacier Flexible Retrieval', 'S3 Standard', 'S3 One Zone-IA', 'S3 Express One Zone']);
  });

  it('leaves a draft alone when no rival of its kind shares the word, or for bundled notes', () => {
    const lock = 'Which Amazon S3 feature fits this requirement best: “Nobody may erase stored objects for seven years”?';
    assert.strictEqual(leakSharersFirst(draft('S3 Object Lock Compliance Mode', ['S3 Object Lambda Access Points', 'S3 Transfer Acceleration', 'S3 Inventory']), lock, 'objects'), undefined, 'a shared word alone makes no rival');
    assert.strictEqual(leakSharersFirst(draft('S3 Glacier Instant Retrieval', ['S3 Standard', 'S3 Glacier Flexible Retrieval'], 'text', 'bundled'), stem, 'retrieval'), undefined);
    assert.strictEqual(leakSharersFirst(draft('S3 Glacier Instant Retrieval', ['S3 Standard', 'S3 One Zone-IA']), stem, 'retrieval'), undefined);
  });

  it('a word of the frame before the quoted cue names the kind of every option', () => {
    assert.strictEqual(namedByFrame('Which S3 storage class fits this use case best: “Cheapest storage for files kept a decade”?', 'storage'), true);
    assert.strictEqual(namedByFrame('Which AWS service is described here: “Object storage for any file”?', 'storage'), false);
    assert.strictEqual(namedByFrame('Which AWS service keeps object storage?', 'storage'), false, 'no quoted cue, no frame');
  });

  it('a user\'s storage-class table gives both questions that the leak rule dropped before', () => {
    const qs = userChoiceQuestions({ 'classes.md': ['# S3 notes', '', '## Storage classes', '',
      '| Storage Class | Best For |', '|---|---|',
      '| S3 Standard | Hot objects read many times a day by dashboards |',
      '| S3 One Zone-IA | Copies you can rebuild, kept in a single zone |',
      '| S3 Glacier Instant Retrieval | Old invoices whose retrieval must take milliseconds |',
      '| S3 Glacier Flexible Retrieval | Backups restored in minutes to hours, bulk restores overnight |',
      '| S3 Glacier Deep Archive | Cheapest storage for records auditors want kept a decade |'] });
    const instant = qs.find((q) => /Old invoices/.test(q.stem));
    assert.ok(instant, qs.map((q) => q.stem).join('\n'));
    assert.ok(instant.options.includes('S3 Glacier Flexible Retrieval'), instant.options.join(' | '));
    const deep = qs.find((q) => /Cheapest storage/.test(q.stem));
    assert.ok(deep, qs.map((q) => q.stem).join('\n'));
    assert.strictEqual(deep.options[deep.answers[0]], 'S3 Glacier Deep Archive');
  });
});
