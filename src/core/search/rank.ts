// The ranking of one (already corrected) query: the term index, section titles, the services the query
// names and the questions the notes answer each add to a section's score; then the note-level lifts and
// the coordination by how much of the query a section covers. Split from search.ts, which keeps the
// indexes; this reads them through RankSource.
import type { SearchResult } from 'minisearch';
import { NoteDocument, Section } from '../model';
import { coverage, FUZZY_MATCH } from './confidence';
import { headingsCover, MULTI_TOPIC, titleCovers, titleDensity } from './headings';
import { isLinkList } from './shaping';
import { contentWords } from './text';
import { SearchHit } from './types';
import { Vocabulary } from './vocabulary';

/** Share of a section's score that does not depend on how much of the query it covers. */
const COORDINATION = 0.2;

/** What the ranking reads from the search index. */
export interface RankSource {
  /** The section term index's matches (MiniSearch). */
  termSearch(query: string): SearchResult[];
  /** fuse.js scores of the titles among the candidate section ids. */
  titleMatches(query: string, candidates: Iterable<string>): Map<string, number>;
  section(id: string): { section: Section; doc: NoteDocument } | undefined;
  servicesInQuery(query: string): Map<string, { score: number; share: number }>;
  docsOfService(serviceId: string): NoteDocument[];
  /** The answers layer's matches (questions answered with a service). */
  answerSearch(query: string): SearchResult[];
  readonly vocab: Vocabulary;
  leadSection(docId: string): Section | undefined;
}

