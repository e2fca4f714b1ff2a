// What a library path stands for: the service a JS/TS or Python module path binds (`aws-cdk-lib/aws-ecs` → ECS,
// `@aws-sdk/client-s3` → S3), the service whose own package a library is, and the services the classes a file
// imports from an AWS library spell (`SqsQueue`, `GlueJobOperator`).
import { Resolver } from './claims';
import { ANY_SERVICE, TypePart, typeParts } from './classWords';
import { Binding, MatchKind } from './types';
import { WRANGLER } from './wrangler';
import { cdkCoreParts, CDK_CORE_PACKAGE } from './cdkCore';

/** What a file's imports bind, filled by imports.ts and typedImports.ts into the file's FileContext. */
export interface ImportFacts {
  readonly aliases: Map<string, Binding | typeof WRANGLER>;
  readonly cdkBlockLines: Set<number>;
  readonly wranglerImportLines: Set<number>;
  readonly sdkTypes: Map<string, Binding>;
  readonly typeParts: Map<string, TypePart[]>;
  readonly importedWords: Map<string, string | undefined>;
  readonly localClasses: Set<string>;
}

const CDK_SOURCE = /^(?:aws-cdk-lib|@aws-cdk\/|aws_cdk\b|software\.amazon\.awscdk\.)/;
const STEPFUNCTIONS_TASKS = /stepfunctions[-_]?tasks$/;
/** The service whose events a .NET Lambda events package (`Amazon.Lambda.<Source>Events`) describes. */
export const LAMBDA_EVENT_SOURCES: Record<string, string> = {
  apigateway: 'api-gateway', kinesis: 'kinesis-data-streams', kinesisfirehose: 'data-firehose', dynamodb: 'dynamodb-streams', s3: 's3',
  sqs: 'sqs', sns: 'sns', cloudwatchlogs: 'cloudwatch-logs', cloudwatchevents: 'eventbridge', kafka: 'msk', cognito: 'cognito',
};

/** The service a JS/TS or Python module path stands for. */
export function moduleBinding(source: string, r: Resolver): Binding | typeof WRANGLER | undefined {
  const s = source.trim();
  if (s === 'awswrangler') return WRANGLER;
  // The CDK's own libraries: aws-cdk-lib, @aws-cdk/core, @aws-cdk/assert, aws-cdk-lib/assertions.
  if (s === 'aws-cdk-lib' || s === 'aws_cdk' || s === 'aws_cdk.core' || /^(?:@aws-cdk|aws-cdk-lib)\/(?!aws-)[a-z0-9-]+$/.test(s)) return bind(r, 'cdk', 'cdk');
  let m = /^(?:aws-cdk-lib\/|@aws-cdk\/|aws_cdk\.)(aws[-_][a-z0-9_-]+)$/.exec(s);
  if (m) return cdkBinding(r, m[1]);
  m = /^@aws-sdk\/client-([a-z0-9-]+)$/.exec(s);
  if (m) return bind(r, r.pick('jsSdk', m[1]), 'sdk');
  m = /^aws-sdk\/clients\/([a-z0-9]+)$/.exec(s);
  if (m) return bind(r, r.sdkService(m[1]), 'sdk');
  return undefined;
}

