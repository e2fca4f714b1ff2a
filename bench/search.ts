// Search: our index vs fuse.js with default options over title + body (the baseline the issue measured).
import Fuse from 'fuse.js';
import { KnowledgeBase } from '../src/core/knowledgeBase';
import { NoteDocument, Section } from '../src/core/model';
import { SearchIndex } from '../src/core/search';
import { hitAtK, LabelledQuery } from '../test/support/relevance';
import { nowMs, Row, settle, timed } from './stats';

interface Entry { title: string; text: string; section: Section; doc: NoteDocument }

function perQuery(queries: string[], run: (q: string) => unknown, rounds: number): number[] {
  for (const q of queries.slice(0, 10)) run(q); // warm-up
  settle();
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) { const t = nowMs(); run(q); out.push(nowMs() - t); }
  }
  return out;
}

export function searchBench(label: string, kb: KnowledgeBase, labels: LabelledQuery[], baselineRounds: number, heldOut: LabelledQuery[] = []): Row[] {
  const queries = labels.map((l) => l.q);
  const t0 = nowMs();
  const index = new SearchIndex(kb);
  const indexMs = nowMs() - t0;
  const entries: Entry[] = [];
  for (const doc of kb.documents()) for (const section of doc.sections) entries.push({ title: section.title, text: section.text, section, doc });
  const t1 = nowMs();
  const fuse = new Fuse(entries, { keys: ['title', 'text'], includeScore: true });
  const fuseIndexMs = nowMs() - t1;

  const ours = perQuery(queries, (q) => index.search(q, { limit: 10 }), 5);
  const base = perQuery(queries, (q) => fuse.search(q, { limit: 10 }), baselineRounds);
  const oursHit = hitAtK(labels, (q) => index.search(q, { limit: 5 })).hit;
  const baseHit = hitAtK(labels, (q) => fuse.search(q, { limit: 5 }).map((r) => r.item)).hit;
  const g = `search (${label}, ${entries.length} sections, ${queries.length} queries)`;
  const o = timed(g, 'DE Study index: per query', ours);
  const b = timed(g, 'baseline fuse.js defaults, title + body: per query', base);
  return [
    { group: g, name: 'DE Study index: build', unit: 'ms', value: indexMs },
    { group: g, name: 'baseline fuse.js: build', unit: 'ms', value: fuseIndexMs },
    o, b,
    { group: g, name: 'speed-up at p95 (baseline / ours)', unit: 'ratio', value: b.p95! / o.p95! },
    { group: g, name: 'DE Study index: hit@5', unit: 'ratio', value: oursHit },
    { group: g, name: 'baseline fuse.js: hit@5', unit: 'ratio', value: baseHit },
    ...(heldOut.length ? [
      { group: g, name: `DE Study index: hit@5 on ${heldOut.length} held-out queries (never tuned on)`, unit: 'ratio' as const, value: hitAtK(heldOut, (q) => index.search(q, { limit: 5 })).hit },
      { group: g, name: 'baseline fuse.js: hit@5 on the held-out queries', unit: 'ratio' as const, value: hitAtK(heldOut, (q) => fuse.search(q, { limit: 5 }).map((r) => r.item)).hit },
    ] : []),
  ];
}
