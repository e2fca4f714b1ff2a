// Patterns blind reviews r32 to r35 failed, each with a stem written in our own words that shows it.
import { camelLeak } from '../../src/core/quiz/camelLeak';
import { keyProblem } from '../../src/core/quiz/gate/key';
import { QuizContext } from '../../src/core/quiz/context';
import { overLines } from '../../src/core/quiz/extract/overLines';
import { blocksOf } from '../../src/core/quiz/extract/blocks';
import { userDoc } from './userNotes';
import { bareQuota } from '../../src/core/quiz/quotaTrivia';
import { likeButLeak } from '../../src/core/quiz/likeButLeak';
import { userChoiceQuestions } from './userNotes';
import * as assert from 'assert';
import { danglingReference } from '../../src/core/quiz/danglingReference';
import { sharedFit } from '../../src/core/quiz/overlaps';
import { numberDraftProblem } from '../../src/core/quiz/gate/number';
import { Draft } from '../../src/core/quiz/draft';
import { leaksKey } from '../../src/core/quiz/keyLeak';
import { keywordListBack, nameGivesBack, outsideExamSubject, sampledBack } from '../../src/core/quiz/gate/recallScope';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { parseNote } from '../../src/core/parser';
import { NOTES_DIR } from './paths';
import { familyAsked, familyOptions, labelledFamily, siblingFamilies } from '../../src/core/quiz/valueFamilies';
import { numberFamilyProblem } from '../../src/core/quiz/numberFamily';
import { builtOnProduct } from '../../src/core/quiz/builtOn';
import { purposeCue } from '../../src/core/quiz/extract/purposeCue';

const numberDraft = (source: 'user' | 'bundled') => ({ optionKind: 'number', doc: { source } }) as unknown as Draft;

describe('quiz: patterns of blind review r32', () => {
  it('drops a stem that points back to a thing it never named ("reruns that execution")', () => {
    assert.strictEqual(danglingReference('Which Step Functions feature restarts that execution from the state that failed?'), 'that execution');
    assert.strictEqual(danglingReference('Which option keeps these files out of the crawl?'), 'these files');
    // Named before: the stem points back to its own words.
    assert.strictEqual(danglingReference('A nightly job fails halfway. Which feature reruns that job from the failed step?'), undefined);
    // Not a thing a pipeline acts on, or "that" as a relative pronoun.
    assert.strictEqual(danglingReference('Which service meets this requirement with the least effort?'), undefined);
    assert.strictEqual(danglingReference('Which service stores objects that change rarely?'), undefined);
  });

  it('treats event time, late data and exactly-once results as Spark Structured Streaming\'s too (EMR and Glue stay keys)', () => {
    const stem = 'Which service averages each device\'s readings over ten-minute windows by event time, counting readings that arrive late, with exactly-once output?';
    assert.strictEqual(sharedFit(stem, 'Amazon Managed Service for Apache Flink', 'Amazon EMR'), true);
    assert.strictEqual(sharedFit(stem, 'Amazon Managed Service for Apache Flink', 'Amazon EMR Serverless'), true);
    assert.strictEqual(sharedFit(stem, 'Amazon Managed Service for Apache Flink', 'AWS Glue'), true);
    // No cluster to run rules EMR out; per-event latency rules Glue's micro-batches out.
    assert.strictEqual(sharedFit(`${stem.slice(0, -1)} and no servers to manage?`, 'Amazon Managed Service for Apache Flink', 'Amazon EMR on EKS'), false);
    assert.strictEqual(sharedFit('Which service scores each event by event time within milliseconds?', 'Amazon Managed Service for Apache Flink', 'AWS Glue'), false);
  });

  it('offers no DynamoDB Streams beside Kinesis Data Streams or MSK when the stem asks only for streaming ingestion', () => {
    assert.strictEqual(sharedFit('Which TWO AWS services take in streaming data? (Select TWO.)', 'Amazon Kinesis Data Streams', 'Amazon DynamoDB Streams'), true);
    assert.strictEqual(sharedFit('Which service lets producers ingest data streams for custom consumers?', 'Amazon Managed Streaming for Apache Kafka', 'Amazon DynamoDB Streams'), true);
    // A table's item changes, or Kafka, decide.
    assert.strictEqual(sharedFit('Which service captures item-level changes of a table as streaming data?', 'Amazon DynamoDB Streams', 'Amazon Kinesis Data Streams'), false);
    assert.strictEqual(sharedFit('Which service ingests streaming data from existing Kafka producers?', 'Amazon Managed Streaming for Apache Kafka', 'Amazon DynamoDB Streams'), false);
  });

  it('asks no Lambda deployment package size, from any notes', () => {
    for (const source of ['user', 'bundled'] as const) {
      assert.strictEqual(numberDraftProblem(numberDraft(source), 'Fill in the blank: a Lambda function\'s zipped deployment package may be at most _____.')?.rejected, 'trivia');
    }
    assert.strictEqual(numberDraftProblem(numberDraft('user'), 'Fill in the blank: a Lambda function runs for at most _____.'), undefined);
  });

  it('asks no S3 storage class minimum called a "retention" (it is a billed minimum storage duration)', () => {
    assert.strictEqual(numberDraftProblem(numberDraft('user'), 'Which value completes this statement: “The minimum retention for S3 One Zone-IA is _____.”?')?.rejected, 'misdefined');
    assert.strictEqual(numberDraftProblem(numberDraft('user'), 'Which value completes this statement: “The minimum storage duration for S3 One Zone-IA is _____.”?'), undefined);
  });
});

