// What one catalog service is, read from its own entry alone (category, scope, description): retired or not,
// a data or a control service, its category family and the exam domain its category mostly belongs to.
// Apart from QuizContext because the extraction that fills the context's indexes (extract/tables.ts) asks
// isRetired too: importing it from context.ts made the two modules load each other.
import { Service } from '../model';

export const categoryFamily = (c: string) => c.replace(/\s*\(.*$/, '');

// Catalog services never change once loaded; the distractor scans ask these of every service many times.
const retired = new WeakMap<Service, boolean>();
const groups = new WeakMap<Service, 'control' | 'data'>();

/** A service that is retired or takes no new customers: never a key. */
export function isRetired(s: Service): boolean {
  let v = retired.get(s);
  if (v === undefined) {
    // "legacy" too: S3 Select and Data Pipeline take no new customers (2024); CloudTrail Lake's note says so
    // in its description only.
    v = /discontinued|retired|legacy|end of (?:life|support)|closed to new customers|removed in v1\.1/i.test(`${s.scope ?? ''} ${s.category}`)
      || /closed to new customers/i.test(s.description);
    retired.set(s, v);
  }
  return v;
}

// Services that hold or move data, and those that secure, watch or build around it: a distractor from the
// other group is absurd (IAM offered as the place a Snow job loads its data).
const CONTROL = /^(?:Security|Management|Networking|Developer|Cloud Financial|Frontend)|governance/i;
export function serviceGroup(s: Service): 'control' | 'data' {
  let v = groups.get(s);
  if (v === undefined) { v = CONTROL.test(s.category) ? 'control' : 'data'; groups.set(s, v); }
  return v;
}

// The exam domain a service's catalog category mostly belongs to, for a user's service note that names none.
const CATEGORY_DOMAIN: [RegExp, number][] = [
  [/analytics|compute|container|integration|migration|developer|application/i, 1],
  [/storage|database/i, 2],
  [/monitoring|management|cost|machine learning/i, 3],
  [/security|identity|governance|networking|compliance/i, 4],
];
export const categoryDomain = (category: string) => CATEGORY_DOMAIN.find(([re]) => re.test(category))?.[1];
