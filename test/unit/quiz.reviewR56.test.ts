// Patterns blind reviews r56 to r58 failed, each shown with a stem or note written in our own words, and checked on the
// bundled bank.
import * as assert from 'assert';
import { relationalTell } from '../../src/core/quiz/dataModel';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { QuestionBank } from '../../src/core/quiz/generator';
import { Service } from '../../src/core/model';
import { NOTES_DIR } from './paths';
import { contradictedFact } from '../../src/core/quiz/practiceFacts';
import { userBank } from './userNotes';
import { numberVariants } from '../../src/core/quiz/distractors';
import { numberFamilyProblem } from '../../src/core/quiz/numberFamily';
import { rng } from '../../src/core/quiz/random';

describe('quiz: patterns of blind review r56', function () {
  this.timeout(120000);
  const kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
  const bank = new QuestionBank(kb);
  const svc = (id: string) => kb.service(id) as Service;

  it('drops a stem that names a relational engine when the key is the only relational option', () => {
    const stem = 'Which AWS service fits this requirement best: “PostgreSQL tables that must fail over within a minute”?';
    assert.match(relationalTell(stem, [svc('aurora')], [svc('dynamodb'), svc('keyspaces'), svc('memorydb')]) ?? '', /only relational option/);
    // A relational rival among the wrong options, or a stem that names no engine, is fine.
    assert.strictEqual(relationalTell(stem, [svc('aurora')], [svc('rds'), svc('dynamodb'), svc('memorydb')]), undefined);
    assert.strictEqual(relationalTell('Which AWS service fits this requirement best: “tables that must fail over within a minute”?', [svc('aurora')], [svc('dynamodb'), svc('keyspaces'), svc('memorydb')]), undefined);
    for (const q of bank.questions.filter((x) => x.format !== 'recall' && x.answers.length === 1)) {
      const key = kb.services.get(['aurora', 'rds'].find((id) => q.options[q.answers[0]] === svc(id).name) ?? '');
      if (!key) continue;
      const wrong = q.options.filter((_, i) => !q.answers.includes(i)).map((o) => [...kb.services.values()].find((s) => s.name === o)).filter((s): s is Service => !!s);
      if (wrong.length === 3) assert.strictEqual(relationalTell(q.stem, [key], wrong), undefined, q.stem);
    }
  });

  it('never puts a Why-not part that argues against one key of a two-workload question under a wrong option', () => {
    let pairs = 0;
    for (const q of bank.questions.filter((x) => x.kind === 'choose-two' && x.optionNotes)) {
      pairs++;
      const keys = q.answers.map((a) => q.options[a].toLowerCase());
      q.options.forEach((o, i) => {
        const note = q.optionNotes![i]?.toLowerCase() ?? '';
        if (q.answers.includes(i) || !note) return;
        // The key's whole name: "S3 Standard" is not named by "S3 Standard-IA".
        const names = (k: string) => new RegExp(`(?<![\\w-])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(note);
        for (const k of keys) assert.ok(!names(k), `${q.source.file}:${q.source.line}: the note on "${o}" names the key "${k}": ${note}`);
      });
    }
    assert.ok(pairs > 20);
  });

  it('offers a service named like the key when the passage names it as wrong with its reason', () => {
    const q = bank.questions.find((x) => x.source.file.endsWith('services/sagemaker-unified-studio.md') && /domain units/.test(x.stem));
    assert.ok(q, 'the Unified Studio trap question is asked');
    assert.ok(/SageMaker AI offers notebooks/.test(q.explanation));
    assert.ok(q.options.includes('Amazon SageMaker AI'), q.options.join(' | '));
  });
});

describe('quiz: patterns of blind review r57', function () {
  this.timeout(120000);

  it('holds back a user\'s card whose back teaches a checked misconception (Batch over Lambda "for containers")', () => {
    const front = 'When would you pick AWS Batch rather than AWS Lambda?';
    assert.match(contradictedFact(front, ['For nightly jobs that ship as containerized Go binaries.'], [0]) ?? '', /Lambda runs container images/);
    assert.strictEqual(contradictedFact(front, ['For jobs that run longer than 15 minutes or need GPUs.'], [0]), undefined);
    const bank = userBank({ 'compute.md': ['# Compute choices', '', '## Batch or Lambda', '', `${front}::For nightly jobs that ship as containerized Go binaries.`, ''] });
    assert.ok(!bank.questions.some((q) => q.source.file === '/user/compute.md'), 'the card is not asked');
    assert.ok(bank.diagnostics.some((d) => d.file === '/user/compute.md' && /card held back: AWS Lambda runs container images/.test(d.message)), JSON.stringify(bank.diagnostics.filter((d) => d.file === '/user/compute.md')));
  });
});

describe('quiz: patterns of blind review r58', () => {
  it('offers other powers of two beside a power-of-two key, never values a power of two stands out among', () => {
    const pow2 = (o: string) => Number.isInteger(Math.log2(Number(o.replace(/[^\d.]/g, ''))));
    for (const [raw, unit] of [['4,096', 'bytes'], ['128', 'KB'], ['512', 'MB']] as const) {
      for (let seed = 0; seed < 5; seed++) {
        const wrong = numberVariants(raw, unit, rng(`r58:${raw}:${seed}`));
        assert.strictEqual(wrong.length, 3, `${raw} ${unit}: ${wrong.join(', ')}`);
        assert.ok(wrong.every(pow2), `${raw} ${unit}: ${wrong.join(', ')}`);
        assert.strictEqual(numberFamilyProblem(`${raw} ${unit}`, wrong), undefined, `${raw} ${unit}: ${wrong.join(', ')}`);
      }
    }
    // A binary-like key that is no power of two keeps its own family (10,240 = 5 × 2,048 beside 6,144 or 7,168).
    assert.ok(numberVariants('10,240', 'MB', rng('r58:10240')).some((o) => !pow2(o)));
  });
});
