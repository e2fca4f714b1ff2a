// Blind review r26: a Select TWO whose two keys share a kind that none of the wrong options has is answered by kind
// alone. Fixtures are our own words.
import * as assert from 'assert';
import { QuizContext } from '../../src/core/quiz/context';
import { pairKindTell } from '../../src/core/quiz/pairKindTell';
import { Service } from '../../src/core/model';
import { bundledKb } from './bundledMatcher';

describe('quiz: a Select TWO pair told apart by kind (blind review r26)', function () {
  this.timeout(120000);
  let ctx: QuizContext;
  before(() => {
    // The shared read-only bundled knowledge base: a context only reads it.
    const kb = bundledKb();
    ctx = new QuizContext(kb, kb.documents());
  });
  const svc = (name: string): Service => {
    const s = ctx.byName.get(name);
    assert.ok(s, name);
    return s!;
  };

  it('rejects two databases keyed among a gateway, object storage and a backup service', () => {
    const told = pairKindTell(ctx, [svc('Amazon DynamoDB'), svc('Amazon Relational Database Service')], ['AWS Storage Gateway', 'Amazon Simple Storage Service', 'AWS Backup']);
    assert.ok(told && /database/.test(told), String(told));
  });

  it('keeps a pair when a wrong option shares the keys\' kind, and any single key', () => {
    assert.strictEqual(pairKindTell(ctx, [svc('Amazon DynamoDB'), svc('Amazon Relational Database Service')], ['Amazon Redshift', 'Amazon Simple Storage Service', 'Amazon DocumentDB (with MongoDB compatibility)']), undefined);
    assert.strictEqual(pairKindTell(ctx, [svc('Amazon DynamoDB')], ['AWS Storage Gateway', 'Amazon Simple Storage Service', 'AWS Backup']), undefined);
  });
});
