// The question bank kept on disk between runs: a window reload or a second `de-study quiz` over the same
// notes reads the bank the last build made instead of building it again (~0.5 s on the bundled notes).
// This is a cached load, not a build: the first run after any note, catalog or code change builds.
//
// The file is one header line (format, the running code's key as the index cache makes it, the
// fingerprint of the notes) and the bank as JSON. The fingerprint is taken from the knowledge base itself
// (every note's text by section, its place and front matter, and the catalog), so notes changed by a
// file watcher after the index was built are seen too. One bank per file: the last one built.
import { isAscii } from 'buffer';
import { createHash } from 'crypto';
import * as fs from 'fs';
import { asciiJson } from '../indexCache';
import { KnowledgeBase } from '../knowledgeBase';
import { Diagnostic } from '../model';
import { writeFileAtomic } from '../files/atomicWrite';
import { Question } from './types';
import type { QuestionBank, Rejection } from './bank';

/** Bumped whenever the layout changes. */
const FORMAT = 1;

export interface BankData { questions: Question[]; rejections: Rejection[]; diagnostics: Diagnostic[] }

interface Header { format: number; key: string; notes: string }

/** Identifies what a bank is built from: every note (its text section by section, path, kind and front matter) and the catalog. */
export function bankFingerprint(kb: KnowledgeBase): string {
  const h = createHash('sha1').update(kb.catalogFingerprint());
  const docs = [...kb.documents()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const d of docs) {
    h.update(`\n\u0000${d.file}|${d.relPath}|${d.source}|${d.lineCount}|${JSON.stringify(d.frontMatter)}`);
    for (const s of d.sections) h.update(`\n\u0001${s.startLine}\n`).update(s.markdown);
  }
  return h.digest('hex');
}

/** Where banks are read and written, for one running code (key) and one knowledge base. */
export class BankCacheFile {
  /** Why the last read did not give a bank, if it did not ("no cache yet", "other notes", …). */
  lastMiss: string | undefined;

  /** `warn`: told when a bank cannot be written (the bank is still used; the next run builds again). */
  constructor(readonly file: string, readonly key: string, private readonly warn: (message: string) => void = () => undefined) {}

  /** The bank last saved for exactly these notes by this code, or undefined (never an error). */
  load(fingerprint: string, restore: (data: BankData) => QuestionBank): QuestionBank | undefined {
    let bytes: Buffer;
    try { bytes = fs.readFileSync(this.file); } catch { this.lastMiss = 'no cache yet'; return undefined; }
    try {
      const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
      const nl = text.indexOf('\n');
      const header = JSON.parse(nl < 0 ? text : text.slice(0, nl)) as Header;
      if (header.format !== FORMAT) { this.lastMiss = 'unknown cache format'; return undefined; }
      if (header.key !== this.key) { this.lastMiss = 'written by another version'; return undefined; }
      if (header.notes !== fingerprint) { this.lastMiss = 'built from other notes'; return undefined; }
      const data = JSON.parse(text.slice(nl + 1)) as BankData;
      if (!Array.isArray(data.questions) || !Array.isArray(data.rejections) || !Array.isArray(data.diagnostics)) { this.lastMiss = 'damaged'; return undefined; }
      this.lastMiss = undefined;
      return restore(data);
    } catch (e) {
      this.lastMiss = `damaged (${(e as Error).message})`;
      return undefined;
    }
  }

  /** Writes the bank atomically (a reader sees the old file or the new one). */
  save(fingerprint: string, bank: BankData): void {
    const header: Header = { format: FORMAT, key: this.key, notes: fingerprint };
    const data: BankData = { questions: bank.questions, rejections: bank.rejections, diagnostics: bank.diagnostics };
    writeFileAtomic(this.file, `${JSON.stringify(header)}\n${asciiJson(data)}`);
  }

  /** save, with a failure reported to `warn` instead of thrown. */
  trySave(fingerprint: string, bank: BankData): void {
    try { this.save(fingerprint, bank); } catch (e) { this.warn(`could not write the quiz bank cache ${this.file}: ${(e as Error).message}`); }
  }
}
