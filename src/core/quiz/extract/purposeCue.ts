// Exam-rule bullets often label the need with a few bold words and say what the choice achieves after it:
// "**Incremental loads**: Use **Glue Job Bookmarks** to remember which files a run already read." The label
// alone ("Incremental loads") is too thin to have one defensible answer (requirement.ts drops a cue under
// four words), but label and purpose together are the need as the note states it:
// "Incremental loads, to remember which files a run already read".
const PURPOSE = /^(?:to|so(?: that)?)\s+[a-z][^()]*$/i;

/** The thin label made whole by the purpose clause that follows the choice, or undefined. */
export function purposeCue(label: string, rest: string): string | undefined {
  const words = label.trim().split(/\s+/).length;
  const purpose = rest.trim().replace(/[.!]+$/, '').trim();
  if (words >= 4 || words < 2 || !PURPOSE.test(purpose)) return undefined;
  const n = purpose.split(/\s+/).length;
  // "to save cost" adds nothing to tell the choices apart; a long clause is a second claim.
  if (n < 5 || n > 22 || /[;:]/.test(purpose)) return undefined;
  // Shouted words are emphasis, not names ("process ONLY new files").
  return `${label.trim()}, ${purpose.replace(/\b([A-Z]{3,})\b/g, (w) => (/^(?:AWS|SQL|ETL|API|ARN|JSON|CSV|KMS|IAM|VPC|EMR|RPU|TTL)$/.test(w) ? w : w.toLowerCase()))}`;
}
