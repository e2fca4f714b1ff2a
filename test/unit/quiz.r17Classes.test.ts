// The generated-question classes blind review r17 failed: a key that is the only option outside one family, wrong
// options that cannot apply to the resource the stem names, a need that states the key's definition, and a heading's
// title-case words inside a user's quoted cue. Examples in our own words.
import * as assert from 'assert';
import { Service } from '../../src/core/model';
import { crowdsFamily, familyOf } from '../../src/core/quiz/familyCrowd';
import { offResource, resourcesIn } from '../../src/core/quiz/resourceFit';
import { definingCue } from '../../src/core/quiz/definingCue';
import { titleCaseRun } from '../../src/core/quiz/titleRun';

const service = (id: string, name: string, parent?: string) => ({ id, name, parent, formerNames: [], aliases: [], ambiguous: [], category: 'Analytics', description: '' }) as unknown as Service;

describe('quiz: blind review r17 classes', () => {
  const redshift = service('redshift', 'Amazon Redshift');
  const serverless = service('redshift-serverless', 'Amazon Redshift Serverless', 'redshift');
  const spectrum = service('redshift-spectrum', 'Amazon Redshift Spectrum', 'redshift');
  const athena = service('athena', 'Amazon Athena');
  const emr = service('emr', 'Amazon EMR');
  const all = new Map([redshift, serverless, spectrum, athena, emr].map((s) => [s.id, s]));
  const parentOf = (id: string) => all.get(id);

  it('"Which service runs a managed Presto-style engine?" never offers three Redshift variants beside an Athena key', () => {
    assert.strictEqual(familyOf(spectrum, parentOf), familyOf(redshift, parentOf));
    assert.notStrictEqual(familyOf(athena, parentOf), familyOf(redshift, parentOf));
    assert.ok(crowdsFamily(spectrum, [redshift, serverless], [athena], parentOf));
    // Two of one family are allowed, and another family may still join.
    assert.ok(!crowdsFamily(serverless, [redshift], [athena], parentOf));
    assert.ok(!crowdsFamily(emr, [redshift, serverless], [athena], parentOf));
    // A key of that family: telling its members apart is the question.
    assert.ok(!crowdsFamily(spectrum, [redshift, serverless], [service('redshift-data-api', 'Amazon Redshift Data API', 'redshift')], parentOf));
  });

  it('generic name words ("Simple", "Elastic") make no family', () => {
    const sqs = service('sqs', 'Amazon Simple Queue Service');
    const sns = service('sns', 'Amazon Simple Notification Service');
    assert.notStrictEqual(familyOf(sqs, parentOf), familyOf(sns, parentOf));
  });

  it('"Which expiry setting stops a raw-zone bucket from keeping old copies forever?" offers no log group or stream control', () => {
    const stem = 'Which expiry setting stops a raw-zone bucket from keeping every old copy of an object forever?';
    const key = ['S3 noncurrent-version expiration'];
    assert.ok(offResource(stem, key, 'Log group retention'));
    assert.ok(offResource(stem, key, 'Stream retention'));
    assert.ok(offResource(stem, key, 'DynamoDB TTL'));
    // A control of the same resource, or one that names no resource, stays.
    assert.ok(!offResource(stem, key, 'S3 Lifecycle expiration'));
    assert.ok(!offResource(stem, key, 'AWS Backup lifecycle'));
    // Objects are a bucket's: the stem need not say "bucket".
    assert.ok(offResource('Which retention control removes landing-zone objects a year after upload?', ['S3 current-version expiration'], 'Log group retention'));
    // A stem that names no resource judges nothing.
    assert.ok(!offResource('Which control deletes old data on a schedule?', key, 'Stream retention'));
    assert.deepStrictEqual([...resourcesIn('expire items in a DynamoDB table')], ['table']);
  });

  it('a key that does not fit the stem\'s resource leaves the wrong options alone', () => {
    assert.ok(!offResource('Which setting trims a bucket?', ['Stream retention'], 'Log group retention'));
  });

  it('"Which format suits a partner that only accepts comma-separated rows?" keyed CSV is a give-away', () => {
    const stem = 'Which format fits this use case best: “an accounting tool that imports only comma-separated rows”?';
    assert.strictEqual(definingCue(stem, 'CSV or TSV', ['JSON', 'Avro', 'ORC']), 'comma-separated');
    assert.strictEqual(definingCue('Which format fits this use case best: “a partner feed of delimited plain text files”?', 'CSV or TSV', ['JSON', 'Avro', 'ORC']), 'delimited');
    // A use case that names no defining words is fair.
    assert.strictEqual(definingCue('Which format fits this use case best: “a finance team opens the export in a spreadsheet”?', 'CSV or TSV', ['JSON', 'Avro', 'ORC']), undefined);
    // Columnar beside a Parquet key with ORC among the options singles nothing out.
    assert.strictEqual(definingCue('Which format fits best: “columnar files for ad hoc SQL”?', 'Parquet', ['ORC', 'JSON', 'Avro']), undefined);
    assert.strictEqual(definingCue('Which format fits best: “columnar files for ad hoc SQL”?', 'Parquet', ['CSV or TSV', 'JSON', 'Avro']), 'columnar');
  });

  it('a user\'s cue with a heading\'s title-case words in mid-sentence is a fragment', () => {
    const none = () => false;
    assert.strictEqual(titleCaseRun('Which AWS service is described here: “Hosted access to Large Language Models (Generative AI)”?', none), 'Large Language Models');
    // Ordinary sentence case, or a run that is a service's name, is fine.
    assert.strictEqual(titleCaseRun('Which AWS service is described here: “Hosted access to large language models”?', none), undefined);
    assert.strictEqual(titleCaseRun('Which service fits: “Loads records into Kinesis Data Streams quickly”?', (t) => /Kinesis Data Streams/.test(t)), undefined);
    // An acronym spelled out in parentheses is no heading.
    assert.strictEqual(titleCaseRun('Which feature is described here: “Bills compute in DPUs (Data Processing Units) per second”?', none), undefined);
    // The cue's own first word is capitalised as any sentence's.
    assert.strictEqual(titleCaseRun('Which service fits: “Serverless Spark jobs”?', none), undefined);
  });
});
