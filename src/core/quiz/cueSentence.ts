// How a table cue is said in an exam stem without quotation marks (blind reviews r15–r16 read "A data team has this
// requirement: “give a second account decrypt rights …”" as a quoted note fragment). An imperative cue ("give …",
// with no modal or finite verb in its main clause) is what the team needs to do; any other cue follows a colon, where a
// clause ("the pipeline must pause …") and a noun phrase ("WORM storage required by a regulator") both read.
import { IMPERATIVE } from './cueVerbs';

// Question words and nouns the need test counts among its openers, which open no imperative sentence here.
const NOT_A_VERB = /^(?:who|what|which|when|where|how|top|page)\s/i;
// A modal or finite verb in the main clause: the cue is a clause whose first word is its subject ("receive calls
// should wait …"). Verbs of a relative, time or purpose clause ("keep ledgers that are closed") do not count.
const SUBORDINATE = /[\s,]+(?:that|which|whose|who|where|while|when|whenever|so|because|until|although|unless|if|before|after)\s.*$/i;
const FINITE = /\b(?:must|should|needs?|wants?|requires?|may|might|cannot|can|will|would|is|are|was|were|has|have|had|does|do|did)\b/i;
// A note's "you want X" or "you need X": said of the team.
const SECOND_PERSON = /^you (want|need)s? (.+)$/i;

/** True when a cue is an imperative: a verb of the need test, then a space, and no modal or finite verb in its main clause. */
export function imperativeCue(cue: string): boolean {
  return IMPERATIVE.test(cue) && /^(?:explicitly\s+)?[a-z-]+\s/i.test(cue) && !/^\S+-/.test(cue) && !NOT_A_VERB.test(cue) && !FINITE.test(cue.replace(SUBORDINATE, ''));
}

/** What one party ("A data team", "The first") needs: "needs to <imperative>", "wants …", or "has this requirement: <cue>". */
export function requirementOf(who: string, cue: string): string {
  const voiced = SECOND_PERSON.exec(cue);
  if (voiced) return `${who} ${voiced[1].toLowerCase()}s ${voiced[2]}.`;
  return imperativeCue(cue) ? `${who} needs to ${cue}.` : `${who} has this requirement: ${cue}.`;
}
