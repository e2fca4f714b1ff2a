// Structured data in a lesson's code block (extract/codeProfiles.ts): workload profiles that name the service
// picked, and families of named siblings ("orc_format", "avro_format") with their use cases. Fixtures are in
// our own words, written the way lesson notes write such dicts.
import * as assert from 'assert';
import { Section } from '../../src/core/model';
import { familyRows, profileCue, profileRows, profileService, writtenName } from '../../src/core/quiz/extract/codeProfiles';
import { userChoiceQuestions, userDoc } from './userNotes';

const one = (text: string): Section => userDoc(`# Lesson\n\n## Part\n\n${text}\n`).sections[1];

const PROFILES = [
  '**Business Scenario**: A logistics firm sorts its datasets by how they are read.',
  '',
  '```python',
  'def plan_storage():',
  '    """',
  '    Storage plan for the parcel platform',
  '    """',
  '    plan = {',
  '        "parcel_status": {',
  '            "description": "Current status of every parcel, looked up by tracking number",',
  '            "access_pattern": "Single-item reads and writes at very high rates",',
  '            "latency": "< 5ms at any scale",',
  '            "recommended_storage": "Amazon DynamoDB",',
  '            "characteristics": {',
  '                "type": "Key-value",',
  '            }',
  '        },',
  '        "delivery_history": {',
  '            "description": "Years of delivery events for route analysis",',
  '            "access_pattern": "Large scans, joins and aggregations",',
  '            "latency": "Minutes acceptable",',
  '            "recommended_storage": "Amazon Redshift"',
  '        },',
  '        "scanned_labels": {',
  '            "description": "Photos of shipping labels kept for audits",',
  '            "access_pattern": "Written once, rarely read",',
  '            "recommended_storage": "Amazon S3 with Lifecycle Policies"',
  '        },',
  '        "label_archive": {',
  '            "description": "Label photos older than seven years kept for legal holds",',
  '            "access_pattern": "Almost never read, retrieval within twelve hours is fine",',
  '            "recommended_storage": "Amazon S3 Glacier Deep Archive"',
  '        },',
  '        "depot_lookup": {',
  '            "service": "Amazon DynamoDB",',
  '            "reason": "Depot opening hours fetched by depot code on every scan",',
  '            "latency": "Under 20 ms",',
  '            "code_example": """',
  '            table = {"service": "Amazon Neptune", "reason": "never read: this is code inside a string"}',
  '            """',
  '        },',
  '        "driver_app": {',
  '            "service": "Amazon Aurora (PostgreSQL)",',
  '            "configuration": {"instance": "db.r6g.large"}',
  '        }',
  '    }',
  '    return plan',
  '```',
].join('\n');

