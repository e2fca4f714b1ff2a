// Rows of one comparison table that are not alternatives: a feature that runs only inside another row. A
// Step Functions ".sync" job wait or a task-token callback works only in Standard workflows (Express supports
// Request Response only), so "wait for an EMR step to complete" also points to Standard workflows and is no
// wrong requirement beside it (blind review r8).

interface Requires {
  /** The row that the feature needs. */
  row: RegExp;
  /** Rows (by label) or cues (by their words) of a feature that works only inside that row. */
  feature: RegExp;
}

const REQUIRES: Requires[] = [
  { row: /^Standard workflows?$/i, feature: /\.sync\b|^Synchronous integrations?\b|^Task tokens?\b|\bwaitForTaskToken\b|\bwait for (?:an? |the )?[\w\s-]{0,40}?\b(?:to )?(?:complete|finish|succeed)|\bcallback\b|\bapproves?\b/i },
];

/** A requirement (or a row's label) that also points to `row`, because it only works inside it. */
export function alsoPointsTo(row: string, labelOrCue: string): boolean {
  return REQUIRES.some((r) => r.row.test(row) && r.feature.test(labelOrCue));
}
