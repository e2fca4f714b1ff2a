// What each service IS, finer than the console category: an exam offers a storage service beside a
// storage key and an orchestrator beside an orchestration key. The console's "Analytics" holds a stream
// store, a query engine, a BI tool and a Java client library at once, so it cannot decide whether a
// distractor is of the key's kind (Kinesis Agent offered as a data-prep tool, IAM as a data store).
//
// A service can be of several kinds (EventBridge routes events and schedules pipelines), its main kind
// first. Two services are of the same kind when they share one. Services missing here (a user's own catalog) fall back to
// their console category.
import { Service } from '../model';

export type ServiceKind =
  | 'stream' | 'stream-client' | 'messaging' | 'process' | 'prep' | 'query' | 'warehouse' | 'database'
  | 'storage' | 'orchestration' | 'transfer' | 'migration' | 'catalog' | 'identity' | 'secrets' | 'protection'
  | 'monitoring' | 'network' | 'iac' | 'cicd' | 'cli' | 'compute' | 'containers' | 'registry' | 'ml' | 'bi' | 'cost' | 'vector' | 'table' | 'review' | 'backup';

const KINDS: Record<string, ServiceKind[]> = {
  'amazon-kinesis': ['stream'],
  'kinesis-data-streams': ['stream', 'messaging'],
  'data-firehose': ['stream'],
  msk: ['stream', 'messaging'],
  'msk-connect': ['stream', 'transfer'],
  'kinesis-video-streams': ['stream'],
  'opensearch-ingestion': ['stream', 'transfer'],
  'kinesis-agent': ['stream-client'],
  'kinesis-producer-library': ['stream-client'],
  'kinesis-client-library': ['stream-client'],
  'kinesis-data-analytics-sql': ['process'],
  sqs: ['messaging'],
  sns: ['messaging'],
  eventbridge: ['messaging', 'orchestration'],
  'eventbridge-pipes': ['messaging'],
  'eventbridge-scheduler': ['orchestration'],
  glue: ['process'],
  emr: ['process'],
  'emr-serverless': ['process'],
  'emr-on-eks': ['process'],
  lambda: ['process'],
  'managed-service-for-apache-flink': ['process'],
  batch: ['process', 'containers'],
  ec2: ['compute', 'containers'],
  'glue-studio': ['process', 'prep'],
  'glue-databrew': ['prep'],
  'sagemaker-data-wrangler': ['prep', 'ml'],
  'glue-data-quality': ['catalog'],
  athena: ['query'],
  'redshift-spectrum': ['query'],
  's3-select': ['query'],
  'cloudwatch-logs-insights': ['monitoring'],
  redshift: ['warehouse', 'query'],
  'redshift-serverless': ['warehouse', 'query'],
  'redshift-data-api': ['warehouse'],
  rds: ['database'],
  aurora: ['database', 'vector'],
  dynamodb: ['database'],
  'dynamodb-streams': ['stream'],
  dax: ['database'],
  documentdb: ['database', 'vector'],
  neptune: ['database', 'vector'],
  keyspaces: ['database'],
  memorydb: ['database', 'vector'],
  elasticache: ['database'],
  timestream: ['database'],
  'opensearch-service': ['query', 'vector'],
  'opensearch-serverless': ['vector', 'query'],
  s3: ['storage'],
  's3-glacier': ['storage'],
  // Managed Iceberg tables and vector indexes are asked beside query engines and vector stores, not beside
  // block volumes, backups and tape (EBS, AWS Backup and EFS beside S3 Tables were implausible in review r7).
  's3-tables': ['table'],
  's3-vectors': ['vector'],
  efs: ['storage'],
  ebs: ['storage'],
  backup: ['backup'],
  'storage-gateway': ['storage', 'transfer'],
  'step-functions': ['orchestration'],
  mwaa: ['orchestration'],
  'mwaa-serverless': ['orchestration'],
  'glue-workflows': ['orchestration'],
  'data-pipeline': ['orchestration'],
  datasync: ['transfer'],
  'transfer-family': ['transfer'],
  'snow-family': ['transfer'],
  'snowball-edge': ['transfer'],
  snowcone: ['transfer'],
  snowmobile: ['transfer'],
  dms: ['transfer', 'migration'],
  'dms-schema-conversion': ['migration'],
  'schema-conversion-tool': ['migration'],
  'application-migration-service': ['migration'],
  'application-discovery-service': ['migration'],
  appflow: ['transfer'],
  'data-exchange': ['transfer'],
  'glue-data-catalog': ['catalog'],
  'glue-crawler': ['catalog'],
  'glue-schema-registry': ['catalog'],
  'lake-formation': ['catalog'],
  datazone: ['catalog'],
  'sagemaker-catalog': ['catalog'],
  'sagemaker-unified-studio': ['catalog', 'ml'],
  'sagemaker-ml-lineage-tracking': ['ml'],
  iam: ['identity'],
  sts: ['identity'],
  organizations: ['identity'],
  kms: ['secrets'],
  'secrets-manager': ['secrets'],
  'ssm-parameter-store': ['secrets'],
  'systems-manager': ['monitoring'],
  macie: ['protection'],
  shield: ['protection'],
  waf: ['protection'],
  cloudwatch: ['monitoring'],
  'cloudwatch-logs': ['monitoring'],
  cloudtrail: ['monitoring'],
  'cloudtrail-lake': ['monitoring'],
  config: ['monitoring'],
  'managed-grafana': ['bi'],
  // A review of workloads against best practices, not a monitor: beside CloudWatch alarms or Config rules it
  // was an implausible option (blind reviews r5 and r7).
  'well-architected-tool': ['review'],
  quicksight: ['bi'],
  vpc: ['network'],
  privatelink: ['network'],
  'direct-connect': ['network'],
  'route-53': ['network'],
  cloudfront: ['network'],
  'api-gateway': ['network'],
  cloudformation: ['iac'],
  cdk: ['iac'],
  sam: ['iac'],
  codebuild: ['cicd'],
  codedeploy: ['cicd'],
  codepipeline: ['cicd'],
  codecommit: ['cicd'],
  cloud9: ['cicd'],
  'aws-cli': ['cli'],
  // A registry stores images and runs nothing: never a compute or orchestration rival beside EC2, Fargate, ECS or
  // Batch (blind review r25: ECR offered as a way to run containers); an ECR key still takes them as near rivals.
  ecr: ['registry'],
  ecs: ['containers'],
  eks: ['containers'],
  fargate: ['containers'],
  'sagemaker-ai': ['ml'],
  bedrock: ['ml'],
  kendra: ['ml'],
  'amazon-q': ['ml'],
  budgets: ['cost'],
  'cost-explorer': ['cost'],
};

