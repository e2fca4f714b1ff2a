// Service words inside class names that an AWS library defines (`NetworkLoadBalancedFargateService`,
// `CodePipelineSource`, `SQSEvent`, `GlueJobOperator`, `DynamoDBToS3Operator`): the name is split into its
// CamelCase words, and the longest run of words that spells a service's name (any of its names, without
// "Amazon"/"AWS", or a singular of a plural one) or its SDK name is that service. Built once per matcher
// from the catalog, so every service with a note is covered in every language the same way.
import { Resolver } from './claims';

/** A run of words that names a service; `ambiguous` when the words are an English name (Glue, Lambda). */
export interface TypePart { serviceId: string; at: number; length: number; ambiguous: boolean }

interface WordEntry { id: string; ambiguous: boolean; sdkOnly: boolean }

const tables = new WeakMap<Resolver, Map<string, WordEntry>>();
const MAX_RUN = 4;

/** Flattened names → service: `stepfunctions`, `stepfunction`, `codepipeline`, `fargate`, `vpc`, `s3`. */
function wordTable(r: Resolver): Map<string, WordEntry> {
  let table = tables.get(r);
  if (table) return table;
  table = new Map();
  const claim = new Map<string, { ids: string[]; ambiguous: Set<string>; named: boolean }>();
  const put = (key: string, id: string, ambiguous: boolean, named = true) => {
    if (key.length < 2 || (key.length < 3 && !/\d/.test(key))) return; // "Q", "Es": too short to be a word of a class name
    if (key === 'cfn') return; // `CfnIntegration`: the CDK's prefix of its L1 constructs, not CloudFormation
    const c = claim.get(key) ?? { ids: [], ambiguous: new Set<string>(), named: false };
    if (!c.ids.includes(id)) c.ids.push(id);
    c.named ||= named;
    if (ambiguous) c.ambiguous.add(id);
    claim.set(key, c);
  };
  const flat = (n: string) => n.replace(/\s*\([^)]*\)/g, '').replace(/^(?:Amazon|AWS)\s+/i, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const s of r.services.values()) {
    // Only an ambiguous name that is an English word is ambiguous inside a class name (Glue, Batch, Config);
    // `APIGateway`, `S3` or `Kms` in an AWS library's class is the service.
    const ambiguous = new Set(s.ambiguous.map((n) => n.replace(/^(?:Amazon|AWS)\s+/i, '')).filter((n) => /^[A-Z][a-z]+$/.test(n)).map(flat));
    const raw = [s.name, s.shortName ?? '', ...s.formerNames, ...s.aliases, ...s.ambiguous].filter(Boolean);
    const names = raw.map(flat).filter(Boolean);
    for (const w of raw) {
      const n = flat(w);
      // An alias spelled as an identifier (`redshift-data`) counts as an SDK name, not a service name.
      const named = !w.includes('-');
      put(n, s.id, ambiguous.has(n), named);
      // "Step Functions" → StepFunctionStartExecutionOperator; "CloudWatch Events" → CloudWatchEvent.
      if (/[a-z]{3}s$/.test(n) && !/ss$/.test(n)) put(n.slice(0, -1), s.id, ambiguous.has(n), named);
    }
    // An SDK name that starts one of the service's names (`redshiftdata` of "Redshift Data API"); one that
    // does not (`logs`, `events`, `scheduler`, `transfer`) is an English word of many class names.
    for (const b of s.identifiers.boto3 ?? []) {
      const k = b.toLowerCase().replace(/-/g, '');
      if (names.some((n) => n.startsWith(k))) put(k, s.id, ambiguous.has(k), false);
    }
  }
  for (const [key, c] of claim) {
    const id = r.resolve(key, c.ids);
    if (id) table.set(key, { id, ambiguous: c.ambiguous.has(id), sdkOnly: !c.named });
  }
  tables.set(r, table);
  return table;
}

/** `ownService` '*': a name that is itself AWS's (an Airflow provider module `glue`), ambiguous names allowed. */
export const ANY_SERVICE = '*';

function ownedBy(id: string, own: string | undefined, r: Resolver): boolean {
  if (own === ANY_SERVICE) return true;
  if (!own) return false;
  const s = r.services.get(id);
  if (id === own || s?.parent === own) return true;
  // Services of one SDK package (`Vpc` in the CDK's ec2 module: VPC and EC2 are both the `ec2` API).
  const theirs = r.services.get(own)?.identifiers.boto3 ?? [];
  return (s?.identifiers.boto3 ?? []).some((b) => theirs.includes(b));
}

// Declared once (a literal in the function is a new RegExp object per call); camelWords resets CAMEL_WORD's lastIndex.
const CAMEL_WORD = /[A-Z]+[0-9]*(?![a-z])|[A-Z]?[a-z]+[0-9]*|[0-9]+/g;
const CDK_INTERFACE = /^I[A-Z][a-z]/;

/** CamelCase words with their offsets: `DynamoDBToS3Operator` → Dynamo, DB, To, S3, Operator. */
export function camelWords(name: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  const re = CAMEL_WORD;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(name))) out.push({ word: m[0].toLowerCase(), at: m.index });
  return out;
}

/**
 * The services a class name from an AWS library names. An ambiguous name (Glue, Lambda, Batch, Config)
 * counts only in a class of that service's own package (`GlueTransform` from awsglue, `BatchOperator` from
 * the Batch operators), so `BatchWriteItemRequest` of DynamoDB or `LambdaDestination` of S3 stay words.
 * `namesOnly`: service names only, not SDK names (`REDSHIFT_DATA_SHARES` is Redshift's data sharing).
 */
export function typeParts(name: string, r: Resolver, ownService?: string, namesOnly = false): TypePart[] {
  // `IVpc`, `IBucket`: an interface type of the CDK describes what a construct needs, like a parameter's type.
  if (CDK_INTERFACE.test(name)) return [];
  const table = wordTable(r);
  const words = camelWords(name);
  const out: TypePart[] = [];
  for (let i = 0; i < words.length; i++) {
    let hit: { e: WordEntry; j: number } | undefined;
    let key = '';
    for (let j = i; j < Math.min(words.length, i + MAX_RUN); j++) {
      key += words[j].word;
      const e = table.get(key);
      if (e && (!namesOnly || !e.sdkOnly) && (!e.ambiguous || ownedBy(e.id, ownService, r))) hit = { e, j };
    }
    if (!hit) continue;
    const end = hit.j + 1 < words.length ? words[hit.j + 1].at : name.length;
    out.push({ serviceId: hit.e.id, at: words[i].at, length: end - words[i].at, ambiguous: hit.e.ambiguous });
    i = hit.j;
  }
  return out;
}
