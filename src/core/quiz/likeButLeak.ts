// A definition by difference from a sibling the options hold: "Like Standard-IA but in a single Availability Zone"
// rules Standard-IA out by its own words and points at the one option named like it (One Zone-IA): a candidate picks
// the key by its name alone (blind review r33). Options of other names (Express One Zone) do not save it: the stem
// has already named the family.

import { nameParts } from './nameLeak';

const LIKE_BUT = /\b(?:like|similar to|same as|as with) (?:an? |the )?([^,;“”]{2,40}?),? but\b/gi;

/** Parts of a name that can tell siblings apart (nameParts of nameLeak.ts, without the S3 every class shares):
 * "S3 One Zone-IA" → one, zone, ia, infrequent, access. */
function parts(name: string): Set<string> {
  return new Set(nameParts(name).filter((w) => w.length > 1 && !/^(?:s3|the|of|for)$/.test(w)));
}

/** The compared option when the stem defines the key as "like <that option> but …" and the two share a name part. */
export function likeButLeak(stem: string, key: string, distractors: string[]): string | undefined {
  for (const m of stem.matchAll(LIKE_BUT)) {
    const named = m[1].trim().toLowerCase();
    const sibling = distractors.find((o) => o.toLowerCase() === named || o.toLowerCase().replace(/^(?:amazon|aws|s3)\s+/, '') === named);
    if (!sibling) continue;
    const own = parts(key);
    if ([...parts(sibling)].some((p) => own.has(p))) return sibling;
  }
  return undefined;
}
