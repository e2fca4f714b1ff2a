// The code patterns' literal triggers are found in one pass (literals.ts) instead of one `includes` each: the pass must
// say exactly what `includes` says, for every literal, on any text.
import * as assert from 'assert';
// The pattern modules register their triggers as they load.
import '../../src/core/matcher/code';
import { CODE_LITERALS, LINE_LITERALS, LiteralHits, Literals } from '../../src/core/matcher/literals';
import { rng } from '../../src/core/quiz/random';

describe('matcher literal triggers (one pass)', () => {
  const WORDS = ['aws', 'aws_', 'aws-cdk', 'awscdk', 'AWS::', 'AWS', 'Amazon', 'Amazon.', 'a', 'w', 's', ':', '.', '"', "'", '_', ' ', '-', 'Client',
    'cdk', 'cdk:', 'é', '→', 'x', 'Type:', 'type:', '://', '--enable-', '{{resolve:'];

  it('marks a literal exactly when includes finds it, at the start, the end and overlapping others', () => {
    const table = new Literals();
    const lits = ['aws_', 'aws-', 'awscdk', 'aws', 'aws-cdk', 'AWS::', ':', '.', '"', 'cdk:', 'Type:', '://', 'ab', 'abc', 'abd'];
    const ids = table.ids(lits);
    const hits = new LiteralHits();
    const texts = ['aws_', 'xaws-cdk', 'awscd', 'abd', 'ab', 'a', '', 'AWS:', 'AWS::Glue', 'my.cdk:x', 'é"aws"→', 'Type', 'type:', 's3://b'];
    for (const text of texts) {
      table.scan(text, hits);
      for (const lit of lits) assert.strictEqual(hits.has(ids[lit as keyof typeof ids]), text.includes(lit), `${JSON.stringify(lit)} in ${JSON.stringify(text)}`);
    }
  });

  it('agrees with includes on random texts for every code trigger, and forgets the previous text', () => {
    const random = rng('literal-triggers');
    const lits = [...CODE_LITERALS.list(), ...LINE_LITERALS.list()];
    assert.ok(CODE_LITERALS.list().length > 50 && LINE_LITERALS.list().length > 5, 'the code patterns register their triggers');
    // Texts made of whole triggers, their halves and other words, so that near misses are common.
    const pieces = [...WORDS, ...lits, ...lits.map((l) => l.slice(0, Math.ceil(l.length / 2))), ...lits.map((l) => l.slice(1))];
    const hits = new LiteralHits();
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const parts = Math.floor(random() * 6);
      for (let k = 0; k < parts; k++) text += pieces[Math.floor(random() * pieces.length)];
      for (const table of [CODE_LITERALS, LINE_LITERALS]) {
        const own = table.list();
        table.scan(text, hits);
        own.forEach((lit, id) => assert.strictEqual(hits.has(id), text.includes(lit), `${JSON.stringify(lit)} in ${JSON.stringify(text)}`));
        const some = [n % own.length, (7 * n) % own.length];
        assert.strictEqual(hits.any(some), some.some((id) => text.includes(own[id])));
      }
    }
  });

  it('refuses a literal the table cannot index', () => {
    assert.throws(() => new Literals().ids(['é']));
    assert.throws(() => new Literals().ids(['']));
  });
});
