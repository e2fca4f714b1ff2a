// Lesson notes that show a choice as code name the choice by the object's key and say what it is for in a
// `use_case` field, with its set-up beside it:
//     "redshift_spectrum_integration": { "use_case": "…", "configuration": { … } }
//     "s3_intelligent_tiering": { "use_case": "…", "implementation": { … } }
// Each such object is a requirement line: its use case is the need, its key (said as a name) the choice. The
// requirement builder then keeps only a choice that is a service or a named feature of one (build/requirement.ts),
// so an object keyed by a situation ("legacy_mainframe_to_cloud") gives nothing. Workload profiles, which carry a
// choice field ("service", "recommended_storage"), are read as table rows instead (codeProfiles.ts).
import { Section } from '../../model';
import { CHOICE_KEY, sectionObjects } from './codeProfiles';
import { CueClaim } from './claims';

/** Keys whose value is what the object is for. */
const USE_KEYS = ['use_case', 'best_for', 'ideal_for'];

/** Words a key ends with that name the set-up shown, not the choice ("redshift_spectrum_integration"). */
const SETUP_WORD = /^(?:integration|integrations|implementation|implementations|setup|configuration|config|patterns?|strategy|strategies|optimi[sz]ation|tuning|example|examples|usage|approach)$/;

/** A key with two or more words where one is a comparison or a plan ("dynamodb_on_demand_vs_provisioned"): no one choice. */
const NOT_A_NAME = /(?:^|_)(?:vs|versus|or|and|to|from|with|for)(?:_|$)/;

/**
 * A purchase option ("redshift_reserved_instances", "emr_spot_instances") is how one pays, not a feature: beside the
 * features of its service it would be the only option of its kind, so the stem's "commitment" would give it away.
 */
const PRICING = /(?:^|_)(?:reserved|spot|savings|on_demand|pricing|billing)(?:_|$)/;

/** Names AWS writes with a hyphen that a key writes with an underscore ("intelligent_tiering"). */
const HYPHENATED: [RegExp, string][] = [[/\bIntelligent Tiering\b/, 'Intelligent-Tiering'], [/\bStandard Ia\b/, 'Standard-IA'], [/\bOne Zone Ia\b/, 'One Zone-IA'], [/\bMulti Az\b/, 'Multi-AZ']];

/** Acronyms and brand spellings a key writes in lower case. */
const SPELLED: Record<string, string> = { aws: 'AWS', s3: 'S3', emr: 'EMR', dms: 'DMS', sqs: 'SQS', sns: 'SNS', kms: 'KMS', iam: 'IAM', rds: 'RDS', msk: 'MSK', ttl: 'TTL', dynamodb: 'DynamoDB', cdc: 'CDC', etl: 'ETL', api: 'API' };

/**
 * "redshift_federated_queries" → "Redshift Federated Queries", "s3_intelligent_tiering_setup" → "S3 Intelligent
 * Tiering": the key's words as a name, the set-up words at its end left out; undefined when the key is no name.
 */
export function keyName(key: string): string | undefined {
  if (NOT_A_NAME.test(key) || PRICING.test(key)) return undefined;
  const words = key.split('_').filter(Boolean);
  while (words.length > 1 && SETUP_WORD.test(words[words.length - 1])) words.pop();
  if (words.length < 2 || words.length > 4 || words.some((w) => !/^[a-z][a-z0-9]*$/.test(w))) return undefined;
  const name = words.map((w) => SPELLED[w] ?? w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return HYPHENATED.reduce((n, [re, spelt]) => n.replace(re, spelt), name);
}

/** The use-case objects of a section's code blocks as requirement lines (need → the key's name). */
export function codeUseCases(section: Section): CueClaim[] {
  const out: CueClaim[] = [];
  for (const o of sectionObjects(section)) {
    if (!o.name || [...o.fields.keys()].some((k) => CHOICE_KEY.test(k))) continue;
    const useKey = USE_KEYS.find((k) => o.fields.has(k));
    const answer = keyName(o.name);
    if (!useKey || !answer) continue;
    out.push({ kind: 'cue', cue: o.fields.get(useKey)!, answer, line: o.lines.get(useKey)! });
  }
  return out;
}
