// Exam-rule bullets often label the need with a few bold words and say what the choice achieves after it:
// "**Incremental loads**: Use **Glue Job Bookmarks** to remember which files a run already read." The label
// alone ("Incremental loads") is too thin to have one defensible answer (requirement.ts drops a cue under
// four words), and glued to the purpose ("Incremental loads, to remember …") it quotes a heading and the note's
// justification as one need, which no exam writes (blind review r35). The purpose clause alone is the need:
// "Remember which files a run already read".
const PURPOSE = /^(?:to|so(?: that)?)\s+[a-z][^()]*$/i;

/** The need a thin label stands for, read from the purpose clause that follows the choice, or undefined. */
export function purposeCue(label: string, rest: string): string | undefined {
  const words = label.trim().split(/\s+/).length;
  const purpose = rest.trim().replace(/[.!]+$/, '').trim();
  if (words >= 4 || words < 2 || !PURPOSE.test(purpose)) return undefined;
  const n = purpose.split(/\s+/).length;
  // "to save cost" adds nothing to tell the choices apart; a long clause is a second claim.
  if (n < 5 || n > 22 || /[;:]/.test(purpose)) return undefined;
  // Shouted words are emphasis, not names ("process ONLY new files").
  const need = purpose.replace(/^(?:to|so(?: that)?)\s+/i, '').replace(/\b([A-Z]{3,})\b/g, (w) => (/^(?:AWS|SQL|ETL|API|ARN|JSON|CSV|KMS|IAM|VPC|EMR|RPU|TTL)$/.test(w) ? w : w.toLowerCase()));
  return need.charAt(0).toUpperCase() + need.slice(1);
}