describe('quiz: structured data in code blocks (codeProfiles.ts)', function () {
  this.timeout(60000);
  it('a workload profile is a row: its need fields in words are the cue, the service picked is the choice', () => {
    const rows = profileRows(one(PROFILES));
    assert.deepStrictEqual(rows.map((r) => r.choice), ['Amazon DynamoDB', 'Amazon Redshift', 'Amazon S3', 'Amazon S3 Glacier Deep Archive']);
    assert.deepStrictEqual(rows[0].cues, [
      'Current status of every parcel, looked up by tracking number (access pattern: single-item reads and writes at very high rates; latency: < 5ms at any scale)',
      'Depot opening hours fetched by depot code on every scan (latency: under 20 ms)',
    ], 'two profiles of one service are two cues of its row; code kept in a string is not read');
    assert.strictEqual(rows[0].cueLines!.length, 2);
    assert.notStrictEqual(rows[0].cueLines![0], rows[0].cueLines![1], 'each cue keeps its own line: one question per line, not per row');
    assert.ok(!rows.some((r) => /Neptune|Aurora/.test(r.choice)), 'a service with no need beside it (configuration only) is no row');
  });

  it('the service is named without its set-up, and the cue leads with what the workload is', () => {
    assert.strictEqual(profileService('Amazon EMR with Spark'), 'Amazon EMR');
    assert.strictEqual(profileService('Amazon RDS (MySQL)'), 'Amazon RDS');
    assert.strictEqual(profileCue(new Map([['latency', 'Seconds'], ['use_case', 'Nightly sales roll-ups']])), 'Nightly sales roll-ups (latency: seconds)');
    assert.strictEqual(profileCue(new Map([['latency', 'Seconds'], ['volume', '2 TB']])), undefined, 'no lead, no workload');
  });

  it('a family of named siblings with use cases: a use another member shares, or one that names nothing, is left out', () => {
    const section = one([
      'Picking a file layout for the clickstream lake: Parquet and ORC for scans, Avro on the wire.',
      '',
      '```python',
      'layouts = {',
      '    "parquet_format": {',
      '        "description": "Columnar files for scans",',
      '        "pros": ["Reads only the columns a query selects", "Schema evolution support"],',
      '        "use_cases": [',
      '            "Ad hoc Athena queries over the clickstream lake",',
      '            "Reporting tables that analysts scan every morning",',
      '        ],',
      '    },',
      '    "orc_format": {',
      '        "description": "Columnar files with built-in indexes",',
      // Where the data comes from decides nothing: the source system's export is the format (blind reviews r31, r33).
      '        "use_cases": ["Hive tables on a long-running EMR cluster", "First loads from legacy ERP systems"],',
      '    },',
      '    "avro_format": {',
      '        "description": "Row-based binary records",',
      '        "use_cases": [',
      '            "Records published to Kafka topics with a schema registry",',
      '            "Schema evolution across producer versions",',
      '        ],',
      '    },',
      '}',
      '```',
    ].join('\n'));
    const family = familyRows(section)!;
    assert.strictEqual(family.noun, 'data format');
    assert.deepStrictEqual(family.rows.map((r) => r.choice), ['Parquet', 'ORC', 'Avro'], 'names as the section spells them');
    assert.deepStrictEqual(family.rows.map((r) => r.cues), [
      ['Ad hoc Athena queries over the clickstream lake'],
      ['Hive tables on a long-running EMR cluster'],
      ['Records published to Kafka topics with a schema registry'],
    ]);
    assert.strictEqual(writtenName('json', 'We log JSON lines; json is parsed late.'), 'JSON');
    assert.strictEqual(writtenName('delta_lake', 'no mention'), 'Delta Lake');
  });

  it('the profiles become questions stated in words, with no code quoted and no part of the key offered beside it', () => {
    const qs = userChoiceQuestions({ 'parcels.md': ['# Parcel platform storage', '', '## Where each dataset lives', '', ...PROFILES.split('\n')] });
    const redshift = qs.find((q) => q.options[q.answers[0]] === 'Amazon Redshift');
    assert.ok(redshift, qs.map((q) => q.stem).join('\n'));
    assert.match(redshift.stem, /^Which AWS service fits this use case best: “Years of delivery events for route analysis \(access pattern: large scans, joins and aggregations; latency: minutes acceptable\)”\?$/);
    for (const q of qs) assert.doesNotMatch(q.stem, /[{}_"]|recommended|access_pattern/, q.stem);
    const s3 = qs.find((q) => q.options[q.answers[0]] === 'Amazon Simple Storage Service');
    assert.ok(s3, qs.map((q) => q.stem).join('\n'));
    assert.ok(!s3.options.some((o) => /Glacier/.test(o)), `S3 with its own storage class beside it: ${s3.options.join(' / ')}`);
    // A group of storage classes is no AWS service: the archive profile is not asked among whole services, where it
    // was the only archive (blind reviews r31 and r34).
    const glacier = qs.find((q) => /Glacier/.test(q.options[q.answers[0]]));
    assert.strictEqual(glacier, undefined, glacier?.stem);
  });
});