describe('quiz: patterns of blind review r33', () => {
  it('asks no price or billing unit, from any notes', () => {
    const trivia = (source: 'user' | 'bundled', stem: string) => numberDraftProblem(numberDraft(source), stem)?.rejected;
    assert.strictEqual(trivia('bundled', 'What is the on-demand price per TB that the query engine scans?'), 'trivia');
    assert.strictEqual(trivia('bundled', 'What is the minimum data billed per query?'), 'trivia');
    assert.strictEqual(trivia('user', 'Fill in the blank: each call is billed per request at _____.'), 'trivia');
    assert.strictEqual(trivia('user', 'Fill in the blank: a scan of 2 TB costs _____ at 5 USD per TB.'), 'trivia');
    // A size or a time that decides a design stays.
    assert.strictEqual(trivia('user', 'Fill in the blank: Firehose buffers up to _____ before it writes to S3.'), undefined);
  });

  it('asks no size limit of one stored parameter or secret', () => {
    assert.ok(bareQuota('What is the maximum size of an advanced Parameter Store parameter?'));
    assert.ok(bareQuota('What is the maximum value size of a standard Parameter Store parameter?'));
    assert.strictEqual(bareQuota('How long does Secrets Manager wait before it deletes a secret?'), undefined);
  });

  it('drops a definition made "like <sibling> but …" when the key is named like that sibling', () => {
    const options = ['S3 Standard-IA', 'S3 Glacier Instant Retrieval', 'S3 Express One Zone'];
    assert.strictEqual(likeButLeak('Which S3 class is described here: “Like Standard-IA but kept in one Availability Zone”?', 'S3 One Zone-IA', options), 'S3 Standard-IA');
    // A sibling of another name gives nothing away.
    assert.strictEqual(likeButLeak('Which S3 class is described here: “Like Standard-IA but archived for months at a time”?', 'S3 Glacier Deep Archive', options), undefined);
    assert.strictEqual(likeButLeak('Which S3 class keeps objects in one Availability Zone?', 'S3 One Zone-IA', options), undefined);
  });

  it('explains a wiki-linked choice by its service name, never by the link\'s file name', () => {
    const qs = userChoiceQuestions({ 'exam-rules.md': [
      '# Exam rules', '', '## Operations', '',
      '- When a question requires the **smallest amount of cluster administration**, favour serverless services:',
      '  - Choose [[athena]] over running your own Trino fleet on EC2 instances.',
    ] });
    const q = qs.find((x) => x.options[x.answers[0]] === 'Amazon Athena');
    assert.ok(q, qs.map((x) => x.stem).join('\n'));
    assert.match(q.explanation, /→ Amazon Athena\./);
    assert.doesNotMatch(q.explanation, /→ athena\b/);
  });
});

