// Shaping the ranked list: empty headings defer to their text, identical sections fold into one row,
// and no note takes over the top of the list.
import { SearchHit } from './types';
import { firstChildWithText, isEmptySection, sameSectionKey } from './shaping';

/** Keeps at most `perDoc` sections of one note ahead of other notes' sections; the rest follow in order. */
export function diversify(hits: SearchHit[], perDoc: number): SearchHit[] {
  const seen = new Map<string, number>();
  const head: SearchHit[] = [];
  const tail: SearchHit[] = [];
  for (const h of hits) {
    const n = (seen.get(h.doc.id) ?? 0) + 1;
    seen.set(h.doc.id, n);
    (n <= perDoc ? head : tail).push(h);
  }
  return [...head, ...tail];
}

/**
 * An empty heading's hit moves to its first subsection with text; when that subsection is a hit too,
 * the two merge (best score). Returns the hits re-sorted.
 */
export function deferEmpty(hits: SearchHit[]): SearchHit[] {
  const byId = new Map(hits.map((h) => [h.section.id, h]));
  const out: SearchHit[] = [];
  for (const h of hits) {
    if (h.section.level <= 1 || !isEmptySection(h.section)) { if (byId.get(h.section.id) === h) out.push(h); continue; }
    const child = firstChildWithText(h.doc, h.section);
    if (!child) { out.push(h); continue; }
    const listed = byId.get(child.id);
    if (listed) {
      listed.deferredFrom ??= h.section;
      listed.confidence = Math.max(listed.confidence, h.confidence);
      if (h.score > listed.score) { listed.score = h.score; listed.reasons.push('empty heading'); }
      continue;
    }
    const moved = { ...h, section: child, deferredFrom: h.section, reasons: [...h.reasons, 'empty heading'] };
    byId.set(child.id, moved);
    out.push(moved);
  }
  return out.sort(byScore);
}

function byScore(a: SearchHit, b: SearchHit): number {
  // Ties (copies of a note) go to the shorter path: "notes.md" before "notes-BACKUP.md".
  return b.score - a.score || a.doc.relPath.length - b.doc.relPath.length || a.doc.relPath.localeCompare(b.doc.relPath) || a.section.startLine - b.section.startLine;
}

/** Identical sections of different files (a copied note) show once, the others listed as "also in". */
export function foldIdentical(hits: SearchHit[]): SearchHit[] {
  // The key holds the title: a section whose title no other hit has can match none, so its text (the
  // costly part of the key: a whole section normalised) is never read.
  const titles = new Map<string, number>();
  for (const h of hits) { const t = h.section.title.toLowerCase(); titles.set(t, (titles.get(t) ?? 0) + 1); }
  const first = new Map<string, SearchHit>();
  const out: SearchHit[] = [];
  for (const h of hits) {
    const key = titles.get(h.section.title.toLowerCase())! > 1 ? sameSectionKey(h.section) : undefined;
    const kept = key ? first.get(key) : undefined;
    if (kept && kept.doc.file !== h.doc.file) {
      // The row keeps the best score but shows the copy with the shorter path ("notes.md", not "notes-BACKUP.md").
      if (h.doc.relPath.length < kept.doc.relPath.length) {
        kept.alsoIn.push({ file: kept.doc.file, relPath: kept.doc.relPath, line: kept.section.startLine });
        Object.assign(kept, { doc: h.doc, section: h.section, deferredFrom: h.deferredFrom, terms: h.terms });
      } else {
        kept.alsoIn.push({ file: h.doc.file, relPath: h.doc.relPath, line: h.section.startLine });
      }
      continue;
    }
    if (key && !kept) first.set(key, h);
    out.push(h);
  }
  return out;
}
