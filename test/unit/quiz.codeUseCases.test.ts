// Choices a lesson shows as code (extract/codeUseCases.ts): an object keyed by the feature or service it sets up,
// with a `use_case` string beside its set-up. Fixtures are in our own words, written the way lesson notes write
// such dicts.
import * as assert from 'assert';
import { Section } from '../../src/core/model';
import { codeUseCases, keyName } from '../../src/core/quiz/extract/codeUseCases';
import { extractRequirements } from '../../src/core/quiz/extract/requirements';
import { userChoiceQuestions, userDoc } from './userNotes';

const one = (text: string): Section => userDoc(`# Lesson\n\n## Part\n\n${text}\n`).sections[1];

const SETUPS = [
  'The warehouse team keeps a few set-ups ready for the questions analysts ask.',
  '',
  '```python',
  'def warehouse_setups():',
  '    """',
  '    Set-ups the analytics platform relies on',
  '    """',
  '    setups = {',
  '        "redshift_spectrum_integration": {',
  '            "use_case": "Join warehouse tables with clickstream files left in the S3 lake, loading nothing first",',
  '            "configuration": {',
  '                "external_schema": "clicks_ext",',
  '                "iam_role": "arn:aws:iam::111122223333:role/spectrum"',
  '            }',
  '        },',
  '        "s3_intelligent_tiering": {',
  '            "use_case": "Sensor archive whose read frequency nobody can forecast",',
  '            "implementation": {"prefix": "sensors/"}',
  '        },',
  '        "glue_job_bookmarks_setup": {',
  '            "best_for": "Nightly loads that must skip the files an earlier run already handled",',
  '            "settings": {"job_bookmark_option": "job-bookmark-enable"}',
  '        },',
  '        "emr_spot_instances": {',
  '            "use_case": "Nightly batch that can be retried when capacity is taken back",',
  '        },',
  '        "kinesis_vs_msk": {',
  '            "use_case": "Streams that several consumers read at their own pace",',
  '        },',
  '        "order_lookups": {',
  '            "service": "Amazon DynamoDB",',
  '            "use_case": "Orders fetched by id on every page view",',
  '        },',
  '        "example_payload": """',
  '        {"glue_job_bookmarks": {"use_case": "never read: code kept in a string"}}',
  '        """',
  '    }',
  '    return setups',
  '```',
].join('\n');

describe('quiz: use cases of named set-ups in code blocks (codeUseCases.ts)', function () {
  this.timeout(60000);
  it('an object keyed by what it sets up, with a use case, is a requirement line: the use case → the key as a name', () => {
    const cues = codeUseCases(one(SETUPS));
    assert.deepStrictEqual(cues.map((c) => [c.answer, c.cue]), [
      ['Redshift Spectrum', 'Join warehouse tables with clickstream files left in the S3 lake, loading nothing first'],
      ['S3 Intelligent-Tiering', 'Sensor archive whose read frequency nobody can forecast'],
      ['Glue Job Bookmarks', 'Nightly loads that must skip the files an earlier run already handled'],
    ], 'a purchase option, a comparison, an object with a choice field of its own and code inside a string give nothing');
    assert.ok(cues.every((c) => c.line > 0));
    assert.ok(extractRequirements(one(SETUPS)).some((c) => c.answer === 'Redshift Spectrum'), 'read with the other requirement lines');
  });

  it('the key is said as a name: set-up words dropped, acronyms and hyphenated names spelt as AWS writes them', () => {
    assert.strictEqual(keyName('glue_job_bookmarks_configuration'), 'Glue Job Bookmarks');
    assert.strictEqual(keyName('aws_lake_formation'), 'AWS Lake Formation');
    assert.strictEqual(keyName('s3_standard_ia'), 'S3 Standard-IA');
    assert.strictEqual(keyName('dynamodb_global_tables'), 'DynamoDB Global Tables');
    assert.strictEqual(keyName('redshift_reserved_instances'), undefined, 'a way to pay is no feature');
    assert.strictEqual(keyName('s3_to_redshift_copy'), undefined, 'a plan from one place to another names no one choice');
    assert.strictEqual(keyName('archive'), undefined, 'one word names a situation, not a product');
    assert.strictEqual(keyName('legacy_mainframe_to_cloud'), undefined);
  });

  it('the lines become questions: a service among its kind, a storage class among the S3 storage classes', () => {
    const qs = userChoiceQuestions({ 'warehouse.md': ['# Warehouse lesson', '', '## Set-ups we keep', '', ...SETUPS.split('\n')] });
    const spectrum = qs.find((q) => q.options[q.answers[0]] === 'Amazon Redshift Spectrum');
    assert.ok(spectrum, qs.map((q) => q.stem).join('\n'));
    assert.match(spectrum.stem, /^Which AWS service fits this requirement best: “Join warehouse tables with clickstream files left in the S3 lake, loading nothing first”\?$/);
    const tiering = qs.find((q) => q.options[q.answers[0]] === 'S3 Intelligent-Tiering');
    assert.ok(tiering, qs.map((q) => q.stem).join('\n'));
    assert.match(tiering.stem, /^Which S3 storage class fits this requirement best: /);
    assert.ok(tiering.options.every((o) => /^S3 /.test(o)), tiering.options.join(' / '));
    for (const q of qs) assert.doesNotMatch(q.stem, /[{}_"]|use_case|implementation/, q.stem);
    assert.ok(!qs.some((q) => /Spot/.test(q.options[q.answers[0]])), 'no purchase option asked');
  });
});
