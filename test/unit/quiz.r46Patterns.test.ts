// Blind review r46 (issue 9): a comparison question whose wrong options were none of the near misses its note names
// (a KMS grant among imported material, custom key stores and rotation), explanations that repeated the stem
// ("Choose X when the scenario mentions: …"), a user's answer shown as a lower-case fragment, a counted set answered
// by a hedged list ("the five V's": six items), and a section heading left in a cloze's subject. Fixtures are our
// own words, in the idioms of the notes.
import * as assert from 'assert';
import { parseNote } from '../../src/core/parser';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuizContext } from '../../src/core/quiz/context';
import { buildChoose } from '../../src/core/quiz/build/choose';
import { indexChoiceTables } from '../../src/core/quiz/extract/tables';
import { QuestionBank } from '../../src/core/quiz/generator';
import { countedBack } from '../../src/core/quiz/gate/recallScope';
import { headingTopic } from '../../src/core/quiz/clozeStem';
import { inFamily, stemFamily } from '../../src/core/quiz/stemFamily';
import { decidedBetween, sharedFit } from '../../src/core/quiz/overlaps';
import { Draft } from '../../src/core/quiz/draft';
import { NOTES_DIR } from './paths';
import { userBank } from './userNotes';
import { comparisonNote } from './comparisonNote';

// Five ways to water a garden. Each section says what the way is; each why-not cell names its near misses.
const sections = [
  '## Drip line', '', 'A hose with small holes lays water at each plant\'s roots, drop by drop, so little is lost to the sun or the wind.', '',
  '## Sprinkler', '', 'A rotating head throws water over a wide circle of lawn for as long as the tap stays open.', '',
];
const gardenText = comparisonNote('Garden watering: drip line vs sprinkler vs watering can vs soaker hose vs rain barrel', 'Choose a watering way when', [
    '| Drip line | tomatoes in a dry bed must get water at the roots every morning while the leaves stay dry; a hot, windy plot loses most sprayed water before it lands | A sprinkler wets the leaves and loses water to the wind; a soaker hose sweats along its whole length instead of at each plant |',
    '| Sprinkler | a large lawn must be soaked evenly once a week with no one standing by; a new patch of grass seed needs a fine, wide spray | A drip line waters single plants, not a whole lawn |',
    '| Watering can | three pots on a balcony need a careful splash twice a week; seedlings must be watered gently by hand | A sprinkler would flood the balcony |',
    '| Soaker hose | a long hedge needs slow water along its full length; a border of shrubs should be soaked deep once a fortnight | A drip line feeds points, not a continuous row |',
    '| Rain barrel | the garden must be watered from collected roof water during a hosepipe ban; tap water must not be used for the flower beds | A watering can still needs a source of water |',
  ]).replace('Some words about the choices below.', ['Some words about the choices below.', '', ...sections].join('\n'));
const garden = parseNote({ file: '/notes/comparisons/garden-watering.md', relPath: 'comparisons/garden-watering.md', source: 'bundled', text: gardenText }).doc;

