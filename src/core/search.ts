// Section-level search over the knowledge base.
//
// fuse.js does the fuzzy matching of short strings: every service name, short name, former name and
// alias, and every distinct section title. Fuse over whole section bodies is far too slow for typeahead
// (see docs/search.md and `npm run bench`), so body text goes into a MiniSearch inverted index
// (fuzzy and prefix matching per term). Both feed one ranking.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { KnowledgeBase, KnowledgeBaseChange } from './knowledgeBase';
import { NoteDocument, Section, Service } from './model';
import { serviceNames } from './catalog';

export interface SearchHit {
  section: Section;
  doc: NoteDocument;
  score: number;
  /** Why it ranked: for debugging and the bench. */
  reasons: string[];
}

export interface SearchOptions {
  limit?: number;
  /** Keep only sections of these exam domains. */
  domain?: number;
}

interface NameRecord { name: string; serviceId: string }
interface TitleRecord { title: string }

const STOP = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'and', 'or', 'is', 'are', 'what', 'which', 'how', 'do', 'does',
  'i', 'you', 'with', 'when', 'why', 'should', 'can', 'use', 'vs', 'versus', 'between', 'from', 'into', 'it', 'my', 'be', 'service', 'aws', 'amazon']);

/** "d2 kinesis" → domain 2, query "kinesis". Also "domain 2:". */
export function parseDomainPrefix(query: string): { domain?: number; rest: string } {
  const m = /^\s*(?:d|domain\s*)([1-4])\b[:\s]*(.*)$/i.exec(query);
  return m ? { domain: Number(m[1]), rest: m[2] } : { rest: query };
}

export class SearchIndex {
  private mini!: MiniSearch<{ id: string; title: string; path: string; body: string; names: string }>;
  private nameFuse!: Fuse<NameRecord>;
  private titleFuse!: Fuse<TitleRecord>;
  private readonly bySectionId = new Map<string, { section: Section; doc: NoteDocument }>();
  private readonly byTitle = new Map<string, string[]>();
  private dirtyTitles = true;
  private unsubscribe: () => void;

  constructor(private readonly kb: KnowledgeBase) {
    this.rebuild();
    this.unsubscribe = kb.onDidChange((c) => this.apply(c));
  }

  dispose(): void { this.unsubscribe(); }

  get size(): number { return this.bySectionId.size; }

