// Blind review r4's bundled patterns, each with an example the rules must catch: one fact asked twice
// (factIdentity.ts), a quoted cue that another option's note also fits, numbers the notes do not mark
// as tested (testedNumbers.ts), and note residue (a heading as an option, a card's label as a stem).
// Fixtures are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { QuizContext } from '../../src/core/quiz/context';
import { Draft } from '../../src/core/quiz/draft';
import { cueFitsOption, examStem, gate, GateResult } from '../../src/core/quiz/gate';
import { cueWords, FactIndex } from '../../src/core/quiz/factIdentity';
import { indexTestedNumbers, isTestedNumber } from '../../src/core/quiz/testedNumbers';
import { asOption } from '../../src/core/quiz/build/choose';
import { extractRequirements } from '../../src/core/quiz/extract/requirements';
import { QuestionBank } from '../../src/core/quiz/generator';
import { NOTES_DIR } from './paths';

describe('quiz: one fact, one question; tested numbers; residue', function () {
  this.timeout(60000);
  let kb: KnowledgeBase;
  let ctx: QuizContext;
  before(() => {
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    ctx = new QuizContext(kb, kb.documents());
  });
  const rule = (r: GateResult) => ('rejected' in r ? r.rejected : 'kept');

  it('fact identity: the same row, or the same answer with the same rare cue words, is one fact', () => {
    const facts = new FactIndex();
    const a = { sources: ['row:/n/db.md:12'], about: 'neptune', cueText: 'Which database fits this requirement best: “graph traversals several hops deep”?', where: 'db.md:12' };
    const b = { sources: ['row:/n/db.md:12'], about: 'neptune', cueText: 'Which database fits this requirement best: “Gremlin or SPARQL queries”?', where: 'db.md:12' };
    const c = { sources: ['line:/n/keyspaces.md:40:keyspaces'], about: 'keyspaces', cueText: 'Which database keeps the CQL drivers of a team that stops running Cassandra itself?', where: 'keyspaces.md:40' };
    const d = { sources: ['line:/n/exam.md:9'], about: 'keyspaces', cueText: 'A shipping firm runs Cassandra itself and wants to keep its CQL drivers while AWS patches and scales the database. Which store fits?', where: 'exam.md:9' };
    const e = { sources: ['line:/n/dynamo.md:3:dynamodb'], about: 'dynamodb', cueText: 'Which database keeps CQL drivers working?', where: 'dynamo.md:3' };
    for (const x of [a, b, c, d, e]) facts.observe(cueWords(x.cueText));
    // A bank's worth of other questions: common words weigh little, rare ones (CQL, Cassandra) much.
    for (let i = 0; i < 60; i++) facts.observe(cueWords(`Which store should a team keep for records ${i % 2 ? 'in a database' : 'with drivers'} that AWS patches?`));
    assert.strictEqual(facts.claim(a), undefined);
    assert.strictEqual(facts.claim(b), 'db.md:12', 'the other cue of one row');
    assert.strictEqual(facts.claim(c), undefined);
    assert.strictEqual(facts.claim(d), 'keyspaces.md:40', 'the same answer and cue words, worded otherwise');
    assert.strictEqual(facts.claim(e), undefined, 'another answer is another fact');
    const two = { sources: ['row:/n/db.md:30'], about: 'keyspaces', cueText: 'Wide rows by partition key. Lightweight transactions in CQL.', where: 'db.md:30', restates: true };
    assert.strictEqual(facts.claim(two), 'keyspaces.md:40', '"which TWO requirements point to X" only when nothing else asks about X');
  });

  it('fact identity: the bundled bank asks no table row twice and keeps every written question', () => {
    const bank = new QuestionBank(kb);
    const rows = new Map<string, number>();
    for (const q of bank.questions) if (q.kind === 'choose') { const k = `${q.source.file}:${q.source.line}`; rows.set(k, (rows.get(k) ?? 0) + 1); }
    assert.ok([...rows.values()].every((n) => n === 1), 'one question per row');
    const written = bank.questions.filter((q) => q.origin === 'authored').length;
    assert.ok(written >= 200, `${written} written questions kept`);
  });

  it('two defensible keys: drops a distractor whose own note has the quoted cue\'s words', () => {
    const d = { cueTexts: ['unit tests of infrastructure code'] } as Draft;
    assert.strictEqual(cueFitsOption(d, 'AWS CodeBuild', 'Build service that runs a buildspec to compile, test and package code.'), true);
    assert.strictEqual(cueFitsOption(d, 'AWS CodePipeline', 'Release pipelines of source, build and deploy stages.'), false);
  });

  it('trivia: a bundled number is asked only where the notes mark it as tested', () => {
    const docs = [
      parseNote({ text: '---\nkind: service\nid: documentdb\n---\n# DocDB\n\n## Key facts\n\n- Change events stay for 3 hours by default.\n\n## Numbers that get tested\n\n- Up to 15 replicas share the storage.\n', file: '/b/docdb.md', relPath: 'docdb.md', source: 'bundled' }).doc,
    ];
    const index = indexTestedNumbers(docs, () => ['documentdb']);
    const related = () => false;
    assert.strictEqual(isTestedNumber(index, '15', ['documentdb'], related), true);
    assert.strictEqual(isTestedNumber(index, '3 hours', ['documentdb'], related), false);
    assert.strictEqual(isTestedNumber(index, '15', ['neptune'], related), false, 'marked for another service');
  });

  it('trivia: drops an API call limit (results per query, records per call)', () => {
    const note = parseNote({ text: '# Vectors\n\n## Limits\n\n- A query returns up to 100 results.\n', file: '/user/v.md', relPath: 'v.md', source: 'user' }).doc;
    const d: Draft = {
      kind: 'card', stem: 'What is the most results one S3 Vectors query returns?', correct: ['100'], distractors: ['25', '50', '1000'], optionKind: 'number',
      explanation: '', section: note.sections[1], doc: note, line: 5, serviceIds: ['s3-vectors'], answerServiceIds: [], examRelevant: true,
    };
    assert.strictEqual(rule(gate(ctx, d, { seen: new Map() })), 'trivia');
  });

  it('residue: a heading the notes use as a template is no key', () => {
    const note = parseNote({ text: '# Storage\n\n## Classes\n\n- Text.\n\n## Numbers that get tested\n\n- Text.\n', file: '/user/s.md', relPath: 's.md', source: 'user' }).doc;
    const d: Draft = {
      kind: 'identify', stem: 'Which Amazon S3 class keeps data for at least 180 days before it may be deleted free of charge?', correct: ['Numbers that get tested'],
      distractors: ['S3 One Zone-IA', 'S3 Express One Zone', 'S3 Intelligent-Tiering'], optionKind: 'text',
      explanation: '', section: note.sections[1], doc: note, line: 5, serviceIds: ['s3'], answerServiceIds: [],
    };
    assert.strictEqual(rule(gate(ctx, d, { seen: new Map() })), 'residue');
  });

  it('residue: a cloze reads as a question, not as a card label; cues as options start with a capital', () => {
    assert.strictEqual(examStem('Fill in the blank (Amazon Redshift): a cluster listens on port _____ unless told otherwise.'),
      'Which option completes this statement about Amazon Redshift? “a cluster listens on port _____ unless told otherwise.”');
    assert.strictEqual(examStem('Fill in the blank (Domain 2: Stores): keep _____.'), 'Which option completes this statement? “keep _____.”');
    assert.strictEqual(asOption('row-level filters'), 'Row-level filters');
    assert.strictEqual(asOption('pgvector extension'), 'pgvector extension');
  });

  it('reads "Choose it to …" under a service note\'s "When to choose it" as a requirement for that service', () => {
    const note = parseNote({ text: '# Glue crawler\n\n## When to choose it\n\n- Choose it to detect new partitions in S3 folders every night.\n- Choose its classifiers for odd formats.\n', file: '/b/c.md', relPath: 'c.md', source: 'bundled' }).doc;
    const claims = extractRequirements(note.sections[1], 'AWS Glue crawler');
    assert.deepStrictEqual(claims.filter((c) => c.answer === 'AWS Glue crawler').map((c) => c.cue), ['detect new partitions in S3 folders every night']);
  });

  it('no-subject: a number of one service asked under another service\'s name is dropped', () => {
    const note = parseNote({ text: '# Stacks\n\n## Limits\n\n- A template read from S3 may be 1 MB.\n', file: '/user/t.md', relPath: 't.md', source: 'user' }).doc;
    const d: Draft = {
      kind: 'card', stem: 'What is the largest template body when it is read from S3?', correct: ['1 MB'], distractors: ['4 MB', '10 MB', '6 MB'], optionKind: 'number',
      explanation: '', section: note.sections[1], doc: note, line: 5, serviceIds: ['cloudformation'], answerServiceIds: [], examRelevant: true,
    };
    assert.strictEqual(rule(gate(ctx, d, { seen: new Map() })), 'no-subject');
  });

  it('subject-mismatch: a description that names a rival of the key\'s kind is about the rival', () => {
    const note = parseNote({ text: '# Stacks\n\n## Cards\n\n- x\n', file: '/user/c.md', relPath: 'c.md', source: 'user' }).doc;
    const d: Draft = {
      kind: 'card', stem: 'Which AWS service is described here: “Class name prefix of AWS CDK low-level constructs”?', correct: ['AWS CloudFormation'],
      distractors: ['AWS Serverless Application Model', 'AWS CodePipeline', 'AWS CodeDeploy', 'AWS CodeBuild'], optionKind: 'service',
      explanation: '', section: note.sections[1], doc: note, line: 5, serviceIds: ['cloudformation'], answerServiceIds: ['cloudformation'],
    };
    assert.strictEqual(rule(gate(ctx, d, { seen: new Map() })), 'subject-mismatch');
  });

  it('fragment: a cloze that is a note label with a bare blank, or keeps a superseded value in brackets', () => {
    const note = parseNote({ text: '# Store\n\n## Limits\n\n- x\n', file: '/user/o.md', relPath: 'o.md', source: 'user' }).doc;
    const cloze = (stem: string): Draft => ({
      kind: 'cloze', stem, correct: ['50 TB'], distractors: ['5 TB', '10 TB', '20 TB'], optionKind: 'number', examRelevant: true,
      explanation: '', section: note.sections[1], doc: note, line: 5, serviceIds: ['s3'], answerServiceIds: [],
    });
    assert.strictEqual(rule(gate(ctx, cloze('Fill in the blank (Amazon S3): Largest object _____; parts are up to 5 GiB.'), { seen: new Map() })), 'fragment');
    assert.strictEqual(rule(gate(ctx, cloze('Fill in the blank (Amazon S3): an object may hold up to _____ (was 5 TB).'), { seen: new Map() })), 'fragment');
  });

  it('same-kind: a stem that asks for a control is not answered by a whole service', () => {
    const note = parseNote({ text: '# Buckets\n\n## Exam traps\n\n- x\n', file: '/user/b.md', relPath: 'b.md', source: 'user' }).doc;
    const d: Draft = {
      kind: 'scenario', stem: 'Which control refuses every unencrypted upload to one bucket, whoever sends it?', correct: ['Amazon Simple Storage Service'],
      distractors: ['Amazon Elastic File System', 'Amazon Elastic Block Store', 'AWS Backup'], optionKind: 'service',
      explanation: '', section: note.sections[1], doc: note, line: 5, serviceIds: ['s3'], answerServiceIds: [],
    };
    assert.strictEqual(rule(gate(ctx, d, { seen: new Map() })), 'same-kind');
  });

  it('trivia: a policy size is not asked', () => {
    const note = parseNote({ text: '# Buckets\n\n## Limits\n\n- A bucket policy holds up to 20 KB.\n', file: '/user/p.md', relPath: 'p.md', source: 'user' }).doc;
    const d: Draft = {
      kind: 'card', stem: 'How large can an Amazon S3 bucket policy be?', correct: ['20 KB'], distractors: ['10 KB', '40 KB', '8 KB'], optionKind: 'number', examRelevant: true,
      explanation: '', section: note.sections[1], doc: note, line: 5, serviceIds: ['s3'], answerServiceIds: [],
    };
    assert.strictEqual(rule(gate(ctx, d, { seen: new Map() })), 'trivia');
  });
});
