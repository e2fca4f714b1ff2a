// The hover's warm-up files (src/core/matcher/warmUp.ts) must keep covering every kind of mention the
// matcher knows, or a user's first hover of the kind left out compiles its patterns on the hover's path.
import * as assert from 'assert';
import { buildKnowledgeBase } from '../../src/core/knowledgeBase';
import { MatchKind } from '../../src/core/matcher';
import { WARM_UP_FILES, warmUpPositions } from '../../src/core/matcher/warmUp';
import { NOTES_DIR } from './paths';

const EVERY_KIND: MatchKind[] = ['name', 'sdk', 'cfn', 'terraform', 'arn', 'iam', 'principal', 'endpoint', 'cli', 'cdk', 'uri'];

describe('hover warm-up files', () => {
  const matcher = buildKnowledgeBase([{ root: NOTES_DIR, kind: 'bundled' }]).matcher;

  it('hold a mention of every kind the matcher reports', () => {
    const kinds = new Set(WARM_UP_FILES.flatMap((text) => matcher.scanText(text).map((m) => m.kind)));
    assert.deepStrictEqual(EVERY_KIND.filter((k) => !kinds.has(k)), []);
  });

  it('each holds mentions, and every mention is hovered (matchAt answers at each position given)', () => {
    for (const text of WARM_UP_FILES) {
      const mentions = matcher.scanText(text);
      assert.ok(mentions.length >= 2, `a warm-up file with ${mentions.length} mentions:\n${text}`);
      const lines = text.split('\n');
      const file = matcher.fileContext(text);
      const hovered = warmUpPositions(matcher, text).map((p) => matcher.matchAt((n) => lines[n], p.line, p.character, file)).filter((m) => m);
      for (const m of mentions) assert.ok(hovered.some((h) => h!.line === m.line && h!.column === m.column), `${m.text} (${m.kind}) not hovered`);
    }
  });
});
