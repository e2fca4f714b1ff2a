// Typo correction against the notes' own vocabulary, before any matching: MiniSearch and fuse.js count
// a transposition as two edits, so "lamdba" or "redshfit" found nothing. A word the notes do not contain
// is replaced by its likeliest neighbour one Damerau edit away (a swap of two adjacent letters, a
// doubled or dropped letter, a slip to a neighbouring key, or any other single letter for longer
// words); words split or joined by mistake ("red shift", "dynamo db", "stepfunctions") are rejoined or
// split when the result is a word of the notes.
import { Vocabulary } from './vocabulary';

const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Keys next to each key on a QWERTY keyboard (same row and the rows above and below). */
const NEIGHBOURS: Map<string, string> = (() => {
  const at = new Map<string, [number, number]>();
  ROWS.forEach((row, r) => [...row].forEach((ch, c) => at.set(ch, [r, c])));
  const out = new Map<string, string>();
  for (const [ch, [r, c]] of at) {
    let near = '';
    for (const [other, [r2, c2]] of at) if (other !== ch && Math.abs(r - r2) <= 1 && Math.abs(c - c2) <= 1) near += other;
    out.set(ch, near);
  }
  return out;
})();

/** How likely each kind of slip is, relative to the others. */
const WEIGHT = { swap: 1, doubled: 1, neighbourKey: 0.8, dropped: 0.7, extra: 0.6, other: 0.35 };

export interface Correction { from: string; to: string }

export interface CorrectedQuery {
  /** The query with corrections applied: what the matching steps search for. */
  text: string;
  corrections: Correction[];
}

/** Candidates one Damerau edit from `word`, each with the weight of its kind of slip. */
function neighbours(word: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (w: string, weight: number) => { if (w.length >= 3 && w !== word) out.set(w, Math.max(out.get(w) ?? 0, weight)); };
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), WEIGHT.swap);
  }
  for (let i = 0; i < word.length; i++) {
    const rest = word.slice(0, i) + word.slice(i + 1);
    add(rest, (word[i] === word[i - 1] || word[i] === word[i + 1]) ? WEIGHT.doubled : WEIGHT.extra);
    const near = NEIGHBOURS.get(word[i]) ?? '';
    for (const ch of ALPHABET) {
      if (ch === word[i]) continue;
      const isNear = near.includes(ch);
      if (!isNear && word.length < 5) continue; // short words: only slips to a neighbouring key
      add(word.slice(0, i) + ch + word.slice(i + 1), isNear ? WEIGHT.neighbourKey : WEIGHT.other);
    }
  }
  for (let i = 0; i <= word.length; i++) {
    for (const ch of ALPHABET) add(word.slice(0, i) + ch + word.slice(i), (ch === word[i - 1] || ch === word[i]) ? WEIGHT.doubled : WEIGHT.dropped);
  }
  return out;
}

/** The best correction of one word, or undefined when the notes know it or nothing is close. */
export function correctWord(word: string, vocab: Vocabulary): string | undefined {
  if (word.length < 3 || vocab.has(word) || /^\d+$/.test(word)) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const [candidate, weight] of neighbours(word)) {
    const n = vocab.count(candidate);
    if (!n) continue;
    // Frequent words are likelier targets, but only logarithmically: a slip type matters more.
    const score = weight * (1 + Math.log(1 + n)) * (vocab.isNameTerm(candidate) ? 1.5 : 1);
    if (score > bestScore || (score === bestScore && best !== undefined && candidate < best)) { best = candidate; bestScore = score; }
  }
  return best;
}

/** "stepfunctions" → "step functions": two words of the notes, the rarer of them as common as possible. */
function splitWord(word: string, vocab: Vocabulary): string | undefined {
  if (word.length < 5 || vocab.has(word)) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (let i = 3; i <= word.length - 3; i++) {
    const a = word.slice(0, i), b = word.slice(i);
    const score = Math.min(vocab.count(a), vocab.count(b));
    if (score > bestScore) { best = `${a} ${b}`; bestScore = score; }
  }
  return best;
}

/** Two query words that are one word of the notes: "red shift", "dynamo db", "app flow". */
function shouldJoin(a: string, b: string, vocab: Vocabulary): boolean {
  const joined = a + b;
  if (!vocab.has(joined)) return false;
  if (vocab.isNameTerm(joined)) return true;
  return !vocab.has(a) || !vocab.has(b) || vocab.count(joined) > Math.max(vocab.count(a), vocab.count(b));
}

/**
 * Corrects the words of a query the notes do not contain. Words the notes know are left alone, so a
 * correctly spelled query is searched exactly as typed. The last word may still be being typed: it is
 * corrected only when no word of the notes starts with it.
 */
export function correctQuery(query: string, vocab: Vocabulary, startsAWord: (prefix: string) => boolean = () => false): CorrectedQuery {
  const parts = query.toLowerCase().split(/([^\p{L}\p{N}]+)/u);
  // parts alternates word, separator, word, …
  const corrections: Correction[] = [];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i];
    const sep = parts[i + 1] ?? '';
    const next = parts[i + 2];
    if (word && next && /^\s+$/.test(sep) && shouldJoin(word, next, vocab)) {
      corrections.push({ from: `${word} ${next}`, to: word + next });
      out.push(word + next, parts[i + 3] ?? '');
      i += 2;
      continue;
    }
    const isLast = i + 2 >= parts.length;
    let fixed: string | undefined;
    if (word && !(isLast && startsAWord(word))) fixed = correctWord(word, vocab) ?? splitWord(word, vocab);
    if (fixed) corrections.push({ from: word, to: fixed });
    out.push(fixed ?? word, sep);
  }
  return { text: out.join(''), corrections };
}
