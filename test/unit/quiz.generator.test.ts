// The question generator over the WHOLE bank built from the bundled notes: every question must be
// answerable, fair and deterministic. A failure names the question (kind, stem, source) so the note or
// the template can be fixed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { Service } from '../../src/core/model';
import { serviceNames } from '../../src/core/catalog';
import { parseNote } from '../../src/core/parser';
import {
  apportion, cardStem, EXAM_WEIGHTS, generateQuestions, hasWord, leadClause, numberVariants, QuestionBank, questionBank, selectQuestions, unitFor,
} from '../../src/core/quiz/generator';
import { rng } from '../../src/core/quiz/random';
import { deploymentFormNames } from '../../src/core/quiz/umbrella';
import { Question, QUESTION_KINDS } from '../../src/core/quiz/types';
import { NOTES_DIR } from './paths';

const where = (q: Question) => `[${q.kind}] ${q.stem}\n    options: ${JSON.stringify(q.options)} answers: ${JSON.stringify(q.answers)}\n    at ${q.source.file}:${q.source.line}`;
const NUMBER_OPTION = /^\d[\d,]*(?:\.\d+)?(?:\s?(?:%|[A-Za-z][A-Za-z/ ]*))?$/;

function optionKind(o: string, byName: Map<string, Service>): 'service' | 'number' | 'text' {
  if (byName.has(o)) return 'service';
  if (NUMBER_OPTION.test(o) && /^\d/.test(o)) return 'number';
  return 'text';
}

/** Every name the catalog gives a service (name, short name, former names, aliases). */
function namesOf(s: Service): string[] {
  return serviceNames(s).filter((n) => n.length >= 2);
}

