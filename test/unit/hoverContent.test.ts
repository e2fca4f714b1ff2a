import * as assert from 'assert';
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
    assert.match(md, /Formerly Amazon Kinesis Data Firehose/);
    assert.match(md, /is an SDK client of this service/);
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
    assert.strictEqual(escapeMarkdown('$(alert)'), '\\$\\(alert\\)');
  });
});