describe('quiz: patterns of blind review r34', () => {
  it('finds a key word inside a compound identifier of the stem ("OpenLineage" beside "Data lineage")', () => {
    assert.strictEqual(camelLeak('Which feature shows the jobs that fed a table, read from OpenLineage events?', 'Data lineage', ['Data products', 'Projects', 'Domain units']), 'OpenLineage');
    // A wrong option that holds the word too, or a word of under five letters, gives nothing away.
    assert.strictEqual(camelLeak('Which feature shows the jobs that fed a table, read from OpenLineage events?', 'Data lineage', ['Lineage graphs', 'Projects', 'Domain units']), undefined);
    assert.strictEqual(camelLeak('Which option reads a DataFrame row by row?', 'Row filter', ['Column mask', 'Tag policy', 'Cell filter']), undefined);
  });

  it('a database in one other VPC: peering and a transit gateway both fit until the stem says which', () => {
    assert.strictEqual(sharedFit('A job must query a database in another VPC owned by a partner account. Which connectivity option fits best?', 'VPC peering', 'Transit gateways'), true);
    assert.strictEqual(sharedFit('A job must query a database in another VPC, and only these two networks are linked. Which connectivity option fits best?', 'VPC peering', 'Transit gateways'), false);
    assert.strictEqual(sharedFit('Thirty VPCs and a factory network must reach each other through one hub. Which connectivity option fits best?', 'Transit gateways', 'VPC peering'), false);
  });

  it('a target kept in sync until cutover: full load and CDC, or CDC only, until the stem says whether rows are already there', () => {
    assert.strictEqual(sharedFit('The replica must stay in sync with the source until the switch. Which DMS option fits best?', 'Full load and CDC', 'CDC only'), true);
    assert.strictEqual(sharedFit('The replica was already restored from a backup and must stay in sync until the switch. Which DMS option fits best?', 'CDC only', 'Full load and CDC'), false);
  });

  it('asks no ceiling of an opt-in setting', () => {
    assert.ok(bareQuota('What is the largest message a queue accepts when MaximumMessageBytes is raised?'));
    assert.strictEqual(bareQuota('What is the largest message a queue accepts by default?'), undefined);
  });

  it('reads no "Choose X over Y" line whose parent states only a qualifier, no workload', () => {
    const section = (parent: string) => userDoc(['# Exam rules', '', '## Operations', '', `- ${parent}`, '  - Choose [[athena]] over running your own Trino fleet on EC2 instances.', ''].join('\n')).sections[1];
    assert.deepStrictEqual(overLines(blocksOf(section('When a question asks for the **least operational overhead**, favour serverless services:'))), []);
    assert.strictEqual(overLines(blocksOf(section('When a question asks for ad hoc SQL over files in S3 with no servers, favour serverless services:'))).length, 1);
  });

  it('asks no group of S3 storage classes as an AWS service among whole services', () => {
    const d = { optionKind: 'service', answerServiceIds: [], distractors: ['Amazon EFS', 'Amazon EBS', 'AWS Storage Gateway'], doc: { source: 'user' }, kind: 'choose', explanation: '' } as unknown as Draft;
    assert.strictEqual(keyProblem({} as QuizContext, d, 'Which AWS service fits this use case best: “Quarterly filings kept for years and read within hours”?', ['Amazon S3 Glacier storage classes'])?.rejected, 'not-a-service');
  });
});

