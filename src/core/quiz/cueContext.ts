// A table cue cut from the context that made it a question (blind reviews r15–r16). Two shapes:
// - a situation with no goal: "the bulk of the data was already restored from a native backup" keyed to CDC only
//   says how things are, but not what must happen next (the note's own line went on "only the changes still need
//   to be applied"); a situation is asked only where the category or the note's title names the goal it serves
//   (performance, cost, speed, a fix: "most queries filter on the event date" under "Athena cost and speed");
// - a preference with no problem: "nobody wants to plan or resize anything by hand" under throughput fixes states
//   no throughput problem, so every fix that needs no manual step meets its literal words.
// Bundled comparison tables only (users' stems have their own rules); gate rule `fragment`.
import { describesSituation, PAIR, SINGLE } from './choiceStem';

const GOAL = /\b(?:performance|speed|fast\w*|cost\w*|cheap\w*|throughput|fix(?:es)?|tuning|scal(?:e|ing)|optimi[sz]\w*|slow\w*|latency)\b/i;
const PREFERENCE = /^(?:nobody|no one|the team|they)\s+(?:(?:does|do)\s+not\s+)?(?:wants?|likes?|intends?|plans?|prefers?)\s+to\b/i;

/** The cues of a bundled "fits best" or two-workload frame, with the category it asks for. */
function framed(stem: string): { cues: string[]; category: string } | undefined {
  const single = SINGLE.exec(stem);
  if (single) return { cues: [single[2]], category: single[1] };
  const pair = PAIR.exec(stem);
  return pair ? { cues: [pair[1], pair[2]], category: pair[3] } : undefined;
}

/** What the cue lost, if it cannot stand as a question without its note's context. */
export function lostContext(stem: string, title: string): string | undefined {
  const f = framed(stem);
  if (!f) return undefined;
  for (const cue of f.cues) {
    if (PREFERENCE.test(cue)) return `a preference with no problem stated: ${cue}`;
    if (describesSituation(cue) && !GOAL.test(`${f.category} ${title}`)) return `a situation with no goal: ${cue}`;
  }
  return undefined;
}
