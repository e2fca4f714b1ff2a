// The labelled search set and hit@k, shared by the unit test and the benchmark.
import * as fs from 'fs';
import * as path from 'path';
import { NoteDocument, Section } from '../../src/core/model';

export interface LabelledQuery { q: string; kind?: string; file: string; title?: string; also?: { file: string; title?: string }[] }

/** The labelled set (search-relevance.json), or another file of the same format in test/data. */
export function loadRelevanceSet(projectRoot: string, file = 'search-relevance.json', folder = path.join('test', 'data')): LabelledQuery[] {
  const raw = JSON.parse(fs.readFileSync(path.join(projectRoot, folder, file), 'utf8'));
  return raw.queries as LabelledQuery[];
}

/** Titles compare without emoji, case or punctuation: "🔁 1. S3 Replication (RTC)" is "1 s3 replication rtc". */
function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

/** Does a ranked hit satisfy the label? The label's file (or an `also` answer's), and its title ('*': any section) or the note's top section. */
export function isRelevant(label: LabelledQuery, doc: NoteDocument, section: Section, deferredFrom?: Section): boolean {
  if (deferredFrom && isRelevant(label, doc, deferredFrom)) return true;
  if (label.title === '*') return doc.relPath === label.file;
  const answers = [{ file: label.file, title: label.title }, ...(label.also ?? [])];
  return answers.some((a) => doc.relPath === a.file && (a.title ? sameTitle(section.title, a.title) : section.level <= 1));
}

type Ranked = { doc: NoteDocument; section: Section; deferredFrom?: Section }[];

/** hit@1, hit@3 and mean reciprocal rank (over the first 10) of a ranking function. */
export function rankMetrics(labels: LabelledQuery[], ranked: (q: string) => Ranked): { hit1: number; hit3: number; mrr: number; misses: string[] } {
  let h1 = 0, h3 = 0, rr = 0;
  const misses: string[] = [];
  for (const l of labels) {
    const top = ranked(l.q).slice(0, 10);
    const at = top.findIndex((h) => isRelevant(l, h.doc, h.section, h.deferredFrom));
    if (at === 0) h1++;
    if (at >= 0 && at < 3) h3++; else misses.push(`${l.q} → want ${l.file}${l.title ? ' › ' + l.title : ''}; got ${top.slice(0, 3).map((h) => `${h.doc.relPath}:${h.section.title}`).join(' | ')}`);
    if (at >= 0) rr += 1 / (at + 1);
  }
  const n = Math.max(1, labels.length);
  return { hit1: h1 / n, hit3: h3 / n, mrr: rr / n, misses };
}

/** Fraction of queries whose labelled section is among the first k results. */
export function hitAtK(labels: LabelledQuery[], ranked: (q: string) => Ranked, k = 5): { hit: number; misses: string[] } {
  const misses: string[] = [];
  for (const l of labels) {
    const top = ranked(l.q).slice(0, k);
    if (!top.some((h) => isRelevant(l, h.doc, h.section, h.deferredFrom))) {
      misses.push(`${l.q} → want ${l.file}${l.title ? ' › ' + l.title : ''}; got ${top.slice(0, 3).map((h) => `${h.doc.relPath}:${h.section.title}`).join(' | ')}`);
    }
  }
  return { hit: (labels.length - misses.length) / labels.length, misses };
}