describe('quiz: patterns of blind review r35', () => {
  it('large files read now and then with strong consistency: S3 and EFS alike until objects or a file system are said', () => {
    assert.strictEqual(sharedFit('Which AWS service fits: model files read now and then, large file reads, strong consistency?', 'Amazon Simple Storage Service', 'Amazon Elastic File System'), true);
    assert.strictEqual(sharedFit('Which AWS service fits: large files kept as versioned objects at the lowest cost?', 'Amazon Simple Storage Service', 'Amazon Elastic File System'), false);
  });

  it('stack deployment with rollback: CloudFormation, CDK and SAM alike until templates, a language or serverless apps are said', () => {
    assert.strictEqual(sharedFit('Which AWS service fits: deploy infrastructure as code stacks with safe rollback?', 'AWS CloudFormation', 'AWS Cloud Development Kit'), true);
    assert.strictEqual(sharedFit('Which AWS service fits: deploy stacks with safe rollback?', 'AWS CloudFormation', 'AWS Serverless Application Model'), true);
    assert.strictEqual(sharedFit('Which AWS service fits: deploy stacks from declarative YAML templates with rollback?', 'AWS CloudFormation', 'AWS Cloud Development Kit'), false);
  });

  it('containers with no instances to manage: Fargate, ECS, EKS and Batch alike until Kubernetes or job queues are said', () => {
    assert.strictEqual(sharedFit('Which AWS service fits: run container tasks when you do not want to manage EC2 instances?', 'AWS Fargate', 'Amazon Elastic Container Service'), true);
    assert.strictEqual(sharedFit('Which AWS service fits: run Kubernetes pods when you do not want to manage EC2 instances?', 'Amazon Elastic Kubernetes Service', 'AWS Fargate'), false);
  });

  it('values that must never look alike: probabilistic encryption and salted hashing alike until recovery is said', () => {
    assert.strictEqual(sharedFit('Two protected copies of one value must never look alike. Which technique fits?', 'Probabilistic encryption', 'Salted hashing'), true);
    assert.strictEqual(sharedFit('Two protected copies of one value must never look alike, and the original must be recoverable. Which technique fits?', 'Probabilistic encryption', 'Salted hashing'), false);
  });
});

describe('quiz: patterns of blind review r36', () => {
  it('a key that names Kubernetes through "EKS" is given away by "Kubernetes" in the stem', () => {
    const others = ['AWS Glue', 'Amazon EMR Serverless', 'Amazon Managed Service for Apache Flink'];
    assert.strictEqual(leaksKey('Which option runs Spark jobs in a namespace of a shared Kubernetes cluster?', 'Amazon EMR on EKS', others), 'Kubernetes');
    assert.strictEqual(leaksKey('Which option runs Spark jobs next to other containers on a cluster the platform team already runs?', 'Amazon EMR on EKS', others), undefined);
  });
});