/**
 * Services too entangled to be told apart by one cue: an interface endpoint is PrivateLink and also a
 * VPC feature; Glue Studio has DataBrew's recipes as a node. Never each other's distractor.
 */
const ENTANGLED: [string, string][] = [
  ['privatelink', 'vpc'],
  ['glue-studio', 'glue-databrew'],
  ['eventbridge', 'eventbridge-scheduler'],
  ['sts', 'iam'],
  ['datazone', 'sagemaker-catalog'],
  ['datazone', 'sagemaker-unified-studio'],
  ['sagemaker-catalog', 'sagemaker-unified-studio'],
  ['systems-manager', 'ssm-parameter-store'],
];

/** The kinds of a service: from the table, else its console category ("Database (DynamoDB feature)" → "Database"). */
export function kindsOf(s: Service): string[] {
  return KINDS[s.id] ?? [`category:${s.category.replace(/\s*\(.*$/, '')}`];
}

/** Two services an exam would set side by side: they share a kind. */
export function sameKind(a: Service, b: Service): boolean {
  const ka = kindsOf(a);
  return kindsOf(b).some((k) => ka.includes(k));
}

// When a kind has too few members for three distractors, the nearest kinds an exam would still set
// beside it (a data-prep key among ETL engines, IAM among key and secret stores). Cost, CLI and BI have none.
const NEAR: Partial<Record<ServiceKind, ServiceKind[]>> = {
  prep: ['process'],
  // AWS Backup copies what storage and databases hold: a backup key takes storage rivals, but a data store's
  // question never offers AWS Backup, which stores nothing of its own (blind review r30).
  backup: ['storage'],
  'stream-client': ['stream'],
  stream: ['messaging'],
  messaging: ['stream'],
  warehouse: ['database', 'query'],
  vector: ['database'],
  table: ['warehouse', 'process'],
  query: ['warehouse'],
  identity: ['secrets', 'protection'],
  secrets: ['identity', 'protection'],
  protection: ['identity', 'secrets'],
  iac: ['cicd'],
  cicd: ['iac'],
  orchestration: ['messaging'],
  containers: ['process'],
  migration: ['transfer'],
  registry: ['containers'],
};

