// The rivals a bundled scenario's answer names as wrong, each with its reason ("AWS Shield absorbs DDoS floods but
// does not read request content"): the scenario builder offers them first (build/scenario.ts), and the gate keeps
// them whatever their kind, since the note says why each one fails. Blind reviews r10–r13 found the kind filler
// alone offering services that could never be picked (IAM and Macie beside WAF, Kinesis beside MWAA Serverless):
// the real confusers are often of another kind (API Gateway throttling beside WAF, Step Functions beside Airflow).
import { Draft } from './draft';

/** True when a bundled scenario's answer names this option as wrong and says why. */
export function namedAsWrong(d: Pick<Draft, 'kind' | 'doc' | 'optionNotes'>, option: string): boolean {
  return d.doc.source !== 'user' && d.kind === 'scenario' && !!d.optionNotes?.get(option);
}
