// Blind reviews r10–r14: the table cues that failed as quoted requirements ("visual workflow that can run up to
// a year", "new team with no capacity planning experience", "billing per millisecond of run time", "bisect a
// failing batch") came almost all from the older comparison tables whose cells are keyword lists, not needs:
// there the few cues that pass the per-cue test (a "no", a "can", a lone verb) are keywords too, often the key's
// own feature name or unit. A table is read as a whole: where fewer than three in five of its cues state a need,
// none of them is quoted or offered as a requirement (single, two-workload or "Which TWO requirements" form); its exam traps and cards are still asked.
import { Section } from '../model';
import { standsAlone } from './choiceStem';
import { stripMd } from './text';

/** Share of a "Choose … when" table's cues that must state a need for the table to be quoted from. */
export const NEED_SHARE = 0.6;

const shares = new WeakMap<Section, number>();

/** The share of a section's choice-table cues that state a need on their own (1 when it has no table). */
export function needShare(section: Section): number {
  let share = shares.get(section);
  if (share === undefined) {
    const cues = section.choiceRows.flatMap((r) => r.cues).map((c) => stripMd(c)).filter(Boolean);
    share = cues.length ? cues.filter(standsAlone).length / cues.length : 1;
    shares.set(section, share);
  }
  return share;
}

// The builders' frames that quote a table cue as a need (choiceStem.ts turns them into "has this requirement"),
// and the one that offers the cues themselves as requirements to pick (blind review r11: lower-case fragments).
const QUOTES_CUE = /^Which [\w\s/()&.-]+? fits best when the scenario mentions “|^A team has two separate workloads\. One mentions “|^Which TWO requirements point to /;

/** True when a bundled stem quotes a cue of a table whose cells are keyword lists rather than needs. */
export function keywordTableCue(section: Section, stem: string): boolean {
  return QUOTES_CUE.test(stem) && needShare(section) < NEED_SHARE;
}
