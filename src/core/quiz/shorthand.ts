// Note shorthand in a quoted cue of a user's note (blind review r9): a slash between two common words
// ("metadata/footers") leaves the reader to guess whether the note meant one thing or two, and "metadata"
// alone then points to another feature (S3 Metadata tables): those cues are dropped. A slash beside a
// name ("Athena/Redshift Spectrum", "analytics/EMR") or between two phrases (" / ") reads as "or", and an
// ampersand as "and": those are spelled out, as an exam would print them.

// Slashes that are words of their own, not shorthand: units (MB/s), I/O, CI/CD, 24/7, read/write, and/or.
const FIXED = /^(?:I\/O|CI\/CD|TCP\/IP|A\/B|P\/E|N\/A|24\/7|read\/write|and\/or|input\/output|on\/off|yes\/no|true\/false|allow\/deny)$/i;
const UNIT = /^(?:\d[\d.,]*\s?)?(?:[KMGTP]i?B|bytes?|records?|requests?|ops|events?|messages?|calls?|files?|objects?|items?|RCUs?|WCUs?|\$|USD)\s?\/\s?(?:s|sec|second|min|minute|h|hr|hour|day|month|year|shard|partition|prefix|GB|TB)$/i;

// A word with its slash neighbour: letters, digits, dots, hyphens.
const PAIR = /([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*)/g;

/** A name: capitalised or an acronym ("Redshift", "S3", "RDS", "Row-level" is not: its tail is lower case prose). */
const isName = (w: string) => /^(?:[A-Z][A-Za-z0-9.]*|[A-Z0-9]{2,}(?:-[A-Z0-9]+)*)$/.test(w) || /^[A-Z][a-z]+[A-Z]\w*$/.test(w);

/**
 * The cue of a user's note with its shorthand spelled out, or undefined when a slash between words makes
 * it ambiguous (the question is dropped rather than guessed).
 */
export function spellShorthand(cue: string): string | undefined {
  let out = cue.replace(/\s+\/\s+/g, ' or ').replace(/\s+&\s+/g, ' and ');
  let ambiguous = false;
  out = out.replace(PAIR, (whole, a: string, b: string, at: number, all: string) => {
    if (FIXED.test(whole) || UNIT.test(whole)) return whole;
    // A number range or a ratio ("1/2", "3/4"), a path or an S3 URI is not shorthand.
    if (/^\d+$/.test(a) && /^\d+$/.test(b)) return whole;
    if (all[at - 1] === '/' || all[at + whole.length] === '/' || /:\/?$/.test(all.slice(0, at))) return whole;
    // "Column/Row-level": one suffix for both names.
    const suffix = /^([A-Z][a-z]+)-([a-z]+)$/.exec(b);
    if (/^[A-Z][a-z]+$/.test(a) && suffix) return `${a}-${suffix[2]} or ${suffix[1].toLowerCase()}-${suffix[2]}`;
    // A name on either side ("analytics/EMR") reads as "or"; two common words ("metadata/footers") may be
    // one thing or two, and are dropped.
    if (isName(a) || isName(b)) return `${a} or ${b}`;
    ambiguous = true;
    return whole;
  });
  return ambiguous ? undefined : out;
}

/** The stem with its quoted cue's shorthand spelled out; undefined when the cue is ambiguous shorthand. */
export function spellStemShorthand(stem: string): string | undefined {
  const m = /([“"])([^”"]+)([”"])/.exec(stem);
  if (!m) return stem;
  const cue = spellShorthand(m[2]);
  return cue === undefined ? undefined : stem.slice(0, m.index) + m[1] + cue + m[3] + stem.slice(m.index + m[0].length);
}
