// A stem that points back to something it never said: "Which feature reruns that execution …?" was cut from a
// note's trap line whose first sentence set the scene (a Standard workflow that failed after its retries). Without
// it the candidate cannot tell a rerun of a failed execution from a retry of a failing state (blind review r32).
// Only "that/this/these/those" before a noun of the things a pipeline acts on (and never a verb) counts, and only when the noun is
// not already in the stem ("a job … that job" points back to its own sentence).

// Nouns that are never verbs: "objects that change" or "rows that load" are relative clauses, not pointers.
const THINGS = /^(?:execution|job|workflow|table|bucket|cluster|file|object|task|pipeline|crawler|instance|database|dataset|topic|queue|shard)$/;

/** The pointing phrase ("that execution") when the stem names nothing it could point to; otherwise undefined. */
export function danglingReference(stem: string): string | undefined {
  for (const m of stem.matchAll(/\b(?:that|this|these|those) ([a-z]+)\b/gi)) {
    const word = m[1].toLowerCase();
    // "files" → file, "batches" → batch.
    const noun = [word, word.replace(/s$/, ''), word.replace(/es$/, '')].find((w) => THINGS.test(w));
    if (!noun || m[1] !== word) continue;
    if (!new RegExp(`\\b${noun}(?:e?s)?\\b`, 'i').test(stem.slice(0, m.index))) return m[0];
  }
  return undefined;
}
