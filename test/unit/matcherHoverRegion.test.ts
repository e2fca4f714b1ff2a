// The hover reads code patterns only in the runs of non-blank text under the cursor and under the name around it
// (region.ts). These tests hold it to the whole-file scan where a name crosses runs, and check which patterns may
// be searched from the region's start.
import * as assert from 'assert';
import { eachInRegion } from '../../src/core/matcher/region';
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

describe('hover region (code patterns read around the cursor only)', () => {
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

  it('searches a pattern that cannot hold a blank from the region, any other from the line start', () => {
    const starts = (re: RegExp): number[] => {
      const seen: number[] = [];
      eachInRegion({ line: 'aa bb:Cc dd', from: 3, to: 8 }, re, (m) => seen.push(m.index));
      return seen;
    };
    assert.deepStrictEqual(starts(/(?<![\w$])[a-z]+(?![\w$])/g), [3]); // blank-free: `aa` before the region is never read
    assert.deepStrictEqual(starts(/(?:^|\s)([a-z]+):([A-Z][a-z]+)/g), [2]); // holds a blank: its match starts before the region
    assert.deepStrictEqual(starts(/[a-z]{2}/g), [3]); // `aa` before the region, `dd` after it
  });
});
