// The indexes that make the bank build fast (docs/quiz.md, "Build time") must answer exactly as the
// scans they replace. Texts are our own words.
import * as assert from 'assert';
import { buildKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase';
import { ServiceNameIndex } from '../../src/core/quiz/nameIndex';
import { namesService } from '../../src/core/quiz/text';
import { Service } from '../../src/core/model';
import { NOTES_DIR } from './paths';

describe('quiz build indexes', function () {
  this.timeout(60000);
  let kb: KnowledgeBase;
  let services: Service[];

  before(() => {
    kb = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]);
    services = [...kb.services.values()].sort((a, b) => a.id.localeCompare(b.id));
  });

  const TEXTS = [
    'Fill in the blank (Amazon Kinesis Data Streams): a shard takes up to ___ of writes per second.',
    'A Glue crawler fills the Data Catalog; glue code between jobs is not a service.',
    'S3-backed tables in Athena, and DynamoDB Streams feeding Lambda.',
    'Kinesis Data Firehose (now Amazon Data Firehose) buffers records before delivery to Redshift.',
    'AMAZON EMR on EKS runs Spark; MSK Connect moves Kafka topics.',
    'Nothing here names a service at all.',
    '',
    're:Invent talks, .NET clients, (Step Functions), [[Lake Formation]] tags, x-ray and X-Ray traces.',
  ];

  it('finds the services a text names, in catalog order, as testing every service does', () => {
    const index = new ServiceNameIndex(services);
    let found = 0;
    for (const text of TEXTS) {
      const want = services.filter((s) => namesService(text, s)).map((s) => s.id);
      assert.deepStrictEqual(index.naming(text).map((s) => s.id), want, text);
      found += want.length;
    }
    assert.ok(found >= 10, `the texts name services (${found})`);
  });

  it('applies the filter it is given before the name test', () => {
    const index = new ServiceNameIndex(services);
    const text = TEXTS[3];
    const notRedshift = (s: Service) => s.id !== 'redshift';
    assert.deepStrictEqual(index.naming(text, notRedshift).map((s) => s.id), services.filter((s) => notRedshift(s) && namesService(text, s)).map((s) => s.id));
    assert.ok(index.naming(text).some((s) => s.id === 'redshift'));
  });

  it('matches every service of the catalog by each of its own names', () => {
    const index = new ServiceNameIndex(services);
    for (const s of services) {
      const name = `We compare ${s.name} with the others.`;
      assert.deepStrictEqual(index.naming(name).map((x) => x.id), services.filter((x) => namesService(name, x)).map((x) => x.id), s.name);
    }
  });
});
