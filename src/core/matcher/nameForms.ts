// The written forms of a service's names: the ones the name trie holds (official, short, former names and aliases from
// the notes, misspellings, features owned by the service, unbranded, branded, singular and joined forms, an engine's name
// where its note lists it), and how the words of a line spell one of them (`spelling`: as written, or in lower case).
// Split from names.ts: building the forms runs once per catalog; `spelling` runs on each name a hover reads.
import { Service } from '../model';
import { Token, tokenize } from './text';
import { NameEntry } from './types';
import { DISTINCTIVE, ENGINE_SERVICES, MISSPELLINGS, NOT_SERVICE_NAMES, OWNED_FEATURES, SERVICE_PHRASES } from './nameWords';

/** Every name entry of a service, in the order the trie adds them (the first of two equal entries wins). */
export function nameForms(s: Service): NameEntry[] {
  const out: NameEntry[] = [];
  const weakSet = new Set(s.ambiguous.map((n) => n.toLowerCase()));
  for (const n of MISSPELLINGS[s.id] ?? []) if (n === n.toLowerCase()) weakSet.add(n);
  const given = [s.name, s.shortName ?? '', ...s.formerNames, ...s.aliases, ...s.ambiguous, ...(MISSPELLINGS[s.id] ?? []), ...(OWNED_FEATURES[s.id] ?? []), ...(SERVICE_PHRASES[s.id] ?? [])].filter(Boolean);
  // "Amazon Kinesis Data Analytics" is also written "Kinesis Data Analytics": add unbranded forms of 2+ words.
  const unbranded = given.map((n) => n.replace(/^(Amazon|AWS)\s+/, '')).filter((n) => n.split(/\s+/).length >= 2);
  // "Amazon OpenSearch", "AWS Athena": the brand before a short or ambiguous name makes it the service,
  // even where the bare word is an open-source engine.
  const brand = /^(Amazon|AWS)\s/.exec(s.name)?.[1];
  const branded = brand ? [s.shortName ?? '', ...s.ambiguous].filter((n) => n && !/^(Amazon|AWS)\s/.test(n)).map((n) => `${brand} ${n}`) : [];
  // "CloudWatch Events" → "a CloudWatch event rule", "Kinesis Data Streams" → "a Kinesis Data Stream": the
  // singular of a plural name of two words or more is the same service.
  const singular = [...given, ...unbranded].filter((n) => /\s\S*[^su\s]s$/.test(n) && !/\(/.test(n)).map((n) => n.slice(0, -1));
  // "AWS StepFunctions", "Amazon DataFirehose": a branded name of several words written without their blanks is the
  // same name (round 16); only behind its brand, since an unbranded `StepFunctions` may be the program's own class.
  const joined = given.map((n) => /^(Amazon|AWS)\s+(\S+(?:\s+\S+)+)$/.exec(n)).filter((m): m is RegExpExecArray => !!m && !/[()]/.test(m[2]))
    .map((m) => `${m[1]} ${m[2].replace(/\s+/g, '')}`);
  for (const name of new Set([...given, ...unbranded, ...branded, ...singular])) {
    const clean = name.replace(/\s*\((?:formerly|previously|legacy)[^)]*\)\s*/gi, ' ').trim();
    if (!clean) continue;
    if (NOT_SERVICE_NAMES.has(clean.toLowerCase())) {
      // The engine's name, listed by the note of AWS's service of it: that service only where the text names it clearly.
      // "Opensearch", as a README may write it, is the same engine's name (round 13).
      if (ENGINE_SERVICES[clean.toLowerCase()] === s.id) {
        for (const spelled of new Set([clean, clean[0] + clean.slice(1).toLowerCase()])) out.push({ serviceId: s.id, tokens: tokenize(spelled).map((t) => t.text), foldCase: false, weak: true, strict: true, length: clean.length });
      }
      continue;
    }
    const tokens = tokenize(clean).map((t) => t.text);
    if (!tokens.length) continue;
    const branded = tokens.length > 1 && /^(amazon|aws)$/i.test(tokens[0]);
    out.push({ serviceId: s.id, tokens, foldCase: branded, weak: weakSet.has(clean.toLowerCase()), length: clean.length });
    // "### Crawler Undo Script": an ambiguous lower-case word capitalised (a heading, a sentence's start) is the
    // service only where the file names it clearly ("AWS Glue crawler"), as an engine's name is (round 14).
    if (tokens.length === 1 && /^[a-z]+$/.test(clean) && weakSet.has(clean)) {
      out.push({ serviceId: s.id, tokens: [clean[0].toUpperCase() + clean.slice(1)], foldCase: false, weak: true, strict: true, length: clean.length });
    }
  }
  for (const name of joined) out.push({ serviceId: s.id, tokens: tokenize(name).map((t) => t.text), foldCase: false, weak: false, asWritten: true, length: name.length });
  return out;
}

/**
 * How the tokens at i spell entry e: 'exact' (as the notes write it, or any case for branded names and
 * words only AWS uses), 'lower' (all lower case, for a name of English words), or undefined.
 */
export function spelling(e: NameEntry, tokens: Token[], i: number): 'exact' | 'lower' | undefined {
  if (e.foldCase) return 'exact';
  if (e.asWritten) return e.tokens.every((t, k) => tokens[i + k].text === t) ? 'exact' : undefined;
  // Whether the name holds a word only AWS uses: read only for a word written in lower case unlike the notes.
  let distinctive: boolean | undefined;
  let exact = true;
  for (let k = 0; k < e.tokens.length; k++) {
    const got = tokens[i + k].text;
    if (got === e.tokens[k]) continue;
    // Title case after the first word, as headings write names: "Glue Crawler", "EventBridge Rules" (round 14).
    if (k > 0 && got.length > 1 && got[0] === e.tokens[k][0].toUpperCase() && got.slice(1) === e.tokens[k].slice(1) && e.tokens[k] === e.tokens[k].toLowerCase() && tokens[i].text === e.tokens[0]) continue;
    const lower = got.toLowerCase();
    if (got !== lower) {
      // Mixed case: only a word only AWS uses may be spelled differently ("Cloudwatch", "DynamoDb").
      if (!DISTINCTIVE.has(lower)) return undefined;
      continue;
    }
    distinctive ??= e.tokens.some((t) => DISTINCTIVE.has(t.toLowerCase()));
    if (!distinctive) exact = false;
  }
  return exact ? 'exact' : 'lower';
}
