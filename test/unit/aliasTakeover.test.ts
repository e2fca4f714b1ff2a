// A user's service note whose aliases are other services' names (issue 12, item 8) must not silently
// take those names over: the aliases are ignored, with a warning naming the note.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { NOTES_DIR } from './paths';

describe('aliases that take over other services\' names', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-alias-'));
    fs.writeFileSync(path.join(dir, 'team-lake.md'), [
      '---', 'kind: service', 'id: team-lake', 'name: Team Lake Layer', 'aliases: [Amazon S3, AWS Glue, TLL]',
      'category: Storage', 'description: Our own wrapper around the lake buckets.', '---', '# Team Lake Layer', 'Wraps the buckets.', '',
    ].join('\n'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps Amazon S3 and AWS Glue on their own services, warns on the user note, keeps its own alias', () => {
    const kb = buildKnowledgeBase([{ root: dir, kind: 'user' }, { root: NOTES_DIR, kind: 'bundled' }]);
    const found = (text: string) => kb.matcher.scanText(text).map((m) => [m.text, m.serviceId]);
    assert.deepStrictEqual(found('Land files in Amazon S3, crawl with AWS Glue, wrap with TLL.'), [
      ['Amazon S3', 's3'], ['AWS Glue', 'glue'], ['TLL', 'team-lake'],
    ]);
    const warning = kb.diagnostics().find((d) => d.file === path.join(dir, 'team-lake.md') && /another service's name/.test(d.message));
    assert.ok(warning, JSON.stringify(kb.diagnostics()));
    assert.match(warning!.message, /"Amazon S3" \(s3\), "AWS Glue" \(glue\)/);
    assert.deepStrictEqual(kb.service('team-lake')!.aliases, ['TLL']);
  });
});
