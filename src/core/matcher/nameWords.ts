// The word lists behind the prose-name rules of names.ts: names that are never services, misspellings,
// features owned by another service, and the words before and after a name that decide what it means.

// Open-source engines and formats are never the AWS service by themselves (see docs/matcher.md).
export const NOT_SERVICE_NAMES = new Set([
  'kafka', 'apache kafka', 'airflow', 'apache airflow', 'flink', 'apache flink', 'spark', 'apache spark', 'hive',
  'apache hive', 'presto', 'trino', 'elasticsearch', 'opensearch', 'grafana', 'cassandra', 'apache cassandra', 'redis',
  'valkey', 'iceberg', 'apache iceberg', 'hudi', 'apache hudi', 'delta lake', 'hbase', 'mongodb', 'prometheus',
  'memcached', 'postgresql', 'mysql', 'kubernetes', 'docker', 'jupyter', 'ray', 'deequ', 'data prepper',
  // "CLI" alone ("the CLI", "this CLI command") may be any tool's; only "AWS CLI" or the `aws` program is the AWS CLI.
  'cli',
]);

// An engine's name that a note also lists for AWS's managed service of it, by that service: alone it stays the
// engine, except in a text that names the service clearly elsewhere ("a public OpenSearch domain" above an image
// `![OpenSearch](…)`, round 12). A nearby AWS word is not enough: an AWS file may run the engine itself.
export const ENGINE_SERVICES: Record<string, string> = { opensearch: 'opensearch-service' };

// An engine's name before a noun only AWS's service uses is that service: AWS calls its OpenSearch clusters domains,
// and the serverless option's indexes live in collections.
export const SERVICE_PHRASES: Record<string, string[]> = {
  'opensearch-service': ['OpenSearch domain', 'OpenSearch Domain', 'Elasticsearch domain', 'Elasticsearch Domain'].flatMap((p) => [p, `${p}s`]),
  'opensearch-serverless': ['OpenSearch collection', 'OpenSearch Collection'].flatMap((p) => [p, `${p}s`]),
};

// Unbranded names that, written in lower case, are any program's: "a command line interface" (the precision sweep of
// round 12). Capitalised, "a Command Line Interface (CLI)" beside an AWS account stays the AWS CLI, as round 4 labels it.
// The split spellings of one-word names (MISSPELLINGS) are English in lower case ("an event bridge between two apps"),
// except before one of the service's nouns ("a cloud formation resource", round 17).
export const GENERIC_IN_LOWER_CASE = new Set(['command line interface', 'cloud watch', 'event bridge', 'cloud formation', 'cloud trail', 'cloud front']);

// Other AWS services whose names contain a listed service's name, with no note of their own: the whole
// name is no mention ("Amazon VPC Lattice" is not Amazon VPC, "EC2 Image Builder" is not EC2). A note that
// lists one of these names takes it back (notes are read first).
export const OTHER_AWS_SERVICES = [
  'Amazon VPC Lattice', 'VPC Lattice', 'EC2 Image Builder', 'AWS IAM Identity Center', 'IAM Identity Center', 'Amazon Aurora DSQL', 'Aurora DSQL',
];

// Common misspellings and spacings of full names, by service id: as good as the name when capitalised; one
// written in lower case here ("secretmanager") still needs AWS context, like an ambiguous name.
export const MISSPELLINGS: Record<string, string[]> = {
  'secrets-manager': ['Secret Manager', 'AWS Secret Manager', 'AWS Secrets manager', 'secretmanager'],
  'step-functions': ['Step Function', 'AWS Step Function'],
  'glue-data-catalog': ['Glue DataCatalog', 'AWS Glue DataCatalog'],
  'eventbridge-pipes': ['EventBridge pipe', 'EventBridge pipes', 'Amazon EventBridge pipe', 'Amazon EventBridge pipes'],
  dynamodb: ['Dynamo DB'],
  // One-word names written as two words (round 16's "spacing variants"): "Cloud Watch", "Event Bridge"; title case only.
  cloudwatch: ['Cloud Watch', 'Amazon Cloud Watch', 'AWS Cloud Watch'],
  eventbridge: ['Event Bridge', 'Amazon Event Bridge', 'AWS Event Bridge'],
  cloudtrail: ['Cloud Trail', 'AWS Cloud Trail'],
  cloudfront: ['Cloud Front', 'Amazon Cloud Front', 'AWS Cloud Front'],
  'ssm-parameter-store': ['SSM Parameter'],
  'cloudwatch-logs': ['CloudWatch Log', 'CloudWatch log group', 'CloudWatch log groups'],
  // "built on Cfn resources": the CDK's L1 prefix as a word of prose is CloudFormation (a CfnBucket class is not).
  cloudformation: ['Cfn', 'Cloud Formation', 'AWS Cloud Formation'],
};

// Features whose names contain another service's name, by the service that owns them: the whole name is
// the owner's ("S3 Object Lambda" is S3, not Lambda; "S3 Batch Operations" is S3, not AWS Batch), as the
// longest name always wins. Features with their own note ("Glue Data Catalog") need no entry here.
export const OWNED_FEATURES: Record<string, string[]> = {
  s3: ['S3 Object Lambda', 'Amazon S3 Object Lambda', 'S3 Batch Operations', 'Amazon S3 Batch Operations'],
};

// Words after which a capitalised ambiguous name at the start of a sentence is a verb: "Backup the
// contents", "Batch these calls", "Config your shell".
export const VERB_OBJECTS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'them', 'all', 'each', 'every', 'any', 'some',
  'your', 'our', 'my', 'its', 'their', 'his', 'her', 'up',
]);

