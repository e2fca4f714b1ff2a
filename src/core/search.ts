// Section-level search over the knowledge base.
//
// fuse.js does the fuzzy matching of short strings: every service name, short name, former name and
// alias, and every distinct section title. Fuse over whole section bodies is far too slow for typeahead
// (see docs/search.md and `npm run bench`), so body text goes into a MiniSearch inverted index
// (fuzzy and prefix matching per term). Both feed one ranking.
import Fuse from 'fuse.js';
import MiniSearch, { AsPlainObject, Options } from 'minisearch';
import { KnowledgeBase, KnowledgeBaseChange } from './knowledgeBase';
import { NoteDocument, Section, Service } from './model';
import { serviceNames } from './catalog';
import { Pause } from './timeSlice';

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

export interface SearchIndexData { mini: AsPlainObject; answers: AsPlainObject; answerIdsByDoc: [string, string[]][] }

const FUSE_NAME_OPTIONS = { keys: ['name'], includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 };
const FUSE_TITLE_OPTIONS = { keys: ['title'], includeScore: true, threshold: 0.3, ignoreLocation: true };

const STOP = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'and', 'or', 'is', 'are', 'what', 'which', 'how', 'do', 'does',
  'i', 'you', 'with', 'when', 'why', 'should', 'can', 'use', 'vs', 'versus', 'between', 'from', 'into', 'it', 'my', 'be', 'service', 'aws', 'amazon']);

/** "d2 kinesis" → domain 2, query "kinesis". Also "domain 2:". */
export function parseDomainPrefix(query: string): { domain?: number; rest: string } {
  const m = /^\s*(?:d|domain\s*)([1-4])\b[:\s]*(.*)$/i.exec(query);
  return m ? { domain: Number(m[1]), rest: m[2] } : { rest: query };
}

export class SearchIndex {
  private mini!: MiniSearch<{ id: string; title: string; path: string; body: string; names: string }>;
  /** Questions the notes answer with a service: question passages, cards, "Choose … when" cues. */
  private answers!: MiniSearch<{ id: string; text: string; serviceId: string; docId: string }>;
  private readonly answerIdsByDoc = new Map<string, string[]>();
  private nameRecords: NameRecord[] = [];
  /** Term index over service names: finds the few candidate names fuse.js then scores. */
  private nameTerms!: MiniSearch<{ id: number; name: string }>;
  private readonly bySectionId = new Map<string, { section: Section; doc: NoteDocument }>();
  private readonly docById = new Map<string, NoteDocument>();
  /** Notes that define each service (usually one; a user may keep their own note for a service). */
  private readonly docsByService = new Map<string, NoteDocument[]>();
  private unsubscribe: () => void;

  constructor(private readonly kb: KnowledgeBase, options: { deferBuild?: boolean } = {}) {
    if (options.deferBuild) this.reset(); else this.rebuild();
    this.unsubscribe = kb.onDidChange((c) => this.apply(c));
  }

  /** Builds the index note by note, awaiting `pause` after each (see timeSlice.ts). */
  static async buildChunked(kb: KnowledgeBase, pause: Pause): Promise<SearchIndex> {
    const index = new SearchIndex(kb, { deferBuild: true });
    for (const doc of kb.documents()) {
      // A note of many thousand sections is added in slices too.
      for (const _ of index.addDocSteps(doc)) await pause();
      await pause();
    }
    index.rebuildNames();
    return index;
  }

  dispose(): void { this.unsubscribe(); }

  get size(): number { return this.bySectionId.size; }

  rebuild(): void {
    this.reset();
    for (const d of this.kb.documents()) this.addDoc(d);
    this.rebuildNames();
  }

  /** Empty indexes, ready for addDoc. */
  private reset(): void {
    this.mini = new MiniSearch({
      fields: ['title', 'path', 'body', 'names'],
      storeFields: [],
      processTerm: (t) => { const w = t.toLowerCase(); return STOP.has(w) ? null : w; },
      // Short terms must match exactly ("cdc" is not "cdk"); longer ones tolerate one or two typos.
      searchOptions: {
        boost: { title: 3, names: 3, path: 1.5, body: 1 }, combineWith: 'OR',
        prefix: (term) => term.length >= 4,
        fuzzy: (term) => (term.length <= 4 ? 0 : term.length <= 8 ? 1 : 2),
      },
    });
    this.answers = new MiniSearch({
      fields: ['text'], storeFields: ['serviceId'],
      processTerm: (t) => { const w = t.toLowerCase(); return STOP.has(w) ? null : w; },
      searchOptions: { combineWith: 'OR', prefix: (term) => term.length >= 4, fuzzy: (term) => (term.length <= 5 ? 0 : 1) },
    });
    this.answerIdsByDoc.clear();
    this.bySectionId.clear();
    this.docById.clear();
    this.docsByService.clear();
  }

