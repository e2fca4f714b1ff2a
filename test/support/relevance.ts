// The labelled search set and hit@k, shared by the unit test and the benchmark.
import * as fs from 'fs';
import * as path from 'path';
import { NoteDocument, Section } from '../../src/core/model';

export interface LabelledQuery { q: string; kind: string; file: string; title?: string }

/** The labelled set (search-relevance.json), or another file of the same format in test/data. */
export function loadRelevanceSet(projectRoot: string, file = 'search-relevance.json'): LabelledQuery[] {
  const raw = JSON.parse(fs.readFileSync(path.join(projectRoot, 'test', 'data', file), 'utf8'));
  return raw.queries as LabelledQuery[];
}

/** Does a ranked hit satisfy the label? The label's file, and its title ('*': any section) or the note's top section. */
export function isRelevant(label: LabelledQuery, doc: NoteDocument, section: Section): boolean {
  if (doc.relPath !== label.file) return false;
  if (label.title === '*') return true;
  return label.title ? section.title === label.title : section.level <= 1;
}

/** Fraction of queries whose labelled section is among the first k results. */
export function hitAtK(labels: LabelledQuery[], ranked: (q: string) => { doc: NoteDocument; section: Section }[], k = 5): { hit: number; misses: string[] } {
  const misses: string[] = [];
  for (const l of labels) {
    const top = ranked(l.q).slice(0, k);
    if (!top.some((h) => isRelevant(l, h.doc, h.section))) {
      misses.push(`${l.q} → want ${l.file}${l.title ? ' › ' + l.title : ''}; got ${top.slice(0, 3).map((h) => `${h.doc.relPath}:${h.section.title}`).join(' | ')}`);
    }
  }
  return { hit: (labels.length - misses.length) / labels.length, misses };
}
