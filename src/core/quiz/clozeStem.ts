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
  const name = id ? ctx.service(id)!.name : head;
  if (id && !topic && ctx.servicesIn(body).includes(id)) return undefined;
  // "Multipart upload" reads lower-case in brackets; a name ("S3 Storage Classes", "Standard vs …") keeps its capital.
  return topic ? `${name} (${/^[A-Z][a-z]+\b(?! vs\b)/.test(topic) && !/^[A-Z][a-z]+ [A-Z]/.test(topic) ? topic.charAt(0).toLowerCase() + topic.slice(1) : topic})` : name;
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