  private apply(change: KnowledgeBaseChange): void {
    for (const d of change.removed) this.removeDoc(d);
    for (const d of change.upserted) this.addDoc(d);
    if (change.catalogChanged) {
      // Names of services feed each service note's sections: re-add those documents.
      for (const d of this.kb.documents()) if (d.serviceId) { this.removeDoc(d); this.addDoc(d); }
      this.rebuildNames();
    }
  }

  private sectionNames(doc: NoteDocument, s: Section): string {
    if (!doc.serviceId || s.level > 1) return '';
    const svc = this.kb.service(doc.serviceId);
    return svc ? serviceNames(svc).join(' ') : '';
  }

  private addDoc(doc: NoteDocument): void {
    for (const _ of this.addDocSteps(doc)) { /* all at once */ }
  }

  /** Adds a document, yielding after every 500 sections it indexes. */
  private *addDocSteps(doc: NoteDocument): Generator<void, void, void> {
    const sections = this.track(doc);
    for (let i = 0; i < sections.length; i += 500) {
      if (i > 0) yield;
      this.mini.addAll(sections.slice(i, i + 500).map((s) => ({ id: s.id, title: s.title, path: s.headingPath.slice(0, -1).join(' '), body: s.text, names: this.sectionNames(doc, s) })));
    }
    this.addAnswers(doc);
  }

  /** Registers a document's sections for lookup; returns those not yet known (to be indexed). */
  private track(doc: NoteDocument): Section[] {
    this.docById.set(doc.id, doc);
    if (doc.serviceId) {
      const list = (this.docsByService.get(doc.serviceId) ?? []).filter((d) => d.id !== doc.id);
      list.push(doc);
      // The user's notes first.
      this.docsByService.set(doc.serviceId, list.sort((a, b) => Number(a.source !== 'user') - Number(b.source !== 'user')));
    }
    const added: Section[] = [];
    for (const s of doc.sections) {
      if (this.bySectionId.has(s.id)) continue;
      this.bySectionId.set(s.id, { section: s, doc });
      added.push(s);
    }
    return added;
  }

  // Serialisation hooks for the cached index (src/core/indexCache.ts); nothing else uses them.

  /** The term indexes as plain data; the lookup tables are rebuilt from the knowledge base on load. */
  toJSON(): SearchIndexData {
    return { mini: this.mini.toJSON(), answers: this.answers.toJSON(), answerIdsByDoc: [...this.answerIdsByDoc] };
  }

  /**
   * The index of `kb` from toJSON's data, which the caller made from the same documents and catalog.
   * `yieldToLoop`: load in slices (MiniSearch.loadJSAsync), for the extension host.
   */
  static async fromJSON(kb: KnowledgeBase, data: SearchIndexData, yieldToLoop = false): Promise<SearchIndex> {
    const index = new SearchIndex(kb, { deferBuild: true });
    // The fresh, empty indexes carry the options (term processing, boosts) to load the data with.
    const options = <T>(m: MiniSearch<T>) => (m as unknown as { _options: Options<T> })._options;
    const load = <T>(js: AsPlainObject, m: MiniSearch<T>) => (yieldToLoop ? MiniSearch.loadJSAsync(js, options(m)) : MiniSearch.loadJS(js, options(m)));
    index.mini = await load(data.mini, index.mini);
    index.answers = await load(data.answers, index.answers);
    for (const [id, ids] of data.answerIdsByDoc) index.answerIdsByDoc.set(id, ids);
    for (const doc of kb.documents()) index.track(doc);
    index.rebuildNames();
    return index;
  }

  private addAnswers(doc: NoteDocument): void {
    const m = this.kb.matcher;
    const serviceOf = (text: string) => {
      const first = m.scanText(text.slice(0, 120)).find((x) => x.kind === 'name');
      return first && first.column <= 30 ? first.serviceId : undefined;
    };
    const records: { id: string; text: string; serviceId: string; docId: string }[] = [];
    for (const s of doc.sections) {
      s.questions.forEach((q, i) => { const id = serviceOf(q.answer); if (id) records.push({ id: `${s.id}:q${i}`, text: q.question, serviceId: id, docId: doc.id }); });
      s.cards.forEach((c, i) => { const id = serviceOf(c.answer); if (id && c.kind !== 'reversed') records.push({ id: `${s.id}:c${i}`, text: c.question, serviceId: id, docId: doc.id }); });
      s.choiceRows.forEach((r, i) => { const id = serviceOf(r.choice); if (id) records.push({ id: `${s.id}:r${i}`, text: r.cues.join('; '), serviceId: id, docId: doc.id }); });
    }
    this.answers.addAll(records);
    this.answerIdsByDoc.set(doc.id, records.map((r) => r.id));
  }

