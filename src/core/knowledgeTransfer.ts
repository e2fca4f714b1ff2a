// A knowledge base handed to another thread (the quiz bank's worker, quiz/bankThread.ts): the notes as parsed and
// annotated, structured-cloned across, and the catalog fingerprint they were annotated under. The other side stores
// them as they are: nothing is parsed or annotated again, so its bank is the bank this thread would build.
import type { ParsedNote } from './parser';
import { KnowledgeBase } from './knowledgeBase';

/** What a thread sends: every note of the base and the fingerprint of the catalog that annotated them. */
export interface KnowledgeTransfer {
  parsed: ParsedNote[];
  catalog: string;
}

export function knowledgeTransfer(kb: KnowledgeBase): KnowledgeTransfer {
  return { parsed: kb.parsedNotes(), catalog: kb.catalogFingerprint() };
}

/** The base the notes make again (annotations kept when the rebuilt catalog is the same one). */
export function knowledgeBaseFrom(t: KnowledgeTransfer): KnowledgeBase {
  const kb = new KnowledgeBase();
  kb.upsertMany(t.parsed, [], { catalog: t.catalog, docs: new Set(t.parsed.map((p) => p.doc)) });
  return kb;
}
