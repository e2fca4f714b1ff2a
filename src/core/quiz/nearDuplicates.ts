// Near-duplicates the exact keys of gate.ts miss: the same fact asked again in other words. Each check keeps,
// per bank build (the bank's `seen` map, one per build), the needs already asked under a key, and compares a
// new question's need with them by content words (stemmed, without the words of the question frames).
import { Draft } from './draft';
import { GENERIC, stems, stemWord } from './text';
import { perBuild } from './perBuild';
import { WrittenKeys } from './writtenKeys';
import { KeyWordIndex } from './keyWordIndex';
import { coreName } from './userFacts';

interface Asked { words: Set<string>; at: string; key?: Set<string>; practice?: boolean; comparison?: boolean }

/** The needs asked so far under each key, one table per bank build. */
class AskedNeeds {
  private readonly table = perBuild(() => new Map<string, Asked[]>());

  under(seen: Map<string, string>, key: string): Asked[] {
    const byKey = this.table(seen);
    let asked = byKey.get(key);
    if (!asked) { asked = []; byKey.set(key, asked); }
    return asked;
  }
}

// Words of the question frames, not of the need.
const FRAME = new Set(['which', 'what', 'fits', 'best', 'requirement', 'scenario', 'mentions', 'team', 'needs', 'should', 'choose',
  'select', 'described', 'here', 'workloads', 'separate', 'lets', 'this', 'that', 'from', 'into', 'each', 'every', 'two'].map(stemWord));

/** Content words of a need: the quoted cue, else the stem, stemmed, without the words common to every AWS name. */
function needWords(stem: string): Set<string> {
  const cue = /[“"]([^”"]+)[”"]/.exec(stem)?.[1] ?? stem;
  // Short names with a digit ("s3", "ec2") count: they say where the need lies.
  return new Set([...stems(cue)].filter((w) => (w.length >= 3 || /^[a-z]\d$/.test(w)) && !GENERIC.has(w) && !/^\d/.test(w)));
}

const withoutFrame = (stem: string) => new Set([...needWords(stem)].filter((w) => !FRAME.has(w)));
// Counted in a loop: these run for every pair of needs compared, and an array per pair was garbage.
const sharedCount = (a: Set<string>, b: Set<string>) => { let n = 0; for (const w of a) if (b.has(w)) n++; return n; };
/** The shared words' share of the smaller set. */
const share = (a: Set<string>, b: Set<string>) => sharedCount(a, b) / Math.max(1, Math.min(a.size, b.size));
/** Content words of a key or label (stemmed, three letters or more, no generic words). */
const contentWords = (t: string) => new Set([...stems(t)].filter((w) => w.length >= 3 && !GENERIC.has(w)));

// A hyphenated word counts once: "high-performance" stems to "high", "performanc" and the joined form, and the
// three made one need look larger than another, hiding their shared words (blind review r12: S3 Express One Zone
// for "high-performance analytics (EMR …)" and "single-digit millisecond latency for analytics or EMR").
const withoutJoined = (words: Set<string>) => new Set([...words].filter((w) => ![...words].some((a) => a !== w && w.startsWith(a) && words.has(w.slice(a.length)))));

const userNeeds = new AskedNeeds();

/**
 * A key as two users' tables may both write it: the core name userFacts.ts compares, and without Apache's prefix
 * either ("Apache Parquet" and "Parquet", "Amazon Athena" and "Athena"; blind review r61).
 */
export const bareKey = (key: string) => coreName(key).replace(/^apache\s+/, '');

/**
 * A question of a user's note asking for the same key with a need worded alike to one already kept (two
 * lines of two notes, "Detecting PII in S3 automatically" and "Automated PII scanning in S3"): where the
 * first was asked, else undefined. Near-duplicates were a pattern of r3 and r4 in users' notes.
 */
export function nearDuplicate(d: Draft, stem: string, correct: string[], seen: Map<string, string>): string | undefined {
  if (d.doc.source !== 'user' || d.optionKind === 'number') return undefined;
  const asked = userNeeds.under(seen, correct.map(bareKey).sort().join('|'));
  const words = withoutJoined(needWords(stem));
  for (const p of asked) {
    const shared = sharedCount(words, p.words);
    const smaller = Math.max(1, Math.min(words.size, p.words.size));
    if (shared >= 2 && shared / smaller >= 0.3) return p.at;
    // A short need (three content words or fewer) sharing a third of its words with the other: two rows of two notes' format
    // tables, "API responses and integrations" and "API payloads, web logs, event streaming", both JSON (blind review r59).
    if (shared >= 1 && smaller <= 3 && shared / smaller >= 1 / 3) return p.at;
  }
  asked.push({ words, at: `${d.doc.relPath}:${d.line}` });
  return undefined;
}