/** Scores every candidate section for an already corrected query (no domain filter, unsorted). */
export function rankSections(src: RankSource, query: string): Map<string, SearchHit> {
  const scores = new Map<string, { score: number; reasons: string[] }>();
  const bump = (id: string, v: number, why: string) => {
    const e = scores.get(id);
    if (e) { e.score += v; e.reasons.push(why); } else scores.set(id, { score: v, reasons: [why] });
  };
  const queryTerms = [...new Set(contentWords(query))];
  // What each section matched, for the confidence, the snippet and the line to open.
  const found = new Map<string, Map<string, number>>();
  const matchedTerms = new Map<string, string[]>();

  // 1. Body, titles and heading paths through the inverted index.
  const mini = src.termSearch(query);
  const top = mini.length ? mini[0].score : 1;
  for (const r of mini.slice(0, 200)) {
    const id = String(r.id);
    bump(id, r.score / top, 'text');
    found.set(id, new Map(r.queryTerms.map((t) => [t, r.terms.includes(t) ? 1 : FUZZY_MATCH])));
    matchedTerms.set(id, r.terms);
  }

  // 2. Section titles through fuse (typo-tolerant on short strings), among the candidates.
  // (Among the 100 best: fuse.js over every candidate title is the slowest part of a keystroke.)
  const titleScores = src.titleMatches(query, [...scores.keys()].slice(0, 100));
  for (const id of [...scores.keys()]) {
    const t = titleScores.get(src.section(id)?.section.title.toLowerCase() ?? '');
    if (t) bump(id, 0.8 * t, 'title');
  }

  // 3. Services the query names, by any name, alias or former name, even misspelled.
  const services = src.servicesInQuery(query);
  const best = Math.max(0, ...[...services.values()].map((x) => x.score * x.share));
  const serviceConfidence = new Map<string, number>();
  for (const [serviceId, x] of services) {
    const weight = x.score * x.share >= best - 0.05 ? 1 : 0.5;
    for (const doc of src.docsOfService(serviceId)) {
      serviceConfidence.set(doc.id, Math.max(serviceConfidence.get(doc.id) ?? 0, x.score * x.share));
      for (const sec of doc.sections) {
        const lead = sec.level <= 1 ? 1.6 : 0.35;
        bump(sec.id, lead * x.score * x.share * weight, `service:${serviceId}`);
      }
    }
  }
  // 4. Questions the notes answer with a service ("Which service finds PII in S3?" → Macie).
  // Only answers to questions that share most of the query's words count ("SCD type 2" is not
  // answered by every card that says "type").
  const answered = src.answerSearch(query).slice(0, 12).filter((r) => r.queryTerms.length / Math.max(1, queryTerms.length) >= 0.5);
  const topAnswer = answered.length ? answered[0].score : 1;
  const answerScore = new Map<string, { score: number; confidence: number }>();
  for (const r of answered) {
    const sid = String(r.serviceId);
    const share = r.queryTerms.length / Math.max(1, queryTerms.length);
    const prev = answerScore.get(sid) ?? { score: 0, confidence: 0 };
    const conf = coverage(queryTerms, new Map(r.queryTerms.map((t) => [t, r.terms.includes(t) ? 1 : FUZZY_MATCH])), src.vocab);
    answerScore.set(sid, { score: Math.max(prev.score, (r.score / topAnswer) * share), confidence: Math.max(prev.confidence, conf) });
  }
  const answerConfidence = new Map<string, number>();
  for (const [serviceId, v] of answerScore) {
    for (const doc of src.docsOfService(serviceId)) {
      const lead = doc.sections.find((x) => x.level <= 1);
      if (lead) { bump(lead.id, 0.9 * v.score, `answer:${serviceId}`); answerConfidence.set(lead.id, Math.max(answerConfidence.get(lead.id) ?? 0, 0.9 * v.confidence)); }
    }
  }

  // Sections that mention a named service rank above those that do not.
  if (services.size) {
    for (const [id, e] of scores) {
      const hit = src.section(id);
      if (hit && hit.section.serviceIds.some((x) => services.has(x))) e.score += 0.25;
    }
  }

  // A note whose sections match together is a better answer than one lucky section: lift the note's
  // lead section by the note's total, but not above the note's best other section (a subsection
  // that matches better is the better answer). Card lists match many words but are rarely the place
  // to land; link lists ("Related notes") even less. The exact phrase of a multi-word query is worth
  // more than its words apart ("star schema").
  // "zero etl" is the phrase of "zero-ETL" too: words apart by anything that is not a letter or digit.
  const phraseWords = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // (No 'u' flag: irregexp scans a case-insensitive ASCII pattern far faster over long sections.)
  const phrase = phraseWords.length > 1 ? new RegExp(phraseWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^a-zA-Z0-9]+'), 'i') : undefined;
  const perDoc = new Map<string, { id: string; score: number }[]>();
  const topicSection = new Map<string, number>();
  for (const [id, e] of scores) {
    const hit = src.section(id);
    if (!hit) continue;
    if (phrase && phrase.test(hit.section.text)) { e.score += 0.5; e.reasons.push('phrase'); }
    // A subsection whose headings say all of the query ("Step Functions › Standard vs Express") is
    // about exactly that: it should beat the note's lead, which only names the service.
    const lead = src.leadSection(hit.doc.id);
    if (hit.section.level >= 2 && queryTerms.length >= 2 && headingsCover(hit.section, queryTerms, lead)) { e.score += 0.6; e.reasons.push('headings'); }
    // A note on several topics ("S3 Versioning & MFA Delete") names them all in its lead title; the
    // subsection titled with exactly the query ("MFA Delete") is the better answer.
    if (hit.section.level >= 2 && queryTerms.length >= 2 && lead && MULTI_TOPIC.test(lead.title) && titleCovers(hit.section, queryTerms)
      && titleDensity(hit.section.title, queryTerms) >= titleDensity(lead.title, queryTerms) + 0.2) {
      topicSection.set(hit.doc.id, Math.max(topicSection.get(hit.doc.id) ?? 0, e.score));
    }
    if (hit.section.title === 'Cards' || hit.section.title === 'Exam traps') e.score *= 0.6;
    if (isLinkList(hit.section)) { e.score *= 0.3; e.reasons.push('link list'); }
    // Practice exams (kind: practice-exam) are quiz material: a scenario question names many services in
    // passing, so it answers a search only when no note does.
    if (hit.doc.kind === 'practice-exam') { e.score *= 0.3; e.reasons.push('practice exam'); }
    const list = perDoc.get(hit.doc.id) ?? [];
    list.push({ id, score: e.score });
    perDoc.set(hit.doc.id, list);
  }
  const docFound = new Map<string, Map<string, number>>();
  for (const [docId, list] of perDoc) {
    const lead = src.leadSection(docId);
    if (!lead) continue;
    // The note's words, over all its matching sections, for the lead's confidence.
    const union = new Map<string, number>();
    for (const { id } of list) for (const [t, q] of found.get(id) ?? []) union.set(t, Math.max(union.get(t) ?? 0, q));
    docFound.set(docId, union);
    // The note's best three sections, with diminishing weight: long notes get no bonus for length.
    list.sort((x, y) => y.score - x.score);
    const [a = 0, b = 0, c = 0] = list.map((x) => x.score);
    const bestOther = list.find((x) => x.id !== lead.id)?.score ?? 0;
    const lifted = Math.min(0.7 * (a + 0.5 * b + 0.25 * c), bestOther > 0 ? 0.98 * bestOther : Infinity);
    const e = scores.get(lead.id);
    if (!e) scores.set(lead.id, { score: lifted, reasons: ['note'] });
    else if (lifted > e.score) { e.score = lifted; e.reasons.push('note'); }
  }

  for (const [docId, best] of topicSection) {
    const lead = src.leadSection(docId);
    const e = lead && scores.get(lead.id);
    if (e && e.score > 0.98 * best) { e.score = 0.98 * best; e.reasons.push('topic subsection'); }
  }

  const out = new Map<string, SearchHit>();
  for (const [id, e] of scores) {
    const hit = src.section(id);
    if (!hit) continue;
    const isLead = src.leadSection(hit.doc.id)?.id === id;
    let confidence = coverage(queryTerms, found.get(id) ?? new Map(), src.vocab);
    if (isLead) {
      confidence = Math.max(confidence, 0.9 * coverage(queryTerms, docFound.get(hit.doc.id) ?? new Map(), src.vocab), answerConfidence.get(id) ?? 0);
    }
    const named = serviceConfidence.get(hit.doc.id);
    if (named !== undefined) confidence = Math.max(confidence, isLead ? named : 0.9 * named);
    const terms = matchedTerms.get(id) ?? (isLead ? [...(docFound.get(hit.doc.id)?.keys() ?? [])] : []);
    // Coordination: a section that answers all of the query beats one that answers its common half.
    const score = e.score * (COORDINATION + (1 - COORDINATION) * confidence);
    out.set(id, { section: hit.section, doc: hit.doc, score, reasons: e.reasons, confidence, line: hit.section.startLine, terms, alsoIn: [] });
  }
  return out;
}
