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
import { capQuery, contentWords, STOP } from './search/text';
import { Vocabulary, VocabularyData } from './search/vocabulary';
import { correctQuery } from './search/typos';
import { CLOSE_MATCH, Suggestions } from './search/confidence';
import { matchLine, snippetAround } from './search/shaping';
import { ServiceNames, ServiceNamesData } from './search/serviceNames';
import { deferEmpty, diversify, foldIdentical } from './search/results';
import { AnswerIndex, AnswerIndexData } from './search/answers';
import { CompactTermIndex, compactTermIndex, loadTermIndex } from './search/termIndexData';
import { TermIndexBuilder } from './search/termIndexBuild';
import { SearchAnswer, SearchHit, SearchOptions } from './search/types';
import { rankSections, RankSource } from './search/rank';
import { FuseCharFilter } from './search/fuseFilter';

export { MAX_QUERY_LENGTH } from './search/text';
export { CLOSE_MATCH } from './search/confidence';
export { diversify } from './search/results';
export type { SearchAnswer, SearchHit, SearchOptions } from './search/types';

/**
 * The cached index: everything a build computes from the notes' text (the term index, the vocabulary,
 * the answers layer, the service names). Only the lookup tables from section id to section are made
 * again on load, from the knowledge base, which holds the very same documents.
 */
export interface SearchIndexData { mini: CompactTermIndex | AsPlainObject; vocab: VocabularyData; answers: AnswerIndexData; names: ServiceNamesData }
const FUSE_TITLE_OPTIONS = { keys: ['title'], includeScore: true, threshold: 0.3, ignoreLocation: true };

type SectionRecord = { id: string; title: string; path: string; body: string; names: string };
const FIELDS = ['title', 'path', 'body', 'names'];
const processTerm = (t: string): string | null => { const w = t.toLowerCase(); return STOP.has(w) ? null : w; };
const TERM_INDEX_OPTIONS: Options<SectionRecord> = {
  fields: FIELDS,
  storeFields: [],
  processTerm,
  // Short terms must match exactly ("cdc" is not "cdk"); longer ones tolerate one or two typos.
  searchOptions: {
    boost: { title: 3, names: 3, path: 1.5, body: 1 }, combineWith: 'OR',
    prefix: (term) => term.length >= 4,
    fuzzy: (term) => (term.length <= 4 ? 0 : term.length <= 8 ? 1 : 2),
  },
};


/** "d2 kinesis" → domain 2, query "kinesis". Also "domain 2:". */
export function parseDomainPrefix(query: string): { domain?: number; rest: string } {
  const m = /^\s*(?:d|domain\s*)([1-4])\b[:\s]*(.*)$/i.exec(query);
  return m ? { domain: Number(m[1]), rest: m[2] } : { rest: query };
}

export class SearchIndex {
  private mini!: MiniSearch<SectionRecord>;
  /** Questions the notes answer with a service: question passages, cards, "Choose … when" cues. */
  private answers = new AnswerIndex();
  private readonly names = new ServiceNames();
  private readonly bySectionId = new Map<string, { section: Section; doc: NoteDocument }>();
  private readonly docById = new Map<string, NoteDocument>();
  /** Notes that define each service (usually one; a user may keep their own note for a service). */
  private readonly docsByService = new Map<string, NoteDocument[]>();
  /** Every indexed term, for typo correction and the confidence's word weights. */
  private readonly vocab = new Vocabulary();
  /** Service names each section was indexed with (the catalog may change before it is removed). */
  private readonly namesBySection = new Map<string, string>();
  private readonly suggestions = new Suggestions(() => this.suggestionSource());
  private unsubscribe: () => void;

  constructor(private readonly kb: KnowledgeBase, options: { deferBuild?: boolean } = {}) {
    if (options.deferBuild) this.reset(); else this.rebuild();
    this.unsubscribe = kb.onDidChange((c) => this.apply(c));
  }

  /** Services a query names (see serviceNames.ts). */
  servicesInQuery(query: string): Map<string, { score: number; share: number }> {
    return this.names.inQuery(query);
  }

  /** Builds the index note by note, awaiting `pause` after each (see timeSlice.ts). */
  static async buildChunked(kb: KnowledgeBase, pause: Pause): Promise<SearchIndex> {
    const index = new SearchIndex(kb, { deferBuild: true });
    for (const _ of index.buildSteps()) await pause();
    return index;
  }

  dispose(): void { this.unsubscribe(); }

  get size(): number { return this.bySectionId.size; }

  rebuild(): void {
    this.reset();
    for (const _ of this.buildSteps()) { /* all at once */ }
  }