describe('quiz: patterns blind review r35 left', function () {
  this.timeout(120000);
  const retention = '- Shortest hold: 7 days (Bronze, Silver), 45 days (Gold), 120 days (Platinum and Diamond).';

  it('reads a labelled list of values and their members as a value family', () => {
    const f = labelledFamily(retention);
    assert.ok(f);
    assert.deepStrictEqual(f.parts, ['shortest hold']);
    assert.deepStrictEqual(f.entries.map((e) => `${e.member}=${e.value}`), ['Bronze=7', 'Silver=7', 'Gold=45', 'Platinum=120', 'Diamond=120']);
    // Figures or lower-case words in the parentheses are asides, not members; one value is no family.
    assert.strictEqual(labelledFamily('- Small tier: holds 4 KB (free, 10,000 per Region), 8 KB (paid).'), undefined);
    assert.strictEqual(labelledFamily('- Shortest hold: 7 days (Bronze).'), undefined);
  });

  it('reads sibling number cards of one note as a value family', () => {
    const [f] = siblingFamilies(['Reads per second one Widget shard serves::900', 'Writes per second one Widget shard serves::300', 'Widget shard size::4 GB']);
    assert.deepStrictEqual(f.entries.map((e) => `${e.member}=${e.value}`), ['reads=900', 'writes=300']);
  });

  it('offers a family member\'s question the family\'s other values first, never made-up ones before them', () => {
    const families = [labelledFamily(retention)!];
    assert.ok(familyAsked(families, 'What is the shortest hold of the Gold tier?', 45, 'days'));
    // The key must be the named member's value; another unit or no member named is no family question.
    assert.strictEqual(familyAsked(families, 'What is the shortest hold of the Gold tier?', 7, 'days'), undefined);
    assert.strictEqual(familyAsked(families, 'What is the shortest hold of the Gold tier?', 45, 'hours'), undefined);
    assert.strictEqual(familyAsked(families, 'What is the shortest hold of a new tier?', 45, 'days'), undefined);
    const doc = userDoc(['# Tiers', '', '## Numbers', '', retention].join('\n'));
    const { distractors, family } = familyOptions([doc], 'What is the shortest hold of the Gold tier?', '45', 'days', ' ', ['30 days', '60 days', '90 days'], []);
    assert.deepStrictEqual(family, ['120 days', '7 days']);
    // The picker's values complete the family, at least 20 % from each of its values (60 and 90 days are kept).
    assert.deepStrictEqual(distractors.slice(0, 3), ['120 days', '7 days', '30 days']);
    // A family whose values the stem already states has nothing to offer: the gate drops the question.
    assert.deepStrictEqual(familyOptions([doc], 'The shortest hold of Gold is _____, where the other tiers hold 7 or 120 days.', '45', 'days', ' ', ['30 days'], ['7', '120']).family, []);
    const thin = { optionKind: 'number', doc: { source: 'bundled' }, valueFamily: [] } as unknown as Draft;
    assert.strictEqual(numberDraftProblem(thin, 'What is the shortest hold of the Gold tier?')?.rejected, 'thin-family');
  });

  it('never calls a family\'s real value "derived" from the key (180 days is 6 × 30)', () => {
    assert.strictEqual(numberFamilyProblem('180 days', ['30 days', '90 days', '400 days'])?.rule, 'derived-number');
    assert.strictEqual(numberFamilyProblem('180 days', ['30 days', '90 days', '400 days'], ['30 days', '90 days']), undefined);
  });

  it('asks a family card with the family\'s values as wrong options, end to end', () => {
    const qs = userChoiceQuestions({ 'tiers.md': ['---', 'title: Tiers', '---', '', '# Tiers', '', '## Numbers', '', retention, '', '## Cards', '',
      'Shortest hold of the Gold tier::45 days', 'Shortest hold of the Bronze tier::7 days'] });
    const q = qs.find((x) => /Gold/.test(x.stem));
    assert.ok(q, qs.map((x) => `${x.stem} ${x.options.join(' | ')}`).join('\n'));
    assert.ok(q.options.includes('7 days') && q.options.includes('120 days'), q.options.join(' | '));
  });

  it('reads what a "which service is underneath <product>" stem asks about', () => {
    assert.strictEqual(builtOnProduct('Which service is underneath Widget Catalog?'), 'Widget Catalog');
    assert.strictEqual(builtOnProduct('Which AWS service does Widget Catalog build on?'), 'Widget Catalog');
    assert.strictEqual(builtOnProduct('Which service powers Widget Search?'), 'Widget Search');
    assert.strictEqual(builtOnProduct('Which service stores the widgets?'), undefined);
  });

  it('reads a bold label\'s need without the label glued to the note\'s justification', () => {
    const need = purposeCue('Frequent Partition Growth', 'to avoid crawler runs and catalog limits for fast-growing partitioned tables.');
    assert.strictEqual(need, 'Avoid crawler runs and catalog limits for fast-growing partitioned tables');
    assert.doesNotMatch(need!, /Frequent Partition Growth/);
  });

  it('Storage Lens groups and Storage Class Analysis alike for a prefix or tag filter until size, age or access patterns are said', () => {
    assert.strictEqual(sharedFit('Which S3 feature fits: narrow storage figures by object tags, suffixes or prefixes?', 'S3 Storage Lens groups', 'S3 Storage Class Analysis'), true);
    assert.strictEqual(sharedFit('Which S3 feature fits: group storage figures by object size and age?', 'S3 Storage Lens groups', 'S3 Storage Class Analysis'), false);
    assert.strictEqual(sharedFit('Which S3 feature fits: study the access patterns of objects under one prefix before a transition?', 'S3 Storage Class Analysis', 'S3 Storage Lens groups'), false);
  });
});