const cueNeeds = new AskedNeeds();

/**
 * A bundled definition of a table row ("Which Kinesis Data Streams feature is described here: “Each registered
 * consumer gets its own 2 MB/s …”?") after a cue question of the same note and key whose need shares a content
 * word with it ("five consumer applications read the same stream"): one fact asked twice (blind review r8).
 * Cue questions are recorded here; a definition is checked. Where the first was asked, else undefined.
 */
export function definedTwin(d: Draft, stem: string, correct: string[], seen: Map<string, string>): string | undefined {
  if (d.doc.source === 'user' || d.doc.kind !== 'comparison' || d.optionKind !== 'text' || correct.length !== 1) return undefined;
  if (d.kind !== 'choose' && d.kind !== 'identify') return undefined;
  const asked = cueNeeds.under(seen, `${d.doc.file}|${correct[0].toLowerCase()}`);
  const words = withoutFrame(stem);
  if (d.kind === 'choose') {
    asked.push({ words, at: `${d.doc.relPath}:${d.line}` });
    return undefined;
  }
  return asked.find((p) => [...words].some((w) => p.words.has(w)))?.at;
}

const optionNeeds = new AskedNeeds();

/**
 * A bundled question with the same key among the same options as one already kept, whose need shares two
 * content words with it ("search and request a subscription" beside "search by glossary terms and request
 * access"): where the first was asked. Blind review r7 found such pairs across forms (a scenario and a
 * requirement line, both Glue beside Lambda, Flink and EMR).
 */
export function sameOptionsTwin(seen: Map<string, string>, options: string, stem: string, at: string): string | undefined {
  const asked = optionNeeds.under(seen, options);
  const words = withoutFrame(stem);
  for (const p of asked) if (sharedCount(words, p.words) >= 2) return p.at;
  asked.push({ words, at });
  return undefined;
}

// Words of the exam frames around a need: present in most stems, they say nothing about the fact.
const EXAM_FRAME = new Set([...FRAME, ...['solution', 'meets', 'requirements', 'company', 'engineer', 'need', 'must', 'option', 'service', 'feature', 'want'].map(stemWord)]);

/** Content words of a need: every quoted cue (a Select TWO quotes two), else the whole stem. */
function factWords(stem: string): Set<string> {
  const quoted = [...stem.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]);
  const text = quoted.length ? quoted.join(' ') : stem;
  return new Set([...stems(text)].filter((w) => (w.length >= 3 || /^[a-z]\d$/.test(w)) && !GENERIC.has(w) && !/^\d/.test(w) && !EXAM_FRAME.has(w)));
}

// Half the content words of the shorter need, or three words and a third of it ("Spark or Hive jobs without
// choosing instance types" beside "runs Apache Spark and Hive jobs with no cluster to size", own reading after r9).
// Practice scenarios are long: only the first test holds for them.
const alike = (a: Set<string>, b: Set<string>, ratio: number, short = true) => {
  const shared = sharedCount(a, b);
  const share = shared / Math.max(1, Math.min(a.size, b.size));
  return (shared >= 2 && share >= ratio) || (short && shared >= 3 && share >= 0.35);
};

const factNeeds = new AskedNeeds();

/**
 * One question per (key, fact) across the bundled notes: a question whose key was asked already with a need
 * sharing half its content words, after stemming ("business analysts cleaning data with no code" and "analysts
 * without code must profile data", both AWS Glue DataBrew): where the first was asked (blind review r9 found
 * the same fact asked from two notes or two templates). Numbers have their own fact key (gate.ts).
 */
export function sameFactTwin(d: Draft, stem: string, correct: string[], seen: Map<string, string>): string | undefined {
  if (d.doc.source === 'user' || d.optionKind === 'number' || d.kind === 'recall') return undefined;
  const asked = factNeeds.under(seen, correct.map((c) => c.toLowerCase()).sort().join('|'));
  const words = factWords(stem);
  const hit = asked.find((p) => alike(words, p.words, 0.5, !p.practice)) ?? writtenPointOf(words, correct, seen);
  if (hit) return hit.at;
  asked.push({ words, at: `${d.doc.relPath}:${d.line}` });
  return undefined;
}