describe('quiz generator over the bundled notes', function () {
  this.timeout(120000);
  let kb: KnowledgeBase;
  let bank: QuestionBank;
  let byName: Map<string, Service>;

  before(function () {
    if (!fs.existsSync(NOTES_DIR)) this.skip();
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    bank = questionBank(kb);
    byName = new Map([...kb.services.values()].map((s) => [s.name, s]));
    // "Amazon EMR on EC2" is how Amazon EMR is shown beside its deployment members (umbrella.ts).
    for (const [id, name] of deploymentFormNames()) byName.set(name, kb.service(id)!);
  });

  it('builds a bank with every kind of question, single and multiple response, and recall cards', () => {
    const kinds = new Map<string, number>();
    for (const q of bank.questions) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
    // Practice questions come from the bundled practice exams (notes/practice/), when they are there.
    const expected = QUESTION_KINDS.filter((k) => k !== 'practice' || fs.existsSync(path.join(NOTES_DIR, 'practice')));
    for (const k of expected) assert.ok((kinds.get(k) ?? 0) > 0, `no ${k} questions; kinds: ${JSON.stringify([...kinds])}`);
    assert.ok(bank.questions.filter((q) => q.format === 'multiple').length >= 20, 'too few multiple-response questions');
    // The floor: the bundled bank keeps at least 1,000 choice questions (practice repeats not counted).
    assert.ok(bank.questions.filter((q) => q.format !== 'recall' && !q.repeats).length >= 1000, 'too few choice questions');
  });

  it('has unique ids', () => {
    const ids = bank.questions.map((q) => q.id);
    assert.strictEqual(new Set(ids).size, ids.length);
  });

  it('puts the answer among the options: 1 of 4 (single) or 2 of 5 (multiple)', () => {
    for (const q of bank.questions) {
      if (q.format === 'recall') {
        assert.ok(q.answerText && q.answerText.trim(), `recall card without an answer: ${where(q)}`);
        assert.deepStrictEqual(q.options, [], where(q));
        continue;
      }
      const [nOptions, nAnswers] = q.format === 'single' ? [4, 1] : [5, 2];
      assert.strictEqual(q.options.length, nOptions, where(q));
      assert.strictEqual(q.answers.length, nAnswers, where(q));
      assert.deepStrictEqual([...q.answers].sort((a, b) => a - b), q.answers, `answers not sorted: ${where(q)}`);
      assert.strictEqual(new Set(q.answers).size, q.answers.length, where(q));
      for (const a of q.answers) assert.ok(Number.isInteger(a) && a >= 0 && a < q.options.length, `answer out of range: ${where(q)}`);
      if (q.optionNotes) assert.strictEqual(q.optionNotes.length, q.options.length, where(q));
    }
  });

  it('has unique, non-empty options', () => {
    for (const q of bank.questions) {
      const lower = q.options.map((o) => o.trim().toLowerCase());
      assert.ok(lower.every(Boolean), `empty option: ${where(q)}`);
      assert.strictEqual(new Set(lower).size, lower.length, `duplicate options: ${where(q)}`);
    }
  });

  it('never names the answer in the stem (name, short name, former name, alias)', () => {
    for (const q of bank.questions) {
      for (const a of q.answers) {
        const option = q.options[a];
        const svc = byName.get(option);
        const names = svc ? namesOf(svc) : [option];
        for (const n of names) assert.ok(!hasWord(q.stem, n), `the stem names the answer "${option}" as "${n}": ${where(q)}`);
      }
    }
  });

  it('offers distractors of the same kind as the answer (service for service, number for number)', () => {
    for (const q of bank.questions) {
      if (q.format === 'recall') continue;
      const kinds = new Set(q.options.map((o) => optionKind(o, byName)));
      assert.strictEqual(kinds.size, 1, `mixed option kinds ${JSON.stringify([...kinds])}: ${where(q)}`);
      if (kinds.has('number')) {
        // Same unit: the text after the number.
        const units = new Set(q.options.map((o) => o.replace(/^[\d,.]+\s?/, '').replace(/s$/, '')));
        assert.strictEqual(units.size, 1, `number options with different units: ${where(q)}`);
      }
    }
  });

  it('never offers as a distractor a service the notes give as correct, nor the answer\'s parent or sub-feature', () => {
    // Rows of one comparison table are rivals by definition, even a parent and its sub-feature
    // ("Amazon EMR" on EC2 vs "EMR Serverless").
    const compared = new Set<string>();
    for (const doc of kb.documents()) for (const s of doc.sections) {
      const ids = s.choiceRows.map((r) => kb.matcher.servicesIn(r.choice)[0] ?? [...kb.services.values()].find((x) => namesOf(x).includes(r.choice) || x.ambiguous.includes(r.choice))?.id);
      for (const a of ids) for (const b of ids) if (a && b) compared.add(`${a}|${b}`);
    }
    for (const q of bank.questions) {
      if (q.format === 'recall') continue;
      const correct = q.answers.map((a) => byName.get(q.options[a])).filter((s): s is Service => !!s);
      if (!correct.length) continue;
      // The part of the explanation that states the answer ("X, because …" → "X").
      // The key's own name is left out: "Amazon SageMaker" (SageMaker AI's former name) inside "Amazon SageMaker Unified
      // Studio" names no second service.
      const lead = q.kind === 'scenario' ? correct.reduce((t, c) => t.split(c.name).join(' '), leadClause(q.explanation)) : '';
      q.options.forEach((o, i) => {
        if (q.answers.includes(i)) return;
        const d = byName.get(o)!;
        for (const c of correct) {
          if (compared.has(`${c.id}|${d.id}`)) continue;
          assert.notStrictEqual(d.id, c.parent, `distractor ${o} is the parent of the answer: ${where(q)}`);
          assert.notStrictEqual(d.parent, c.id, `distractor ${o} is a sub-feature of the answer: ${where(q)}`);
        }
        if (lead) assert.ok(!namesOf(d).some((n) => hasWord(lead, n)), `distractor ${o} is named in the answer "${lead}": ${where(q)}`);
      });
    }
  });

  it('gives the same answer wherever the notes ask the same question', () => {
    const byStem = new Map<string, { answer: string; q: Question }>();
    for (const q of bank.questions) {
      if (q.format === 'recall') continue;
      const stem = q.stem.toLowerCase().replace(/\s+/g, ' ');
      const answer = q.answers.map((a) => q.options[a].toLowerCase()).sort().join(' | ');
      const seen = byStem.get(stem);
      if (seen) assert.strictEqual(answer, seen.answer, `two answers to one question:\n  ${where(q)}\n  ${where(seen.q)}`);
      else byStem.set(stem, { answer, q });
      // And no distractor of one is the answer of the other.
      if (seen) for (const o of q.options) if (!answer.includes(o.toLowerCase())) assert.ok(!seen.answer.split(' | ').includes(o.toLowerCase()), where(q));
    }
  });

  it('carries source (file, line, heading path), domain, task, services and an explanation', () => {
    const lineCounts = new Map<string, number>();
    let withTask = 0;
    for (const q of bank.questions) {
      assert.ok(fs.existsSync(q.source.file), `source file missing: ${where(q)}`);
      let n = lineCounts.get(q.source.file);
      if (n === undefined) { n = fs.readFileSync(q.source.file, 'utf8').split('\n').length; lineCounts.set(q.source.file, n); }
      assert.ok(q.source.line >= 1 && q.source.line <= n, `line ${q.source.line} outside the file (${n} lines): ${where(q)}`);
      assert.ok(q.source.headingPath.length > 0, `no heading path: ${where(q)}`);
      assert.ok(q.domain && q.domain >= 1 && q.domain <= 4, `no domain: ${where(q)}`);
      if (q.task) { assert.match(q.task, /^[1-4]\.[1-5]$/); assert.strictEqual(Number(q.task[0]), q.domain, `task ${q.task} outside domain ${q.domain}: ${where(q)}`); withTask++; }
      for (const id of q.serviceIds) assert.ok(kb.service(id), `unknown service id ${id}: ${where(q)}`);
      assert.ok(q.explanation.trim().length > 0, `no explanation: ${where(q)}`);
    }
    // Only notes without any task statement leave questions without one.
    assert.ok(withTask / bank.questions.length > 0.95, `only ${withTask} of ${bank.questions.length} questions have a task`);
  });

  it('explains why distractors are wrong where the notes say it ("Why not the others")', () => {
    const withWhyNot = bank.questions.filter((q) => q.kind === 'choose' && q.optionNotes?.some((n, i) => n && !q.answers.includes(i) && !/^[^:]+: /.test(n)));
    // 18 since blind review r20: a clause that only ends in an option's last word ("a key policy") no longer notes it.
    assert.ok(withWhyNot.length >= 15, `only ${withWhyNot.length} choose questions carry a why-not note`);
  });

  it('is deterministic: the same seed gives identical JSON, from a freshly built knowledge base too', () => {
    const a = JSON.stringify(generateQuestions(kb, { count: 100000, seed: 'same seed' }));
    const b = JSON.stringify(generateQuestions(kb, { count: 100000, seed: 'same seed' }));
    const kb2 = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const c = JSON.stringify(generateQuestions(kb2, { count: 100000, seed: 'same seed' }));
    assert.strictEqual(a, b);
    assert.strictEqual(a, c);
    const d = JSON.stringify(generateQuestions(kb, { count: 100000, seed: 'another seed' }));
    assert.notStrictEqual(a, d);
    // Reshuffled options still point at the same answers.
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    for (const q of JSON.parse(d) as Question[]) {
      const orig = byId.get(q.id)!;
      assert.deepStrictEqual(q.answers.map((i) => q.options[i]).sort(), orig.answers.map((i) => orig.options[i]).sort());
    }
  });

  it('keeps the CLI JSON contract', () => {
    const [q] = generateQuestions(kb, { count: 1, seed: 'cli' });
    for (const key of ['id', 'kind', 'stem', 'options', 'answers', 'explanation', 'source', 'domain', 'serviceIds']) assert.ok(key in q, key);
    for (const key of ['file', 'line', 'headingPath']) assert.ok(key in q.source, key);
  });

  it('weights an exam by domain 34/26/22/18 %', () => {
    const exam = selectQuestions(bank.questions, { count: 65, seed: 'exam', examWeights: true });
    assert.strictEqual(exam.length, 65);
    assert.strictEqual(new Set(exam.map((q) => q.id)).size, 65);
    const quotas = apportion(65, EXAM_WEIGHTS);
    const counts: Record<number, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
    for (const q of exam) counts[q.domain!]++;
    assert.deepStrictEqual(counts, quotas);
    assert.deepStrictEqual(quotas, { 1: 22, 2: 17, 3: 14, 4: 12 });
  });

  it('filters by domain, service and kind', () => {
    const d3 = generateQuestions(kb, { count: 50, seed: 's', domain: 3 });
    assert.ok(d3.length > 0 && d3.every((q) => q.domain === 3));
    const kds = generateQuestions(kb, { count: 50, seed: 's', serviceIds: ['kinesis-data-streams'] });
    assert.ok(kds.length > 0 && kds.every((q) => q.serviceIds.includes('kinesis-data-streams')));
    assert.ok(generateQuestions(kb, { count: 500, seed: 's' }).every((q) => q.format !== 'recall'));
    assert.ok(generateQuestions(kb, { count: 5000, seed: 's', includeRecall: true }).some((q) => q.format === 'recall'));
  });
});