describe('quiz: patterns of blind review r37', function () {
  this.timeout(120000);
  // Just what the recall rules ask of the quiz context: the services a text names and the catalog's entries.
  const fakeCtx = (names: Record<string, { name: string; scope?: string; category?: string; parent?: string }>) => ({
    servicesIn: (t: string) => Object.entries(names).filter(([, s]) => t.includes(s.name)).map(([id]) => id),
    service: (id: string) => names[id] && { id, formerNames: [], aliases: [], ambiguous: [], identifiers: {}, category: 'Other', ...names[id] },
  }) as unknown as QuizContext;
  const ctx = fakeCtx({ kvs: { name: 'Amazon Kinesis Video Streams', scope: 'extra', category: 'Analytics (media streaming)' }, msk: { name: 'Amazon MSK' }, kds: { name: 'Amazon Kinesis Data Streams' }, glue: { name: 'AWS Glue' }, 'glue-crawler': { name: 'Glue crawler', parent: 'glue' } });

  it('a recall card about a product outside the exam: a service marked outside, or an AWS name the catalog lacks', () => {
    assert.match(outsideExamSubject(ctx, 'What does Amazon Kinesis Video Streams let you do?')!, /outside/);
    assert.match(outsideExamSubject(ctx, 'What is Amazon Rekognition?')!, /not among/);
    assert.strictEqual(outsideExamSubject(ctx, 'In AWS Glue, what is a job bookmark?'), undefined);
    assert.strictEqual(outsideExamSubject(ctx, 'Of the five V\'s of data, what does velocity mean?'), undefined);
    // The business-analytics taxonomy is out of the exam's scope too (r38–r39).
    assert.ok(outsideExamSubject(ctx, 'Which type of analytics answers the question “What will happen next?”'));
  });

  it('an open "used for" answered by a keyword list, and a front whose name says most of the back', () => {
    assert.ok(keywordListBack('What is Amazon Widget Store used for?', 'Central Widget Storage, Nightly Backup, Raw Landing Area.'));
    assert.ok(keywordListBack('What is Amazon Widget Store used for?', 'Low-latency widget lookups, session storage, nightly exports.'));
    assert.strictEqual(keywordListBack('What is Amazon Widget Store used for?', 'Keeping the widgets that other jobs read for years, at any size and with no servers to run.'), undefined);
    assert.ok(nameGivesBack('What is Amazon Managed Widgets for Apache Sprocket?', 'Managed Apache Sprocket widgets for ETL.'));
    assert.strictEqual(nameGivesBack('Which Redshift feature fits: cross-account access without ETL?', 'Redshift Data Sharing'), undefined);
  });

  it('a back that samples: one service asked and two given, a list that trails off, examples for an open set', () => {
    assert.ok(sampledBack(ctx, 'What AWS service can you use to take in streaming data?', 'Amazon MSK and Amazon Kinesis Data Streams.'));
    assert.ok(sampledBack(ctx, 'Which targets can the loader write to?', 'Three stores, a search index, and a few others.'));
    assert.ok(sampledBack(ctx, 'What are AWS services you can use to start work when data lands?', 'Amazon MSK, AWS Glue, or Amazon Kinesis Data Streams.'));
    assert.strictEqual(sampledBack(ctx, 'What are the two AWS services for streaming ingestion?', 'Amazon MSK and Amazon Kinesis Data Streams.'), undefined);
    // Services for a purpose, with no count, are an open set however the back joins them (r38).
    assert.ok(sampledBack(ctx, 'Which AWS streaming services suit clickstream data?', 'Amazon MSK and Amazon Kinesis Data Streams.'));
    // A service and its own sub-feature are one service, not a sample of two.
    assert.strictEqual(sampledBack(ctx, 'What AWS service can you use to refresh the table list as new files land?', 'AWS Glue and a Glue crawler.'), undefined);
  });

  it('records taken in as they come for the team\'s own consumer code: Kinesis Data Streams and SQS alike until replay or ordering is said', () => {
    assert.strictEqual(sharedFit('Which service takes in events in real time for a custom application with low latency?', 'Amazon Kinesis Data Streams', 'Amazon Simple Queue Service'), true);
    assert.strictEqual(sharedFit('Which service takes in events in real time so that several consumers can replay them with a custom application?', 'Amazon Kinesis Data Streams', 'Amazon Simple Queue Service'), false);
    // A lakehouse: Redshift and Athena over open tables in S3 alike (r38).
    assert.strictEqual(sharedFit('Which AWS service fits: “You need a data warehouse or a lakehouse”?', 'Amazon Redshift', 'Amazon Athena'), true);
    // Kept from downstream systems yet recoverable: tokens and encryption alike until a vault or a key is said (r40).
    assert.strictEqual(sharedFit('Downstream systems must never hold the real card number, yet refunds must recover it. Which technique fits?', 'Tokenization', 'Probabilistic encryption'), true);
    assert.strictEqual(sharedFit('Downstream systems hold only surrogates, and refunds recover the card number through a vault. Which technique fits?', 'Tokenization', 'Probabilistic encryption'), false);
  });

  it('a user\'s question keyed to a media service outside the exam guide is trivia; a bundled one is asked', () => {
    const d = (source: string) => ({ optionKind: 'service', answerServiceIds: ['kvs'], distractors: [], doc: { source }, kind: 'choose', explanation: '' }) as unknown as Draft;
    assert.strictEqual(keyProblem(ctx, d('user'), 'Which service stores camera feeds for playback?', ['Amazon Kinesis Video Streams'])?.rejected, 'trivia');
    assert.notStrictEqual(keyProblem(ctx, d('bundled'), 'Which service stores camera feeds for playback?', ['Amazon Kinesis Video Streams'])?.rejected, 'trivia');
  });

  it('a user\'s vault service note that hides a bundled entry keeps the catalog\'s names for hovers, search and the quiz', () => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    kb.upsert(parseNote({ text: ['---', 'title: Amazon EMR (Elastic MapReduce)', 'type: aws-service', '---', '', '# Amazon EMR (Elastic MapReduce)', '', 'Managed clusters for Spark.'].join('\n'), file: '/user/vault/emr.md', relPath: 'vault/emr.md', source: 'user' }));
    const emr = kb.service('emr')!;
    assert.strictEqual(emr.file, '/user/vault/emr.md', 'the student\'s note is the service\'s note');
    assert.strictEqual(emr.name, 'Amazon EMR');
    assert.ok(emr.aliases.includes('Amazon EMR (Elastic MapReduce)'));
    assert.deepStrictEqual(kb.matcher.servicesIn('Run it on Amazon EMR, or call boto3.client("emr").'), ['emr']);
  });

  it('story labels of a note template (Problem, Solution, Impact) are no family of features', () => {
    const qs = userChoiceQuestions({ 'widgets.md': ['---', 'title: Amazon S3 Widget Points', 'type: aws-service', '---', '', '# Amazon S3 Widget Points', '', '## Widget point features', '',
      '- **Problem Solved**: one huge bucket policy nobody can read.', '- **Solution**: one small policy per consumer team.', '- **Addressing**: each point gets its own hostname and ARN.',
      '- **Impact**: fewer mistakes when access changes.', '- **Private Widget Points**: reachable only from one VPC.'] });
    assert.ok(qs.every((q) => !q.options.some((o) => /^(?:Solution|Problem Solved|Addressing|Impact)$/.test(o))), qs.map((q) => q.options.join(' | ')).join('\n'));
  });
});
