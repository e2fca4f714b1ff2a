// A need that states the key's own definition (blind review r17: "Which format fits this use case best: 'a
// spreadsheet or partner system that reads only delimited plain text'?" keyed "CSV or TSV"): delimited plain text is
// what CSV is, so the stem answers itself. Each entry gives a term and the words that define it; a stem with the
// defining words of its key gives it away, unless a wrong option has the same definition (ORC is columnar too
// beside a Parquet key: then the words do not single out the key).
const DEFINITIONS: { term: RegExp; words: RegExp }[] = [
  { term: /\b(?:CSV|TSV)\b/, words: /\bdelimited\b|\b(?:comma|tab)[- ]separated\b/i },
  { term: /\bJSON\b/, words: /\bJavaScript Object Notation\b|\bkey[- ]value text\b/i },
  { term: /\b(?:Parquet|ORC)\b/, words: /\bcolumnar\b|\bcolumn[- ]oriented\b/i },
  { term: /\bAvro\b/, words: /\brow[- ](?:based|oriented) binary\b/i },
  { term: /\bXML\b/, words: /\bmarkup\b|\btagged text\b/i },
  { term: /\bgzip\b|\bbzip2\b|\bSnappy\b|\bzstd\b|\bLZO\b/i, words: /\bcompress(?:ed|ion)? codec\b/i },
];

/** The defining words the stem states of its key, when no wrong option shares that definition. */
export function definingCue(stem: string, key: string, distractors: readonly string[]): string | undefined {
  for (const { term, words } of DEFINITIONS) {
    if (!term.test(key) || distractors.some((x) => term.test(x))) continue;
    const m = words.exec(stem);
    if (m) return m[0];
  }
  return undefined;
}
