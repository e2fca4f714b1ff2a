// Wrong options that cannot do the job at all because they belong to another function category than the key (blind
// review r19: Route 53 Resolver beside CloudFront and API Gateway for DNS resolution; network ACLs beside transit
// gateways and VPC endpoints, none of which filters traffic). A key that answers DNS or filters traffic is asked only
// among rivals of its own category; a key that gives a network path never beside a filter or a DNS service. With fewer
// than three such rivals the question has no fair distractors and the gate drops it (`same-kind`).
// `asKey`: the keys that are asked within the category, when fewer than its members (Lake Formation is a fair rival of
// Macie, but as a key it grants permissions and is asked among catalogs).
import { withoutVendor } from './text';

interface Category { name: string; re: RegExp; strict: boolean; asKey?: RegExp }

const CATEGORIES: Category[] = [
  { name: 'DNS', re: /\bRoute 53\b|\bCloud Map\b/i, strict: true },
  { name: 'traffic filter', re: /\bnetwork ACLs?\b|\bNACLs?\b|\bsecurity groups?\b|\bAWS WAF\b|\bNetwork Firewall\b/i, strict: true },
  // Finding sensitive data (PII) in stored data (blind review r21: Organizations, WAF and Shield beside Macie): only
  // services a candidate could think scan or govern data are rivals; GuardDuty and Inspector are no catalog services yet.
  { name: 'sensitive-data discovery', re: /\bMacie\b|\bGuardDuty\b|\bInspector\b|\bLake Formation\b|\bsensitive data detection\b|\bSecurity Hub\b/i, strict: true, asKey: /\bMacie\b|\bsensitive data detection\b/i },
  { name: 'network path', re: /\b(?:gateway|interface) endpoints?\b|\bNAT gateways?\b|\btransit gateways?\b|\bVPC peering\b|\bPrivateLink\b|\bDirect Connect\b|\bSite-to-Site VPN\b/i, strict: false },
];

const categoryOf = (option: string) => CATEGORIES.find((c) => c.re.test(option));
const keyCategoryOf = (key: string) => CATEGORIES.find((c) => (c.asKey ?? c.re).test(key));

/** Why this wrong option cannot do what the key does (another function category), else undefined. */
export function otherFunction(correct: string[], option: string): string | undefined {
  if (correct.length !== 1) return undefined;
  const key = keyCategoryOf(correct[0]);
  if (!key) return undefined;
  const own = categoryOf(option);
  if (own ? own !== key : key.strict) return `${option} is no ${key.name} option beside ${correct[0]}`;
  return undefined;
}

const DEPLOYMENT = /\bdeployment options?\b/i;
const family = (name: string) => withoutVendor(name).split(/\s+/)[0].toLowerCase();

/**
 * A "Which deployment option …" stem asks between forms of the key's own service (Redshift provisioned or Serverless):
 * another service is no deployment option of it (blind review r18: Aurora, Athena and OpenSearch beside Redshift).
 */
export function notADeploymentOption(stem: string, correct: string[], option: string): string | undefined {
  if (correct.length !== 1 || !DEPLOYMENT.test(stem)) return undefined;
  return family(option) === family(correct[0]) ? undefined : `${option} is no deployment option of ${correct[0]}`;
}
