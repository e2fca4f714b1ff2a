// A stem that gives its key away: a word of the key's name that no distractor shares, compared after
// stemming, a closed compound, the key's initials, an acronym or a part of its name. The gate drops such
// questions; the choose and practice builders ask it before they offer a cue.
import { acronymLeak } from './stemChecks';
import { namePartLeak } from './nameLeak';
import { GENERIC, hasWord, stems } from './text';
import { memoText } from './buildMemo';

// Keyed by the stems() set of the text, which the bank frees once built: these go with it.
const wordsCache = new WeakMap<Set<string>, Set<string>>();

function wordsOf(option: string): Set<string> {
  const all = stems(option);
  let v = wordsCache.get(all);
  if (!v) {
    v = new Set([...all].filter((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d/.test(w)));
    wordsCache.set(all, v);
  }
  return v;
}

/**
 * The stem's words, each with its stemmed parts that can give a key away (three letters or more, not generic):
 * one stem is checked against each key and pool of its draft, so it is read once per build (buildMemo.ts).
 */
const pieceTokens = memoText((stem: string) => [...stem.matchAll(/[A-Za-z][A-Za-z'’-]*/g)]
  .map((t) => ({ word: t[0], parts: [...stems(t[0])].filter((part) => part.length >= 3 && !GENERIC.has(part)) })));
// "; " is never inside a word: a two-workload question's needs, joined by it (gate/leak.ts), are read need by need,
// each once per build however many pairs quote it.
// The whole text is kept too: it is asked once per key and per wrong-option set of its draft.
const stemTokens = memoText((stem: string) => (stem.includes('; ') ? stem.split('; ').flatMap(pieceTokens) : pieceTokens(stem)));

const someOf = (set: Set<string>, test: (x: string) => boolean) => { for (const x of set) if (test(x)) return true; return false; };

/** Initials of a multi-word name ("Database Migration Service" → "dms"). */
function initials(name: string): string {
  return name.replace(/^(?:amazon|aws)\s+/i, '').split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w)).map((w) => w[0]).join('').toLowerCase();
}

/** Two words of one family: the same stem, or a shared start of five letters ("notify" / "notification"). */
export function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= 5 && i >= Math.min(a.length, b.length) - 3;
}

/**
 * The word of the stem that gives the key away, if any: a word the key's name has and no distractor
 * shares, compared after stemming ("backups" → AWS Backup, "schemas" → Schema Registry, "in-memory" →
 * MemoryDB, "notify" → Simple Notification Service, "Kafka" → Managed Streaming for Apache Kafka), or the
 * key's initials.
 */
export function leaksKey(stem: string, key: string, distractors: string[]): string | undefined {
  const keyWords = wordsOf(key);
  const others = distractors.map(wordsOf);
  const compact = key.replace(/^(?:amazon|aws)\s+/i, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const squashed = distractors.map((d) => d.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const shared = (w: string) => others.some((o) => someOf(o, (x) => sameRoot(x, w))) || squashed.some((d) => d.includes(w));
  for (const { word, parts } of stemTokens(stem)) {
    for (const part of parts) {
      if (someOf(keyWords, (k) => sameRoot(k, part)) && !shared(part)) return word;
      // Closed compounds: "in-memory" → "MemoryDB", "time series" → "Timestream" is not caught (different word).
      if (part.length >= 5 && compact.includes(part) && !shared(part)) return word;
    }
  }
  const ini = initials(key);
  if (ini.length >= 3 && hasWord(stem, ini)) return ini.toUpperCase();
  return acronymLeak(stem, key, distractors) ?? namePartLeak(stem, key, distractors);
}
