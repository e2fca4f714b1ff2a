// Questions the notes answer with a service: question passages, cards and "Choose … when" cues,
// indexed as questions with the service that answers them ("Which service finds PII in S3?" → Macie).
import MiniSearch, { AsPlainObject, Options, SearchResult } from 'minisearch';
import { ServiceMatcher } from '../matcher';
import { NoteDocument } from '../model';
import { STOP } from './text';
import { TermIndexBuilder } from './termIndexBuild';

interface AnswerRecord { id: string; text: string; serviceId: string; docId: string }

/** The cached form (src/core/indexCache.ts): the term index and each document's answer ids. */
export interface AnswerIndexData { mini: AsPlainObject; idsByDoc: [string, string[]][] }

const OPTIONS: Options<AnswerRecord> = {
  fields: ['text'], storeFields: ['serviceId'],
  processTerm: (t) => { const w = t.toLowerCase(); return STOP.has(w) ? null : w; },
  searchOptions: { combineWith: 'OR', prefix: (term) => term.length >= 4, fuzzy: (term) => (term.length <= 5 ? 0 : 1) },
};

export class AnswerIndex {
  private index = new MiniSearch<AnswerRecord>(OPTIONS);
  private readonly idsByDoc = new Map<string, string[]>();

  add(doc: NoteDocument, matcher: ServiceMatcher): void {
    const records = answerRecords(doc, matcher);
    this.index.addAll(records);
    this.idsByDoc.set(doc.id, records.map((r) => r.id));
  }

  remove(doc: NoteDocument): void {
    for (const id of this.idsByDoc.get(doc.id) ?? []) this.index.discard(id);
    this.idsByDoc.delete(doc.id);
  }

  search(query: string): SearchResult[] {
    return this.index.search(query);
  }

  toJSON(): AnswerIndexData {
    return { mini: this.index.toJSON(), idsByDoc: [...this.idsByDoc] };
  }

  /**
   * The answers of many notes indexed in one pass (termIndexBuild.ts) instead of MiniSearch's add per
   * record: the same index (toJSON identical), for the first build of the search index.
   */
  static batch(): AnswerBatch {
    const builder = new TermIndexBuilder(['text'], STOP);
    const stored: Record<number, { serviceId: string }> = {};
    const idsByDoc = new Map<string, string[]>();
    let count = 0;
    return {
      add(doc, matcher) {
        const records = answerRecords(doc, matcher);
        for (const r of records) {
          stored[count++] = { serviceId: r.serviceId };
          builder.add(r.id, [r.text], false);
        }
        idsByDoc.set(doc.id, records.map((r) => r.id));
      },
      *finish() {
        const out = new AnswerIndex();
        out.index = yield* builder.build(OPTIONS, stored);
        for (const [docId, ids] of idsByDoc) out.idsByDoc.set(docId, ids);
        return out;
      },
    };
  }

  /** The index toJSON saved: no matcher pass over the cards and questions again. */
  static fromJSON(data: AnswerIndexData): AnswerIndex {
    const out = new AnswerIndex();
    out.index = MiniSearch.loadJS(data.mini, OPTIONS);
    for (const [docId, ids] of data.idsByDoc) out.idsByDoc.set(docId, ids);
    return out;
  }
}

/** Answers gathered note by note, indexed at once by finish() (see AnswerIndex.batch). */
export interface AnswerBatch {
  add(doc: NoteDocument, matcher: ServiceMatcher): void;
  finish(): Generator<void, AnswerIndex, void>;
}

/** A note's answers: question passages, cards and "Choose … when" rows whose answer starts with a service's name. */
function answerRecords(doc: NoteDocument, matcher: ServiceMatcher): AnswerRecord[] {
  // The answer's service: the first name in its first words.
  const serviceOf = (text: string) => {
    const first = matcher.scanText(text.slice(0, 120)).find((x) => x.kind === 'name');
    return first && first.column <= 30 ? first.serviceId : undefined;
  };
  const records: AnswerRecord[] = [];
  for (const s of doc.sections) {
    s.questions.forEach((q, i) => { const id = serviceOf(q.answer); if (id) records.push({ id: `${s.id}:q${i}`, text: q.question, serviceId: id, docId: doc.id }); });
    s.cards.forEach((c, i) => { const id = serviceOf(c.answer); if (id && c.kind !== 'reversed') records.push({ id: `${s.id}:c${i}`, text: c.question, serviceId: id, docId: doc.id }); });
    s.choiceRows.forEach((r, i) => { const id = serviceOf(r.choice); if (id) records.push({ id: `${s.id}:r${i}`, text: r.cues.join('; '), serviceId: id, docId: doc.id }); });
  }
  return records;
}