// A weak name followed by one of these words is the ordinary meaning ("the Lambda architecture").
export const NEGATIVE_NEXT: Record<string, string[]> = {
  lambda: ['architecture', 'calculus', 'expression', 'expressions'],
  batch: ['size', 'sizes', 'processing', 'window', 'mode', 'ingestion', 'layer', 'file', 'files', 'vs'],
  config: ['file', 'files', 'object', 'module', 'map', 'mapping', 'mappings', 'value', 'values'],
  glue: ['code', 'logic', 'layer', 'between'],
  backup: ['copy', 'copies', 'file', 'files'],
};

/**
 * Words only AWS uses: any spelling counts ("cloudwatch logs", "Dynamodb"), and a name that contains one
 * may be written in lower case. Words that are also English (lambda, glue, batch, athena) are not here.
 */
export const DISTINCTIVE = new Set([
  's3', 'cloudwatch', 'dynamodb', 'kinesis', 'redshift', 'sagemaker', 'eventbridge', 'cloudformation', 'cloudtrail',
  'cloudfront', 'quicksight', 'datasync', 'appflow', 'elasticache', 'fargate', 'ec2', 'ecs', 'ecr', 'eks', 'emr', 'rds',
  'sqs', 'sns', 'kms', 'msk', 'mwaa', 'sts', 'ssm', 'dms', 'efs', 'ebs', 'codebuild', 'codecommit', 'codedeploy',
  'codepipeline', 'memorydb', 'documentdb', 'timestream', 'databrew', 'datazone', 'secretsmanager', 'stepfunctions',
]);

// Services whose releases are numbered in prose: "Glue 4", "Glue 4.0", "EMR 6.15" name the service (round 14).
export const VERSIONED = new Set(['glue', 'emr']);

// The nouns that make a service word mean the service: "s3 bucket", "lambda memory", "glue job".
export const NOUNS: Record<string, string[]> = {
  s3: ['bucket', 'buckets', 'path', 'paths', 'file', 'files', 'object', 'objects', 'key', 'keys', 'prefix', 'prefixes', 'uri', 'uris', 'url', 'location', 'locations', 'storage', 'event', 'events', 'notification', 'notifications', 'upload', 'uploads', 'data', 'staging', 'access'],
  lambda: ['function', 'functions', 'memory', 'handler', 'handlers', 'layer', 'layers', 'timeout', 'runtime', 'runtimes', 'invocation', 'invocations', 'trigger', 'triggers', 'console', 'concurrency', 'role', 'destination'],
  glue: ['job', 'jobs', 'crawler', 'crawlers', 'catalog', 'table', 'tables', 'database', 'databases', 'connection', 'connections', 'connector', 'connectors', 'script', 'scripts', 'etl', 'workflow', 'workflows', 'version', 'versions', 'resources', 'components', 'console', 'streaming', 'interactive', 'dev'],
  cloudwatch: ['logs', 'log', 'metric', 'metrics', 'alarm', 'alarms', 'dashboard', 'dashboards', 'agent', 'events'],
  athena: ['query', 'queries', 'table', 'tables', 'workgroup', 'workgroups', 'results', 'console', 'engine'],
  redshift: ['cluster', 'clusters', 'table', 'tables', 'query', 'queries', 'database', 'warehouse'],
  kinesis: ['stream', 'streams', 'shard', 'shards', 'producer', 'consumer'],
  sqs: ['queue', 'queues', 'message', 'messages'],
  sns: ['topic', 'topics', 'notification', 'notifications', 'subscription', 'subscriptions'],
  emr: ['cluster', 'clusters', 'step', 'steps', 'job', 'jobs', 'notebook', 'notebooks'],
  kms: ['key', 'keys', 'encryption'],
  dynamodb: ['table', 'tables', 'item', 'items', 'stream', 'streams'],
  iam: ['role', 'roles', 'policy', 'policies', 'user', 'users', 'permission', 'permissions', 'group', 'groups', 'principal'],
  ecr: ['repo', 'repository', 'repositories', 'image', 'images', 'registry'],
  ecs: ['task', 'tasks', 'service', 'services', 'cluster', 'clusters', 'container', 'containers'],
  'step-functions': ['state', 'workflow', 'workflows', 'execution', 'executions'],
  'secrets-manager': ['secret', 'secrets'],
  batch: ['job', 'jobs', 'compute'],
  cdk: ['app', 'apps', 'stack', 'stacks', 'construct', 'constructs', 'toolkit', 'example', 'examples', 'deploy', 'project', 'code', 'cli', 'command'],
  sam: ['template', 'templates', 'application', 'applications', 'deployment', 'build', 'cli'],
  // What lets a one-word name split in lower case count ("a … cloud formation resource", round 17); English otherwise.
  cloudformation: ['template', 'templates', 'stack', 'stacks', 'resource', 'resources'],
  cloudfront: ['distribution', 'distributions'],
  eventbridge: ['rule', 'rules', 'bus'],
};

// A brand's name before a noun of one of its products is that product: "Kinesis shards", "a Kinesis stream"
// are Kinesis Data Streams (by brand id, then noun → product id). So is a service's name before a noun of a
// part that has its own note: "an AWS Glue database", "the Glue table", "the Glue Catalog" are the Glue Data Catalog's.
const KDS_NOUNS = ['stream', 'streams', 'shard', 'shards', 'producer', 'producers', 'consumer', 'consumers', 'record', 'records'];
export const BRAND_NOUNS: Record<string, Record<string, string>> = {
  'amazon-kinesis': Object.fromEntries(KDS_NOUNS.map((n) => [n, 'kinesis-data-streams'])),
  glue: Object.fromEntries(['database', 'databases', 'table', 'tables', 'catalog', 'catalogs'].map((n) => [n, 'glue-data-catalog'])),
};