describe('quiz generator templates', () => {
  it('turns card fronts into questions', () => {
    assert.strictEqual(cardStem('Maximum DynamoDB item size', 'number'), 'What is the maximum DynamoDB item size?');
    assert.strictEqual(cardStem('Service that shifts Lambda traffic gradually', 'service'), 'Which service shifts Lambda traffic gradually?');
    assert.strictEqual(cardStem('Service to choose over Parameter Store for rotation', 'service'), 'Which service should you choose over Parameter Store for rotation?');
    assert.strictEqual(cardStem('DPUs in a Glue G.2X worker', 'number', true), 'How many DPUs in a Glue G.2X worker?');
    assert.strictEqual(cardStem('SQS FIFO deduplication interval', 'number'), 'What is the SQS FIFO deduplication interval?');
    assert.strictEqual(cardStem('Maximum targets per EventBridge rule', 'number', true), 'What is the maximum number of targets per EventBridge rule?');
    assert.strictEqual(cardStem('Maximum primary nodes in a highly available EMR cluster', 'number', true), 'What is the maximum number of primary nodes in a highly available EMR cluster?');
    assert.strictEqual(cardStem('Maximum SQS message retention', 'number'), 'What is the maximum SQS message retention?');
    assert.strictEqual(cardStem('Lambda payload limit', 'number', false, (w) => w === 'Lambda'), 'What is the Lambda payload limit?');
    assert.strictEqual(cardStem('Which database speaks CQL?', 'service'), 'Which database speaks CQL?');
    assert.strictEqual(cardStem('Where Athena reads table schemas from', 'service'), 'Where does Athena read table schemas from?');
    assert.strictEqual(cardStem('Service AWS Config uses for automatic remediation', 'service'), 'Which service does AWS Config use for automatic remediation?');
    assert.strictEqual(cardStem('Orchestrator for a pipeline mixing Glue and EMR steps', 'service'), 'Which AWS service is described here: “Orchestrator for a pipeline mixing Glue and EMR steps”?');
    assert.strictEqual(cardStem('How long DynamoDB Streams keeps change records', 'number'), 'How long does DynamoDB Streams keep change records?');
    assert.strictEqual(cardStem('How QuickSight reaches a private database', 'service'), 'How does QuickSight reach a private database?');
  });

  it('makes number distractors of the same unit and format', () => {
    const v = numberVariants('1,000', 'KiB', rng('x'));
    assert.strictEqual(v.length, 3);
    for (const x of v) assert.match(x, /^\d{1,3}(,\d{3})* KiB$/);
    assert.ok(numberVariants('48.8', 'TiB', rng('y')).every((x) => !/\.0 /.test(x)));
    assert.ok(numberVariants('90', '%', rng('z'), '').every((x) => Number(x.replace('%', '')) <= 100));
    assert.strictEqual(unitFor(1, 'seconds'), 'second');
    assert.strictEqual(unitFor(3, 'second'), 'seconds');
    assert.strictEqual(unitFor(2, 'copies'), 'copies');
    assert.strictEqual(unitFor(1, 'copies'), 'copy');
  });

  it('reads the answer clause of a passage', () => {
    assert.strictEqual(leadClause('Amazon MSK, because it runs Kafka.'), 'Amazon MSK');
    assert.strictEqual(leadClause('AWS DMS with a full-load-plus-CDC task.'), 'AWS DMS');
    assert.strictEqual(leadClause('Lake Formation.'), 'Lake Formation');
  });

  it('builds questions from a small user note: comparison rows, passages, cards, facts', () => {
    const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const text = [
      '# Queues and streams', '',
      '## Choose when', '',
      '| Choose | When the question mentions | Why not the others |', '|---|---|---|',
      '| Amazon SQS | a worker fleet pulls jobs at its own pace; dead-letter queue | SNS pushes instead |',
      '| Amazon SNS | fan out one message to many subscribers; email notifications | SQS delivers to one consumer |',
      '| Kinesis Data Streams | replay records from yesterday; ordered per partition key | SQS and SNS cannot replay |', '',
      '## Exam traps', '',
      'Which service lets a second consumer re-read last week\'s clickstream? Kinesis Data Streams, because retention keeps records. Amazon SQS is the usual distractor, but it deletes messages once read.', '',
      '## Cards', '',
      'Maximum SQS message retention::14 days', 'What is the capital of France?::Paris',
    ].join('\n');
    const parsed = parseNote({ text, file: '/user/queues.md', relPath: 'queues.md', source: 'user' });
    kb.upsert(parsed);
    const mine = new QuestionBank(kb).questions.filter((q) => q.source.file === '/user/queues.md');
    const kinds = new Set(mine.map((q) => q.kind));
    for (const k of ['choose', 'choose-two', 'scenario', 'card', 'recall']) assert.ok(kinds.has(k as Question['kind']), `no ${k}: ${JSON.stringify([...kinds])}`);
    const scenario = mine.find((q) => q.kind === 'scenario')!;
    const sqs = scenario.options.indexOf('Amazon Simple Queue Service');
    assert.ok(sqs >= 0, 'the distractor the passage names is offered');
    assert.match(scenario.optionNotes![sqs], /deletes messages once read/);
    // "dead-letter queue" would give Simple Queue Service away by its own word: the gate drops it.
    assert.ok(!mine.some((q) => q.stem.includes('dead-letter queue') && q.kind === 'choose'));
    const choose = mine.find((q) => q.kind === 'choose' && q.stem.includes('a worker fleet pulls jobs'))!;
    assert.strictEqual(choose.options[choose.answers[0]], 'Amazon Simple Queue Service');
    assert.match(choose.explanation, /Why not the others: SNS pushes instead/);
    const recall = mine.find((q) => q.kind === 'recall')!;
    assert.strictEqual(recall.answerText, 'Paris');
  });
});
