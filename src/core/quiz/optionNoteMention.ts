// Whether a "why not" clause is about one option, so that the option may carry it as its note (blind review r20:
// "S3-managed keys cannot be audited … through a key policy" was shown under Bucket Keys and under a TLS-only bucket
// policy, because "keys" and "policy" are the last words of those labels). A one-word tail of a longer label, written
// in lower case in the clause, names that option only where it stands as a noun of its own: at the start of the
// clause, after a determiner or a conjunction or after another word of its label, not after another word that makes it part of a different term
// ("a key policy", "S3-managed keys") or uses it as a verb ("policies control access").
import { hasWord, isWordChar, stemWord } from './text';

const OWN_NOUN_BEFORE = new Set(['the', 'a', 'an', 'and', 'or', 'nor', 'but', 'its', 'their', 'this', 'that', 'these',
  'those', 'new', 'with', 'without', 'unlike', 'no']);

/** The clause `part` names the option labelled `label` through its form `form` (the label or one of its tails). */
export function clauseNamesOption(part: string, form: string, label: string): boolean {
  if (!hasWord(part, form)) return false;
  if (/\s/.test(form.trim()) || form.trim().toLowerCase() === label.trim().toLowerCase()) return true;
  const lowerPart = part.toLowerCase();
  const w = form.toLowerCase();
  for (let i = lowerPart.indexOf(w); i >= 0; i = lowerPart.indexOf(w, i + 1)) {
    if (isWordChar(lowerPart[i - 1]) || isWordChar(lowerPart[i + w.length])) continue;
    // Written with a capital, the tail is the option's own name ("Serverless cannot use your nodes").
    if (part[i] !== lowerPart[i]) return true;
    const before = part.slice(0, i).trimEnd();
    if (!before || /[,;:(]$/.test(before)) return true;
    const prev = before.split(/\s+/).pop()!.toLowerCase();
    // Or after another word of the label, however inflected ("importing material" for Imported key material).
    if (OWN_NOUN_BEFORE.has(prev) || label.split(/\s+/).some((w) => stemWord(w) === stemWord(prev))) return true;
  }
  return false;
}
