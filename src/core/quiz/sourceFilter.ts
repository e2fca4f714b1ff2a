// Which notes a round draws from: all notes, the user's own notes, the bundled notes, or one notes
// folder. A filter travels through the webview as a short string ("all", "user", "bundled",
// "folder:/abs/path"), so it is parsed back here and an unknown folder simply matches nothing.
import * as path from 'path';
import { isSourceValue } from '../../shared/quizProtocol';
import type { NoteDocument, SourceKind } from '../model';
import type { Question } from './types';

export type SourceFilter = 'all' | 'user' | 'bundled' | `folder:${string}`;

export interface NoteFolderCount {
  /** Absolute path of the folder (the root it was indexed from). */
  root: string;
  kind: SourceKind;
  questions: number;
}

export interface SourceCounts {
  all: number;
  user: number;
  bundled: number;
  /** The user's folders first (by name), then the bundled notes. */
  folders: NoteFolderCount[];
}

/** What a question's note is: whose notes, and the folder it was indexed from. */
export type NoteLookup = (file: string) => Pick<NoteDocument, 'file' | 'relPath' | 'source'> | undefined;

export function isSourceFilter(x: unknown): x is SourceFilter {
  return isSourceValue(x);
}

/** The folder a note was indexed from: its path without its path relative to that folder. */
export function noteRoot(doc: Pick<NoteDocument, 'file' | 'relPath'>): string {
  const file = doc.file.replace(/\\/g, '/');
  const rel = doc.relPath.replace(/\\/g, '/');
  if (rel && file.endsWith('/' + rel)) return path.normalize(doc.file.slice(0, doc.file.length - rel.length - 1));
  return path.dirname(doc.file);
}

/** A predicate for the questions a filter keeps. */
export function sourcePredicate(filter: SourceFilter, lookup: NoteLookup): (q: Question) => boolean {
  if (filter === 'all') return () => true;
  if (filter === 'user' || filter === 'bundled') return (q) => lookup(q.source.file)?.source === filter;
  const root = path.normalize(filter.slice('folder:'.length));
  return (q) => {
    const doc = lookup(q.source.file);
    return !!doc && noteRoot(doc) === root;
  };
}

/** Question counts of each source, for the filter's labels. */
export function sourceCounts(questions: readonly Question[], lookup: NoteLookup): SourceCounts {
  const counts: SourceCounts = { all: 0, user: 0, bundled: 0, folders: [] };
  const byRoot = new Map<string, NoteFolderCount>();
  for (const q of questions) {
    const doc = lookup(q.source.file);
    counts.all++;
    if (!doc) continue;
    counts[doc.source]++;
    const root = noteRoot(doc);
    const f = byRoot.get(root) ?? { root, kind: doc.source, questions: 0 };
    f.questions++;
    byRoot.set(root, f);
  }
  counts.folders = [...byRoot.values()].sort((a, b) => (a.kind === b.kind ? a.root.localeCompare(b.root) : a.kind === 'user' ? -1 : 1));
  return counts;
}

/** "All notes", "My notes", "Bundled notes" or the folder's name. */
export function sourceLabel(filter: SourceFilter): string {
  if (filter === 'all') return 'All notes';
  if (filter === 'user') return 'My notes';
  if (filter === 'bundled') return 'Bundled notes';
  return path.basename(filter.slice('folder:'.length)) || filter.slice('folder:'.length);
}
