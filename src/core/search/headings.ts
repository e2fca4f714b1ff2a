// What a section's headings say about a query: the rules that let a subsection that is about exactly
// the query beat its note's lead section.
import { Section } from '../model';
import { contentWords, tokens } from './text';

// Sections never change once parsed: their heading words are worked out once.
const pathWordsCache = new WeakMap<Section, string[]>();

function pathWords(section: Section): string[] {
  let words = pathWordsCache.get(section);
  if (!words) { words = tokens(section.headingPath.join(' ')); pathWordsCache.set(section, words); }
  return words;
}

/**
 * Do the section's headings (its title and its parents') contain every query term, with its own title
 * adding one the note's lead title lacks? (Else every subsection of "S3 Versioning" would qualify.)
 */
export function headingsCover(section: Section, queryTerms: string[], lead: Section | undefined): boolean {
  const has = (words: string[], t: string) => words.some((w) => w === t || (t.length >= 4 && w.startsWith(t)));
  const path = pathWords(section);
  if (!queryTerms.every((t) => has(path, t))) return false;
  const own = tokens(section.title);
  const leadWords = lead ? tokens(lead.title) : [];
  return queryTerms.some((t) => has(own, t) && !has(leadWords, t));
}

export const MULTI_TOPIC = /&|,|\band\b/i;

/** Does the section's own title contain every query term (as a word or word start)? */
export function titleCovers(section: Section, queryTerms: string[]): boolean {
  const words = tokens(section.title);
  return queryTerms.every((t) => words.some((w) => w === t || (t.length >= 4 && w.startsWith(t))));
}

/** Share of a title's words (numbering, "(…)" and stop words left out) that the query names. */
export function titleDensity(title: string, queryTerms: string[]): number {
  const words = contentWords(title.replace(/\([^)]*\)/g, ' ')).filter((w) => !/^\d+$/.test(w) && /[\p{L}\p{N}]/u.test(w));
  if (!words.length) return 0;
  return words.filter((w) => queryTerms.some((t) => w === t || (t.length >= 4 && w.startsWith(t)))).length / words.length;
}
