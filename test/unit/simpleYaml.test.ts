// The fast front matter reader (src/core/simpleYaml.ts) must give exactly what the `yaml` library gives,
// or step aside (undefined) so that `yaml` reads it: checked on hand-written front matter, on every
// bundled note, and on generated front matter mixing the constructs it reads with ones it must refuse.
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { FrontMatterResult, parseFrontMatter, parseWithYaml, splitFrontMatter } from '../../src/core/frontMatter';
import { readSimpleYaml } from '../../src/core/simpleYaml';
import { NOTES_DIR } from './paths';

function viaYaml(lines: string[]): FrontMatterResult {
  const split = splitFrontMatter(lines)!;
  return parseWithYaml(split.yamlLines, { data: {}, lineCount: split.lineCount, errors: [], keyLines: new Map() });
}

const fm = (yaml: string) => ['---', ...yaml.split('\n'), '---', '', '# Body'];

describe('simple front matter reader', () => {
  it('reads the plain front matter of a service note exactly as yaml does', () => {
    const lines = fm([
      'kind: service',
      'id: glue-data-brew',
      'name: AWS Glue DataBrew',
      'aliases: [DataBrew, "Glue DataBrew", \'Brew\'\'s tool\']',
      'domains: [1, 3]',
      'tasks: ["1.2", "3.2"]',
      'scope: "in-scope v1.0"',
      'docs: https://docs.aws.amazon.com/databrew/',
      'date: 2025-03-14',
      '',
      'tags:',
      '  - prep/visual',
      '  - "exam: tip"',
      'identifiers:',
      '    boto3: [databrew]',
      '    cli: databrew',
      'empty:',
      'none: {}',
      'list: []',
    ].join('\n'));
    const split = splitFrontMatter(lines)!;
    assert.ok(readSimpleYaml(split.yamlLines), 'read by the fast reader');
    const fast = parseFrontMatter(lines);
    assert.deepStrictEqual(fast, viaYaml(lines));
    assert.deepStrictEqual(fast.data.domains, [1, 3]);
    assert.strictEqual(fast.data.date, '2025-03-14');
    assert.strictEqual(fast.data.empty, null);
    assert.strictEqual(fast.keyLines.get('tags'), 12);
  });

  const refused = [
    'ratio: 1.5', 'hex: 0x1F', 'flag: true', 'gone: ~', 'neg: -3', 'big: 12345678901234567890',
    '# a comment\nkind: concept', 'kind: concept # trailing comment', 'title: Part one:\n  continued',
    'title: a: b', 'anchor: &a x', 'ref: *a', 'quote: "tab\\tescape"', 'block: |\n  text', 'fold: >\n  text',
    'kind: service\nkind: concept', 'true: yes', 'nested:\n  deeper:\n    x: 1', 'items:\n  - a\n   - b',
    'items:\n- a', 'flow: [a, [b]]', 'flow: [a, b', 'flow: [a,, b]', 'map: {a: 1}', 'tabbed:\t1',
    'mixed:\n  - a\n  b: c', '"quoted key": 1', 'key:value', '? complex', 'multi: "open\n  close"',
  ];
  for (const yaml of refused) {
    it(`leaves ${JSON.stringify(yaml)} to the yaml library`, () => {
      const lines = fm(yaml);
      assert.strictEqual(readSimpleYaml(splitFrontMatter(lines)!.yamlLines), undefined);
      assert.deepStrictEqual(parseFrontMatter(lines), viaYaml(lines));
    });
  }

  it('reads every bundled note\'s front matter as yaml does', () => {
    const dir = NOTES_DIR;
    let checked = 0;
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) { walk(p); continue; }
        if (!e.name.endsWith('.md')) continue;
        const lines = fs.readFileSync(p, 'utf8').split(/\r\n?|\n/);
        if (!splitFrontMatter(lines)) continue;
        assert.deepStrictEqual(parseFrontMatter(lines), viaYaml(lines), p);
        checked++;
      }
    };
    walk(dir);
    assert.ok(checked > 100, `${checked} notes with front matter`);
  });

  it('agrees with yaml on generated front matter, or leaves it to yaml', () => {
    const word = fc.constantFrom('glue', 'S3', 'Kinesis Data Streams', 'in-scope v1.0', '1.2', '42', '007', '1e3', '-', 'x:y',
      'a: b', 'é', 'null', 'True', '.5', 'a #b', 'a#b', '@scope/pkg', '%', '[x]', "it's", 'under_score', ':', '?', 'x,y', '');
    const scalar = fc.oneof(word, word.map((w) => `"${w}"`), word.map((w) => `'${w.replace(/'/g, "''")}'`));
    const flow = fc.array(scalar, { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`);
    const key = fc.constantFrom('kind', 'id', 'name', 'tags', 'domains', 'x_1', 'a-b', 'null', 'Key');
    const line = fc.oneof(
      fc.tuple(key, fc.oneof(scalar, flow)).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([k, xs]) => `${k}:\n${xs.map((x) => `  - ${x}`).join('\n')}`),
      fc.tuple(key, key, fc.oneof(scalar, flow)).map(([k, s, v]) => `${k}:\n  ${s}: ${v}`),
      fc.constantFrom('', '# note', 'plain line', '  indented: 1', 'k:', 'k:  ', '- item'),
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 6 }), (ls) => {
      const lines = fm(ls.join('\n'));
      assert.deepStrictEqual(parseFrontMatter(lines), viaYaml(lines));
    }), { numRuns: 3000 });
  });
});
