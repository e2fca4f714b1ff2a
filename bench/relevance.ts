// Relevance on notes we did not write (../shared/corpora) and on misspellings: DE Study beside
// MiniSearch (fuzzy + prefix) and fuse.js (defaults, and with ignoreLocation), each engine's index
// build time beside its query time; typeahead latency on the bundled notes; "No close match" on
// topics the notes do not cover.
import * as fs from 'fs';
import * as path from 'path';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { buildKnowledgeBase, KnowledgeBase } from '../src/core/knowledgeBase';
import { NoteDocument, Section } from '../src/core/model';
import { SearchIndex } from '../src/core/search';
import { LabelledQuery, loadRelevanceSet, rankMetrics } from '../test/support/relevance';
import { nowMs, percentile, Row, settle, timed } from './stats';

interface Entry { id: number; title: string; text: string; section: Section; doc: NoteDocument }
type Ranked = { doc: NoteDocument; section: Section; deferredFrom?: Section }[];
interface Engine { name: string; buildMs: number; run: (q: string) => Ranked }

/** The shared folder: DE_STUDY_SHARED, else ../shared beside the repository (as in /work/main). */
export function sharedDir(root: string): string {
  return process.env.DE_STUDY_SHARED ? path.resolve(process.env.DE_STUDY_SHARED) : path.resolve(root, '..', 'shared');
}

function engines(kb: KnowledgeBase): Engine[] {
  const entries: Entry[] = [];
  for (const doc of kb.documents()) for (const section of doc.sections) entries.push({ id: entries.length, title: section.title, text: section.text, section, doc });
  const built = <T>(make: () => T): [T, number] => { settle(); const t = nowMs(); const v = make(); return [v, nowMs() - t]; };
  const [ours, oursMs] = built(() => new SearchIndex(kb));
  const [mini, miniMs] = built(() => { const m = new MiniSearch<Entry>({ fields: ['title', 'text'], searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 2 } } }); m.addAll(entries); return m; });
  const [fuse, fuseMs] = built(() => new Fuse(entries, { keys: ['title', 'text'] }));
  const [fuseIL, fuseILMs] = built(() => new Fuse(entries, { keys: ['title', 'text'], ignoreLocation: true }));
  return [
    { name: 'DE Study', buildMs: oursMs, run: (q) => ours.search(q, { limit: 10 }) },
    { name: 'MiniSearch (fuzzy 0.2 + prefix, title ×2)', buildMs: miniMs, run: (q) => mini.search(q).slice(0, 10).map((r) => entries[r.id as number]) },
    { name: 'fuse.js defaults (title + body)', buildMs: fuseMs, run: (q) => fuse.search(q, { limit: 10 }).map((r) => r.item) },
    { name: 'fuse.js ignoreLocation: true', buildMs: fuseILMs, run: (q) => fuseIL.search(q, { limit: 10 }).map((r) => r.item) },
  ];
}

function queryTimes(run: (q: string) => unknown, queries: string[]): number[] {
  for (const q of queries.slice(0, 5)) run(q);
  settle();
  return queries.map((q) => { const t = nowMs(); run(q); return nowMs() - t; });
}

/** One table: hit@1, hit@3, MRR, build and query time of every engine on one labelled set. */
function relevanceRows(group: string, kb: KnowledgeBase, labels: LabelledQuery[], log: (m: string) => void): Row[] {
  const rows: Row[] = [];
  for (const e of engines(kb)) {
    const m = rankMetrics(labels, e.run);
    const times = queryTimes(e.run, labels.map((l) => l.q));
    const nums = `hit@1 ${m.hit1.toFixed(3)}  hit@3 ${m.hit3.toFixed(3)}  MRR ${m.mrr.toFixed(3)}`;
    rows.push({ group, name: `${e.name}: ${nums}; build ${e.buildMs.toFixed(0)} ms, query median/p95`, unit: 'ms', median: percentile(times, 50), p95: percentile(times, 95) });
    if (e.name === 'DE Study') for (const miss of m.misses) log(`  ${group} miss: ${miss}`);
  }
  return rows;
}

/** Typing a query character by character: every prefix of 2+ characters is one palette search. */
function typeaheadRows(kb: KnowledgeBase, queries: string[]): Row[] {
  const index = new SearchIndex(kb);
  const typed: string[] = [];
  for (const q of queries) for (let i = 2; i <= q.length; i++) typed.push(q.slice(0, i));
  const times = queryTimes((q) => index.lookup(q, { limit: 30 }), typed);
  return [timed('typeahead on the bundled notes (target p95 ≤ 16 ms)', `DE Study lookup per keystroke (${typed.length} prefixes of ${queries.length} queries)`, times)];
}

function absentRows(root: string, kb: KnowledgeBase, relevance: LabelledQuery[]): Row[] {
  // Topics the bundled notes do not cover: all should say "No close match".
  const ABSENT = (JSON.parse(fs.readFileSync(path.join(root, 'test', 'data', 'absent-topics.json'), 'utf8')) as { queries: string[] }).queries;
  const index = new SearchIndex(kb);
  const absent = ABSENT.filter((q) => !index.lookup(q).closeMatch).length;
  const answered = relevance.filter((l) => index.lookup(l.q).closeMatch).length;
  const g = 'honest confidence (bundled notes)';
  return [
    { group: g, name: `absent topics answered "No close match" (${ABSENT.length} queries)`, unit: 'ratio', value: absent / ABSENT.length },
    { group: g, name: `labelled queries with a close match (${relevance.length}, bundled relevance set)`, unit: 'ratio', value: answered / relevance.length },
  ];
}

export function relevanceBench(root: string, bundled: KnowledgeBase, log: (m: string) => void): Row[] {
  const rows: Row[] = [];
  const bundledLabels = loadRelevanceSet(root);
  const typos = loadRelevanceSet(root, 'misspellings-bundled.json', path.join('bench', 'data'));
  rows.push(...relevanceRows(`misspellings on the bundled notes (${typos.length} queries)`, bundled, typos, log));
  rows.push(...typeaheadRows(bundled, bundledLabels.map((l) => l.q)));
  rows.push(...absentRows(root, bundled, bundledLabels));
  const corpora = path.join(sharedDir(root), 'corpora');
  if (!fs.existsSync(corpora)) {
    rows.push({ group: 'relevance on ../shared/corpora', name: 'not measured', unit: 'count', note: `no ${corpora}; set DE_STUDY_SHARED` });
    return rows;
  }
  const kb = buildKnowledgeBase([{ root: corpora, kind: 'user' }]);
  const sections = kb.stats().sections;
  const set = loadRelevanceSet(root, 'corpora-relevance.json', path.join('bench', 'data'));
  rows.push(...relevanceRows(`relevance on ../shared/corpora, no bundled notes (${sections} sections, ${set.length} queries written before tuning)`, kb, set, log));
  const misspelt = loadRelevanceSet(root, 'misspellings-corpora.json', path.join('bench', 'data'));
  rows.push(...relevanceRows(`misspellings on ../shared/corpora, no bundled notes (${misspelt.length} queries)`, kb, misspelt, log));
  return rows;
}
