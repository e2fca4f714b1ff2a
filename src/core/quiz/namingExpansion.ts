// Blind review r55 (corpora Q29): "Automatically provisions and scales capacity in RPUs (Redshift Processing Units)"
// keyed Amazon Redshift Serverless beside Athena and OpenSearch Service. The unit's spelled-out name says "Redshift",
// so every option outside Redshift falls without any knowledge; the acronym alone ("RPUs") is what a candidate must
// know. An acronym's expansion that shares a word with the key's name is left out of the stem, the acronym kept:
// "RPUs (Redshift Processing Units)" → "RPUs", "Redshift Processing Units (RPUs)" → "RPUs". Only an expansion whose
// initials spell the acronym is read as one, so a parenthesis that says something else stays.
import { sameRoot } from './keyLeak';
import { GENERIC, stems } from './text';

const WORDS = String.raw`[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){1,5}`;
const ACRONYM = String.raw`[A-Z][A-Za-z]{1,6}`;
// "RPUs (Redshift Processing Units)" and "Redshift Processing Units (RPUs)".
const AFTER = new RegExp(String.raw`\b(${ACRONYM})\s+\((${WORDS})\)`, 'g');
const BEFORE = new RegExp(String.raw`\b(${WORDS})\s+\((${ACRONYM})\)`, 'g');

/** The capital letters of an acronym, a plural "s" left out ("RPUs" → "RPU", "CDC" → "CDC"). */
const letters = (acronym: string) => acronym.replace(/s$/, '').replace(/[^A-Z]/g, '');

/** The shortest tail of `words` whose initials spell `acronym`, or undefined ("in Redshift Processing Units" → its last three words). */
function expansionTail(words: string, acronym: string): string | undefined {
  const want = letters(acronym);
  if (want.length < 2 || want.length !== acronym.replace(/s$/, '').length) return undefined;
  const list = words.split(/\s+/);
  for (let start = list.length - 1; start >= 0; start--) {
    const tail = list.slice(start);
    const initials = tail.filter((w) => !/^(?:of|and|for|the|to|in|on)$/i.test(w)).map((w) => w[0].toUpperCase()).join('');
    if (initials === want) return tail.join(' ');
    if (initials.length > want.length) return undefined;
  }
  return undefined;
}

/** A word of the expansion that is a distinctive word of one of the keys' names. */
function namesKey(expansion: string, keys: readonly string[]): boolean {
  const own = [...stems(expansion)].filter((w) => w.length >= 3 && !GENERIC.has(w));
  return keys.some((k) => [...stems(k)].some((kw) => kw.length >= 3 && !GENERIC.has(kw) && own.some((w) => sameRoot(w, kw))));
}

/** The stem with every acronym expansion that names a key left out (the acronym kept), else the stem itself. */
export function withoutNamingExpansion(stem: string, keys: readonly string[]): string {
  if (!stem.includes('(')) return stem;
  const after = stem.replace(AFTER, (whole, acronym: string, words: string) =>
    expansionTail(words, acronym) === words && namesKey(words, keys) ? acronym : whole);
  return after.replace(BEFORE, (whole, words: string, acronym: string) => {
    const tail = expansionTail(words, acronym);
    if (!tail || !namesKey(tail, keys)) return whole;
    return `${words.slice(0, words.length - tail.length)}${acronym}`;
  });
}
