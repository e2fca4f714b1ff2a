// How a cloze reads to the student. Builders and the gate work on "Fill in the blank (tag): sentence"
// (the tag is what the gate checks the sentence against); the question shown is a complete question that
// names its subject in full: "Which value completes this statement about Amazon Data Firehose: “Each
// record may hold up to _____ …”?". Blind review r7 failed "Fill in the blank (Firehose):" and
// "Fill in the blank (Domain 1: …)" as label residue, and a note's own quotes nested in the stem's.
import { QuizContext } from './context';
import { OptionKind } from './draft';

const CLOZE = /^Fill in the blank(?: \(([^)]*(?:\([^)]*\)[^)]*)*)\))?: (.*)$/;

/** The subject a tag names, written out: "Firehose" → "Amazon Data Firehose", "Amazon S3 — Multipart upload" → "Amazon S3 (multipart upload)". */
function subjectOfTag(ctx: QuizContext, tag: string, body: string): string | undefined {
  const [head, topic] = tag.split(' — ');
  // A domain or task heading is no subject: the sentence has to name its own.
  if (/^(?:domain|task)\b|^[1-4]\.[1-5]\b/i.test(head)) return undefined;
  const id = ctx.exactService(head) ?? ctx.serviceAnswer(head);
  const service = id ? ctx.service(id) : undefined;
  // The name people say ("Amazon S3", not "Amazon Simple Storage Service"), when it is still a brand's full name
  // ("Firehose" or "Lambda" alone is not).
  const name = service ? (service.shortName && /^(?:Amazon|AWS) /.test(service.shortName) ? service.shortName : service.name) : head;
  if (id && !topic && ctx.servicesIn(body).includes(id)) return undefined;
  if (!topic) return name;
  const t = headingTopic(topic, service ? [service.name, service.shortName, ...service.aliases] : []);
  // "Multipart upload" reads lower-case in brackets; a name ("S3 Storage Classes", "Standard vs …") keeps its capital.
  return `${name} (${/^[A-Z][a-z]+\b(?! vs\b)/.test(t) && !/^[A-Z][a-z]+ [A-Z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t})`;
}

// Words a title-case heading leaves in lower case.
const SMALL = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|per|the|to|vs\.?|with)$/;

/**
 * A section heading as a topic in brackets: without the service's own name, which the subject already says, and in
 * sentence case when it is a title-case heading of three words or more ("S3 Baseline Limits per Prefix" under Amazon
 * S3 → "baseline limits per prefix"; blind review r46 failed the heading left as it was). Acronyms and words with a
 * capital inside ("GET", "DynamoDB") keep their case; a two-word name ("Storage Lens") is left alone.
 */
export function headingTopic(topic: string, names: (string | undefined)[]): string {
  const all = topic.trim().split(/\s+/);
  // A comparison heading ("Standard vs Glacier") is a run of names, and a two-word heading may be one name.
  const titled = all.length >= 3 && !all.some((w) => /^vs\.?$/i.test(w)) && all.every((w) => SMALL.test(w) || /^[A-Z0-9]/.test(w))
    && all.filter((w) => /^[A-Z][a-z]+$/.test(w)).length >= 2;
  let t = topic.trim();
  for (const n of names.filter((x): x is string => !!x).sort((a, b) => b.length - a.length)) {
    if (t.toLowerCase().startsWith(`${n.toLowerCase()} `) && t.length > n.length + 1) { t = t.slice(n.length + 1); break; }
  }
  return titled ? t.split(/\s+/).map((w) => (/^[A-Z][a-z]+$/.test(w) ? w.toLowerCase() : w)).join(' ') : t;
}

/** The question a cloze draft is shown as; any other stem is returned as it is. */
export function presentCloze(ctx: QuizContext, stem: string, optionKind: OptionKind): string {
  const m = CLOZE.exec(stem);
  // A note's own quotes inside the stem's quoted requirement read as residue (“"near real time" …”).
  if (!m) return stem.replace(/“([^”]*)”/g, (_, q: string) => `“${q.replace(/"([^"]*)"/g, '‘$1’')}”`);
  const [, tag, raw] = m;
  const body = raw.replace(/[“”]/g, '"').replace(/"([^"]*)"/g, '‘$1’').replace(/"/g, '');
  const subject = tag ? subjectOfTag(ctx, tag, body) : undefined;
  const what = optionKind === 'number' ? 'value' : optionKind === 'service' ? 'AWS service' : 'term';
  return `Which ${what} completes this statement${subject ? ` about ${subject}` : ''}: “${body}”?`;
}
