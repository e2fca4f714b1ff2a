// The mutation check (scripts/mutation-check.mjs) breaks the code on purpose and expects the tests to notice. A
// break whose text no longer exists in its file breaks nothing, and the check then only reports it as "not
// applied": a split or a rename silently retires it (the quiz gate's leak break pointed at gate.ts for a while
// after the rule had moved to gate/key.ts). So every break must still find its text, exactly once.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { PROJECT_ROOT } from './paths';

interface Mutation { name: string; file: string; find: string }

// tsc compiles import() to require() under CommonJS, which cannot load an ES module; this keeps a real import().
const importModule = new Function('u', 'return import(u)') as (u: string) => Promise<{ MUTATIONS: Mutation[] }>;

describe('mutation table (scripts/mutations.mjs)', () => {
  it('every deliberate break finds its text exactly once in its file', async () => {
    const { MUTATIONS } = await importModule(pathToFileURL(path.join(PROJECT_ROOT, 'scripts', 'mutations.mjs')).href);
    assert.ok(MUTATIONS.length > 0);
    const stale = MUTATIONS.filter((m) => {
      const file = path.join(PROJECT_ROOT, m.file);
      if (!fs.existsSync(file)) return true;
      return fs.readFileSync(file, 'utf8').split(m.find).length !== 2;
    }).map((m) => `${m.name} (${m.file})`);
    assert.deepStrictEqual(stale, []);
  });
});
