// Labelled mention files (test/data/<folder>/*: "⟦expect: id, id⟧" at the end of a line) and the matcher's
// precision and recall on them, shared by the matcher unit test and evaluation scripts.
import * as fs from 'fs';
import * as path from 'path';
import type { KnowledgeBase } from '../../src/core/knowledgeBase';

const MARKER = /\s*⟦expect:\s*([^⟧]*)⟧\s*$/;

export interface LabelledFile { name: string; text: string; expected: Map<number, Set<string>> }

/** The labelled files of a folder: text with markers removed, and the expected ids per 0-based line. */
export function loadLabelledMentions(dir: string): LabelledFile[] {
  return fs.readdirSync(dir).filter((f) => f !== 'README.md').sort().map((name) => {
    const expected = new Map<number, Set<string>>();
    const lines = fs.readFileSync(path.join(dir, name), 'utf8').split('\n').map((line, i) => {
      const m = MARKER.exec(line);
      if (!m) return line;
      expected.set(i, new Set(m[1].split(',').map((s) => s.trim()).filter(Boolean)));
      return line.slice(0, m.index);
    });
    return { name, text: lines.join('\n'), expected };
  });
}

export interface MentionScore { lines: number; tp: number; fp: number; fn: number; precision: number; recall: number; errors: string[]; unknownIds: string[] }

/** Scans each whole file (so file-level context counts) and compares the services found per line with the labels. */
export function scoreMentions(kb: KnowledgeBase, files: LabelledFile[]): MentionScore {
  let tp = 0, fp = 0, fn = 0, lines = 0;
  const errors: string[] = [];
  const unknownIds: string[] = [];
  for (const f of files) {
    const found = new Map<number, Set<string>>();
    for (const m of kb.matcher.scanText(f.text)) {
      const set = found.get(m.line) ?? new Set<string>();
      set.add(m.serviceId);
      found.set(m.line, set);
    }
    const lineCount = f.text.split('\n').length;
    lines += lineCount;
    for (let i = 0; i < lineCount; i++) {
      const exp = f.expected.get(i) ?? new Set<string>();
      const got = found.get(i) ?? new Set<string>();
      for (const id of got) if (exp.has(id)) tp++; else { fp++; errors.push(`${f.name}:${i + 1}: unexpected ${id}`); }
      for (const id of exp) if (!got.has(id)) { fn++; errors.push(`${f.name}:${i + 1}: missed ${id}`); }
    }
    for (const id of [...f.expected.values()].flatMap((s) => [...s])) if (!kb.service(id)) unknownIds.push(`${f.name}: ${id}`);
  }
  return { lines, tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn), errors, unknownIds };
}