  private removeDoc(doc: NoteDocument): void {
    if (this.docById.get(doc.id) === doc) this.docById.delete(doc.id);
    if (doc.serviceId) {
      const list = (this.docsByService.get(doc.serviceId) ?? []).filter((d) => d !== doc);
      if (list.length) this.docsByService.set(doc.serviceId, list); else this.docsByService.delete(doc.serviceId);
    }
    for (const id of this.answerIdsByDoc.get(doc.id) ?? []) this.answers.discard(id);
    this.answerIdsByDoc.delete(doc.id);
    for (const s of doc.sections) {
      if (!this.bySectionId.has(s.id)) continue;
      this.bySectionId.delete(s.id);
      this.mini.discard(s.id);
    }
  }

  private rebuildNames(): void {
    this.nameRecords = [];
    for (const s of this.kb.services.values()) for (const name of serviceNames(s)) this.nameRecords.push({ name, serviceId: s.id });
    this.nameTerms = new MiniSearch({ fields: ['name'], storeFields: [], searchOptions: { combineWith: 'OR', prefix: (t) => t.length >= 3, fuzzy: (t) => (t.length <= 3 ? 0 : t.length <= 6 ? 1 : 2) } });
    this.nameTerms.addAll(this.nameRecords.map((r, id) => ({ id, name: r.name })));
  }

  /** fuse.js over the few names that share a (fuzzy) term with the query. */
  private candidateNames(query: string): Fuse<NameRecord> {
    const ids = this.nameTerms.search(query).slice(0, 40).map((r) => Number(r.id));
    return new Fuse(ids.map((i) => this.nameRecords[i]), FUSE_NAME_OPTIONS);
  }

  /** fuse.js over the titles of the sections the term index found, to score typos in titles. */
  private titleMatches(query: string, candidates: Iterable<string>): Map<string, number> {
    const titles = [...new Set([...candidates].map((id) => this.bySectionId.get(id)?.section.title.toLowerCase()).filter((t): t is string => !!t))];
    const out = new Map<string, number>();
    for (const r of new Fuse(titles.map((title) => ({ title })), FUSE_TITLE_OPTIONS).search(query, { limit: 20 })) out.set(r.item.title, 1 - (r.score ?? 1));
    return out;
  }

