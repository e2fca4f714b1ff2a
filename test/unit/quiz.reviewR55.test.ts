// Patterns blind review r55 failed, each shown with a stem or note written in our own words.
import * as assert from 'assert';
import { withoutNamingExpansion } from '../../src/core/quiz/namingExpansion';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuestionBank } from '../../src/core/quiz/generator';
import { userBank } from './userNotes';
import { NOTES_DIR } from './paths';

describe('quiz: patterns of blind review r55', function () {
  this.timeout(120000);

  it('keeps an acronym but not its spelled-out name when that name says the key ("RPUs (Redshift Processing Units)")', () => {
    const stem = 'Which Redshift feature is described here: “Adds capacity in RPUs (Redshift Processing Units) as queries arrive”?';
    assert.strictEqual(withoutNamingExpansion(stem, ['Amazon Redshift Serverless']), 'Which Redshift feature is described here: “Adds capacity in RPUs as queries arrive”?');
    // Spelled out first, acronym after: the acronym stands alone.
    assert.strictEqual(withoutNamingExpansion('Bills Aurora Capacity Units (ACUs) per second', ['Aurora Serverless v2']), 'Bills ACUs per second');
    // An expansion that shares no word with the key, or a parenthesis that spells no acronym, stays.
    assert.strictEqual(withoutNamingExpansion('Sized in RCUs (read capacity units)', ['Amazon Redshift Serverless']), 'Sized in RCUs (read capacity units)');
    assert.strictEqual(withoutNamingExpansion('Moves changes (Redshift change capture) nightly', ['Amazon Redshift']), 'Moves changes (Redshift change capture) nightly');
  });

  describe('in a student\'s notes', () => {
    const bank = userBank({
      'copies.md': ['# Keeping copies', '', '## Backups across Regions', '',
        'Which service keeps nightly point-in-time copies of RDS databases and EFS file systems in a second Region? AWS Backup, through a backup plan with a copy rule. '
        + 'AWS DataSync moves files and objects between storage systems but keeps no database snapshots, and AWS Database Migration Service replicates ongoing changes rather than storing restorable copies.', ''],
    });
    const mine = bank.questions.filter((q) => q.source.file === '/user/copies.md');

    it('never asks a why-not sentence as a statement: no second service as subject, no "but keeps no …"', () => {
      for (const q of mine) {
        assert.ok(!/Database Migration Service replicates/.test(q.stem), q.stem);
        assert.ok(!/\bbut keeps no\b/.test(q.stem), q.stem);
      }
    });
  });
});

describe('quiz: patterns of blind review r55 (bundled notes)', function () {
  this.timeout(120000);
  const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
  const bank = new QuestionBank(kb);

  it('explains a comparison row by its own section when the heading adds an acronym ("## DynamoDB Accelerator (DAX)")', () => {
    const bare = (t: string) => t.toLowerCase().replace(/[*_`]/g, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
    let checked = 0;
    for (const q of bank.questions) {
      for (const m of q.explanation.matchAll(/Choose (.+?) when the scenario mentions:/g)) {
        const doc = kb.document(q.source.file)!;
        // Only headings that add a parenthesis: a row whose section opens too briefly is still explained by its cues.
        const own = doc.sections.find((s) => s.level >= 2 && !s.choiceRows.length && /\)\s*$/.test(s.title) && bare(s.title) === bare(m[1]));
        assert.ok(!own, `${q.source.file}:${q.source.line}: "${m[1]}" has its own section "${own?.title}" but is explained by its cues`);
        checked++;
      }
    }
    assert.ok(checked > 0, 'some rows are still explained by their cues');
  });
});
