// Service names in a query, fuzzily: "kinesis firehos" → Amazon Data Firehose. A term index proposes
// the few candidate names (of every name, short name, former name and alias); fuse.js scores them.
import Fuse from 'fuse.js';
import MiniSearch, { AsPlainObject, Options } from 'minisearch';
import { Service } from '../model';
import { serviceNames } from '../catalog';
import { STOP } from './text';

export interface NameRecord { name: string; serviceId: string }

/** The cached form (src/core/indexCache.ts): the names and their term index. */
export interface ServiceNamesData { records: NameRecord[]; terms: AsPlainObject }

const TERM_OPTIONS: Options<{ id: number; name: string }> = {
  fields: ['name'], storeFields: [],
  searchOptions: { combineWith: 'OR', prefix: (t) => t.length >= 3, fuzzy: (t) => (t.length <= 3 ? 0 : t.length <= 6 ? 1 : 2) },
};

const FUSE_NAME_OPTIONS = { keys: ['name'], includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 };

/**
 * The catalog's names plus each without its "Amazon"/"AWS" prefix or a trailing "(…)": a user's
 * service note often has only a title ("Amazon Kinesis Data Streams"), and people type the short form.
 */
function searchNames(s: Service): string[] {
  const out = new Set(serviceNames(s));
  // A note on several services ("AWS DataSync & AWS Snow Family", "Amazon SQS & Amazon SNS") answers to each.
  for (const name of [...out]) {
    const parts = name.replace(/\s*\([^)]*\)\s*$/, '').split(/\s*(?:&|,|\band\b)\s*/).map((p) => p.trim()).filter((p) => p.length >= 3);
    if (parts.length > 1) for (const p of parts) out.add(p);
  }
  for (const name of [...out]) {
    const short = name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^(amazon|aws)\s+/i, '').trim();
    if (short.length >= 3) out.add(short);
  }
  return [...out];
}

export class ServiceNames {
  records: NameRecord[] = [];
  private nameTerms = new MiniSearch<{ id: number; name: string }>(TERM_OPTIONS);

  rebuild(services: Iterable<Service>): void {
    this.records = [];
    for (const s of services) for (const name of searchNames(s)) this.records.push({ name, serviceId: s.id });
    this.nameTerms = new MiniSearch(TERM_OPTIONS);
    this.nameTerms.addAll(this.records.map((r, id) => ({ id, name: r.name })));
  }

  toJSON(): ServiceNamesData {
    return { records: this.records, terms: this.nameTerms.toJSON() };
  }

  /** The names toJSON saved, for the same catalog. */
  load(data: ServiceNamesData): void {
    this.records = data.records;
    this.nameTerms = MiniSearch.loadJS(data.terms, TERM_OPTIONS);
  }

  /** fuse.js over the few names that share a (fuzzy) term with the query. */
  private candidates(query: string): Fuse<NameRecord> {
    const ids = this.nameTerms.search(query).slice(0, 40).map((r) => Number(r.id));
    return new Fuse(ids.map((i) => this.records[i]), FUSE_NAME_OPTIONS);
  }

  /**
   * Services a query names, fuzzily: "kinesis firehos" → data-firehose. `score` 1 is an exact name;
   * `share` is how much of the query the name covers (1 when the query is just the name).
   */
  inQuery(query: string): Map<string, { score: number; share: number }> {
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
    const fuse = this.candidates(query);
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
}
