// The text of a search result row in the palette, safe and in our order.
//
// VS Code's QuickPick sorts rows whose label matches the typed text (prefix, contiguous or camel-case
// match, icons ignored) ahead of the others and re-orders them by that match; only rows whose label
// does not match keep the order we gave (`sortByLabel = false` is a proposed API a published extension
// cannot use). So the label's characters are joined by U+2060 WORD JOINER: invisible, not a word
// break, a default-ignorable code point that renderers and speech skip, so the row looks and reads as
// the plain title, yet no typed text of two or more characters is a substring, a prefix or a
// camel-case match of it. The same joiners stop note text such as "$(terminal)" from becoming an icon.
import { NoteDocument, NoteKind, Section } from '../model';

export const WORD_JOINER = '\u2060';

/** Text that VS Code's label matcher cannot match, reading exactly like `text`. */
export function unmatchable(text: string): string {
  return [...text].join(WORD_JOINER);
}

/** Removes the joiners again (for tests and for remembering a picked title). */
export function plain(text: string): string {
  return text.split(WORD_JOINER).join('');
}

/** Description and detail support `$(icon)` too: break every "$(" so note text stays text. */
export function noIcons(text: string): string {
  return text.replace(/\$\(/g, `$${WORD_JOINER}(`);
}

/** The codicon shown before a row, by kind of note. */
export function kindIcon(kind: NoteKind): string {
  return kind === 'service' ? 'symbol-class' : kind === 'comparison' ? 'arrow-swap' : kind === 'domain' ? 'mortar-board' : 'book';
}

export interface RowText { label: string; description?: string; detail: string; icon: string }

export interface RowInput {
  doc: NoteDocument;
  section: Section;
  line: number;
  snippet: string;
  alsoIn?: { relPath: string }[];
}

export function resultRow(h: RowInput): RowText {
  const parents = h.section.headingPath.slice(0, -1);
  const where = `${h.doc.source === 'user' ? '' : 'DE Study › '}${h.doc.relPath}:${h.line}`;
  const also = h.alsoIn?.length ? ` (also in ${h.alsoIn.length} ${h.alsoIn.length === 1 ? 'file' : 'files'})` : '';
  return {
    label: unmatchable(h.section.title),
    description: parents.length ? noIcons(parents.join(' › ')) : undefined,
    detail: noIcons(`${where}${also} — ${h.snippet}`),
    icon: kindIcon(h.doc.kind),
  };
}
