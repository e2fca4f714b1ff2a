// The hover tries code patterns on the run of non-blank text under the cursor and, when the name around the cursor
// reaches into the runs beside it, on those runs too: these tests hold it to the whole-file scan there.
import * as assert from 'assert';
import { bundledKb } from './bundledMatcher';

/** Every position where the hover and the whole-file scan disagree, as `line:column`. */
function disagreements(text: string): string[] {
  const m = bundledKb().matcher;
  const lines = text.split('\n');
  const scanned = m.scanText(text);
  const file = m.fileContext(text);
  const out: string[] = [];
  lines.forEach((line, n) => {
    for (let ch = 0; ch < line.length; ch++) {
      const want = scanned.find((x) => x.line === n && ch >= x.column && ch < x.endColumn);
      if (JSON.stringify(m.matchAt((k) => lines[k], n, ch, file)) !== JSON.stringify(want)) out.push(`${n}:${ch}`);
    }
  });
  return out;
}

describe('hover on a name that crosses runs', () => {
  it('a code match in the run before the cursor keeps a name from starting there, as in the scan', () => {
    // `Kinesis` is the SDK v3 client class this file imports, so the scan reads it as code and no former name
    // starts at it; a hover on "Analytics" must not find "Kinesis Data Analytics" either.
    const text = [
      "import { Kinesis } from '@aws-sdk/client-kinesis';",
      '',
      '// Older pages call Amazon Managed Service for Apache Flink by its former name, Kinesis Data Analytics.',
      'const streams = new Kinesis({});',
    ].join('\n');
    const lines = text.split('\n');
    const onAnalytics = bundledKb().matcher.matchAt((k) => lines[k], 2, lines[2].indexOf('Analytics') + 2, bundledKb().matcher.fileContext(text));
    assert.strictEqual(onAnalytics, undefined);
    assert.deepStrictEqual(disagreements(text), []);
  });

  it('still finds a name that crosses runs where no code pattern applies', () => {
    const text = 'Older pages call Amazon Managed Service for Apache Flink by its former name, Kinesis Data Analytics.';
    const m = bundledKb().matcher;
    const got = m.matchAt(() => text, 0, text.indexOf('Analytics') + 2, m.fileContext(text));
    assert.deepStrictEqual([got?.text, got?.serviceId], ['Kinesis Data Analytics', 'managed-service-for-apache-flink']);
    assert.deepStrictEqual(disagreements(text), []);
  });
});
