// A note's cell or line quoted in a stem ("Which format fits this use case best: “…”?") should read as a
// sentence, not as note notation (blind review r8: quotes starting in lower case, "(< 2-3M rows)").
// Only users' notes: the bundled notes are written to be quoted, and their question ids stay as they are.

/** The quoted text of a user's cue: first letter capital (unless the word is a name like "iOS"), "<" and ">" in words. */
export function readableQuote(cue: string, user: boolean): string {
  if (!user) return cue;
  return cue
    .replace(/^([a-z])(?=[a-z]*(?:[\s,/-]|$))/, (c) => c.toUpperCase())
    .replace(/(^|[\s(])<=?\s*(?=\d)/g, '$1under ')
    .replace(/(^|[\s(])>=?\s*(?=\d)/g, '$1over ')
    .replace(/(^|[\s(])~\s*(?=\d)/g, '$1about ');
}

/** A user's "five v's" is "five V's": a single letter made plural is a capital. */
export function letterPlurals(text: string, user: boolean): string {
  return user ? text.replace(/(^|\s)([a-z])'s\b/g, (_, b: string, c: string) => `${b}${c.toUpperCase()}'s`) : text;
}
