// The quiz bank kept on disk (src/core/quiz/bankCache.ts): read back only for the same notes, catalog and
// code, identical to the bank it was saved from, and never an error when missing or damaged.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { NoteSource } from '../../src/core/loader';
import { QuestionBank } from '../../src/core/quiz/bank';
import { keepBanksIn, questionBank } from '../../src/core/quiz/bankOf';
import { BankCacheFile, bankFingerprint } from '../../src/core/quiz/bankCache';
import { NOTES_DIR, USER_NOTES_DIR } from './paths';

const asJson = (b: QuestionBank) => JSON.stringify({ questions: b.questions, rejections: b.rejections, diagnostics: b.diagnostics });

describe('quiz bank cache', function () {
  this.timeout(120000);
  let dir: string;
  const sources: NoteSource[] = [{ root: USER_NOTES_DIR, kind: 'user' }, { root: NOTES_DIR, kind: 'bundled' }];
  let kb: KnowledgeBase;
  let built: QuestionBank;

  before(() => {
    kb = buildKnowledgeBase(sources);
    built = new QuestionBank(kb);
  });
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'de-study-bank-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads back exactly the bank it saved: questions, rejections and diagnostics', () => {
    const file = new BankCacheFile(path.join(dir, 'bank.json'), 'v1|code');
    const fp = bankFingerprint(kb);
    file.save(fp, built);
    const back = file.load(fp, QuestionBank.restore);
    assert.ok(back, file.lastMiss);
    assert.ok(back instanceof QuestionBank);
    assert.ok(built.questions.length > 100 && built.rejections.length > 0);
    assert.strictEqual(asJson(back), asJson(built));
    const q = built.questions[7];
    assert.deepStrictEqual(back.get(q.id), JSON.parse(JSON.stringify(q)));
  });

  it('gives nothing for other code, other notes, a damaged or a missing file', () => {
    const fp = bankFingerprint(kb);
    const name = path.join(dir, 'bank.json');
    new BankCacheFile(name, 'v1|code').save(fp, built);
    const other = new BankCacheFile(name, 'v2|code');
    assert.strictEqual(other.load(fp, QuestionBank.restore), undefined);
    assert.strictEqual(other.lastMiss, 'written by another version');
    const same = new BankCacheFile(name, 'v1|code');
    assert.strictEqual(same.load('another', QuestionBank.restore), undefined);
    assert.strictEqual(same.lastMiss, 'built from other notes');
    fs.writeFileSync(name, fs.readFileSync(name, 'latin1').slice(0, 5000), 'latin1');
    assert.strictEqual(same.load(fp, QuestionBank.restore), undefined);
    assert.match(same.lastMiss ?? '', /^damaged/);
    const missing = new BankCacheFile(path.join(dir, 'none.json'), 'v1|code');
    assert.strictEqual(missing.load(fp, QuestionBank.restore), undefined);
    assert.strictEqual(missing.lastMiss, 'no cache yet');
  });

  it('fingerprints the notes themselves: the same notes parsed again agree, one changed word does not', () => {
    assert.strictEqual(bankFingerprint(buildKnowledgeBase(sources)), bankFingerprint(kb));
    const copy = path.join(dir, 'notes');
    fs.cpSync(USER_NOTES_DIR, copy, { recursive: true });
    const userOnly = (root: string) => bankFingerprint(buildKnowledgeBase([{ root, kind: 'user' }]));
    const before = userOnly(copy);
    const note = fs.readdirSync(copy).find((f) => f.endsWith('.md'))!;
    const text = fs.readFileSync(path.join(copy, note), 'utf8');
    const changed = text.replace(/\b(the)\b/, 'a');
    assert.notStrictEqual(changed, text);
    fs.writeFileSync(path.join(copy, note), changed);
    assert.notStrictEqual(userOnly(copy), before);
  });

  it('questionBank reads a saved bank for unchanged notes instead of building, and saves what it builds', () => {
    const name = path.join(dir, 'bank.json');
    const first = buildKnowledgeBase(sources);
    keepBanksIn(first, new BankCacheFile(name, 'k'));
    const b1 = questionBank(first);
    assert.ok(fs.existsSync(name), 'a built bank is saved');
    assert.strictEqual(asJson(b1), asJson(built));
    // What is in the file is what a later run gets: a bank cut to one question proves it was not built.
    const fp = bankFingerprint(first);
    new BankCacheFile(name, 'k').save(fp, { questions: built.questions.slice(0, 1), rejections: [], diagnostics: [] });
    const second = buildKnowledgeBase(sources);
    keepBanksIn(second, new BankCacheFile(name, 'k'));
    assert.strictEqual(questionBank(second).questions.length, 1);
    // Without a cache file the bank is built.
    const third = buildKnowledgeBase(sources);
    assert.strictEqual(questionBank(third).questions.length, built.questions.length);
  });

  it('a bank that cannot be written is still used, and the failure is told', () => {
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, 'x');
    const warnings: string[] = [];
    const k = buildKnowledgeBase(sources);
    keepBanksIn(k, new BankCacheFile(path.join(blocker, 'bank.json'), 'k', (m) => warnings.push(m)));
    assert.strictEqual(questionBank(k).questions.length, built.questions.length);
    assert.strictEqual(warnings.length, 1);
    assert.match(warnings[0], /could not write the quiz bank cache/);
  });
});