// In users' notes, a query engine over S3 has few rivals once those that also run SQL on S3 are left out
// (SHARED below): databases that run SQL on their own storage are the plausible wrong answers (blind review
// r10). Users' notes only: the bundled bank keeps its own measured pools.
export const USER_NEAR: Partial<Record<ServiceKind, ServiceKind[]>> = {
  query: ['database'],
};

/** The kinds near a service's own kinds. */
export function nearKindsOf(key: Service, user = false): string[] {
  return kindsOf(key).flatMap((k) => [...(NEAR[k as ServiceKind] ?? []), ...(user ? USER_NEAR[k as ServiceKind] ?? [] : [])]);
}

// Near by one kind, far by another: a visual ETL editor (Glue Studio: process and prep) is no container
// launch type beside Fargate, though processing engines are near containers (blind review r8).
// A stream store (Kinesis Data Streams, MSK) moves records and orchestrates nothing: beside Step Functions it is ruled
// out without knowing orchestration (blind reviews r18–r20, users' notes); queues and topics stay near orchestrators.
const FAR: Partial<Record<ServiceKind, ServiceKind[]>> = {
  containers: ['prep'],
  orchestration: ['stream'],
};

/** A service of a kind near one of the key's, for kinds with few members; `user`: in a user's note. */
export function nearKind(key: Service, other: Service, user = false): boolean {
  const near = nearKindsOf(key, user);
  const far = kindsOf(key).flatMap((k) => FAR[k as ServiceKind] ?? []);
  return kindsOf(other).some((k) => near.includes(k)) && !kindsOf(other).some((k) => far.includes(k as ServiceKind));
}

/** Two services one cue cannot tell apart (a VPC feature and the VPC). */
export function entangled(a: Service, b: Service): boolean {
  return ENTANGLED.some(([x, y]) => (a.id === x && b.id === y) || (a.id === y && b.id === x));
}

// Limits and defaults an exam on data engineering asks: of services that hold, move, process, query,
// catalogue, encrypt or log data. A container platform's support calendar, a stack's resource count or
// the size of an IAM policy document is trivia for this exam.
const NUMBER_KINDS = new Set<string>(['stream', 'messaging', 'process', 'query', 'warehouse', 'database', 'storage', 'vector',
  'orchestration', 'transfer', 'catalog', 'secrets', 'network', 'prep']);

// Monitoring services: how long they keep data is exam material (CloudTrail's 90 days); their per-account
// quotas (concurrent queries, subscription filters per log group) are not.
const DURATION = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;

/** A number (`key`, with its unit) about this service is worth a question: a limit or default of a data service. */
export function numbersWorthAsking(s: Service, key = ''): boolean {
  return kindsOf(s).some((k) => (k === 'monitoring' ? DURATION.test(key.trim()) : NUMBER_KINDS.has(k) || k.startsWith('category:')));
}

// Capabilities two services share, so that a stem about one gives two defensible keys: both Kinesis Data
// Streams and Amazon MSK keep records for a new consumer to re-read from the start.
const SHARED: { cue: RegExp; ids: string[] }[] = [
  { cue: /\bre-?read|\breplay|from the (?:beginning|start)|earliest offset|rewind|(?:at|in) (?:its|their) own pace/i, ids: ['kinesis-data-streams', 'msk'] },
  // SQL over data kept in S3 (blind review r10): Athena, Redshift through Spectrum (and its Data API), EMR's
  // Presto/Hive and an OpenSearch domain's direct query all do it; only "serverless, per query" or a
  // warehouse named in the stem would tell them apart, so none is another's distractor.
  { cue: /\bS3\b[^?]*\bSQL\b|\bSQL\b[^?]*\bS3\b/i, ids: ['athena', 'redshift', 'redshift-spectrum', 'redshift-serverless', 'redshift-data-api', 'emr', 'emr-serverless', 'opensearch-service', 'opensearch-serverless', 's3-select'] },
  // Data moved in from on-premises storage or an HDFS cluster: DataSync online, Storage Gateway's file gateway as a hybrid
  // share, the Snow devices offline (r10).
  { cue: /\bon-?prem(?:ises)?\b[^?]*\b(?:storage|file (?:server|system|share)s?|NAS|NFS|SMB)\b|\bHDFS\b/i, ids: ['datasync', 'storage-gateway', 'snow-family', 'snowball-edge', 'snowcone', 'snowmobile'] },
];

/** The stem asks for a capability the key shares with this service. */
export function sharesCapability(stem: string, key: Service, other: Service): boolean {
  return SHARED.some((c) => c.ids.includes(key.id) && c.ids.includes(other.id) && c.cue.test(stem));
}
