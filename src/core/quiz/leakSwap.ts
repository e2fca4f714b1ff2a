// Users' notes: a question whose cue shares a word with its key only because the drawn wrong options lack it.
// "Archive data requiring immediate retrieval" beside S3 Glacier Instant Retrieval leaks "retrieval" when
// S3 Glacier Flexible Retrieval is not among the options, and is a fair (harder) question when it is. The
// gate's leak-word rule stays as it is; the draft is offered again with the wrong options that share the
// word first, so the gate draws them when they pass its other checks.
import { Draft } from './draft';
import { leaksKey } from './keyLeak';
import { GENERIC, stems } from './text';

/** The draft with the wrong options that share the leaked word first, or undefined when none does. */
export function leakSharersFirst(d: Draft, stem: string, word: string): Draft | undefined {
  if (d.doc.source !== 'user' || d.correct.length !== 1 || d.optionKind === 'number') return undefined;
  // An option shares the word when, beside it alone, the stem no longer leaks that word. A text option must
  // also be of the key's own kind by another word of its name (Glacier Flexible Retrieval beside Glacier
  // Instant Retrieval): a word alone makes no rival ("S3 Object Lambda" is no Object Lock mode; the gate's
  // same-kind check does this for services).
  const leaked = stems(word);
  const own = (x: string) => new Set([...stems(x)].filter((w) => w.length >= 3 && !GENERIC.has(w) && w !== 's3' && !leaked.has(w)));
  const mine = own(d.correct[0]);
  const akin = (x: string) => d.optionKind === 'service' || [...own(x)].some((w) => mine.has(w));
  const sharers = d.distractors.filter((x) => leaksKey(stem, d.correct[0], [x]) !== word && akin(x));
  if (!sharers.length || sharers.length === d.distractors.length) return undefined;
  return { ...d, distractors: [...sharers, ...d.distractors.filter((x) => !sharers.includes(x))] };
}

/**
 * True when the word is one of the question's frame, before its quoted cue ("Which S3 storage class fits
 * this use case best: “…”"): it names the kind every option is, not the key. A text key leaked by the words
 * of the service it belongs to ("Amazon S3 Glacier storage classes") is no leak then.
 */
export function namedByFrame(stem: string, word: string): boolean {
  const at = stem.indexOf('“');
  if (at < 0) return false;
  const frame = stems(stem.slice(0, at));
  return [...stems(word)].some((w) => frame.has(w));
}
