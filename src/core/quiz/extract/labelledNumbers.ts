// A student's limit bullet packs several numbers behind one label: "**Retention**: 24 hours default up to
// 365 days", "**Unit Throughput**: 4 MB/sec IN, 8 MB/sec OUT", "**Memory**: 128 MB to 10,240 MB",
// "**Bundle Size**: 20 MB zipped, 100 MB unzipped", or labels inside a sentence with a range in brackets
// ("flushes on **Batch Size** (2 MB - 64 MB) or **Batch Wait** (30s - 600s), whichever comes first"). Blanked as written,
// such a bullet was a label fragment ("Retention: ___ default up to 365 days"), and the other number of the
// same bullet stayed in the stem as a hint. Here each number becomes a sentence of its own that names what
// it measures: "The default retention is 24 hours.", "The maximum retention is 365 days.", "The shard
// capacity for writes (IN) is 1 MB/sec." The cloze builder blanks it like any other fact.
import { NUMBER, NUMBER_G } from '../numbers';
import { stripMd } from '../text';

const Q = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?[A-Za-z/%]+(?:\/s(?:ec)?)?`;

/** "60s" → "60 seconds": the unit list has no bare "s", and a note's shorthand is no option text. */
const spellSeconds = (s: string) => s.replace(/\b(\d{1,4})s\b/g, '$1 seconds').replace(/\b(\d{1,4}) ?secs?\b/g, '$1 seconds');

/** A quantity the unit list knows, as the note wrote it ("1 MB/sec"), or undefined. */
function quantity(text: string): string | undefined {
  const m = NUMBER.exec(text.trim());
  return m && m.index === 0 && m[0].length === text.trim().length ? m[0] : undefined;
}

/** The label as a sentence's noun: "Shard Capacity" → "shard capacity"; acronyms ("KMS", "/tmp") kept. */
function noun(label: string): string {
  return stripMd(label).replace(/[:!]+$/, '').trim().split(/\s+/)
    .map((w) => (/^max$/i.test(w) ? 'maximum' : /^min$/i.test(w) ? 'minimum' : /^[A-Z][a-z]+$/.test(w) ? w.toLowerCase() : w)).join(' ');
}

// A label that already says which bound it is needs no qualifier of ours ("Max Timeout").
const BOUND_WORD = /\b(?:max(?:imum)?|min(?:imum)?|default|limit)\b/i;

// What a trailing word says about the number before it: IN/OUT of a stream's shard are writes and reads.
const DIRECTION: Record<string, string> = { in: 'for writes', out: 'for reads', write: 'for writes', writes: 'for writes', read: 'for reads', reads: 'for reads' };

const GUIDANCE = /\b(?:target|recommended|ideal|optimal|typical|best|suggested)\b/i;

const statement = (qualifier: string, subject: string, value: string) => `The ${qualifier ? qualifier + ' ' : ''}${subject} is ${value}.`;

/** "**Batch Size** (2 MB - 64 MB)" pairs inside a sentence: the maximum of each (see valueStatements on floors). */
function innerRanges(raw: string): string[] {
  const out: string[] = [];
  const re = new RegExp(String.raw`\*\*([A-Za-z][A-Za-z ]{1,30})\*\*\s*\(\s*(${Q})\s*(?:-|–|to)\s*(${Q})\s*\)`, 'g');
  for (const m of spellSeconds(raw).matchAll(re)) {
    const [lo, hi] = [quantity(m[2]), quantity(m[3])];
    if (!lo || !hi) continue;
    const subject = noun(m[1]);
    out.push(statement('maximum', subject, hi));
  }
  return out;
}

/** The value of "**Label**: value" read as one or more numbers, each with the bound or direction it states. */
function valueStatements(label: string, value: string): string[] {
  const subject = noun(label);
  const bound = BOUND_WORD.test(subject);
  // Asides after the numbers ("(CPU scales with memory)", "configurable storage …") and restatements in
  // another unit ("(10 GB)", "(1 year)") are no part of the fact.
  const v = spellSeconds(stripMd(value)).replace(/!+/g, '').replace(/\s*\((?:~|about |approx\.? )?\d[^()]*\)/g, '').trim();
  // "24 hours default up to 365 days", "24 hours by default, max 7 days".
  let m = new RegExp(String.raw`^(${Q}) (?:by )?default,? (?:and )?(?:up to|max(?:imum)?(?: of)?|extendable to|configurable (?:up )?to) (${Q})\b`, 'i').exec(v);
  if (m && quantity(m[1]) && quantity(m[2]) && !bound) return [statement('default', subject, quantity(m[1])!), statement('maximum', subject, quantity(m[2])!)];
  // "128 MB to 10,240 MB", "512 MB up to 10 GB": the maximum. The lower end is a setting's floor or a default the
  // note does not name as such, and exams ask the ceiling (a floor of 1 MB is always the smallest option, too).
  m = new RegExp(String.raw`^(?:from )?(${Q}) (to|-|–|up to) (${Q})\b`, 'i').exec(v);
  if (m && quantity(m[1]) && quantity(m[3]) && !bound) {
    return [statement('maximum', subject, quantity(m[3])!)];
  }
  // "4 MB/sec (or 4,000 records/sec) IN, 8 MB/sec OUT", "20 MB zipped, 100 MB unzipped".
  const parts = stripMd(value).replace(/!+/g, '').replace(/\.\s*$/, '').split(/,\s+|\s+and\s+/);
  const each = parts.map((p) => new RegExp(String.raw`^\s*(${Q})(?:\s*\(or (${Q})\))?\s+([A-Za-z]+)\.?\s*(?:\(.*\))?\s*$`).exec(spellSeconds(p)));
  if (parts.length >= 2 && each.every((x) => x && quantity(x[1]))) {
    const out: string[] = [];
    // Two units for one number ("4 MB/sec (or 4,000 records/sec)"): each sentence says which unit it asks.
    const twoUnits = each.some((x) => x![2]);
    // "Bundle Size: 20 MB zipped": a size a label gives without a bound is the most it may be.
    const sizeLimit = !bound && /\b(?:size|payload|storage)\b/i.test(subject);
    for (const x of each) {
      const word = x![3];
      const direction = DIRECTION[word.toLowerCase()];
      // "50 MB zipped": the word qualifies the subject ("the zipped deployment package size").
      if (!direction && !/^[a-z]+$/.test(word)) return [];
      const say = (q: string) => {
        const unit = twoUnits ? `, in ${NUMBER.exec(q)![3]},` : '';
        return direction ? `The ${subject} ${direction}${unit} is ${q}.` : `The ${sizeLimit ? 'maximum ' : ''}${word} ${subject}${unit} is ${q}.`;
      };
      out.push(say(quantity(x![1])!));
      if (x![2] && quantity(x![2])) out.push(say(quantity(x![2])!));
    }
    return out;
  }
  return [];
}

/**
 * The single-number statements of a labelled limit bullet (markdown as written), or an empty list when the
 * bullet holds one number as a plain label ("**Max timeout**: 15 minutes"), which the cloze reads as it is.
 */
export function labelledNumbers(raw: string): string[] {
  // A target or a recommendation ("**Target File Size**: 128 MB to 512 MB") is advice, not a limit of a service.
  if (GUIDANCE.test(/^\*\*([^*]+)\*\*/.exec(raw.trim())?.[1] ?? '')) return [];
  const inner = innerRanges(raw);
  if (inner.length) return inner;
  const m = /^\*\*([^*]{2,40})\*\*\s*:\s*(.+)$/.exec(raw.trim());
  if (!m || [...stripMd(m[2]).matchAll(NUMBER_G)].length + [...m[2].matchAll(/\b\d{1,4}s\b/g)].length < 2) return [];
  return valueStatements(m[1], m[2]);
}

// A column header that names a limit by itself ("Min Retention", "Request Limit per Second"): "storage" or
// "capacity" alone also head a column of products ("S3 Storage Lens Free").
const LIMIT_HEAD = /\b(?:max(?:imum)?|min(?:imum)?|default|retention|timeout|duration|limits?|quotas?|interval|period)\b/i;

/** A table cell read as one number: "Up to 1 year", "1 minute up to 14 days" (the maximum), "30 days", "1 MB per record". */
function cellValue(cell: string): { value: string; maximum: boolean } | undefined {
  const v = spellSeconds(stripMd(cell)).replace(/!+/g, '').replace(/\s*\((?:~|about |approx\.? )?\d[^()]*\)/g, '').trim();
  const per = String.raw`(?: per [a-z]+(?: [a-z]+)?)?`;
  let m = new RegExp(String.raw`^up to (${Q}${per})$`, 'i').exec(v);
  if (m && quantity(m[1].replace(/ per .*/, ''))) return { value: m[1], maximum: true };
  m = new RegExp(String.raw`^(?:from )?${Q} (?:to|-|–|up to) (${Q})$`, 'i').exec(v);
  if (m && quantity(m[1])) return { value: m[1], maximum: true };
  m = new RegExp(String.raw`^(${Q}${per})$`).exec(v);
  if (m && quantity(m[1].replace(/ per .*/, ''))) return { value: m[1], maximum: false };
  return undefined;
}

/** A table's row or column name as a sentence's subject: "Amazon SQS (Queue)" → "Amazon SQS"; none for a transition path or a blank. */
function entity(cell: string): string | undefined {
  const e = stripMd(cell).replace(/\s*\([^()]*\)\s*$/, '').trim();
  return e && !/→|->|\\rightarrow|\brightarrow\b|\$/.test(cell) && e.split(/\s+/).length <= 6 ? e : undefined;
}

/**
 * The numbers of a table whose rows or columns are labelled with a limit: "| **Retention** | Up to 365 days | … |"
 * under columns that name what each is about ("| Feature | Amazon SQS | Amazon SNS |"), or a column headed by a
 * limit ("| Storage Class | … | Min Retention |") beside the name of each row. One sentence per number:
 * "The maximum retention for Amazon SQS is 14 days." `isLimit` says which labels name a limit or a default.
 */
export function tableNumbers(table: { head: string[]; rows: { cells: string[]; line: number }[] }, isLimit: (label: string) => boolean): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const say = (label: string, who: string, cell: string, line: number) => {
    const value = cellValue(cell);
    const subject = noun(label);
    if (!value || GUIDANCE.test(subject)) return;
    const qualifier = value.maximum && !BOUND_WORD.test(subject) ? 'maximum ' : '';
    out.push({ text: `The ${qualifier}${subject} for ${who} is ${value.value}.`, line });
  };
  for (const row of table.rows) {
    const label = stripMd(row.cells[0] ?? '');
    // A row that names a limit: one number per column that names its subject.
    if (isLimit(label)) {
      for (let j = 1; j < row.cells.length && j < table.head.length; j++) {
        const who = entity(table.head[j]);
        if (who) say(label, who, row.cells[j], row.line);
      }
      continue;
    }
    // A column that names a limit, beside the row's own name.
    const who = entity(row.cells[0] ?? '');
    if (!who) continue;
    for (let j = 1; j < row.cells.length && j < table.head.length; j++) if (LIMIT_HEAD.test(stripMd(table.head[j]))) say(stripMd(table.head[j]), who, row.cells[j], row.line);
  }
  return out;
}