  rebuild(): void {
    this.mini = new MiniSearch({
      fields: ['title', 'path', 'body', 'names'],
      storeFields: [],
      processTerm: (t) => { const w = t.toLowerCase(); return STOP.has(w) ? null : w; },
      searchOptions: { boost: { title: 3, names: 3, path: 1.5, body: 1 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
    });
    this.bySectionId.clear();
    this.byTitle.clear();
    const docs = this.kb.documents();
    for (const d of docs) this.addDoc(d);
    this.rebuildNames();
    this.dirtyTitles = true;
  }

  private apply(change: KnowledgeBaseChange): void {
    for (const d of change.removed) this.removeDoc(d);
    for (const d of change.upserted) this.addDoc(d);
    if (change.catalogChanged) {
      // Names of services feed each service note's sections: re-add those documents.
      for (const d of this.kb.documents()) if (d.serviceId) { this.removeDoc(d); this.addDoc(d); }
      this.rebuildNames();
    }
    this.dirtyTitles = true;
  }

  private sectionNames(doc: NoteDocument, s: Section): string {
    if (!doc.serviceId || s.level > 1) return '';
    const svc = this.kb.service(doc.serviceId);
    return svc ? serviceNames(svc).join(' ') : '';
  }

  private addDoc(doc: NoteDocument): void {
    const records = [];
    for (const s of doc.sections) {
      if (this.bySectionId.has(s.id)) continue;
      this.bySectionId.set(s.id, { section: s, doc });
      records.push({ id: s.id, title: s.title, path: s.headingPath.slice(0, -1).join(' '), body: s.text, names: this.sectionNames(doc, s) });
      const key = s.title.toLowerCase();
      const list = this.byTitle.get(key);
      if (list) list.push(s.id); else this.byTitle.set(key, [s.id]);
    }
    this.mini.addAll(records);
  }

  private removeDoc(doc: NoteDocument): void {
    for (const s of doc.sections) {
      if (!this.bySectionId.has(s.id)) continue;
      this.bySectionId.delete(s.id);
      this.mini.discard(s.id);
      const key = s.title.toLowerCase();
      const list = this.byTitle.get(key)?.filter((x) => x !== s.id);
      if (list && list.length) this.byTitle.set(key, list); else this.byTitle.delete(key);
    }
  }

  private rebuildNames(): void {
    const records: NameRecord[] = [];
    for (const s of this.kb.services.values()) for (const name of serviceNames(s)) records.push({ name, serviceId: s.id });
    this.nameFuse = new Fuse(records, { keys: ['name'], includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 });
  }

  private titles(): Fuse<TitleRecord> {
    if (this.dirtyTitles) {
      this.titleFuse = new Fuse([...this.byTitle.keys()].map((title) => ({ title })), { keys: ['title'], includeScore: true, threshold: 0.3, ignoreLocation: true });
      this.dirtyTitles = false;
    }
    return this.titleFuse;
  }

  /** Services a query names, fuzzily: "kinesis firehos" → data-firehose. Score 1 is exact. */
  servicesInQuery(query: string): Map<string, number> {
    const found = new Map<string, number>();
    const words = query.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    const windows = new Set<string>();
    const whole = words.join(' ');
    if (whole.length >= 2) windows.add(whole);
    if (words.length <= 10) {
      for (let n = 1; n <= 4; n++) {
        for (let i = 0; i + n <= words.length; i++) {
          const w = words.slice(i, i + n);
          if (STOP.has(w[0]) || STOP.has(w[w.length - 1])) continue;
          const s = w.join(' ');
          if (s.length >= 3 || /^[a-z0-9]{2}$/.test(s)) windows.add(s);
        }
      }
    }
    for (const w of windows) {
      const exactOnly = w.length <= 3;
      for (const r of this.nameFuse.search(w, { limit: 6 })) {
        const nameLower = r.item.name.toLowerCase();
        if (exactOnly && nameLower !== w) continue;
        // The window must cover most of the name (else "data" would pick every "Data …" service).
        const coverage = Math.min(w.length, nameLower.length) / Math.max(w.length, nameLower.length);
        if (coverage < 0.6) continue;
        const score = (1 - (r.score ?? 1)) * coverage;
        if (score > (found.get(r.item.serviceId) ?? 0)) found.set(r.item.serviceId, score);
      }
    }
    return found;
  }

  search(rawQuery: string, options: SearchOptions = {}): SearchHit[] {
    const prefix = parseDomainPrefix(rawQuery);
    const domain = options.domain ?? prefix.domain;
    const query = prefix.rest.trim();
    const limit = options.limit ?? 20;
    if (!query) return domain ? this.domainOverview(domain, limit) : [];

    const scores = new Map<string, { score: number; reasons: string[] }>();
    const bump = (id: string, v: number, why: string) => {
      const e = scores.get(id);
      if (e) { e.score += v; e.reasons.push(why); } else scores.set(id, { score: v, reasons: [why] });
    };

    // 1. Body, titles and heading paths through the inverted index.
    const mini = this.mini.search(query);
    const top = mini.length ? mini[0].score : 1;
    for (const r of mini.slice(0, 200)) bump(String(r.id), r.score / top, 'text');

    // 2. Section titles through fuse (typo-tolerant on short strings).
    for (const r of this.titles().search(query, { limit: 20 })) {
      for (const id of this.byTitle.get(r.item.title) ?? []) bump(id, 0.8 * (1 - (r.score ?? 1)), 'title');
    }

    // 3. Services the query names, by any name, alias or former name, even misspelled.
    const services = this.servicesInQuery(query);
    const best = Math.max(0, ...services.values());
    for (const [serviceId, s] of services) {
      const weight = s >= best - 0.05 ? 1 : 0.5;
      for (const doc of this.docsOfService(serviceId)) {
        for (const sec of doc.sections) {
          const lead = sec.level <= 1 ? 1.6 : 0.35;
          bump(sec.id, lead * s * weight, `service:${serviceId}`);
        }
      }
    }
    // Sections that mention a named service rank above those that do not.
    if (services.size) {
      for (const [id, e] of scores) {
        const hit = this.bySectionId.get(id);
        if (hit && hit.section.serviceIds.some((x) => services.has(x))) e.score += 0.25;
      }
    }

    const hits: SearchHit[] = [];
    for (const [id, e] of scores) {
      const hit = this.bySectionId.get(id);
      if (!hit) continue;
      if (domain && !inDomain(hit.doc, hit.section, domain, this.kb)) continue;
      hits.push({ section: hit.section, doc: hit.doc, score: e.score, reasons: e.reasons });
    }
    hits.sort((a, b) => b.score - a.score || a.doc.relPath.localeCompare(b.doc.relPath) || a.section.startLine - b.section.startLine);
    return hits.slice(0, limit);
  }

  private docsOfService(serviceId: string): NoteDocument[] {
    return this.kb.documents().filter((d) => d.serviceId === serviceId).sort((a, b) => Number(a.source !== 'user') - Number(b.source !== 'user'));
  }

  private domainOverview(domain: number, limit: number): SearchHit[] {
    const out: SearchHit[] = [];
    for (const { section, doc } of this.bySectionId.values()) {
      if (section.level <= 1 && inDomain(doc, section, domain, this.kb)) out.push({ section, doc, score: doc.kind === 'domain' ? 2 : 1, reasons: ['domain'] });
    }
    return out.sort((a, b) => b.score - a.score || a.doc.relPath.localeCompare(b.doc.relPath)).slice(0, limit);
  }
}

function inDomain(doc: NoteDocument, section: Section, domain: number, kb: KnowledgeBase): boolean {
  if (section.task) return section.task.startsWith(`${domain}.`);
  if (doc.domains.includes(domain)) return true;
  const svc: Service | undefined = doc.serviceId ? kb.service(doc.serviceId) : undefined;
  return !!svc && svc.domains.includes(domain);
}

/** A short plain-text snippet of a section, centred on the first query word it contains. */
export function snippet(section: Section, query: string, width = 140): string {
  const text = section.text.replace(/\s+/g, ' ').trim();
  if (text.length <= width) return text;
  const words = query.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !STOP.has(w));
  const lower = text.toLowerCase();
  let at = -1;
  for (const w of words) { at = lower.indexOf(w); if (at >= 0) break; }
  const start = at < 0 ? 0 : Math.max(0, at - Math.floor(width / 3));
  return (start > 0 ? '…' : '') + text.slice(start, start + width).trim() + (start + width < text.length ? '…' : '');
}
