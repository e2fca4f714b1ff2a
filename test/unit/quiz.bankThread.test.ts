// The quiz bank built off the caller's thread (src/core/quiz/bankThread.ts, bankWorker.ts, bankOf.ts): the worker's
// bank is the bank this thread builds, a change of the notes leaves the last bank readable until the new one is
// ready, and a worker that fails or is missing leaves the build to the caller's thread.
import * as assert from 'assert';
import * as path from 'path';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { knowledgeBaseFrom, knowledgeTransfer } from '../../src/core/knowledgeTransfer';
import { parseNote } from '../../src/core/parser';
import { QuestionBank } from '../../src/core/quiz/bank';
import { BankBuilder, currentBank, lastBank, questionBankAsync } from '../../src/core/quiz/bankOf';
import { BankThread } from '../../src/core/quiz/bankThread';
import { NOTES_DIR, USER_NOTES_DIR } from './paths';

const asJson = (b: QuestionBank) => JSON.stringify({ questions: b.questions, rejections: b.rejections, diagnostics: b.diagnostics });

const NOTE = ['# Amazon SQS', '', '## Limits', '', '- **Message Retention**: 4 days default up to **14 days**!', ''].join('\n');

describe('quiz bank off the caller\'s thread', function () {
  this.timeout(180000);
  let kb: KnowledgeBase;
  let here: QuestionBank;
  const thread = new BankThread();

  before(() => {
    kb = buildKnowledgeBase([{ root: USER_NOTES_DIR, kind: 'user' }, { root: NOTES_DIR, kind: 'bundled' }]);
    here = new QuestionBank(kb);
  });
  after(() => thread.dispose());

  it('rebuilds the knowledge base from its parsed notes, cloned as a worker receives them, to the same bank', () => {
    const again = knowledgeBaseFrom(structuredClone(knowledgeTransfer(kb)));
    assert.strictEqual(asJson(new QuestionBank(again)), asJson(here));
  });

  it('builds on the worker thread exactly the bank this thread builds', async () => {
    assert.ok(thread.available, `the compiled worker is missing: ${thread.script}`);
    assert.strictEqual(path.basename(thread.script), 'bankWorker.js');
    const built = await thread.build(kb);
    assert.ok(built instanceof QuestionBank);
    assert.ok(built.questions.length > 1000);
    assert.strictEqual(asJson(built), asJson(here));
  });

  it('keeps the last bank readable after the notes change, and builds the new one on the builder', async () => {
    const mine = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const builds: string[] = [];
    const builder: BankBuilder = { available: true, build: (k) => { builds.push('worker'); return thread.build(k); } };
    const first = await questionBankAsync(mine, builder);
    assert.strictEqual(currentBank(mine), first);
    mine.upsert(parseNote({ text: NOTE, file: '/user/queue.md', relPath: 'queue.md', source: 'user' }));
    assert.strictEqual(currentBank(mine), undefined, 'the notes changed: no current bank');
    assert.strictEqual(lastBank(mine), first, 'the last bank stays readable meanwhile');
    // Two callers during one build share it.
    const [a, b] = await Promise.all([questionBankAsync(mine, builder), questionBankAsync(mine, builder)]);
    assert.strictEqual(a, b);
    assert.deepStrictEqual(builds, ['worker', 'worker']);
    assert.strictEqual(currentBank(mine), a);
    assert.ok(a.questions.some((q) => q.source.file === '/user/queue.md'), 'the new note\'s question is in the new bank');
  });

  it('builds on this thread when the worker fails or its file is missing, and says why', async () => {
    const mine = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    const errors: string[] = [];
    const failing: BankBuilder = { available: true, build: () => Promise.reject(new Error('worker crashed')) };
    const bank = await questionBankAsync(mine, failing, (e) => errors.push(e.message));
    assert.deepStrictEqual(errors, ['worker crashed']);
    assert.strictEqual(asJson(bank), asJson(new QuestionBank(mine)));
    const missing = new BankThread(path.join(__dirname, 'no-such-worker.js'));
    assert.strictEqual(missing.available, false);
    mine.upsert(parseNote({ text: NOTE, file: '/user/queue.md', relPath: 'queue.md', source: 'user' }));
    const local = await questionBankAsync(mine, missing);
    assert.ok(local.questions.some((q) => q.source.file === '/user/queue.md'));
  });
});