/** The service whose own package a library path is (`aws_cdk.aws_glue` → Glue), if any. */
export function packageOwner(source: string, r: Resolver): string | undefined {
  // aws-stepfunctions-tasks: `LambdaInvoke`, `GlueStartJobRun` name the service the task calls, English names too.
  if (/stepfunctions[-_.]?tasks$/.test(source)) return ANY_SERVICE;
  const b = moduleBinding(source, r);
  if (b && b !== WRANGLER) return b.serviceId;
  if (source === 'aws-lambda' || source.startsWith('@aws-lambda-powertools/') || source.startsWith('aws_lambda_powertools')) return 'lambda';
  if (/^awsglue\b/.test(source)) return r.pick('boto3', 'glue');
  // Strands Agents' model classes name the provider they call (`BedrockModel`, `SageMakerAIModel`), AWS's or not.
  if (/^strands\.models\b/.test(source)) return ANY_SERVICE;
  let m = /^aws_cdk\.(aws_[a-z0-9_]+)/.exec(source);
  if (m) return r.cdkModule(m[1]);
  m = /^airflow\.providers\.amazon\.aws\.[a-z]+\.([a-z0-9_]+)/.exec(source);
  if (m) return airflowModule(m[1], r)[0];
  m = /^(?:software\.amazon\.awssdk|com\.amazonaws|aws\.sdk\.kotlin)\.services\.([a-z0-9]+)/.exec(source);
  if (m) return r.packageService(source) ?? r.sdkService(m[1]);
  m = /^software\.amazon\.awscdk\.services\.([a-z0-9]+)/.exec(source);
  if (m) return r.cdkModule('aws-' + m[1]);
  return r.packageService(source);
}

/** The services an Airflow Amazon provider module calls: `glue_crawler` → Glue crawler, `s3_to_redshift` → S3 and Redshift. */
export function airflowModule(mod: string, r: Resolver): string[] {
  return mod.split('_to_').map((part) => {
    const camel = part.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
    return typeParts(camel, r, ANY_SERVICE)[0]?.serviceId;
  }).filter((id): id is string => !!id);
}

/** Classes a file imports from an AWS library, by the services their names spell. */
export function bindTypes(source: string, names: string[], r: Resolver, ctx: ImportFacts): void {
  let own: string | undefined;
  let ownKnown = false;
  if (CDK_CORE_PACKAGE.test(source)) cdkCoreParts(names, r, ctx.typeParts);
  for (const name of names) {
    if (!/^[A-Z][A-Za-z0-9]+$/.test(name) || ctx.typeParts.has(name)) continue;
    if (!ownKnown) { own = packageOwner(source, r); ownKnown = true; }
    // An interface imported by name from a CDK module (Java's `import software.amazon.awscdk.services.ec2.IVpc;`)
    // names its class's service, `IVpc` as `Vpc` (round 15); `ec2.IVpc` stays its module's alias.
    const iface = CDK_SOURCE.test(source) && /^I[A-Z][a-z]/.test(name) ? 1 : 0;
    const parts = typeParts(name.slice(iface), r, own).map((p) => ({ ...p, at: p.at + iface }));
    // The CDK's own CloudFormation elements, `CfnOutput`, `CfnParameter` from aws-cdk-lib: the CDK's classes.
    if (!parts.length && own === 'cdk' && /^Cfn[A-Z]/.test(name)) parts.push({ serviceId: own, at: 0, length: name.length, ambiguous: false });
    if (parts.length) ctx.typeParts.set(name, parts);
  }
}

/**
 * `var ddb = new AWS.DynamoDB(…)`: a client variable named by its service's one-word alias (DDB is DynamoDB's, round 13)
 * is named as its service, as `dynamodb = boto3.client("dynamodb")` is.
 */
export function namedByAlias(variable: string, b: Binding | undefined, r: Resolver): boolean {
  if (!b) return false;
  const name = variable.toLowerCase();
  return (r.services.get(b.serviceId)?.aliases ?? []).some((a) => /^[A-Za-z0-9]+$/.test(a) && a.toLowerCase() === name);
}

/** A CDK module's binding; aws-stepfunctions-tasks's classes name the service each task calls, not Step Functions. */
export function cdkBinding(r: Resolver, mod: string): Binding | undefined {
  const b = bind(r, r.cdkModule(mod), 'cdk');
  return b && STEPFUNCTIONS_TASKS.test(mod) ? { ...b, calls: true } : b;
}

export function bind(r: Resolver, id: string | undefined, kind: MatchKind): Binding | undefined {
  return id && r.services.has(id) ? { serviceId: id, kind } : undefined;
}
