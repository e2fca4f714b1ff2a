// A word's shape (its first two letters, case folded, and its length) and the in-place comparison of a line's word with a
// lower-case word: the name trie finds a word of the line by shape and compares its characters where they stand, without
// slicing or lower-casing it (docs/matcher.md, "Hover speed, fourth pass"). Split from names.ts, which uses them on
// every name a hover reads.

/** Word characters folded to 0–35 (digits, then letters of either case); 36 for none. */
function fold(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  if (c >= 97 && c <= 122) return c - 87;
  return 36;
}

/** line[start, end) (ASCII letters and digits) equals the lower-case word w, case folded by character code. */
export function sameWordFolded(line: string, start: number, end: number, w: string): boolean {
  if (end - start !== w.length) return false;
  for (let k = 0; k < w.length; k++) {
    const c = line.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) return false;
  }
  return true;
}

const MAX_SHAPE_LENGTH = 31;
export const SHAPES = 37 * 37 * (MAX_SHAPE_LENGTH + 1);

/** A word's shape, case folded: its first two characters and its length (capped). */
export function shape(text: string, start: number, end: number): number {
  const second = end - start > 1 ? fold(text.charCodeAt(start + 1)) : 36;
  return (fold(text.charCodeAt(start)) * 37 + second) * (MAX_SHAPE_LENGTH + 1) + Math.min(end - start, MAX_SHAPE_LENGTH);
}
