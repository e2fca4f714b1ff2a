import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseNote } from '../../src/core/parser';
import { stripMd } from '../../src/core/quiz/text';
import { USER_NOTES_DIR } from './paths';

const parse = (text: string, relPath = 'note.md') => parseNote({ text, file: '/notes/' + relPath, relPath, source: 'user' });

describe('parser', () => {
  describe('notes in a student\'s own style (test/data/notes)', () => {
    const files = fs.readdirSync(USER_NOTES_DIR).filter((f) => f.endsWith('.md'));

    it('finds the fixture notes', () => {
      assert.ok(files.includes('user-lesson.md'), files.join(', '));
    });

    for (const f of files) {
      it(`parses ${f} with every heading found and no diagnostics`, () => {
        const text = fs.readFileSync(path.join(USER_NOTES_DIR, f), 'utf8');
        const { doc, diagnostics } = parse(text, f);
        const headingLines = headingLinesOutsideFences(text);
        assert.deepStrictEqual(doc.sections.filter((s) => s.level > 0).map((s) => s.startLine), headingLines);
        assert.deepStrictEqual(diagnostics, []);
        for (const s of doc.sections) {
          assert.ok(s.startLine >= 1 && s.endLine <= doc.lineCount && s.startLine <= s.endLine, `${s.title}: ${s.startLine}-${s.endLine}`);
          assert.ok(s.text.length > 0 || s.level > 0);
        }
      });
    }

    it('keeps text from HTML tables and broken emphasis in the lesson note', () => {
      const f = 'user-lesson.md';
      const { doc } = parse(fs.readFileSync(path.join(USER_NOTES_DIR, f), 'utf8'), f);
      assert.strictEqual(doc.sections.length, 4);
      const all = doc.sections.map((s) => s.text).join('\n');
      assert.match(all, /Redshift Spectrum/);
      assert.match(all, /replayability/i);
      assert.ok(doc.sections.some((s) => s.keyStatements.length > 0));
      assert.ok(doc.sections.some((s) => s.questions.some((q) => /Athena/.test(q.question) && /Glue/.test(q.answer))));
    });
  });

  it('keeps angle-bracket placeholders in prose and still drops real inline markup', () => {
    const { doc } = parse('# Tags\n\nEvery role has the tag team=<name>; raw files land under s3://<bucket>/in/.\nPress <kbd>Enter</kbd> to <span>run</span> it.\n');
    assert.match(doc.sections[0].text, /team=<name>; raw files land under s3:\/\/<bucket>\/in\//);
    assert.match(doc.sections[0].text, /Press Enter to run it\./);
  });

  it('keeps the same placeholders in quiz text read from the note\'s markdown (a practice stem), dropping markup', () => {
    // Blind review r22: a written practice stem read "carries an IAM tag team=, and …".
    assert.strictEqual(stripMd('Each role carries the tag team=<name>, and <b>each</b> bucket is s3://<bucket>/raw/.'), 'Each role carries the tag team=<name>, and each bucket is s3://<bucket>/raw/.');
    assert.strictEqual(stripMd('Line one<br>line <span class="x">two</span>'), 'Line one line two');
  });

  it('builds heading paths, levels and line ranges', () => {
    const { doc } = parse('intro line\n\n# Title\ntext\n## A\na text\n\n### A1\ndeep\n## B\nb\n');
    assert.deepStrictEqual(doc.sections.map((s) => [s.title, s.level, s.startLine, s.endLine]), [
      ['Title', 0, 1, 1], ['Title', 1, 3, 4], ['A', 2, 5, 6], ['A1', 3, 8, 9], ['B', 2, 10, 11],
    ]);
    assert.deepStrictEqual(doc.sections[3].headingPath, ['Title', 'A', 'A1']);
    assert.strictEqual(doc.title, 'Title');
  });

  it('reads front matter and keeps file line numbers', () => {
    const { doc, diagnostics } = parse('---\ntitle: Hello\nkind: concept\ndomains: [1, 2]\ntasks: ["1.1"]\n---\n# Heading\nbody\n');
    assert.deepStrictEqual(diagnostics, []);
    assert.strictEqual(doc.title, 'Hello');
    assert.strictEqual(doc.kind, 'concept');
    assert.deepStrictEqual(doc.domains, [1, 2]);
    assert.strictEqual(doc.sections[0].startLine, 7);
  });

  it('reports bad front matter with its line and still indexes the note', () => {
    const { doc, diagnostics } = parse('---\ntitle: ok\nlist: [a, b\n---\n# Still here\ntext\n');
    assert.strictEqual(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /bad front matter/);
    assert.ok(diagnostics[0].line >= 2 && diagnostics[0].line <= 4, `line ${diagnostics[0].line}`);
    assert.strictEqual(doc.sections[0].title, 'Still here');
  });

  it('reports a wrong field type at the key line', () => {
    const { diagnostics } = parse('---\nkind: service\nid: Bad Id\nname: X\n---\n# X\n');
    assert.strictEqual(diagnostics[0].line, 3);
    assert.match(diagnostics[0].message, /id/);
  });

  it('reads a service note into a catalog entry with key facts', () => {
    const { service } = parse([
      '---', 'kind: service', 'id: data-firehose', 'name: Amazon Data Firehose', 'formerNames: [Amazon Kinesis Data Firehose]',
      'aliases: [KDF]', 'category: Analytics', 'identifiers:', '  boto3: [firehose]', '  cfn: ["AWS::KinesisFirehose::"]', '---',
      '# Amazon Data Firehose', 'What it is.', '## Key facts', '- one', '- two `x`', '- three', '- four', '- five',
    ].join('\n'));
    assert.ok(service);
    assert.strictEqual(service!.id, 'data-firehose');
    assert.deepStrictEqual(service!.formerNames, ['Amazon Kinesis Data Firehose']);
    assert.deepStrictEqual(service!.identifiers.cfn, ['AWS::KinesisFirehose::']);
    assert.deepStrictEqual(service!.keyFacts, ['one', 'two `x`', 'three', 'four']);
  });

  it('collects links, bold key statements and task numbers', () => {
    const { doc } = parse('# Domain\n## 1.2 Transform data\n### Rules\nSee [Glue](../services/glue.md). **Parquet cuts scan costs a lot.** and **two words**\n');
    const rules = doc.sections[2];
    assert.strictEqual(rules.task, '1.2');
    assert.deepStrictEqual(rules.links.map((l) => l.target), ['../services/glue.md']);
    assert.deepStrictEqual(rules.keyStatements.map((k) => k.text), ['Parquet cuts scan costs a lot.']);
  });

  it('reads a task number written as the exam guide words it ("Task Statement 2.1: …")', () => {
    const { doc } = parse('# Task Statement 2.1: Choose where data lives\n## Formats\nColumnar files for scans.\n');
    assert.deepStrictEqual(doc.sections.map((s) => s.task), ['2.1', '2.1']);
  });

  it('finds question-like passages in one paragraph or across two blocks', () => {
    const { doc } = parse('# T\nWhich service keeps a stream for a year? Kinesis Data Streams, with longer retention.\n\nWhat would you use to update tables as data arrives?\n\n* An AWS Glue crawler.\n');
    assert.deepStrictEqual(doc.sections[0].questions.map((q) => [q.question, q.answer]), [
      ['Which service keeps a stream for a year?', 'Kinesis Data Streams, with longer retention.'],
      ['What would you use to update tables as data arrives?', 'An AWS Glue crawler.'],
    ]);
  });

  it('reads "Choose … when" comparison rows', () => {
    const { doc } = parse('# C\n| Choose | When the question mentions | Why not the others |\n|---|---|---|\n| Amazon Data Firehose | no code; S3 delivery | x |\n| Kinesis Data Streams | replay | y |\n');
    assert.deepStrictEqual(doc.sections[0].choiceRows.map((r) => [r.choice, r.cues, r.whyNot, r.line]), [
      ['Amazon Data Firehose', ['no code', 'S3 delivery'], 'x', 4],
      ['Kinesis Data Streams', ['replay'], 'y', 5],
    ]);
  });
});

describe('cards', () => {
  const cards = (text: string) => parse(text).doc.sections.flatMap((s) => s.cards);

  it('reads single-line, reversed, multi-line and cloze cards', () => {
    const c = cards('# Cards\nDefault retention::24 hours\n- Max item size:::400 KB\n\nWhat is the\nquestion\n?\nThe answer\nspans lines\n\nFront\n??\nBack\n\nA shard takes ==1 MB/s== of writes.\n');
    assert.deepStrictEqual(c.map((x) => [x.kind, x.question, x.answer]), [
      ['basic', 'Default retention', '24 hours'],
      ['basic', 'Max item size', '400 KB'],
      ['reversed', '400 KB', 'Max item size'],
      ['basic', 'What is the question', 'The answer spans lines'],
      ['basic', 'Front', 'Back'],
      ['reversed', 'Back', 'Front'],
      ['cloze', 'A shard takes […] of writes.', '1 MB/s'],
    ]);
  });

  it('splits a card whose question ends in a capitalised word', () => {
    const c = cards('# Cards\nStorage class API name of S3 Glacier Flexible Retrieval::GLACIER\nCLI command for AWS Config::aws configservice\n');
    assert.deepStrictEqual(c.map((x) => x.answer), ['GLACIER', 'aws configservice']);
  });

  it('never makes a card from CloudFormation types, inline code, code blocks or tables', () => {
    const c = cards('# T\nUse AWS::Glue::Job for jobs and AWS::Serverless-2016-10-31 as the transform.\nThe type `Foo::Bar` is code.\n```\nq::a\n```\n| a::b | c |\n|---|---|\n| d::e | f |\n');
    assert.deepStrictEqual(c, []);
  });
});

function headingLinesOutsideFences(text: string): number[] {
  const out: number[] = [];
  let fence = false;
  text.split(/\r?\n/).forEach((l, i) => {
    if (/^\s{0,3}(```|~~~)/.test(l)) fence = !fence;
    else if (!fence && /^\s{0,3}#{1,6}(\s|$)/.test(l)) out.push(i + 1);
  });
  return out;
}
