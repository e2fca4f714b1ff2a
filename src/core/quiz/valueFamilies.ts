// Number questions that ask for one member of a known value family (blind review r35: "What is the minimum storage
// duration of S3 Glacier Deep Archive?" offered 270, 400 and 730 days, durations no storage class has, so a candidate
// who half remembers "30, 90, 180" picks the only one of them). The family's other real values are the wrong options
// a strict exam writer uses; the picker's made-up values only complete a family of fewer than four values.
// Families come from the notes themselves, in two idioms:
//  - a labelled list of values and their members: "Minimum storage duration: 30 days (Standard-IA, One Zone-IA),
//    90 days (Glacier Instant Retrieval, …), 180 days (Deep Archive)";
//  - sibling cards of one note whose fronts differ only by the member: "Item size covered by one DynamoDB RCU::4 KB"
//    beside "Item size covered by one DynamoDB WCU::1 KB".
import { NoteDocument } from '../model';
import { unitKey } from './context';
import { formatLike, NUMBER, NUMBER_G, parseNumber, unitFor } from './numbers';
import { escapeRe } from './text';

export interface ValueFamily {
  /** Words every question of the family states (a list's label, the shared part of sibling card fronts), lower case. */
  parts: string[];
  entries: { member: string; value: number; unit: string }[];
}

const norm = (s: string) => s.toLowerCase().replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

/**
 * "Label: 30 days (A, B), 90 days (C), 180 days (D)." as a family: the label, then only values each followed by the
 * names of its members (capitalised, no figures), two or more values of one unit.
 */
export function labelledFamily(line: string): ValueFamily | undefined {
  const m = /^\s*(?:[-*]\s+)?([A-Za-z][\w /-]{3,60}?):\s+(.+)$/.exec(line);
  if (!m) return undefined;
  const entry = `${NUMBER_G.source}\\s*\\(([^)]+)\\)`;
  // The whole list up to its full stop: "Restores: Expedited 1–5 minutes (…), Standard …" is another idiom.
  const list = new RegExp(`^${entry}(?:(?:,|;|,? and)\\s+${entry})+(?=\\.|$)`).exec(m[2]);
  if (!list) return undefined;
  const entries: ValueFamily['entries'] = [];
  for (const e of list[0].matchAll(new RegExp(entry, 'g'))) {
    const members = e[4].split(/,\s*|\s+and\s+|\s+or\s+/).map((x) => x.replace(/\s+only$/i, '').trim());
    if (members.some((x) => !/^[A-Z][\w -]*$/.test(x) || /\d/.test(x))) return undefined;
    for (const member of members) entries.push({ member, value: parseNumber(e[1]), unit: e[3] });
  }
  return familyOf([norm(m[1])], entries);
}

/** Two or more entries of one unit with at least two values: a family; else none. */
function familyOf(parts: string[], entries: ValueFamily['entries']): ValueFamily | undefined {
  if (entries.length < 2 || new Set(entries.map((e) => unitKey(e.unit))).size !== 1) return undefined;
  return new Set(entries.map((e) => e.value)).size >= 2 ? { parts, entries } : undefined;
}

/** A card front and its whole-number answer ("5,500", "4 KB"), else undefined. */
function numberCard(line: string): { front: string[]; value: number; unit: string } | undefined {
  const i = line.indexOf('::');
  if (i < 0) return undefined;
  const back = line.slice(i + 2).trim();
  const m = NUMBER.exec(back) ?? /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/.exec(back);
  if (!m || m.index !== 0 || m[0].length !== back.replace(/\.$/, '').length) return undefined;
  return { front: norm(line.slice(0, i)).replace(/[?:]$/, '').split(' '), value: parseNumber(m[1]), unit: m[3] ?? '' };
}

/**
 * Sibling number cards of one note: fronts that share a start and an end of at least three words in all and differ
 * in a span of at most four words (the member), with answers in one unit.
 */
