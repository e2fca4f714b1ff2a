// What a search returns.
import { NoteDocument, Section } from '../model';
import { Correction } from './typos';

export interface SearchHit {
  section: Section;
  doc: NoteDocument;
  score: number;
  /** Why it ranked: for debugging and the bench. */
  reasons: string[];
  /** 0–1, absolute: the rarity-weighted share of the query this section answers (see confidence.ts). */
  confidence: number;
  /** The 1-based line to open: where most matched words are, else the heading. */
  line: number;
  /** Words of the section that matched the (corrected) query, for the snippet. */
  terms: string[];
  /** Identical sections in other files, folded into this one. */
  alsoIn: { file: string; relPath: string; line: number }[];
  /** The empty heading this hit stands for: `section` is its first subsection with text. */
  deferredFrom?: Section;
}

/** A search with what the palette needs to be honest about it. */
export interface SearchAnswer {
  /** The query searched: capped, without its domain prefix, typos corrected. */
  query: string;
  corrections: Correction[];
  hits: SearchHit[];
  /** The first hit's confidence (0 without hits); below CLOSE_MATCH the hits are guesses. */
  confidence: number;
  closeMatch: boolean;
  /** Nearest service names and note titles, when there is no close match. */
  didYouMean: string[];
}

export interface SearchOptions {
  limit?: number;
  /** Keep only sections of these exam domains. */
  domain?: number;
}
