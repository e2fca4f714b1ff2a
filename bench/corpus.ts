// A generated notes corpus for the benchmark: the bundled notes plus user notes made of their own
// sentences, shuffled with a fixed seed, until there are at least `sections` sections. Realistic words
// (service names, numbers, headings), same inputs on every run.
import * as fs from 'fs';
import * as path from 'path';
import { KnowledgeBase, collectNotes } from '../src/core/knowledgeBase';
import { listNoteFiles } from '../src/core/loader';
import { parseNote, ParsedNote } from '../src/core/parser';
import { rng } from '../src/core/quiz/random';

export function bundledNotes(root: string): ParsedNote[] {
  return collectNotes([{ root, kind: 'bundled' }]).parsed;
}

export function generatedNotes(notesRoot: string, targetSections: number, bundledSections: number): ParsedNote[] {
  const random = rng('de-study-bench-corpus');
  const sentences: string[] = [];
  const headings: string[] = [];
  for (const file of listNoteFiles(notesRoot)) {
    const body = fs.readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    for (const line of body.split('\n')) {
      const h = /^#{1,4}\s+(.+)$/.exec(line);
      if (h) headings.push(h[1]);
      else if (line.trim().length > 40 && !line.includes('|') && !line.includes('::')) sentences.push(line.trim());
    }
  }
  const pick = <T>(a: T[]) => a[Math.floor(random() * a.length)];
  const out: ParsedNote[] = [];
  let sections = bundledSections;
  for (let d = 0; sections < targetSections; d++) {
    const lines = [`# Personal notes ${d}: ${pick(headings)}`, '', pick(sentences), ''];
    sections++;
    for (let s = 0; s < 9 && sections < targetSections; s++, sections++) {
      lines.push(`## ${pick(headings)} (${d}.${s})`, '');
      for (let p = 0; p < 3; p++) lines.push(pick(sentences));
      lines.push('');
    }
    const relPath = `generated/note-${String(d).padStart(4, '0')}.md`;
    out.push(parseNote({ text: lines.join('\n'), file: path.join('/bench', relPath), relPath, source: 'user' }));
  }
  return out;
}

export function knowledgeBaseOf(parsed: ParsedNote[]): KnowledgeBase {
  const kb = new KnowledgeBase();
  kb.upsertMany(parsed);
  return kb;
}
