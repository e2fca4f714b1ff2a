// An absolute confidence for a result, so the palette can tell an answer from a guess: the share of
// the query's meaning the section covers, each query word weighted by its rarity in the notes (a word
// the notes never use weighs most). "SCD type 2" over notes that never say "SCD" covers only the
// common words "type" and "2", far below the threshold, however the ranking orders its guesses.
import MiniSearch from 'minisearch';
import { Vocabulary } from './vocabulary';

/** Below this, the palette says "No close match" and offers suggestions instead of guesses. */
export const CLOSE_MATCH = 0.55;

/** How a query word was found in a section: exactly (1) or through fuzzy or prefix matching. */
export const FUZZY_MATCH = 0.75;

/** Rarity-weighted share of `queryTerms` found, each with its match quality (0–1). */
export function coverage(queryTerms: string[], found: Map<string, number>, vocab: Vocabulary): number {
  let total = 0, got = 0;
  for (const t of new Set(queryTerms)) {
    const w = vocab.idf(t);
    total += w;
    got += w * Math.min(1, found.get(t) ?? 0);
  }
  return total ? got / total : 0;
}

/** Nearest service names and note titles to a query that matched nothing well. */
export class Suggestions {
  // An inverted index with fuzzy terms, not fuse.js: this runs on every weak keystroke.
  private index: MiniSearch<{ id: number; text: string }> | undefined;
  private texts: string[] = [];
  constructor(private readonly source: () => Iterable<string>) {}

  invalidate(): void { this.index = undefined; }

  nearest(query: string, limit = 3): string[] {
    if (!this.index) {
      this.texts = [...new Set(this.source())];
      this.index = new MiniSearch({ fields: ['text'], searchOptions: { fuzzy: 0.34, prefix: true, combineWith: 'OR' } });
      this.index.addAll(this.texts.map((text, id) => ({ id, text })));
    }
    return this.index.search(query).slice(0, limit).map((r) => this.texts[r.id as number]);
  }
}