/** A need that shares four content words and 40 % of the shorter one with a written practice scenario. */
const writtenScenario = (need: Set<string>, written: Set<string>) => sharedCount(need, written) >= 4 && share(need, written) >= 0.4;

const writtenKeys = perBuild(() => new WrittenKeys(contentWords));

/**
 * A generated question whose every key is named in a written practice question's key ("ReferentialIntegrity" in "A
 * DQDL ReferentialIntegrity rule from orders to customers") with a scenario sharing four content words and 40 % of
 * the shorter need: the written question asks that point already (blind reviews r18, r19; practiceTwins in docs/quiz.md).
 */
function writtenPointOf(words: Set<string>, correct: string[], seen: Map<string, string>): { at: string } | undefined {
  return writtenKeys(seen).namingAll(correct).find((p) => writtenScenario(words, p.words));
}

// The two quoted needs of a stitched "two separate workloads" Select TWO, in the order of its keys (choiceStem.ts PAIR).
const PAIR_CUES = /^A team has two separate workloads\. One mentions “([^”]+)”; the other mentions “([^”]+)”/;

/**
 * A bundled "two separate workloads" Select TWO is two questions stitched together: one half whose key a written
 * practice key names (every content word of "Object Lock in compliance mode" in "Enable S3 Object Lock … in
 * compliance mode") with a need like the written scenario (writtenScenario) asks the written
 * question's point again (blind review r20: "nobody, including the root user, may delete records early" beside the
 * exam question on WORM retention no root user can shorten). Where the written question is, else undefined.
 */
export function writtenPairHalf(d: Draft, correct: string[], seen: Map<string, string>): string | undefined {
  const m = d.doc.source !== 'user' && d.kind === 'choose-two' && correct.length === 2 ? PAIR_CUES.exec(d.stem) : null;
  if (!m) return undefined;
  const written = writtenKeys(seen);
  for (const [n, cue] of [m[1], m[2]].entries()) {
    const label = contentWords(correct[n]);
    if (!label.size) continue;
    const words = factWords(cue);
    const hit = written.all.find((p) => {
      const key = written.contentOf(p);
      return [...label].every((w) => key.has(w)) && writtenScenario(words, p.words);
    });
    if (hit) return hit.at;
  }
  return undefined;
}

// Only a question sharing a key word can be on the same point (samePracticePoint): indexed by key word.
const practicePoints = perBuild(() => new KeyWordIndex<Asked>());

/**
 * A bundled practice question asking what an earlier one asks: keys sharing most of their words (both "a Step
 * Functions Distributed Map state over the S3 objects") and stems sharing half their content words. The
 * practice exams were written one by one and repeat scenarios: where the first is, else undefined.
 */
export function samePracticeFact(stem: string, key: string, at: string, seen: Map<string, string>, comparison = false): string | undefined {
  const asked = practicePoints(seen);
  const words = factWords(stem);
  const keyWords = contentWords(key);
  const hit = asked.sharing(keyWords).find((p) => p.key && samePracticePoint(keyWords, p.key, words, p.words, comparison || !!p.comparison));
  if (hit) return hit.at;
  asked.add({ words, key: keyWords, at, comparison });
  return undefined;
}

/**
 * Two written practice questions on one point, by the share of their keys' words and of their scenarios' content
 * words: 60 % of the key and half the scenario; or, where one is a comparison note's practice question (written to
 * that note's points, with its own scenario words), three key words and 30 % of the scenario (a SageMaker Catalog
 * subscription request approved by the owning project, blind review r19). Measured on the bundled practice questions
 * (docs/quiz.md, "Near-duplicates of written questions").
 */
export function samePracticePoint(keyA: Set<string>, keyB: Set<string>, a: Set<string>, b: Set<string>, comparison: boolean): boolean {
  if (share(keyA, keyB) < 0.6) return false;
  // Three key words at least: two short keys share "turn" and "key" whatever they turn on (S3 Bucket Keys, a cluster's KMS key).
  return alike(a, b, 0.5, false) || (comparison && sharedCount(keyA, keyB) >= 3 && share(a, b) >= 0.3);
}

/**
 * Records a bundled practice question's need under each service its key names, so that a generated question
 * with that service as its key and a need alike is the same fact (sameFactTwin): an EMR on EKS practice
 * scenario about a shared Kubernetes cluster, then "company already runs a shared Kubernetes cluster".
 */
export function recordPracticeFact(stem: string, keyServices: string[], at: string, seen: Map<string, string>, key = ''): void {
  const words = factWords(stem);
  for (const name of keyServices) factNeeds.under(seen, name.toLowerCase()).push({ words, at, practice: true });
  if (key) writtenKeys(seen).add({ key, words, at });
}