  /**
   * Indexes every note of the (empty) index in one pass (termIndexBuild.ts), yielding after each note,
   * every 500 sections of a long one and every 1,000 terms put in the term tree.
   */
  private *buildSteps(): Generator<void, void, void> {
    const builder = new TermIndexBuilder(FIELDS, STOP);
    const answers = AnswerIndex.batch();
    let counted = 0;
    for (const doc of this.kb.documents()) {
      const sections = this.track(doc, false);
      for (let i = 0; i < sections.length; i++) {
        if (i > 0 && i % 500 === 0) yield;
        const r = this.record(doc, sections[i]);
        // The builder lowercases token by token; the vocabulary the whole text. They differ only where
        // lowercasing depends on the next letter (a capital sigma at a word's end): such a section's
        // terms are counted from its text, the others' by the builder.
        const sigma = r.title.includes('\u03a3') || r.path.includes('\u03a3') || r.body.includes('\u03a3') || r.names.includes('\u03a3');
        builder.add(r.id, [r.title, r.path, r.body, r.names], !sigma);
        if (sigma) this.vocab.addSection(vocabText(sections[i], r.names)); else counted++;
      }
      answers.add(doc, this.kb.matcher);
      yield;
    }
    this.vocab.addCounts(builder.termCounts(), counted);
    this.mini = yield* builder.build(TERM_INDEX_OPTIONS);
    this.answers = yield* answers.finish();
    this.rebuildNames();
  }

