// Patterns blind review r52 failed, each shown with a stem or note written in our own words.
import * as assert from 'assert';
import { sharedFit } from '../../src/core/quiz/overlaps';
import { profileCue } from '../../src/core/quiz/extract/codeProfiles';
import { needLine } from '../../src/core/quiz/extract/needLines';
import { userBank } from './userNotes';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuizContext } from '../../src/core/quiz/context';
import { currentNames } from '../../src/core/quiz/build/practice';
import { sameOpening } from '../../src/core/quiz/build/choose';
import { NOTES_DIR } from './paths';
import { QuestionBank } from '../../src/core/quiz/generator';
import { pairWordTell } from '../../src/core/quiz/pairKindTell';

describe('quiz: patterns of blind review r52', function () {
  this.timeout(120000);

  it('reads "Spark or Hive" as met by a Spark engine alone: Glue stays out beside EMR Serverless', () => {
    const alternation = 'Which service runs Spark or Hive jobs with no cluster to provision?';
    assert.strictEqual(sharedFit(alternation, 'Amazon EMR Serverless', 'AWS Glue'), true);
    // Hive on its own still decides: Glue runs no Hive.
    assert.strictEqual(sharedFit('Which service runs nightly Spark jobs and Hive queries with no cluster to provision?', 'Amazon EMR Serverless', 'AWS Glue'), false);
  });

  it('says each qualifier of a code-block workload profile with its key', () => {
    const fields = new Map([['description', 'Five years of meter readings for monthly reports'], ['access_pattern', 'Large scans, nightly jobs'], ['latency', 'Hours are fine']]);
    assert.strictEqual(profileCue(fields), 'Five years of meter readings for monthly reports (access pattern: large scans, nightly jobs; latency: hours are fine)');
  });

  it('says a service "great for" a need with its advantage as one requirement, in the advantage\'s number', () => {
    assert.deepStrictEqual(needLine('Amazon S3 is great for raw zones. A benefit of a raw zone is that you do not need to model the tables first.'),
      { kind: 'cue', cue: 'You need a raw zone without having to model the tables first', answer: 'Amazon S3' });
    assert.deepStrictEqual(needLine('AWS Glue is ideal for catalog crawls. An advantage of catalog crawls is that new partitions appear unaided.'),
      { kind: 'cue', cue: 'You need catalog crawls whose advantage is that new partitions appear unaided', answer: 'AWS Glue' });
  });

  describe('in a student\'s notes', () => {
    const bank = userBank({
      'iac.md': ['---', 'title: Infrastructure as code', '---', '', '# Infrastructure as code', '', '## Exam pointers', '',
        '- **Roll the same VPC and bucket template out to twenty accounts and four Regions from one place**: Use **AWS CloudFormation StackSets**.', ''],
    });
    const mine = bank.questions.filter((q) => q.source.file.startsWith('/user/'));

    it('never keys a feature named after its service ("AWS CloudFormation StackSets") to the bare service', () => {
      for (const q of mine.filter((x) => x.source.file === '/user/iac.md')) {
        const keys = q.format === 'recall' ? [q.answerText ?? ''] : q.answers.map((a) => q.options[a]);
        assert.ok(keys.every((k) => /StackSets/.test(k)), `${q.stem} → ${keys.join(' | ')}`);
      }
    });
  });
});

describe('quiz: patterns of blind review r52 (bundled notes)', function () {
  this.timeout(120000);
  const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
  const ctx = new QuizContext(kb, kb.documents());

  it('puts no "(now …)" beside a former name that is part of a longer name, or that the question already says in its current form', () => {
    assert.strictEqual(currentNames(ctx, 'Read the training details in an Amazon SageMaker Model Card.', undefined, true), 'Read the training details in an Amazon SageMaker Model Card.');
    const option = 'Query the recorded SageMaker models.';
    assert.strictEqual(currentNames(ctx, option, undefined, true, 'A team trains models in Amazon SageMaker AI.\nQuery the recorded SageMaker models.'), option);
    assert.notStrictEqual(currentNames(ctx, option, undefined, true), option, 'alone, the former name still gets its patch');
  });

  it('r53: PySpark decides between Glue Studio and DataBrew, and a rival the passage names as wrong stays an option', () => {
    assert.strictEqual(sharedFit('Which tool lets an engineer draw a pipeline visually and then edit the generated PySpark?', 'AWS Glue Studio', 'AWS Glue DataBrew'), false);
    assert.strictEqual(sharedFit('Which tool lets an engineer build a pipeline visually?', 'AWS Glue Studio', 'AWS Glue DataBrew'), true);
    const bank = new QuestionBank(kb);
    const q = bank.questions.find((x) => x.kind === 'scenario' && /visually and still tune the generated PySpark/.test(x.stem));
    assert.ok(q, 'the bundled exam trap is asked');
    assert.ok(q.options.includes('AWS Glue DataBrew'), q.options.join(' | '));
  });

  it('r54: two text keys that open with the same name beside wrong options that do not are a tell', () => {
    assert.match(pairWordTell('text', ['S3 current-version expiration', 'S3 noncurrent-version expiration'], ['Stream retention', 'Log group retention', 'AWS Backup lifecycle']) ?? '', /both keys open with "S3"/);
    assert.strictEqual(pairWordTell('text', ['S3 current-version expiration', 'S3 noncurrent-version expiration'], ['S3 Object Lock', 'Log group retention', 'AWS Backup lifecycle']), undefined);
    assert.strictEqual(pairWordTell('text', ['a step that needs 12 minutes', 'a function that copies files'], ['memory', 'timeout', 'layers']), undefined);
    assert.strictEqual(pairWordTell('service', ['S3 A', 'S3 B'], ['X', 'Y', 'Z']), undefined);
  });

  it('r53/r54: a wrong option\'s note is the part of the answer\'s clause about it, not the whole clause under each', () => {
    const bank = new QuestionBank(kb);
    const q = bank.questions.find((x) => /managed vector index that answers a high rate of queries/.test(x.stem));
    assert.ok(q && q.optionNotes, 'the bundled vector-store trap is asked with option notes');
    const noteOf = (name: string) => q.optionNotes![q.options.indexOf(name)] ?? '';
    assert.match(noteOf('Amazon Aurora'), /pgvector/);
    assert.doesNotMatch(noteOf('Amazon Aurora'), /S3 Vectors/);
    assert.match(noteOf('Amazon S3 Vectors'), /^Amazon S3 Vectors needs no sizing/);
  });

  it('does not pair two requirements that open with the same three words', () => {
    assert.strictEqual(sameOpening('Reads of the same hot items must be fast', 'Reads of the same items come from memory'), true);
    assert.strictEqual(sameOpening('Reads of the same hot items must be fast', 'Items expire without a cleanup job'), false);
  });
});
