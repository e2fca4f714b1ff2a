// Rules added after blind review r8 of users' notes (docs/quiz.md): one fact per question also when two
// summary tables give the same key and options, a closed S3 feature never a key, the catalog's name for a
// service a student's note title misnames, no API setting among product features. Fixtures are our own words.
import * as assert from 'assert';
import { UserFacts } from '../../src/core/quiz/userFacts';
import { contradictedFact } from '../../src/core/quiz/practiceFacts';
import { officialEntry } from '../../src/core/serviceOverride';
import { userChoiceQuestions } from './userNotes';
import { apiSetting } from '../../src/core/quiz/build/requirement';
import { letterPlurals, readableQuote } from '../../src/core/quiz/build/quote';

describe('quiz: users\' notes, blind review r8 patterns', () => {
  it('one fact: the same key with the same four options is asked once, whatever the cue says', () => {
    const facts = new UserFacts();
    const opts = ['AWS Lambda', 'AWS Glue', 'Amazon EMR on EC2', 'Amazon Managed Service for Apache Flink'];
    assert.strictEqual(facts.seen('Small functions that reshape records on the fly', ['AWS Lambda'], 'a.md:5', false, opts), undefined);
    assert.strictEqual(facts.seen('Event-driven code without servers', ['AWS Lambda'], 'b.md:7', false, [...opts].reverse()), 'a.md:5');
    assert.strictEqual(facts.seen('Event-driven code without servers', ['AWS Glue'], 'b.md:8', false, opts), undefined, 'another key');
    const other = ['AWS Lambda', 'AWS Step Functions', 'Amazon EventBridge', 'Amazon SQS'];
    assert.strictEqual(facts.seen('Run a handler when an object lands in a bucket', ['AWS Lambda'], 'c.md:2', false, other), undefined, 'other options, other words');
  });

  it('one fact: the same key and three shared content words (stemmed) across notes is asked once', () => {
    const facts = new UserFacts();
    assert.strictEqual(facts.seen('Grants on catalog tables down to single columns and rows instead of long bucket policies in S3', ['AWS Lake Formation'], 'svc.md:20'), undefined);
    assert.strictEqual(facts.seen('row-level or column-level filtering for SQL engines reading S3', ['AWS Lake Formation'], 'dom.md:60'), 'svc.md:20');
    assert.strictEqual(facts.seen('Register an S3 location as part of the governed lake', ['AWS Lake Formation'], 'dom.md:61'), undefined, 'one word in common is another fact');
  });

  it('practice questions with the same options still ask different things', () => {
    const facts = new UserFacts();
    const opts = ['Amazon Data Firehose', 'Amazon SQS', 'Amazon SNS', 'Amazon Kinesis Data Streams'];
    assert.strictEqual(facts.seen('Which service buffers clicks and writes them to a bucket every minute?', ['Amazon Data Firehose'], 'p.md:1', true, opts), undefined);
    assert.strictEqual(facts.seen('Which service turns incoming JSON into Parquet before delivery?', ['Amazon Data Firehose'], 'p.md:9', true, opts), undefined);
  });

  it('a service note titled with a wrong name is asked under the catalog\'s name, the title kept as an alias', () => {
    const own = { id: 'appflow', name: 'AWS AppFlow', aliases: [], formerNames: [], ambiguous: [] } as unknown as Parameters<typeof officialEntry>[0];
    const catalog = { ...own, name: 'Amazon AppFlow', shortName: 'AppFlow', aliases: ['AppFlow'] };
    const e = officialEntry(own, catalog);
    assert.strictEqual(e.name, 'Amazon AppFlow');
    assert.ok(e.aliases.includes('AWS AppFlow') && e.aliases.includes('AppFlow'), e.aliases.join());
    assert.strictEqual(officialEntry(own, undefined), own, 'no catalog entry: the note\'s name stays');
    const qs = userChoiceQuestions({ 'appflow.md': [
      '---', 'title: AWS AppFlow', 'type: aws-service', 'category: Integration', '---', '',
      '# AWS AppFlow (SaaS pulls)', '', '## Summary', '',
      'AWS AppFlow lets an analytics team copy records from SaaS tools such as a CRM into Amazon S3 on a schedule without writing API code.', '',
    ] });
    const all = qs.flatMap((q) => q.options);
    assert.ok(!all.includes('AWS AppFlow'), all.join(' | '));
    const q = qs.find((x) => x.answers.some((a) => /AppFlow/.test(x.options[a])));
    assert.ok(q, qs.map((x) => x.stem).join('\n'));
    assert.deepStrictEqual(q.answers.map((a) => q.options[a]), ['Amazon AppFlow']);
  });

  it('an API or lifecycle-rule setting is not offered among a service\'s features', () => {
    assert.ok(apiSetting('- Keep only the last two old copies → **`KeepLatestCopies`**', 'KeepLatestCopies'));
    assert.ok(apiSetting('- Keep only the last two old copies → KeepLatestCopies (parameter)', 'KeepLatestCopies', 'parameter'));
    assert.ok(!apiSetting('- Undo an accidental delete → **S3 Versioning**', 'S3 Versioning'));
    assert.ok(!apiSetting('- Undo an accidental delete → S3 Versioning (recover older copies)', 'S3 Versioning', 'recover older copies'));
  });

  it('a quoted cell of a user\'s note reads as a sentence: capital first letter, no "<" notation', () => {
    assert.strictEqual(readableQuote('hourly loads of small lookup tables (< 5M rows)', true), 'Hourly loads of small lookup tables (under 5M rows)');
    assert.strictEqual(readableQuote('batch jobs with > 200 GB of input and ~3 retries', true), 'Batch jobs with over 200 GB of input and about 3 retries');
    assert.strictEqual(readableQuote('iOS clients uploading photos', true), 'iOS clients uploading photos', 'a name keeps its case');
    assert.strictEqual(readableQuote('hourly loads (< 5M rows)', false), 'hourly loads (< 5M rows)', 'bundled notes as written');
    assert.strictEqual(letterPlurals("of the three c's of quality", true), "of the three C's of quality");
    assert.strictEqual(letterPlurals("of the service's logs", true), "of the service's logs", 'a possessive stays');
  });

  it('a practice question that moves terabytes in a window of hours by a full load alone is held back', () => {
    const stem = 'A bank must migrate a 6 TB SQL Server database to Amazon RDS within a 3-hour downtime window. Which DMS setup is BEST?';
    const opts = ['One task with full load', 'Several tasks with parallel full load', 'Full load and CDC, then cut over', 'CDC only'];
    assert.match(contradictedFact(stem, opts, [1]) ?? '', /CDC/);
    assert.strictEqual(contradictedFact(stem, opts, [2]), undefined, 'full load and CDC is the practice');
    assert.strictEqual(contradictedFact('Which DMS setup copies a 6 TB archive table once?', opts, [1]), undefined, 'no window, no claim');
  });
});
