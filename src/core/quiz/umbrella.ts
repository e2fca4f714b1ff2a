// An umbrella service beside its own member: "Amazon EMR" contains EMR Serverless and EMR on EKS, so
// offering it beside a serverless-Spark key gives a second defensible answer, and offering both the
// umbrella and a member leaves the reader guessing which part of EMR "Amazon EMR" means (blind review r7).
// A parent is never a distractor for its own member; where the parent has a plain deployment form (EMR on
// EC2, a provisioned Redshift cluster, an OpenSearch Service domain) that form is named instead, since that
// is what the comparison tables mean by the parent's row.
import { Service } from '../model';

interface DeploymentForm { children: string[]; name: string; note: string }

const DEPLOYMENT_FORMS: Record<string, DeploymentForm> = {
  emr: {
    children: ['emr-serverless', 'emr-on-eks'], name: 'Amazon EMR on EC2',
    note: 'EMR on EC2: a cluster of EC2 instances (primary, core and task nodes) that you size, scale and shut down yourself.',
  },
  redshift: {
    children: ['redshift-serverless'], name: 'Amazon Redshift provisioned cluster',
    note: 'Redshift provisioned: a cluster of chosen node types and count, billed per node-hour while it runs.',
  },
  'opensearch-service': {
    children: ['opensearch-serverless'], name: 'Amazon OpenSearch Service managed domain',
    note: 'OpenSearch Service domain: a managed cluster of chosen instance types that you size and scale.',
  },
};

// A stem that rules out servers to manage: the umbrella "Amazon EMR" then reads as EMR Serverless too.
const NO_SERVERS = /\bserverless\b|\bno (?:cluster|servers?|infrastructure|nodes?)\b|\bwithout (?:managing|provisioning|sizing) (?:a |any )?(?:clusters?|servers?|nodes?)\b/i;

/** The parent of a key (the umbrella that contains it), unless it has a deployment form to name instead. */
export function umbrellaOfKey(keys: Service[], option: Service): boolean {
  return keys.some((k) => k.parent === option.id && !DEPLOYMENT_FORMS[option.id]?.children.includes(k.id));
}

/**
 * The deployment form to show for an option, if it needs one: the parent beside one of its deployment
 * members (as key or distractor), or "Amazon EMR" as a distractor when the stem rules out servers to manage.
 */
export function deploymentForm(option: Service, options: Service[], stem: string, isKey: boolean): { name: string; note: string } | undefined {
  const form = DEPLOYMENT_FORMS[option.id];
  if (!form) return undefined;
  if (options.some((o) => form.children.includes(o.id))) return form;
  return !isKey && option.id === 'emr' && NO_SERVERS.test(stem) ? form : undefined;
}

/** Each deployment form's service id and shown name: an option so named is that service. */
export function deploymentFormNames(): [string, string][] {
  return Object.entries(DEPLOYMENT_FORMS).map(([id, f]) => [id, f.name]);
}

/**
 * A stem that names a parent beside one of its deployment members ("… point to Amazon Redshift Serverless
 * rather than Amazon Redshift?") names the parent by its deployment form: the parent contains the member.
 */
export function deploymentFormsInText(text: string, names: (id: string) => string[]): string {
  let out = text;
  // A service the catalog lacks (a knowledge base of users' notes alone has no OpenSearch note) has no name: an
  // empty one is "in" every text and, as a pattern, matched between every two characters of the stem.
  const named = (id: string) => names(id).filter((n) => n.trim().length > 0);
  for (const [id, form] of Object.entries(DEPLOYMENT_FORMS)) {
    const childNames = form.children.flatMap(named);
    if (!childNames.some((n) => out.includes(n))) continue;
    for (const n of named(id)) {
      // The parent's name where it is not the start of a member's name ("Amazon Redshift" in "Amazon Redshift Serverless").
      const re = new RegExp(`${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-]| (?:Serverless|on EKS|on EC2|Spectrum|Data API|provisioned|Ingestion))`, 'g');
      out = out.replace(re, form.name);
    }
  }
  return out;
}

/** The service a deployment variant belongs to ("emr" for EMR Serverless, EMR on EKS and EMR itself), if any. */
export function deploymentFamily(s: Service): string | undefined {
  if (DEPLOYMENT_FORMS[s.id]) return s.id;
  return s.parent && DEPLOYMENT_FORMS[s.parent]?.children.includes(s.id) ? s.parent : undefined;
}
