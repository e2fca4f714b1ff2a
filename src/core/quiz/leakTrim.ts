// A user's statement whose enumeration holds the one word that names its key (a list of verbs led by
// "search" about OpenSearch Service, a list of media kinds led by "video" about Kinesis Video Streams) was
// dropped whole, though the rest of the
// list says what the service does as well. It is asked without that member: the stem no longer names its
// key, and what stays is still the note's claim (a shorter list of the same things). Only a first or
// middle member is left out, only when at least two members stay, and only when nothing else leaks.
import { leaksKey } from './keyLeak';

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/**
 * The segment that holds the last member of the stem's first list ("A, B, and C", "A, B, C or D"): it
 * opens with "and"/"or". The members before it are whole segments, the first the tail of the stem's first
 * segment (as many words as the second member has). -1 when the stem has no list of three or more.
 */
function lastMemberAt(segments: string[]): number {
  for (let last = 2; last < segments.length; last++) if (/^(?:and|or)\s/i.test(segments[last].trim())) return last;
  return -1;
}

/**
 * The stem without the member of its list that gives the key away, or undefined when there is no such
 * member, too few would stay, or the shorter stem still leaks.
 */
export function withoutLeakingMember(stem: string, key: string, distractors: string[]): string | undefined {
  const leak = leaksKey(stem, key, distractors);
  if (!leak) return undefined;
  const segments = stem.split(/,\s+/);
  const last = lastMemberAt(segments);
  if (last < 0) return undefined;
  const middle = segments.slice(1, last);
  const size = words(middle[0]).length;
  // Members of one list are alike: a second member of more than four words is a clause, not a member.
  if (size > 4 || middle.some((m) => words(m).length > 4)) return undefined;
  const head = words(segments[0]);
  if (head.length <= size) return undefined;
  const firstMember = head.slice(-size).join(' ');
  const members = [firstMember, ...middle];
  const has = (m: string) => new RegExp(`\\b${leak.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(m);
  const at = members.findIndex(has);
  // The last member's segment also carries the rest of the sentence: its extent is unknown, so it stays.
  if (at < 0 || members.filter(has).length > 1) return undefined;
  const kept = members.filter((_, i) => i !== at);
  const lastSegment = segments[last].trim();
  const prefix = head.slice(0, -size).join(' ');
  // Two members and the last: "B and C"; more: "B, C, and D" as the note wrote it.
  const listText = kept.length === 1 ? `${kept[0]} ${lastSegment}` : `${kept.join(', ')}, ${lastSegment}`;
  const out = [`${prefix} ${listText}`, ...segments.slice(last + 1)].join(', ');
  return leaksKey(out, key, distractors) ? undefined : out;
}
