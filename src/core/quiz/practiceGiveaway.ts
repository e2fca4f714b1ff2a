// Written practice questions whose form points at the key without knowing AWS (blind reviews r15–r16 of the
// bundled exams and users' notes). Every practice question is checked, bundled or the user's; the options are
// sentences, not names, so these compare a question's own options with each other:
// - the stem names the key: a word of a name in the key ("configuration history" → AWS Config, "migrate" →
//   Database Migration Service), compared after stemming, an abbreviation of the key spelled out ("change data
//   capture" → CDC, the table of nameLeak.ts), or a run of three content words with a name among them ("Iceberg
//   REST catalog") that the stem and the key share and no other option has;
// - "(Select TWO.)" that is not the end of the question sentence ("… over time. (Select TWO.) Which …");
// - the key clearly the longest option: the longest, and 1.5 times the mean of the others or more.
import { PracticeClaim } from './extract/practice';
import { sameRoot } from './keyLeak';
import { EXPANSIONS } from './nameLeak';
import { GENERIC, stemWord, stripMd } from './text';

// Why 1.5: a rebalanced option set differs by a clause at most (about 1.2× in our exams); at 1.5× the key
// carries a whole qualifying clause the others lack, which a reader picks without knowing the service.
export const LONG_KEY_RATIO = 1.5;

const SELECT = /\(\s*(?:select|choose)\s+(?:two|three|four)\s*\.?\s*\)|\b(?:select|choose)\s+(?:two|three|four)\s*\./i;

/** "(Select TWO.)" anywhere but at the end of the stem, after a question. */
export function misplacedSelect(stem: string): string | undefined {
  const m = SELECT.exec(stem);
  if (!m) return undefined;
  const after = stem.slice(m.index + m[0].length).trim();
  if (after) return `"${m[0].trim()}" comes before the end of the question ("… ${after.slice(0, 40)}"): it ends the question sentence`;
  const before = stem.slice(0, m.index).trim();
  if (!before.endsWith('?')) return `"${m[0].trim()}" follows no question: the stem must ask one, then say how many to select`;
  return undefined;
}

const letter = (i: number) => String.fromCharCode(65 + i);

// An option that is a service or feature name, not a phrase: capitalised words and joiners, eight at most.
const isName = (option: string) => {
  const words = option.replace(/[()]/g, ' ').trim().split(/\s+/);
  return words.length <= 8 && words.every((w) => /^[A-Z0-9]/.test(w) || /^(?:and|for|of|on|with|&)$/.test(w));
};

/** The key (or keys) clearly longer than the other options; names differ in length by nature, so not among names. */
export function longKey(options: string[], answers: number[]): string | undefined {
  if (options.every(isName)) return undefined;
  const len = options.map((o) => o.trim().length);
  const others = len.filter((_, i) => !answers.includes(i));
  if (!others.length || !answers.length) return undefined;
  const mean = others.reduce((a, b) => a + b, 0) / others.length;
  const keys = answers.map((a) => len[a]);
  // Every key longer than every other option, and the shortest key 1.5 times their mean.
  if (Math.min(...keys) <= Math.max(...others)) return undefined;
  const ratio = Math.min(...keys) / mean;
  if (ratio < LONG_KEY_RATIO) return undefined;
  const which = answers.length > 1 ? `the answers ${answers.map(letter).join(' and ')} are the longest options` : `the answer ${letter(answers[0])} is the longest option`;
  return `${which} by far (${ratio.toFixed(1)} times the others' mean length): a reader picks by length`;
}

interface Word { raw: string; stem: string; name: boolean }

const CONTENT = (w: Word) => w.stem.length >= 3 && !GENERIC.has(w.stem) && !/^\d/.test(w.stem);

/** The text before `end` ends a sentence or a label (/[.!?:]\s*$/ of text.slice(0, end), read backwards). */
export function afterSentenceEnd(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 && '.!?:'.includes(text[i]);
}

