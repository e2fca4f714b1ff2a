// A service statement too short to ask alone ("Amazon SQS buffer orders between services.") that the next
// sentence continues about the same service ("It can hold each order until a worker deletes it and keeps
// them for days."): the two are one description, asked together.
const SINGULAR = /^(ingest|process|read|write|store|collect|capture|convert|load|run|transform|move|replicate|migrate|stream|deliver|buffer)\b/;

/** The short predicate made whole by an "It can/has/is …" sentence after it, else undefined. */
export function continuedPredicate(predicate: string, next: string | undefined): string | undefined {
  if (!next || predicate.split(/\s+/).length >= 7) return undefined;
  const m = /^It ((?:can|has|is|also)\b[^.;!?]{8,160})[.!]?$/.exec(next.trim());
  if (!m) return undefined;
  // "ingest data" after a singular service reads "ingests data".
  const own = predicate.replace(SINGULAR, (v) => (/(?:ss|sh|ch|x)$/.test(v) ? `${v}es` : /s$/.test(v) ? `${v}es` : `${v}s`));
  return `${own.replace(/[.;,]+$/, '')} and ${m[1].replace(/^also\s+/, '')}`;
}