describe('quiz: patterns of blind review r46', function () {
  this.timeout(120000);
  let drafts: Draft[];

  before(() => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const ctx = new QuizContext(kb, [...kb.documents(), garden]);
    indexChoiceTables(ctx, [garden]);
    drafts = buildChoose(ctx, ctx.tableBySection.get(garden.sections.find((s) => s.choiceRows.length)!)!);
  });

  const single = (cue: string) => drafts.find((d) => d.kind === 'choose' && d.cue === cue)!;

  it('offers first the rows the key\'s "Why not the others" cell names: the note\'s own near misses', () => {
    const d = single('tomatoes in a dry bed must get water at the roots every morning while the leaves stay dry');
    assert.deepStrictEqual(d.correct, ['Drip line']);
    assert.deepStrictEqual([...d.distractors.slice(0, 2)].sort(), ['Soaker hose', 'Sprinkler']);
    // A cell that names one row puts that row first, the rest after it.
    const s = single('a large lawn must be soaked evenly once a week with no one standing by');
    assert.strictEqual(s.distractors[0], 'Drip line');
    assert.ok(s.distractors.includes('Rain barrel') && s.distractors.includes('Watering can'));
  });

  it('an exam trap keyed to a row offers the near misses its why-not cell names first', () => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const text = `${gardenText}\n## Exam traps\n\nWhich watering way suits chili pots in a greenhouse where wet foliage spreads mildew? Drip line, because it feeds each pot below its foliage.\n`;
    kb.upsert(parseNote({ file: '/notes/comparisons/garden-watering.md', relPath: 'comparisons/garden-watering.md', source: 'bundled', text }));
    const bank = new QuestionBank(kb);
    const q = bank.questions.find((x) => x.source.file === '/notes/comparisons/garden-watering.md' && /chili pots/.test(x.stem));
    assert.ok(q, bank.rejections.filter((r) => /greenhouse/.test(r.stem)).map((r) => `${r.rule}: ${r.detail}`).join('\n'));
    const wrong = q!.options.filter((_, i) => !q!.answers.includes(i));
    assert.ok(wrong.includes('Sprinkler') && wrong.includes('Soaker hose'), wrong.join(' | '));
  });

  it('explains a key by what its own section of the note says, not by the stem again', () => {
    const d = single('tomatoes in a dry bed must get water at the roots every morning while the leaves stay dry');
    assert.strictEqual(d.explanation, 'Drip line: A hose with small holes lays water at each plant\'s roots, drop by drop, so little is lost to the sun or the wind.');
    // A row with no section of its own keeps the cue list.
    const c = single('three pots on a balcony need a careful splash twice a week');
    assert.match(c.explanation, /^Choose Watering can when the scenario mentions: three pots on a balcony/);
  });

  it('a counted set is answered by that many items, none hedged', () => {
    assert.match(countedBack('What are the five C\'s of a good loaf?', 'Crust, crumb, colour, chew, or crackle, and cost.')!, /hedge/);
    assert.match(countedBack('What are the three layers of a compost heap?', 'Greens and browns.')!, /asks for three and the back lists 2/);
    assert.strictEqual(countedBack('What are the three layers of a compost heap?', 'Greens, browns, and soil.'), undefined);
    // A back that explains each item is not a list to count.
    assert.strictEqual(countedBack('What are the two kinds of rain barrel?', 'Open barrels collect from the sky. Closed ones take a downpipe and keep mosquitoes out.'), undefined);
  });

  it('a section heading in a cloze\'s subject: without the service\'s name and in sentence case', () => {
    assert.strictEqual(headingTopic('S3 Request Rates per Prefix', ['Amazon Simple Storage Service', 'Amazon S3', 'S3']), 'request rates per prefix');
    assert.strictEqual(headingTopic('Storage Lens', ['Amazon S3', 'S3']), 'Storage Lens');
    assert.strictEqual(headingTopic('Standard vs Glacier Deep Archive', ['Amazon S3', 'S3']), 'Standard vs Glacier Deep Archive');
    assert.strictEqual(headingTopic('GET and PUT Limits', ['Amazon S3']), 'GET and PUT Limits');
  });

  it('a user\'s answer with its lead-in cut is explained by the note\'s whole sentence', () => {
    const bank = userBank({ 'ingest.md': [
      '# Moving files in', '',
      'Which AWS service would you pick to receive files from partners over SFTP straight into Amazon S3? You can use the AWS Transfer Family for managed SFTP endpoints that write into S3 buckets.', '',
    ] });
    const q = bank.questions.find((x) => x.source.file === '/user/ingest.md' && x.format !== 'recall');
    assert.ok(q, bank.rejections.filter((r) => r.file === '/user/ingest.md').map((r) => `${r.rule}: ${r.detail}`).join('\n'));
    assert.deepStrictEqual(q!.answers.map((i) => q!.options[i]), ['AWS Transfer Family']);
    assert.match(q!.explanation, /^You can use the AWS Transfer Family for managed SFTP endpoints/);
  });
});