const keysAsked = new AskedNeeds();

/** A user's "which service/feature fits or is described here" question with one key: the key, else undefined. */
function askedKey(d: Draft, correct: string[]): string | undefined {
  // Services only: a user's feature and format tables ask one feature per row, each its own fact.
  if (d.doc.source !== 'user' || d.optionKind !== 'service' || correct.length !== 1) return undefined;
  return d.kind === 'choose' || d.kind === 'identify' ? correct[0].toLowerCase() : undefined;
}

/**
 * The same key asked again by a user's "fits best" or "is described here" question, whatever the cue: where
 * it was first asked, else undefined. Blind review r10 found three Step Functions questions ("orchestrating
 * Lambda, Glue and Redshift", "visual workflow orchestration", "serverless state machines"), two Lambda and
 * two S3 Express One Zone ones from rows of summary tables and tip lists across a student's notes: the same
 * service for the same kind of need, whose distractors overlap. One per key; the first kept.
 */
export function sameKeyAgain(d: Draft, correct: string[], seen: Map<string, string>): string | undefined {
  const key = askedKey(d, correct);
  return key ? keysAsked.under(seen, key)[0]?.at : undefined;
}

/** Record a kept question's key for `sameKeyAgain`. */
export function recordKey(d: Draft, correct: string[], seen: Map<string, string>): void {
  const key = askedKey(d, correct);
  if (key) keysAsked.under(seen, key).push({ words: new Set(), at: `${d.doc.relPath}:${d.line}` });
}

// Sizes said in words or units are one fact ("about 50 megabytes", "a 30 MB table"; "hundreds of gigabytes",
// "a 2 TB fact table"): a small side and a big side, whatever the figure.
const SIZE_WORDS: [RegExp, string][] = [
  [/\b(?:kilo|mega)bytes?\b|\b\d[\d,.]*\s?(?:KB|MB|KiB|MiB)\b/gi, ' sizesmall '],
  [/\b(?:giga|tera|peta)bytes?\b|\b\d[\d,.]*\s?(?:GB|TB|PB|GiB|TiB)\b/gi, ' sizebig '],
  // A table of a few thousand rows is a small one (blind review r61: "a 3,000-row product category table" and "a small
  // country lookup", both ALL distribution from one note).
  [/\bsmall\b|(?:\ba few (?:hundred|thousand)|(?<![\d,.])\b\d{1,3}(?:,\d{3})?)[- ]rows?\b/gi, ' sizesmall '],
];

/** Content words of a need, sizes as their class, without the words of the note's title (option names, its subject). */
function noteNeedWords(stem: string, title: string): Set<string> {
  let text = [...stem.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]).join(' ') || stem.replace(/^Which\s+[^?]*?\s(?=(?:helps?|is|does|gives|lets|keeps|makes|runs|suits|stops|cuts|removes|needs|shows|catches|numbers|adds|fails|brings|sends|moves)\b)/, '');
  for (const [re, cls] of SIZE_WORDS) text = text.replace(re, cls);
  const titled = stems(title);
  return new Set([...factWords(`“${text}”`)].filter((w) => !titled.has(w)));
}

/** Shared content words that make two needs of one note with one key the same situation (measured on the bundled bank, r11). */
export const NOTE_TWIN_SHARED = 2;

const noteNeeds = new AskedNeeds();

/**
 * A bundled single-answer question whose key one note already asked with a need sharing NOTE_TWIN_SHARED content
 * words after stemming: where the first was asked. Blind review r11 found a broadcast join for a table of a few tens
 * of MB asked from a table row and again from the note's exam traps, and keyword search over arriving events twice,
 * each with the same key among the same kind of options. The first kept is the earlier in the note.
 */
export function sameNoteTwin(d: Draft, stem: string, correct: string[], seen: Map<string, string>): string | undefined {
  if (d.doc.source === 'user' || d.optionKind === 'number' || d.kind === 'recall' || correct.length !== 1) return undefined;
  const asked = noteNeeds.under(seen, `${d.doc.file}|${correct[0].toLowerCase()}`);
  const words = noteNeedWords(stem, d.doc.title);
  const hit = asked.find((p) => sharedCount(words, p.words) >= NOTE_TWIN_SHARED);
  if (hit) return hit.at;
  asked.push({ words, at: `${d.doc.relPath}:${d.line}` });
  return undefined;
}
