// A key word inside a compound identifier of the stem: "captured from OpenLineage events" beside the key "Data
// lineage" gives it away as surely as the word itself, but a word test never sees it inside "OpenLineage" (blind
// review r34). Only text keys are read (a service's own identifiers, "DynamoDB" for DynamoDB, are the leak rules'
// business), and only a key word of five letters or more that no wrong option holds.

const COMPOUND = /\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b/g;

/** The compound of the stem that holds a word of the key and of no wrong option, if any. */
export function camelLeak(stem: string, key: string, distractors: string[]): string | undefined {
  const keyWords = key.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 5);
  if (!keyWords.length) return undefined;
  const others = distractors.map((o) => o.toLowerCase());
  for (const m of stem.matchAll(COMPOUND)) {
    const parts = m[0].split(/(?<=[a-z])(?=[A-Z])/).map((p) => p.toLowerCase());
    const word = keyWords.find((w) => parts.includes(w) && !others.some((o) => o.includes(w)));
    if (word && !key.toLowerCase().includes(m[0].toLowerCase())) return m[0];
  }
  return undefined;
}
