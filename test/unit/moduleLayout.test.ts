// The project's layout rules, read from the source itself: a module per idea, no file over ~300 lines without a reason
// written down here, and no import cycles (a cycle makes load order decide what a module sees at start-up).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from './paths';

const MAX_LINES = 300;

/** Files over MAX_LINES, each with its reason. Anything else over the limit fails: split it, or say here why not. */
const LONG_FILES: Record<string, string> = {
  'src/core/parser.ts': 'the section walk over markdown-it tokens, one pass; not yet split',
  'src/core/search.ts': 'the search index and its query paths; not yet split',
  'src/core/knowledgeBase.ts': 'the knowledge base and its change events; not yet split',
  'src/core/matcher/index.ts': 'ServiceMatcher: the scan, the hover path and vouching share private state; not yet split',
};

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.ts$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const rel = (p: string) => path.relative(PROJECT_ROOT, p).split(path.sep).join('/');
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/**
 * The modules a TypeScript file loads when it is loaded: `import … from './x'` and `export … from './x'`, not `import type`
 * (erased). For media/, which esbuild bundles; src/ is read from what tsc emitted (`compiledImports`), which also drops
 * imports used only as types.
 */
function runtimeImports(file: string, text: string): string[] {
  const out: string[] = [];
  const re = /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1]) continue;
    const base = path.resolve(path.dirname(file), m[2]);
    const target = [`${base}.ts`, path.join(base, 'index.ts')].find((p) => fs.existsSync(p));
    if (target) out.push(target);
  }
  return out;
}

/**
 * The modules a compiled file (out/src/…/x.js) requires at load: tsc's top-level `const x_1 = require("./x")` lines, not a
 * `require` inside a function (loaded on first use, after every module has finished loading), each as its .ts source.
 */
function compiledImports(jsFile: string, text: string): string[] {
  const out: string[] = [];
  const re = /^(?:(?:const|var|let) [\w$]+ = (?:__importStar\(|__importDefault\()?|__exportStar\()?require\("(\.{1,2}\/[^"]+)"\)/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const base = path.resolve(path.dirname(jsFile), m[1]);
    const target = [`${base}.js`, path.join(base, 'index.js')].find((p) => fs.existsSync(p));
    if (target) out.push(sourceOf(target));
  }
  return out;
}

const OUT_SRC = path.join(__dirname, '..', '..', 'src');
/** out/src/a/b.js → src/a/b.ts */
const sourceOf = (js: string) => path.join(PROJECT_ROOT, 'src', path.relative(OUT_SRC, js)).replace(/\.js$/, '.ts');

/** Import cycles that predate this test, each with its reason. Any other cycle fails. */
const KNOWN_CYCLES: Record<string, string> = {};

/** Every cycle of the import graph, each as the files along it (one rotation per cycle). */
function importCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') cycles.push(stack.slice(stack.indexOf(g)));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
  return cycles;
}

describe('module layout', () => {
  const files = [...sourceFiles(path.join(PROJECT_ROOT, 'src')), ...sourceFiles(path.join(PROJECT_ROOT, 'media'))].sort();
  const texts = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));

  it(`has no source file over ${MAX_LINES} lines without a reason, and every listed file still exists`, () => {
    const long = files.filter((f) => lineCount(texts.get(f)!) > MAX_LINES).map((f) => `${rel(f)} (${lineCount(texts.get(f)!)} lines)`);
    assert.deepStrictEqual(long.filter((f) => !(f.replace(/ \(.*$/, '') in LONG_FILES)), []);
    for (const f of Object.keys(LONG_FILES)) assert.ok(fs.existsSync(path.join(PROJECT_ROOT, f)), `${f} is listed but gone`);
  });

  it('keeps every rule module of the matcher under the limit, whatever LONG_FILES says (issue 11: split by idea)', () => {
    // Only ServiceMatcher itself (index.ts) may be listed: the name, SDK and infrastructure rules split by idea instead.
    const dir = path.join(PROJECT_ROOT, 'src', 'core', 'matcher');
    const long = files.filter((f) => path.dirname(f) === dir && path.basename(f) !== 'index.ts' && lineCount(texts.get(f)!) > MAX_LINES);
    assert.deepStrictEqual(long.map(rel), []);
  });

  it('has no import cycle among the modules of src/ and media/ beyond the known ones', () => {
    const graph = new Map<string, string[]>();
    for (const f of files) {
      const js = path.join(OUT_SRC, path.relative(path.join(PROJECT_ROOT, 'src'), f)).replace(/\.ts$/, '.js');
      if (rel(f).startsWith('media/')) graph.set(f, runtimeImports(f, texts.get(f)!));
      else if (fs.existsSync(js)) graph.set(f, compiledImports(js, fs.readFileSync(js, 'utf8')));
    }
    assert.ok(graph.size > 100, `read ${graph.size} modules`);
    assert.deepStrictEqual(importCycles(graph).map((c) => c.map(rel).join(' → ')).filter((c) => !(c in KNOWN_CYCLES)), []);
  });

  it('finds a cycle and ignores type-only imports (the checker itself)', () => {
    const a = path.join(PROJECT_ROOT, 'src', 'core', 'matcher', 'sdk.ts');
    const b = path.join(PROJECT_ROOT, 'src', 'core', 'matcher', 'code.ts');
    assert.deepStrictEqual(importCycles(new Map([[a, [b]], [b, [a]]])).map((c) => c.length), [2]);
    assert.deepStrictEqual(runtimeImports(a, "import type { CodeSink } from './code';\n"), []);
    assert.deepStrictEqual(runtimeImports(a, "import { CodeSink } from './code';\n").map(rel), ['src/core/matcher/code.ts']);
    assert.deepStrictEqual(runtimeImports(a, "export { CodeSink } from './code';\n").map(rel), ['src/core/matcher/code.ts']);
    const js = path.join(OUT_SRC, 'core', 'matcher', 'sdk.js');
    assert.deepStrictEqual(compiledImports(js, 'const code_1 = require("./code");\nfunction f() {\n    const m = require("./code");\n}\n').map(rel), ['src/core/matcher/code.ts']);
  });
});