describe('quiz: patterns of blind review r48', function () {
  this.timeout(120000);
  it('a stem that asks for one service\'s tool keeps every option inside that service\'s family', () => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const ctx = new QuizContext(kb, kb.documents());
    const wrangler = kb.service('sagemaker-data-wrangler')!;
    const family = stemFamily(ctx, 'Which SageMaker AI tool cleans a training set with built-in transforms?', [wrangler]);
    assert.strictEqual(family?.id, 'sagemaker-ai');
    assert.strictEqual(inFamily(kb.service('glue-databrew')!, family!), false);
    assert.strictEqual(inFamily(kb.service('sagemaker-ml-lineage-tracking')!, family!), true);
    // A stem that names no family, or a key outside the one it names, sets no rule.
    assert.strictEqual(stemFamily(ctx, 'Which visual tool cleans a training set with built-in transforms?', [wrangler]), undefined);
    assert.strictEqual(stemFamily(ctx, 'Which Glue feature cleans a training set?', [wrangler]), undefined);
  });
});

describe('quiz: patterns of blind review r49', () => {
  it('"serverless ETL" alone fits Lambda and Managed Service for Apache Flink beside Glue; batch jobs or a stream decide', () => {
    const stem = 'Which AWS service is described here: “Serverless service that transforms data”?';
    assert.strictEqual(sharedFit(stem, 'AWS Glue', 'AWS Lambda'), true);
    assert.strictEqual(sharedFit(stem, 'AWS Glue', 'Amazon Managed Service for Apache Flink'), true);
    assert.strictEqual(sharedFit('Which AWS service runs serverless ETL jobs in batches on Spark?', 'AWS Glue', 'AWS Lambda'), false);
  });
});

describe('quiz: patterns of blind review r50', function () {
  this.timeout(120000);
  it('a user\'s mapping line that says what tells a compared rival apart offers it; else the rival stays out', () => {
    assert.strictEqual(decidedBetween('Open-source streaming with low latency', 'Amazon Managed Streaming for Apache Kafka', 'Amazon Kinesis Data Streams'), true);
    assert.strictEqual(decidedBetween('Automatic rotation of database passwords', 'AWS Secrets Manager', 'AWS Systems Manager Parameter Store'), true);
    assert.strictEqual(decidedBetween('Streaming ingestion with low latency', 'Amazon Managed Streaming for Apache Kafka', 'Amazon Kinesis Data Streams'), false);
    const bank = userBank({ 'streams.md': [
      '# Ingestion services', '',
      '| Service | Use case |', '|---|---|',
      '| Amazon MSK | Open-source event streaming for teams moving their brokers as they are |',
      '| AWS Lambda | Short functions that react to each new object within seconds |',
      '| AWS Glue | Serverless Spark jobs that turn raw CSV into Parquet on a schedule |',
      '| Amazon Athena | Ad hoc SQL over files in S3 with no servers |', '',
    ] });
    const q = bank.questions.find((x) => x.source.file === '/user/streams.md' && /Open-source event streaming/.test(x.stem));
    assert.ok(q, bank.rejections.filter((r) => r.file === '/user/streams.md').map((r) => `${r.rule}: ${r.stem} ${r.detail}`).join('\n'));
    assert.ok(q!.options.includes('Amazon Kinesis Data Streams'), q!.options.join(' | '));
  });

  it('a user\'s service question whose key is the only option of its kind is dropped', () => {
    const bank = userBank({ 'iac.md': [
      '# Delivery tools', '',
      '| Service | Use case |', '|---|---|',
      '| AWS CloudFormation | Native stack deployment with automatic rollback of failed changes |',
      '| AWS CDK | Define the same stacks in Python or TypeScript code with reusable constructs |',
      '| AWS SAM | Package serverless applications of Lambda functions and APIs with a short template |',
      '',
    ] });
    const iac = bank.rejections.find((r) => r.file === '/user/iac.md' && /Native stack deployment/.test(r.stem) && r.kind === 'choose');
    assert.ok(iac && /only option of its kind/.test(iac.detail), JSON.stringify(iac));
  });
});