  /**
   * Services a query names, fuzzily: "kinesis firehos" → data-firehose. `score` 1 is an exact name;
   * `share` is how much of the query the name covers (1 when the query is just the name).
   */
  servicesInQuery(query: string): Map<string, { score: number; share: number }> {
    const found = new Map<string, { score: number; share: number }>();
    const words = query.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    const content = Math.max(1, words.filter((w) => !STOP.has(w)).length);
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
    const fuse = this.candidateNames(query);
    for (const w of windows) {
      const exactOnly = w.length <= 4;
      const windowWords = w.split(' ').filter((x) => !STOP.has(x)).length;
      for (const r of fuse.search(w, { limit: 6 })) {
        const nameLower = r.item.name.toLowerCase();
        if (exactOnly && nameLower !== w) continue;
        // The window must cover most of the name (else "data" would pick every "Data …" service,
        // and "stream" would pick Timestream).
        const coverage = Math.min(w.length, nameLower.length) / Math.max(w.length, nameLower.length);
        if (coverage < 0.75) continue;
        const score = (1 - (r.score ?? 1)) * coverage;
        const share = Math.min(1, windowWords / content);
        const prev = found.get(r.item.serviceId);
        if (!prev || score * share > prev.score * prev.share) found.set(r.item.serviceId, { score, share });
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

    // 2. Section titles through fuse (typo-tolerant on short strings), among the candidates.
    const titleScores = this.titleMatches(query, scores.keys());
    for (const id of [...scores.keys()]) {
      const t = titleScores.get(this.bySectionId.get(id)?.section.title.toLowerCase() ?? '');
      if (t) bump(id, 0.8 * t, 'title');
    }

    // 3. Services the query names, by any name, alias or former name, even misspelled.
    const services = this.servicesInQuery(query);
    const best = Math.max(0, ...[...services.values()].map((x) => x.score * x.share));
    for (const [serviceId, x] of services) {
      const weight = x.score * x.share >= best - 0.05 ? 1 : 0.5;
      for (const doc of this.docsOfService(serviceId)) {
        for (const sec of doc.sections) {
          const lead = sec.level <= 1 ? 1.6 : 0.35;
          bump(sec.id, lead * x.score * x.share * weight, `service:${serviceId}`);
        }
      }
    }
    // 4. Questions the notes answer with a service ("Which service finds PII in S3?" → Macie).
    // Only answers to questions that share most of the query's words count ("SCD type 2" is not
    // answered by every card that says "type").
    const queryTerms = new Set(query.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !STOP.has(w)));
    const answered = this.answers.search(query).slice(0, 12).filter((r) => r.queryTerms.length / Math.max(1, queryTerms.size) >= 0.5);
    const topAnswer = answered.length ? answered[0].score : 1;
    const answerScore = new Map<string, number>();
    for (const r of answered) {
      const sid = String(r.serviceId);
      const share = r.queryTerms.length / Math.max(1, queryTerms.size);
      answerScore.set(sid, Math.max(answerScore.get(sid) ?? 0, (r.score / topAnswer) * share));
    }
    for (const [serviceId, v] of answerScore) {
      for (const doc of this.docsOfService(serviceId)) {
        const lead = doc.sections.find((x) => x.level <= 1);
        if (lead) bump(lead.id, 0.9 * v, `answer:${serviceId}`);
      }
    }

    // Sections that mention a named service rank above those that do not.
    if (services.size) {
      for (const [id, e] of scores) {
        const hit = this.bySectionId.get(id);
        if (hit && hit.section.serviceIds.some((x) => services.has(x))) e.score += 0.25;
      }
    }

    // A note whose sections match together is a better answer than one lucky section: lift the note's
    // lead section by the note's total. Card lists match many words but are rarely the place to land.
    // The exact phrase of a multi-word query is worth more than its words apart ("star schema").
    const phrase = query.toLowerCase().replace(/\s+/g, ' ').trim();
    const perDoc = new Map<string, number[]>();
    for (const [id, e] of scores) {
      const hit = this.bySectionId.get(id);
      if (!hit) continue;
      if (phrase.includes(' ') && hit.section.text.toLowerCase().includes(phrase)) { e.score += 0.5; e.reasons.push('phrase'); }
      if (hit.section.title === 'Cards' || hit.section.title === 'Exam traps') e.score *= 0.6;
      const list = perDoc.get(hit.doc.id) ?? [];
      list.push(e.score);
      perDoc.set(hit.doc.id, list);
    }
    for (const [docId, list] of perDoc) {
      const lead = this.leadSection(docId);
      if (!lead) continue;
      // The note's best three sections, with diminishing weight: long notes get no bonus for length.
      const [a = 0, b = 0, c = 0] = list.sort((x, y) => y - x);
      const total = a + 0.5 * b + 0.25 * c;
      const e = scores.get(lead.id);
      const lifted = 0.7 * total;
      if (!e) scores.set(lead.id, { score: lifted, reasons: ['note'] });
      else if (lifted > e.score) { e.score = lifted; e.reasons.push('note'); }
    }

    const hits: SearchHit[] = [];
    for (const [id, e] of scores) {
      const hit = this.bySectionId.get(id);
      if (!hit) continue;
      if (domain && !inDomain(hit.doc, hit.section, domain, this.kb)) continue;
      hits.push({ section: hit.section, doc: hit.doc, score: e.score, reasons: e.reasons });
    }
    hits.sort((a, b) => b.score - a.score || a.doc.relPath.localeCompare(b.doc.relPath) || a.section.startLine - b.section.startLine);
    return diversify(hits, 3).slice(0, limit);
  }

  private leadSection(docId: string): Section | undefined {
    const doc = this.docById.get(docId);
    return doc?.sections.find((s) => s.level <= 1) ?? doc?.sections[0];
  }

  private docsOfService(serviceId: string): NoteDocument[] {
    return this.docsByService.get(serviceId) ?? [];
  }

  private domainOverview(domain: number, limit: number): SearchHit[] {
    const out: SearchHit[] = [];
    for (const { section, doc } of this.bySectionId.values()) {
      if (section.level <= 1 && inDomain(doc, section, domain, this.kb)) out.push({ section, doc, score: doc.kind === 'domain' ? 2 : 1, reasons: ['domain'] });
    }
    return out.sort((a, b) => b.score - a.score || a.doc.relPath.localeCompare(b.doc.relPath)).slice(0, limit);
  }
}

/** Keeps at most `perDoc` sections of one note ahead of other notes' sections; the rest follow in order. */
export function diversify(hits: SearchHit[], perDoc: number): SearchHit[] {
  const seen = new Map<string, number>();
  const head: SearchHit[] = [];
  const tail: SearchHit[] = [];
  for (const h of hits) {
    const n = (seen.get(h.doc.id) ?? 0) + 1;
    seen.set(h.doc.id, n);
    (n <= perDoc ? head : tail).push(h);
  }
  return [...head, ...tail];
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