  /** Empty indexes, ready for addDoc. */
  private reset(): void {
    this.mini = new MiniSearch(TERM_INDEX_OPTIONS);
    this.answers = new AnswerIndex();
    this.vocab.clear();
    this.namesBySection.clear();
    this.suggestions.invalidate();
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
      this.mini.addAll(sections.slice(i, i + 500).map((s) => this.record(doc, s)));
    }
    this.answers.add(doc, this.kb.matcher);
    this.suggestions.invalidate();
  }

  /**
   * Registers a document's sections for lookup; returns those not yet known (to be indexed). Their
   * terms go into the vocabulary unless it was loaded from the cache (`addTerms` false).
   */
  private track(doc: NoteDocument, addTerms = true): Section[] {
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
      const names = this.sectionNames(doc, s);
      this.namesBySection.set(s.id, names);
      if (addTerms) this.vocab.addSection(vocabText(s, names));
      added.push(s);
    }
    return added;
  }

  private record(doc: NoteDocument, s: Section): SectionRecord {
    return { id: s.id, title: s.title, path: s.headingPath.slice(0, -1).join(' '), body: s.text, names: this.namesBySection.get(s.id) ?? '' };
  }

  // Serialisation hooks for the cached index (src/core/indexCache.ts); nothing else uses them.

  /** The index as plain data (see SearchIndexData). */
  toJSON(): SearchIndexData {
    const plain = this.mini.toJSON();
    return { mini: compactTermIndex(plain) ?? plain, vocab: this.vocab.toJSON(), answers: this.answers.toJSON(), names: this.names.toJSON() };
  }

  /**
   * The index of `kb` from toJSON's data, which the caller made from the same documents and catalog.
   * `yieldToLoop`: load in slices, for the extension host.
   */
  static async fromJSON(kb: KnowledgeBase, data: SearchIndexData, yieldToLoop = false): Promise<SearchIndex> {
    const index = new SearchIndex(kb, { deferBuild: true });
    const options = TERM_INDEX_OPTIONS;
    if ('postings' in data.mini) index.mini = await loadTermIndex(data.mini, options, yieldToLoop ? () => new Promise((r) => setImmediate(r)) : undefined);
    else index.mini = await (yieldToLoop ? MiniSearch.loadJSAsync(data.mini, options) : MiniSearch.loadJS(data.mini, options));
    for (const doc of kb.documents()) index.track(doc, false);
    index.vocab.load(data.vocab);
    index.answers = AnswerIndex.fromJSON(data.answers);
    index.names.load(data.names);
    index.vocab.setNames(index.names.records.map((r) => r.name));
    index.suggestions.invalidate();
    return index;
  }

  private removeDoc(doc: NoteDocument): void {
    if (this.docById.get(doc.id) === doc) this.docById.delete(doc.id);
    if (doc.serviceId) {
      const list = (this.docsByService.get(doc.serviceId) ?? []).filter((d) => d !== doc);
      if (list.length) this.docsByService.set(doc.serviceId, list); else this.docsByService.delete(doc.serviceId);
    }
    this.answers.remove(doc);
    for (const s of doc.sections) {
      if (!this.bySectionId.has(s.id)) continue;
      this.bySectionId.delete(s.id);
      this.mini.discard(s.id);
      this.vocab.removeSection(vocabText(s, this.namesBySection.get(s.id) ?? ''));
      this.namesBySection.delete(s.id);
    }
    this.suggestions.invalidate();
  }

  private rebuildNames(): void {
    this.names.rebuild(this.kb.services.values());
    this.vocab.setNames(this.names.records.map((r) => r.name));
    this.suggestions.invalidate();
  }

  /** What "did you mean" offers: service names and note titles. */
  private *suggestionSource(): Iterable<string> {
    for (const s of this.kb.services.values()) yield s.name;
    for (const d of this.docById.values()) yield d.title;
  }

  /** fuse.js over the titles of the sections the term index found, to score typos in titles. */
  private titleMatches(query: string, candidates: Iterable<string>): Map<string, number> {
    const titles = [...new Set([...candidates].map((id) => this.bySectionId.get(id)?.section.title.toLowerCase()).filter((t): t is string => !!t))];
    const out = new Map<string, number>();
    // Only the titles fuse.js can match (same results, far less bitap work; see fuseFilter.ts).
    const filter = new FuseCharFilter(query, FUSE_TITLE_OPTIONS.threshold);
    const matchable = titles.filter((t) => filter.mayMatch(t));
    for (const r of new Fuse(matchable.map((title) => ({ title })), FUSE_TITLE_OPTIONS).search(query, { limit: 20 })) out.set(r.item.title, 1 - (r.score ?? 1));
    return out;
  }

  search(rawQuery: string, options: SearchOptions = {}): SearchHit[] {
    return this.lookup(rawQuery, options).hits;
  }

  /** Ranked sections plus how sure we are: the palette's "No close match" and "did you mean". */
  lookup(rawQuery: string, options: SearchOptions = {}): SearchAnswer {
    const prefix = parseDomainPrefix(capQuery(rawQuery));
    const domain = options.domain ?? prefix.domain;
    const typed = prefix.rest.trim();
    const limit = options.limit ?? 20;
    if (!typed) {
      const hits = domain ? this.domainOverview(domain, limit) : [];
      return { query: '', corrections: [], hits, confidence: hits.length ? 1 : 0, closeMatch: hits.length > 0, didYouMean: [] };
    }
    const corrected = correctQuery(typed, this.vocab, (p) => this.vocab.startsAWord(p));
    const query = corrected.text.trim();
    const ranked = this.rank(query);
    const hits: SearchHit[] = [];
    for (const r of ranked.values()) {
      if (domain && !inDomain(r.doc, r.section, domain, this.kb)) continue;
      hits.push(r);
    }
    const shown = diversify(foldIdentical(deferEmpty(hits)), 3).slice(0, limit);
    // A corrected word is a guess at what was meant: each lowers the confidence a little.
    const penalty = 0.9 ** corrected.corrections.length;
    for (const h of shown) {
      h.confidence = Math.min(1, h.confidence * penalty);
      h.line = matchLine(h.section, h.terms);
    }
    const confidence = shown[0]?.confidence ?? 0;
    const closeMatch = confidence >= CLOSE_MATCH;
    return { query, corrections: corrected.corrections, hits: shown, confidence, closeMatch, didYouMean: closeMatch ? [] : this.suggestions.nearest(typed) };
  }

  /** Scores every candidate section for an already corrected query (no domain filter, unsorted). */
  private rank(query: string): Map<string, SearchHit> {
    return rankSections(this.rankSource, query);
  }

  /** The indexes as the ranking reads them (search/rank.ts). */
  private readonly rankSource: RankSource = {
    termSearch: (q) => this.mini.search(q),
    titleMatches: (q, candidates) => this.titleMatches(q, candidates),
    section: (id) => this.bySectionId.get(id),
    servicesInQuery: (q) => this.servicesInQuery(q),
    docsOfService: (id) => this.docsOfService(id),
    answerSearch: (q) => this.answers.search(q),
    vocab: this.vocab,
    leadSection: (docId) => this.leadSection(docId),
  };

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
      if (section.level <= 1 && inDomain(doc, section, domain, this.kb)) out.push({ section, doc, score: doc.kind === 'domain' ? 2 : 1, reasons: ['domain'], confidence: 1, line: section.startLine, terms: [], alsoIn: [] });
    }
    return out.sort((a, b) => b.score - a.score || a.doc.relPath.localeCompare(b.doc.relPath)).slice(0, limit);
  }
}

/** The words MiniSearch would index for a section: what typo correction may correct to. */
function vocabText(s: Section, names: string): string {
  return `${s.headingPath.join(' ')} ${s.text} ${names}`;
}

function inDomain(doc: NoteDocument, section: Section, domain: number, kb: KnowledgeBase): boolean {
  if (section.task) return section.task.startsWith(`${domain}.`);
  if (doc.domains.includes(domain)) return true;
  const svc: Service | undefined = doc.serviceId ? kb.service(doc.serviceId) : undefined;
  return !!svc && svc.domains.includes(domain);
}

/** A short plain-text snippet of a section, centred on the first of `words` it contains. */
export function snippet(section: Section, query: string | string[], width = 140): string {
  const words = Array.isArray(query) ? query : contentWords(query).filter((w) => w.length > 2);
  return snippetAround(section.text, words, width);
}
