// Rules added after blind review r11 of users' notes (docs/quiz.md): one question per definition list, an
// answer the note gives as one option of several, and two variants of one service among the distractors.
// Fixtures are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { hedgedAnswer, namesDecidingConstraint } from '../../src/core/quiz/oneOption';
import { secondVariant } from '../../src/core/quiz/variants';
import { extractPassages } from '../../src/core/quiz/extract/passages';
import { needLine } from '../../src/core/quiz/extract/needLines';
import { continuedPredicate } from '../../src/core/quiz/extract/followUp';
import { extractRequirements } from '../../src/core/quiz/extract/requirements';
import { extractStatements } from '../../src/core/quiz/extract/statements';
import { NOTES_DIR } from './paths';
import { userChoiceQuestions, userDoc } from './userNotes';

describe('quiz: users\' notes, blind review r11 patterns', () => {
  it('one definition list gives one question, not one per term with the same options', () => {
    const qs = userChoiceQuestions({
      'lake.md': ['# Lake zones', '', '## Zones of a data lake', '', 'Know the four zones of a data lake:', '',
        '- **Bronze** is the layer that keeps raw files exactly as they arrived from the sources.',
        '- **Silver** is the layer that keeps cleaned rows with duplicates removed and types fixed.',
        '- **Gold** is the layer that keeps aggregates shaped for the dashboards of one business team.',
        '- **Sandbox** is the layer where analysts try queries on copies without touching shared tables.'],
    });
    const fromList = qs.filter((q) => /four zones/i.test(q.stem));
    assert.strictEqual(fromList.length, 1, qs.map((q) => q.stem).join('\n'));
  });

  it('an answer given as "one option" is asked only with a constraint that decides', () => {
    assert.strictEqual(hedgedAnswer('One option is to use AWS Glue with a crawler.'), true);
    assert.strictEqual(hedgedAnswer('A few services that can help here are SQS and SNS, both from AWS.'), true);
    assert.strictEqual(hedgedAnswer('AWS Glue, because its crawlers add the new partitions.'), false);
    assert.strictEqual(namesDecidingConstraint('Which AWS service can you use to refresh the table partitions?'), false);
    assert.strictEqual(namesDecidingConstraint('Which AWS service refreshes the table partitions with the least operational overhead?'), true);
    const doc = userDoc(['# Catalog', '', '## Keeping tables current', '', 'Which AWS service can you use to refresh the partitions of your lake tables when files land?', '',
      '* One option is to use AWS Glue and a crawler.'].join('\n'));
    const claim = extractPassages(doc.sections.find((s) => s.title === 'Keeping tables current')!)[0];
    assert.strictEqual(claim.hedged, true);
    const qs = userChoiceQuestions({
      'catalog.md': ['# Catalog', '', '## Keeping tables current', '', 'Which AWS service can you use to refresh the partitions of your lake tables when files land?', '',
        '* One option is to use AWS Glue and a crawler.', '', '## Serverless refresh', '',
        'Which AWS service refreshes the partitions of lake tables with the least operational overhead?', '', '* One option is to use AWS Glue and a crawler.'],
    });
    assert.deepStrictEqual(qs.map((q) => q.stem), ['Which AWS service refreshes the partitions of lake tables with the least operational overhead?']);
  });

  it('two variants of one service are never both distractors unless the key is one of them', () => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const s = (id: string) => kb.service(id)!;
    assert.strictEqual(secondVariant(s('emr-serverless'), [s('emr')], [s('glue')]), true);
    assert.strictEqual(secondVariant(s('emr-on-eks'), [s('emr-serverless')], [s('glue')]), true);
    assert.strictEqual(secondVariant(s('emr-serverless'), [s('lambda')], [s('glue')]), false);
    assert.strictEqual(secondVariant(s('emr-serverless'), [s('emr')], [s('emr-on-eks')]), false, 'a question about the variants');
    assert.strictEqual(secondVariant(s('redshift-serverless'), [s('redshift')], [s('athena')]), true);
    assert.strictEqual(secondVariant(s('redshift-spectrum'), [s('redshift')], [s('athena')]), false, 'Spectrum is a feature, not a deployment variant');
    const qs = userChoiceQuestions({
      'etl.md': ['# ETL', '', '## Batch ETL', '', 'AWS Glue is a serverless ETL service that runs Spark jobs on a schedule and catalogs the tables it writes.'],
    });
    for (const q of qs) {
      const emr = q.options.filter((o) => /\bEMR\b/.test(o));
      assert.ok(emr.length <= 1 || q.answers.some((a) => /\bEMR\b/.test(q.options[a])), q.options.join(', '));
    }
  });

  it('idioms of a student\'s prose: "If you need X, you can use Y" and "Y is great for X. An advantage of X is that …"', () => {
    assert.deepStrictEqual(needLine('If you need a place for nightly sales reports, you could use Amazon Redshift or Amazon Redshift Spectrum. It also reads the lake.'),
      { kind: 'cue', cue: 'You need a place for nightly sales reports', answer: 'Amazon Redshift' });
    assert.strictEqual(needLine('If you need to move files and query them, you can use Amazon S3 and Amazon Athena.'), undefined, 'two services are two answers');
    assert.deepStrictEqual(needLine('Amazon S3 is ideal for raw landing zones. A benefit of a raw landing zone is that files keep their own layout.'),
      { kind: 'cue', cue: 'You need a raw landing zone whose advantage is that files keep their own layout', answer: 'Amazon S3' });
    assert.strictEqual(needLine('Amazon S3 is ideal for raw landing zones. A benefit of Parquet is that columns compress well.'), undefined, 'the advantage of something else');
    const doc = userDoc(['# Lakes', '', '## Where data lives', '', '- For example, Amazon S3 is ideal for raw landing zones. A benefit of a raw landing zone is that files keep their own layout.'].join('\n'));
    const cues = extractRequirements(doc.sections.find((x) => x.title === 'Where data lives')!);
    assert.deepStrictEqual(cues.map((c) => [c.cue, c.answer]), [['You need a raw landing zone whose advantage is that files keep their own layout', 'Amazon S3']]);
  });

  it('a short service statement continued by "It can …" is asked as one description', () => {
    assert.strictEqual(continuedPredicate('ingest events as they happen', 'It can hand each record to your own consumer code within a second.'),
      'ingests events as they happen and can hand each record to your own consumer code within a second');
    assert.strictEqual(continuedPredicate('keeps every change of a table for a day and replays it in order', 'It can be read by Lambda.'), undefined, 'long enough alone');
    assert.strictEqual(continuedPredicate('ingest events as they happen', 'Another service stores them.'), undefined);
    const doc = userDoc(['# Ingestion', '', '## Streams', '', 'Amazon Kinesis Data Streams ingest events as they happen. It can hand each record to your own consumer code within a second.'].join('\n'));
    const claims = extractStatements(doc.sections.find((x) => x.title === 'Streams')!);
    assert.strictEqual(claims[0]?.predicate, 'ingests events as they happen and can hand each record to your own consumer code within a second');
  });
});
