// The key under which a requirement cue ("you need exactly-once delivery") is compared: builders tie cues to
// answers under it (QuizContext.tieCue) and the gate, the claim ledger and the user facts look cues up by it,
// so two notes that word one requirement alike count as one cue. A module of its own: half the quiz asks it,
// and none of those callers needs the context's indexes for it.
import { stemWord } from './text';

const CUE_STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'with', 'you', 'your', 'need', 'needs', 'want', 'when', 'is', 'are', 'be', 'that', 'which', 'what', 'service', 'aws', 'amazon', 'use', 'can']);

// A cue is keyed when a builder ties it and again when the gate checks it: once per bank, freed by
// forgetCueKeys() (QuizContext.release).
const cueKeys = new Map<string, string>();

/** The content words of a cue, stemmed and sorted: two notes wording one requirement alike share it. */
export function cueKey(cue: string): string {
  let v = cueKeys.get(cue);
  if (v === undefined) {
    if (cueKeys.size >= 100_000) cueKeys.clear();
    v = [...new Set((cue.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !CUE_STOP.has(w)).map(stemWord))].sort().join(' ');
    cueKeys.set(cue, v);
  }
  return v;
}

/** Drops the keys cached while one bank was built. */
export function forgetCueKeys(): void { cueKeys.clear(); }