// Words of a text in order; a name word is capitalised (not the option's first word, an imperative) or code.
function wordsOf(text: string, optionText: boolean): Word[] {
  const out: Word[] = [];
  const plain = text.replace(/`([^`]*)`/g, (_, code: string) => ` ${code.replace(/[^\w]/g, ' ')} `);
  let first = true;
  for (const m of plain.matchAll(/[A-Za-z0-9][A-Za-z0-9'’]*/g)) {
    const raw = m[0];
    // Asked only of a capitalised option word: testing each word's whole prefix was quadratic in the text.
    const name = /[A-Z]/.test(raw) && !(optionText && (first || afterSentenceEnd(plain, m.index)) && !/[A-Z].*[A-Z]/.test(raw));
    out.push({ raw, stem: stemWord(raw), name });
    first = false;
  }
  return out;
}

// A name word of a key: capitalised or camel case ("Config", "DataSync", "ColumnValues"), not all capitals
// (SQL keywords and acronyms: a stem that says "rows" does not name "ROW").
const keyName = (w: Word) => w.name && /[a-z]/.test(w.raw) && CONTENT(w);
// A stem word in plain English (lower case): the scenario's own service names ("its Glue jobs") are context.
const plainWord = (w: Word) => /^[a-z]/.test(w.raw);

// Words that join a phrase but say nothing of it ("the key that security …" is no shared phrase).
const JOINERS = new Set(['that', 'this', 'these', 'those', 'when', 'which', 'each', 'every', 'from', 'into', 'its', 'their', 'who', 'whose', 'than', 'then', 'only', 'all', 'any', 'must', 'can', 'will', 'are', 'is', 'was', 'new'].map(stemWord));

/** Runs of n content words, as stems joined by spaces, that hold a name word. */
function runs(ws: Word[], n: number): Map<string, string> {
  const content = ws.filter((w) => CONTENT(w) && !JOINERS.has(w.stem));
  const out = new Map<string, string>();
  for (let i = 0; i + n <= content.length; i++) {
    const part = content.slice(i, i + n);
    if (!part.some((w) => w.name)) continue;
    out.set(part.map((w) => w.stem).join(' '), part.map((w) => w.raw).join(' '));
  }
  return out;
}

/** The stem's word or phrase that only the key repeats, if any. */
export function stemNamesKey(stem: string, options: string[], answers: number[]): string | undefined {
  // The house qualifier is no cue: "LEAST operational overhead" does not name S3 Batch Operations.
  const stemAll = wordsOf(stem.replace(/\boperational overhead\b/gi, 'overhead'), false);
  const stemWords = stemAll.filter((w) => CONTENT(w) && plainWord(w));
  const optionWords = options.map((o) => wordsOf(o, true));
  const others = optionWords.filter((_, i) => !answers.includes(i));
  const stemRuns = runs(stemAll, 3);
  const otherRuns = others.map((ws) => runs(ws, 3));
  for (const k of answers) {
    // A name in the key that the stem says as an ordinary word, in any form, and no other option has.
    for (const kw of optionWords[k].filter(keyName)) {
      const hit = stemWords.find((sw) => sameRoot(sw.stem, kw.stem));
      // Another option with a word of either's family ("ColumnCount" beside "ColumnValues" for "column") shares the cue.
      if (hit && !others.some((ws) => ws.some((w) => sameRoot(w.stem, kw.stem) || sameRoot(w.stem, hit.stem)))) return `"${hit.raw}" names the answer ${letter(k)} ("${kw.raw}") and no other option`;
    }
    // An abbreviation in the key that the stem spells out ("change data capture" → CDC), in no other option.
    for (const [abbr, spelled] of Object.entries(EXPANSIONS)) {
      const re = new RegExp(`(?<![A-Za-z])${abbr.toUpperCase()}(?![A-Za-z])`);
      if (re.test(options[k]) && stem.toLowerCase().includes(spelled) && !options.some((o, i) => !answers.includes(i) && (re.test(o) || o.toLowerCase().includes(spelled)))) {
        return `"${spelled}" spells out "${abbr.toUpperCase()}" of the answer ${letter(k)} and no other option`;
      }
    }
    // Three content words in a row that the stem and the key share and no other option has.
    for (const [run, raw] of runs(optionWords[k], 3)) {
      if (stemRuns.has(run) && !otherRuns.some((r) => r.has(run))) return `"${stemRuns.get(run)}" is in the question and in the answer ${letter(k)} only ("${raw}")`;
    }
  }
  return undefined;
}

/** Why a written practice question gives its answer away by its form, or undefined. */
export function practiceGiveaway(p: PracticeClaim): string | undefined {
  const stem = stripMd(p.stem);
  const options = p.options.map(stripMd);
  const select = misplacedSelect(stem);
  if (select) return select;
  const named = stemNamesKey(stem, options, p.answers);
  if (named) return `the question gives its answer away: ${named}`;
  const long = longKey(options, p.answers);
  if (long) return `the question gives its answer away: ${long}`;
  return undefined;
}
