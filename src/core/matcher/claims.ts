// Identifier tables: which services' notes claim an identifier (a boto3 name, a CDK module, a Terraform
// prefix…), and how one claimant is chosen when several notes claim the same one.
import { Service } from '../model';
import { SDK_LONG_NAMES } from './sdkLongNames';
import { CLAIM_KINDS, ClaimKind, MatcherTables } from './types';

const NO_CLAIMANTS: readonly string[] = Object.freeze([]);

/** identifier → claiming service ids, in the order the notes were read. */
export class Claims {
  private readonly map = new Map<string, string[]>();
  add(key: string, id: string): void {
    const list = this.map.get(key);
    if (!list) this.map.set(key, [id]); else if (!list.includes(id)) list.push(id);
  }
  /** The claimants, or a shared empty list (a lookup that misses allocates nothing: the hover asks many). */
  get(key: string): readonly string[] { return this.map.get(key) ?? NO_CLAIMANTS; }
  has(key: string): boolean { return this.map.has(key); }
  keys(): IterableIterator<string> { return this.map.keys(); }
  toJSON(): [string, string[]][] { return [...this.map]; }
  load(entries: [string, string[]][]): void { for (const [k, v] of entries) this.map.set(k, v); }
}

// Endpoint host labels that are not the boto3 name of their service.
const ENDPOINT_ALIASES: Record<string, string> = {
  monitoring: 'cloudwatch', elasticmapreduce: 'emr', states: 'stepfunctions', airflow: 'mwaa', 'execute-api': 'apigateway',
  email: 'ses', 'data-ats': 'iot', runtime: 'sagemaker-runtime', es: 'es', aoss: 'opensearchserverless',
};

/** The claim tables of one matcher and the rules that turn an identifier into one service id. */
export class Resolver {
  readonly claims = Object.fromEntries(CLAIM_KINDS.map((k) => [k, new Claims()])) as Record<ClaimKind, Claims>;
  /** Answers of `resolve` by identifier, with the claimants each was for (compared in place: no key string per hover). */
  private readonly resolved = new Map<string, { claimants: readonly string[]; id: string | undefined }[]>();
  private resolvedCount = 0;
  /** CDK modules without hyphens (`awss3`, `awslambda`): Go's package names. */
  private flatCdk: Map<string, string> | undefined;

  constructor(readonly services: ReadonlyMap<string, Service>) {}

