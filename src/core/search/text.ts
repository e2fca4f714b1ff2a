// Query text shared by every search step: the length cap, the stop words and the tokenizer.

/**
 * Longest query we read. A pasted page would otherwise cost seconds per keystroke (every word is a
 * fuzzy lookup); no one types a question longer than this.
 */
export const MAX_QUERY_LENGTH = 256;

export function capQuery(query: string): string {
  return query.length > MAX_QUERY_LENGTH ? query.slice(0, MAX_QUERY_LENGTH) : query;
}

export const STOP = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'and', 'or', 'is', 'are', 'what', 'which', 'how', 'do', 'does',
  'i', 'you', 'with', 'when', 'why', 'should', 'can', 'use', 'vs', 'versus', 'between', 'from', 'into', 'it', 'my', 'be', 'service', 'aws', 'amazon']);

/** MiniSearch's own tokenizer (spaces and punctuation), so our vocabulary holds the terms it indexes. */
const SPLIT = /[\n\r\p{Z}\p{P}]+/u;

export function tokens(text: string): string[] {
  return text.toLowerCase().split(SPLIT).filter(Boolean);
}

/** The query's words that carry meaning. */
export function contentWords(query: string): string[] {
  return tokens(query).filter((w) => !STOP.has(w));
}