export function siblingFamilies(lines: readonly string[]): ValueFamily[] {
  const cards = lines.map(numberCard).filter((c): c is NonNullable<typeof c> => !!c);
  const groups = new Map<string, ValueFamily['entries']>();
  for (let a = 0; a < cards.length; a++) {
    for (let b = a + 1; b < cards.length; b++) {
      const x = cards[a].front;
      const y = cards[b].front;
      if (unitKey(cards[a].unit) !== unitKey(cards[b].unit) || cards[a].value === cards[b].value) continue;
      let p = 0;
      while (p < x.length && p < y.length && x[p] === y[p]) p++;
      let q = 0;
      while (q < x.length - p && q < y.length - p && x[x.length - 1 - q] === y[y.length - 1 - q]) q++;
      const dx = x.slice(p, x.length - q);
      const dy = y.slice(p, y.length - q);
      if (p + q < 3 || !dx.length || !dy.length || dx.length > 4 || dy.length > 4) continue;
      const key = `${x.slice(0, p).join(' ')}|${x.slice(x.length - q).join(' ')}`;
      const list = groups.get(key) ?? [];
      for (const [d, c] of [[dx, cards[a]], [dy, cards[b]]] as const) {
        if (!list.some((e) => e.member === d.join(' '))) list.push({ member: d.join(' '), value: c.value, unit: c.unit });
      }
      groups.set(key, list);
    }
  }
  return [...groups].map(([key, entries]) => familyOf(key.split('|').filter(Boolean), entries)).filter((f): f is ValueFamily => !!f);
}

/** The families of one note: its labelled lists (wrapped lines joined) and its sibling cards. */
export function noteFamilies(doc: NoteDocument): ValueFamily[] {
  const out: ValueFamily[] = [];
  for (const s of doc.sections) {
    const lines = s.text.replace(/\n[ \t]+(?=\S)/g, ' ').split('\n');
    for (const line of lines) { const f = labelledFamily(line); if (f) out.push(f); }
    out.push(...siblingFamilies(s.cards.filter((c) => c.kind === 'basic').map((c) => `${c.question}::${c.answer}`)));
  }
  return out;
}

/**
 * The family a number question asks about: one whose parts the stem states and one of whose members it names (the
 * longest names first: "Glacier Flexible Retrieval" before "Glacier"), with the key as that member's value.
 */
export function familyAsked(families: readonly ValueFamily[], stem: string, key: number, unit: string): ValueFamily | undefined {
  const text = norm(stem);
  // The family with the most values wins: a note's full list before two of its cards.
  let best: ValueFamily | undefined;
  const size = (f: ValueFamily) => new Set(f.entries.map((e) => e.value)).size;
  for (const f of families) {
    if (unitKey(f.entries[0].unit) !== unitKey(unit) || !f.parts.every((p) => text.includes(p))) continue;
    const named = [...f.entries].sort((a, b) => b.member.length - a.member.length).filter((e) => new RegExp(`(?:^|[^\\w-])${escapeRe(norm(e.member))}(?![\\w-])`).test(text));
    if (!named.length) continue;
    // A member whose name is inside a longer named one ("Standard-IA" in "One Zone-IA" is not, "Glacier" in
    // "Glacier Deep Archive" is) is that longer one.
    const first = named[0];
    if (named.some((e) => e.value !== first.value && !norm(first.member).includes(norm(e.member)))) continue;
    if (first.value === key && (!best || size(f) > size(best))) best = f;
  }
  return best;
}

/** The family's other values, nearest to the key first. */
export function otherValues(f: ValueFamily, key: number): number[] {
  return [...new Set(f.entries.map((e) => e.value))].filter((v) => v !== key).sort((a, b) => Math.abs(Math.log(a / key)) - Math.abs(Math.log(b / key)));
}

const families = new WeakMap<readonly NoteDocument[], ValueFamily[]>();

/** Every family of the bank's notes, read once per bank. */
export function bankFamilies(docs: readonly NoteDocument[]): ValueFamily[] {
  let list = families.get(docs);
  if (!list) { list = docs.flatMap(noteFamilies); families.set(docs, list); }
  return list;
}

/**
 * The wrong options of a number question: when the stem asks for a member of a family, the family's other values
 * (written like the key, none the stem states) come first and the picker's values only complete them, at least
 * 20 % from each; `family` is what the family gave (empty: it had values, none could be offered).
 */
export function familyOptions(docs: readonly NoteDocument[], stem: string, raw: string, unit: string, sep: string, picked: readonly string[], avoid: readonly string[]): { distractors: string[]; family?: string[] } {
  const key = parseNumber(raw);
  const f = familyAsked(bankFamilies(docs), stem, key, unit);
  if (!f) return { distractors: [...picked] };
  const values = otherValues(f, key).filter((v) => !avoid.includes(formatLike(raw, v))).slice(0, 3);
  const show = (v: number) => (unit ? `${formatLike(raw, v)}${sep}${unitFor(v, unit)}` : formatLike(raw, v));
  const family = values.map(show);
  const apart = (x: string) => { const v = parseNumber(/^[\d.,]+/.exec(x)?.[0] ?? 'NaN'); return values.every((w) => Math.abs(v - w) / Math.max(v, w) >= 0.2); };
  return { distractors: [...family, ...picked.filter(apart)], family };
}
