// The text of a user's recall card: a back cleaned of what the note's page shows and a card cannot (markdown, emoji,
// prices, residue), and the name a front asks a service by (its current name, with a former one the note still writes).
import { Service } from '../../model';
import { escapeRe, stripMd, withoutVendor } from '../text';

/**
 * A summary as a card's back: markdown, wiki links and emoji gone, a price in parentheses dropped (trivia that
 * changes), exclamation marks made full stops. Undefined when what is left still carries note residue (a formula,
 * a placeholder, a table pipe) or is too short to grade oneself against.
 */
export function cleanSummary(raw: string): string | undefined {
  let t = stripMd(raw)
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/\s*\([^()]*\$\s?\d[^()]*\)/g, '')
    .replace(/!+(?=\s|$)/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t || /[$\\|{}<>]|\[\[|\]\]|\.\.\.|…|\b(?:TODO|TBD|e\.g\.?)$/i.test(t)) return undefined;
  if (t.split(/\s+/).length < 4) return undefined;
  t = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.?]$/.test(t) ? t : `${t}.`;
}

/**
 * The name a card asks by: the catalog's current name, the former one beside it when the note still writes it
 * ("Amazon Quick Sight (formerly Amazon QuickSight)").
 */
export function askedName(s: Service, noteText: string): string {
  const former = s.formerNames.find((f) => f !== s.name && new RegExp(`(?<![\\w-])${escapeRe(f)}(?![\\w-])`, 'i').test(noteText));
  if (former) return `${s.name} (formerly ${former})`;
  // The short form the exam also prints ("Amazon S3", "IAM") when the full name does not hold it.
  const short = s.shortName === undefined ? undefined : withoutVendor(s.shortName);
  return short && !s.name.includes(short) ? `${s.name} (${s.shortName})` : s.name;
}
