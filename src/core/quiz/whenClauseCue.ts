// A decision rule's object with its condition ("records in motion, when producers and consumers must agree on an
// evolving schema", from "Choose Avro for records in motion, when …") quoted as the requirement of a "fits best"
// stem (blind review r19). The need test (choiceStem.ts) passed it on the "must" of the when-clause, but the main
// part is a noun phrase: it names what the key is for, not what a team needs, so the cue is a note fragment.
// Gate rule `fragment`; bundled and users' stems alike.
import { imperativeCue } from './cueSentence';

const QUOTED_REQUIREMENT = /^Which [^“?]+ fits this requirement best: “([^”]+)”\?$/;
const WHEN_TAIL = /^([^,]+),\s+when\s+\S/i;
// A verb in the part before "when" makes it a clause ("data arrives late, when …") and so a requirement.
const FINITE = /\b(?:must|should|needs?|wants?|requires?|may|might|cannot|can|will|would|is|are|was|were|has|have|had|does|do|did|arrives?|grows?|runs?|fails?)\b/i;

/** The quoted cue when it is a noun phrase plus a when-clause, else undefined. */
export function whenClauseFragment(stem: string): string | undefined {
  const cue = QUOTED_REQUIREMENT.exec(stem)?.[1];
  const head = cue ? WHEN_TAIL.exec(cue)?.[1] : undefined;
  if (!cue || !head || FINITE.test(head) || imperativeCue(cue)) return undefined;
  return `a noun phrase and its when-clause, not a requirement: ${cue}`;
}