  addService(s: Service): void {
    const ids = s.identifiers;
    const put = (k: ClaimKind, key: string) => this.claims[k].add(key, s.id);
    for (const v of ids.boto3 ?? []) { put('boto3', v.toLowerCase()); put('sdkClass', v.toLowerCase().replace(/-/g, '')); }
    for (const v of ids.jsSdk ?? []) {
      const pkg = v.toLowerCase().replace(/^.*client-/, '');
      put('jsSdk', pkg);
      put('sdkClass', pkg.replace(/-/g, ''));
    }
    for (const v of ids.cfn ?? []) {
      const t = v.trim();
      put(/::$/.test(t) ? 'cfnPrefixes' : 'cfnTypes', t.toLowerCase());
    }
    for (const v of ids.terraform ?? []) {
      const t = v.trim().toLowerCase();
      put(t.endsWith('_') ? 'tfPrefixes' : 'tfExact', t);
    }
    for (const v of ids.iam ?? []) { put('iam', v.toLowerCase()); put('arnNs', v.toLowerCase()); }
    for (const v of ids.arn ?? []) put('arnNs', v.toLowerCase());
    for (const v of ids.principal ?? []) put('principal', v.toLowerCase());
    for (const v of ids.cli ?? []) put('cli', v.toLowerCase());
    for (const v of ids.cdk ?? []) put('cdk', v.toLowerCase().replace(/^aws-cdk-lib\//, '').replace(/_/g, '-'));
    for (const v of ids.uri ?? []) put('uri', v.toLowerCase().replace(/:\/\/$/, ''));
    // Library namespaces that are the service's own (software.amazon.kinesis is the KCL): case as written.
    for (const v of ids.package ?? []) put('package', v.trim());
  }

  load(tables: MatcherTables['claims']): void {
    for (const k of CLAIM_KINDS) this.claims[k].load(tables[k] ?? []); // tables from before a kind was added
  }

  toJSON(): MatcherTables['claims'] {
    const out = {} as MatcherTables['claims'];
    for (const k of CLAIM_KINDS) out[k] = this.claims[k].toJSON();
    return out;
  }

  pick(kind: ClaimKind, key: string): string | undefined {
    return this.resolve(key, this.claims[kind].get(key));
  }

  /** An SDK service name as Java, Kotlin, Go, Rust and .NET spell it (`s3`, `dynamodbv2`, `BedrockAgentRuntime`). */
  sdkService(name: string): string | undefined {
    const flat = name.toLowerCase().replace(/[-_]/g, '');
    const exact = this.pick('sdkClass', flat) ?? this.pick('boto3', flat);
    if (exact) return exact;
    // A long name is known whole: it has a service (IAM for identitymanagement) or none, never a prefix's.
    if (flat in SDK_LONG_NAMES) return this.pick('boto3', SDK_LONG_NAMES[flat]);
    // A known name plus a version or variant suffix: dynamodbv2, s3control, kinesisanalyticsv2.
    for (let n = flat.length - 1; n >= 2; n--) {
      const id = this.pick('sdkClass', flat.slice(0, n));
      if (id) return id;
    }
    return undefined;
  }

  /**
   * A CDK module by its longest known prefix: aws-ecs-patterns → aws-ecs, aws-lambda-nodejs → aws-lambda,
   * aws-s3-notifications → aws-s3. Accepts `aws_ecs_patterns` and Go's `awss3notifications` too.
   */
  cdkModule(mod: string): string | undefined {
    const m = mod.toLowerCase().replace(/_/g, '-').replace(/-alpha$/, '');
    if (m.includes('-')) {
      for (let key = m; key.includes('-'); key = key.slice(0, key.lastIndexOf('-'))) {
        const id = this.pick('cdk', key);
        if (id) return id;
      }
      // `aws-route53resolver`: a module of one word after `aws-` is known by its longest known prefix, as Go's
      // `awsroute53resolver` is (round 16).
      if (!/^aws-[a-z0-9]+$/.test(m)) return undefined;
      return this.cdkModule('aws' + m.slice(4));
    }
    if (!this.flatCdk) {
      this.flatCdk = new Map();
      for (const k of this.claims.cdk.keys()) this.flatCdk.set(k.replace(/-/g, ''), k);
    }
    for (let n = m.length; n > 4; n--) {
      const key = this.flatCdk.get(m.slice(0, n));
      // A prefix of two letters is no word of the module's name: `awscertificatemanager` is not Cost Explorer's `awsce`
      // (`awss3express` is S3's: a digit ends a word).
      if (key && (n === m.length || n >= 6 || /[0-9]$/.test(key))) return this.pick('cdk', key);
    }
    return undefined;
  }

  private packages: { re: RegExp; triggers: string[]; trigger: RegExp } | undefined;

  /**
   * One pattern for every claimed library namespace, longest first, with the strings that must precede a try
   * (`trigger`: any of them, one test instead of a loop over them on every hover).
   */
  packagePattern(): { re: RegExp; triggers: string[]; trigger: RegExp } {
    if (this.packages) return this.packages;
    const keys = [...this.claims.package.keys()].sort((a, b) => b.length - a.length);
    const esc = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const re = new RegExp(String.raw`(?<![\w.@/-])(?:${esc.join('|') || '(?!)'})(?![\w-])`, 'g');
    // Up to the second separator (`software.amazon`, `com.simba`): one segment alone (`com`) is in too many words.
    const triggers = [...new Set(keys.map((k) => /^[^./]+[./]?[^./]*/.exec(k)![0]))];
    const trigger = new RegExp(triggers.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|') || '(?!)');
    return (this.packages = { re, triggers, trigger });
  }

  /** A library namespace claimed by a note (`software.amazon.kinesis.lifecycle` → the KCL): the longest claimed prefix. */
  packageService(path: string): string | undefined {
    for (let p = path; p; p = p.slice(0, Math.max(0, p.search(/[./][^./]*$/)))) {
      const id = this.pick('package', p);
      if (id) return id;
    }
    return undefined;
  }

  /** A Terraform registry module by its name: `s3-bucket` (terraform-aws-modules/s3-bucket/aws) → S3, `vpc` → VPC. */
  registryModule(name: string): string | undefined {
    const named = this.cdkModule('aws-' + name) ?? this.pick('boto3', name.replace(/-/g, ''));
    if (named) return named;
    // A module named after a resource kind rather than a service (`security-group`, whose Terraform type
    // is a VPC resource) names none: its first word must be the service's (`msk-kafka-cluster` → MSK).
    const id = this.terraform('aws_' + name.replace(/-/g, '_')), first = name.split('-')[0];
    return id && (id.split('-').includes(first) || this.pick('boto3', first) === id) ? id : undefined;
  }

  terraform(type: string): string | undefined {
    // A note that claims the whole type (`aws_glue_partition`: the Data Catalog) wins over one that claims a prefix.
    const exact = this.claims.tfExact.get(type);
    if (exact.length) return this.resolve(type, exact);
    const claimants = [...this.claims.tfPrefixes.get(type + '_')];
    // Of the prefixes that end at an underscore, only the longest claimed one: aws_cloudwatch_event_target
    // is EventBridge's (aws_cloudwatch_event_, its former name), not CloudWatch's (aws_cloudwatch_).
    for (let i = type.lastIndexOf('_', type.length - 2); i > 0; i = type.lastIndexOf('_', i - 1)) {
      const prefixed = this.claims.tfPrefixes.get(type.slice(0, i + 1));
      if (prefixed.length) { claimants.push(...prefixed); break; }
    }
    return this.resolve(type, claimants);
  }

  cfn(full: string, namespace: string): string | undefined {
    // As for Terraform: a claim of the whole type (`AWS::EC2::Volume`: EBS) wins over the namespace's.
    const exact = this.claims.cfnTypes.get(full.toLowerCase());
    return this.resolve(full.toLowerCase(), exact.length ? exact : this.claims.cfnPrefixes.get(namespace.toLowerCase() + '::'));
  }

  arnService(ns: string): string | undefined {
    return this.pick('arnNs', ns) ?? this.pick('boto3', ns);
  }

  endpointService(labels: string): string | undefined {
    const parts = labels.split('.').filter(Boolean);
    const joined = parts.join('.');
    if (joined.startsWith('streams.dynamodb')) return this.pick('boto3', 'dynamodbstreams') ?? this.pick('boto3', 'dynamodb');
    for (const p of parts) {
      if (!/^[a-z0-9-]+$/.test(p) || /^(?:us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d$/.test(p) || p === 'fips' || p === 'api' || p === 'dualstack' || p === 'dkr') continue;
      const id = ENDPOINT_ALIASES[p] ? this.pick('boto3', ENDPOINT_ALIASES[p]) : this.pick('boto3', p) ?? this.pick('iam', p);
      if (id) return id;
    }
    return undefined;
  }

  /**
   * Several notes may claim one identifier (`glue` for Glue and its sub-features, `kinesis` for Data
   * Streams and the Kinesis brand, `aws_glue_catalog_` and `aws_glue_`). The service whose id words best
   * (and one-word aliases) match the identifier wins; brands and discontinued products come last;
   * on a tie, parents before sub-features, then the closest fit.
   */
  resolve(identifier: string, claimants: readonly string[]): string | undefined {
    if (claimants.length <= 1) return claimants[0];
    // Pure in its inputs, and the same identifiers come back on every hover: remember the answers.
    const known = this.resolved.get(identifier);
    if (known) for (const k of known) if (sameList(k.claimants, claimants)) return k.id;
    const id = this.pickClaimant(identifier, claimants);
    if (this.resolvedCount < 5000) {
      this.resolvedCount++;
      if (known) known.push({ claimants: [...claimants], id }); else this.resolved.set(identifier, [{ claimants: [...claimants], id }]);
    }
    return id;
  }

  private pickClaimant(identifier: string, claimants: readonly string[]): string | undefined {
    const flat = identifier.toLowerCase().replace(/[^a-z0-9]/g, '');
    let best: { id: string; key: number[] } | undefined;
    for (const id of new Set(claimants)) {
      const s = this.services.get(id);
      const aliases = s ? [s.shortName ?? '', ...s.aliases].filter((a) => /^[A-Za-z0-9]+$/.test(a)).map((a) => a.toLowerCase()) : [];
      const words = [...new Set([...id.split('-'), ...aliases])].filter((w) => w.length >= 2);
      const matched = words.filter((w) => flat.includes(w)).length;
      const tier = /brand|discontinued|legacy/i.test(s?.scope ?? '') ? 1 : 0;
      const key = [-tier, matched, s?.parent ? 0 : 1, matched / Math.max(1, words.length)];
      if (!best || compareKeys(key, best.key) > 0 || (compareKeys(key, best.key) === 0 && id < best.id)) best = { id, key };
    }
    return best?.id;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
