import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, HOVER_COMMANDS, renderServiceHover } from '../../src/core/hoverContent';
import { Service } from '../../src/core/model';

const service = (over: Partial<Service> = {}): Service => ({
  id: 'data-firehose', name: 'Amazon Data Firehose', shortName: 'Firehose', formerNames: ['Amazon Kinesis Data Firehose'], aliases: ['KDF'],
  ambiguous: [], category: 'Analytics', description: 'Delivers streams.', docs: 'https://docs.aws.amazon.com/firehose/', domains: [1], tasks: ['1.1'],
  identifiers: { boto3: ['firehose'] }, file: '/n/data-firehose.md', line: 1, keyFacts: ['Buffers **1–128 MiB**', 'two', 'three', 'four'], ...over,
});

describe('hover content', () => {
  it('shows name, former name, category, description, facts, note sections and our actions', () => {
    const md = renderServiceHover(service(), { matched: 'firehose', kind: 'sdk', sections: [{ title: 'Key facts', headingPath: ['Amazon Data Firehose', 'Key facts'], file: '/n/data-firehose.md', line: 20, source: 'user' }] });
    assert.match(md, /\*\*Amazon Data Firehose\*\* · Analytics/);
    assert.match(md, /formerly Amazon Kinesis Data Firehose/);
    assert.match(md, /is an SDK identifier of this service/);
    assert.match(md, /- Buffers 1–128 MiB/);
    assert.doesNotMatch(md, /four/);
    assert.match(md, /command:deStudy\.openNote\?/);
    assert.match(md, /command:deStudy\.quizService\?/);
    assert.match(md, /\[Docs\]\(https:\/\/docs\.aws\.amazon\.com\/firehose\/\)/);
  });

  it('escapes note text so a note cannot inject links, commands or HTML', () => {
    const evil = service({
      name: 'Evil [x](command:workbench.action.terminal.new)',
      description: '<img src=x onerror=alert(1)> [click](command:deStudy.resetProgress) **bold**',
      keyFacts: ['[link](https://attacker.example)'],
      docs: 'javascript:alert(1)',
    });
    const md = renderServiceHover(evil, { matched: 'x', kind: 'name', sections: [{ title: ']](command:x)', headingPath: ['a](command:workbench.action.quit)'], file: '/n/x.md', line: 1, source: 'bundled' }] });
    // Every link target in the rendered Markdown is one of our commands or nothing.
    const targets = [...md.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    for (const t of targets) assert.ok(HOVER_COMMANDS.some((c) => t.startsWith(`command:${c}?`)), `unexpected link target ${t}`);
    assert.doesNotMatch(md, /<img/);
    assert.doesNotMatch(md, /javascript:/);
  });

  it('escapes every Markdown metacharacter', () => {
    assert.strictEqual(escapeMarkdown('a*b_c[d](e)<f>`g`'), 'a\\*b\\_c\\[d\\]\\(e\\)&lt;f\\>\\`g\\`');
    assert.strictEqual(escapeMarkdown('$(alert)'), '\\\\$\\(alert\\)');
  });

  it('never lets note text become an icon or a block in the hover, as VS Code renders it', () => {
    const hostile = service({
      description: 'Runs in $(terminal) mode\r===\r- not a list\r\n    not code\u2028# not a heading',
      keyFacts: ['Fact with $(gear~spin)\rSecond line\r---'],
      formerNames: ['Old $(zap) name'],
    });
    const md = renderServiceHover(hostile, { matched: 'x', kind: 'name', sections: [{ title: 't', headingPath: ['$(flame) heading\r==='], file: '/n/o.md', line: 3, source: 'user' }] });
    const shown = renderAsVsCode(md);
    // Our own $(book) is the only icon; every $( from the note reaches the icon renderer escaped.
    assert.deepStrictEqual(shown.icons, ['book']);
    assert.deepStrictEqual(shown.blocks.filter((b) => /^h\d$/.test(b)), [], 'a heading from note text');
    assert.strictEqual(shown.blocks.filter((b) => b === 'ul').length, 1, 'only the key-facts list');
    assert.ok(!shown.blocks.includes('pre'), 'a code block from note text');
    assert.doesNotMatch(md, /\r/);
  });

  it('puts the actions and the key facts first, says where the exam guide stands, and no repeated labels', () => {
    const md = renderServiceHover(service({ scope: 'in-scope v1.0' }), { matched: 'firehose', kind: 'sdk', sections: [{ title: 'K', headingPath: ['Amazon Data Firehose', 'Key facts'], file: '/n/data-firehose.md', line: 20, source: 'bundled' }] });
    const blocks = md.split('\n\n');
    assert.match(blocks[0], /in the DEA-C01 exam guide \(v1\.1\)/);
    assert.match(blocks[1], /Open note.*Search notes.*Quiz me on Firehose/);
    assert.match(blocks[2], /^- Buffers/);
    assert.doesNotMatch(md, /v1\.0|DE Study/);
    assert.doesNotMatch(renderServiceHover(service({ scope: 'extra' }), { matched: 'x', kind: 'name', sections: [] }), /exam guide|extra/);
  });
});

/**
 * What VS Code shows for hover Markdown with supportThemeIcons: it first doubles the backslash of an
 * escaped icon (`\$(x)`), renders CommonMark, then turns every unescaped `$(name)` in text into an icon.
 * markdown-it stands in for VS Code's CommonMark renderer.
 */
function renderAsVsCode(md: string): { icons: string[]; blocks: string[] } {
  const pre = md.replace(/\\\$\([a-z0-9-]+(?:~[a-z0-9-]+)?\)/gi, (m) => `\\${m}`);
  const tokens = new MarkdownIt().parse(pre, {});
  const icons: string[] = [];
  const blocks: string[] = [];
  for (const t of tokens) {
    if (t.type.endsWith('_open')) blocks.push(t.tag);
    if (t.type === 'code_block' || t.type === 'fence') blocks.push('pre');
    for (const c of t.children ?? []) {
      if (c.type !== 'text') continue;
      for (const m of c.content.matchAll(/(\\)?\$\(([a-z0-9-]+)(?:~[a-z0-9-]+)?\)/gi)) if (!m[1]) icons.push(m[2]);
    }
  }
  return { icons, blocks };
}
