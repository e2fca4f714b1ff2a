// Own reading after blind review r14: a two-workload Select TWO needs five options, so a comparison table of three
// or four rows fills them with services from outside the comparison ("Amazon DynamoDB Streams" and "Amazon SQS"
// beside four orchestrators, "AWS Glue crawler" beside Athena and Redshift Spectrum): off-kind options that a
// student strikes at sight (r13 called such distractors weak). The form is asked only where the table's own rows
// fill every option; the single-answer form of the same cues (four options) stays.
import { Section } from '../model';

/** Options of a two-workload question: two keys and three distractors. */
const PAIR_OPTIONS = 5;

const PAIR = /^A team has two separate workloads\. One mentions “/;

/** True when a bundled two-workload stem comes from a table too short to fill its options with its own rows. */
export function pairOutgrowsTable(section: Section, stem: string): boolean {
  return PAIR.test(stem) && section.choiceRows.length > 0 && section.choiceRows.length < PAIR_OPTIONS;
}
