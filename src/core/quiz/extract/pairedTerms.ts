// A definition list item that defines two code terms at once: "`LAG(col, n)` / `LEAD(col, n)`: reads a
// row before or after the current one". Its definition fits both terms, so neither can be the key of a
// question; but both belong to the list's family (the window functions beside ROW_NUMBER and RANK) and
// are fair wrong options for the other members' definitions. Call signatures are shortened to the name
// with empty parentheses ("LAG()"), the way the family's other members are written.
const PAIR = /^`([^`]{1,40})`\s*(?:\/|,|\bor\b|\band\b|&)\s*`([^`]{1,40})`\s*(?::|[-–—])\s*(.+)$/i;

/** "LAG(col, offset)" → "LAG()"; a term without a call signature stays as written. */
export function callName(term: string): string {
  const m = /^([A-Za-z_][\w.]*)\s*\(.*\)$/.exec(term.trim());
  return m ? `${m[1]}()` : term.trim();
}

/** The two terms of a paired item with their shared definition, or undefined. */
export function pairedCodeTerms(raw: string): { terms: [string, string]; definition: string } | undefined {
  const m = PAIR.exec(raw.trim());
  if (!m) return undefined;
  const a = callName(m[1]);
  const b = callName(m[2]);
  if (!a || !b || a.toLowerCase() === b.toLowerCase()) return undefined;
  return { terms: [a, b], definition: m[3].trim() };
}
