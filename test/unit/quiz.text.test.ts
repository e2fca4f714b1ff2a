// Small text helpers the quiz modules share (src/core/quiz/text.ts).
import * as assert from 'assert';
import { withoutVendor } from '../../src/core/quiz/text';

describe('quiz text helpers', () => {
  it('withoutVendor drops a leading Amazon or AWS and nothing else', () => {
    assert.strictEqual(withoutVendor('Amazon Redshift Spectrum'), 'Redshift Spectrum');
    assert.strictEqual(withoutVendor('AWS Glue'), 'Glue');
    assert.strictEqual(withoutVendor('Amazonian Glue'), 'Amazonian Glue');
    assert.strictEqual(withoutVendor('Glue and AWS Lambda'), 'Glue and AWS Lambda');
    assert.strictEqual(withoutVendor('aws glue'), 'aws glue', 'only the vendor as AWS writes it');
  });
});
