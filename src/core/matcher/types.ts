// The matcher's shared types: what a match is and the tables a matcher is built from.

export type MatchKind =
  | 'name' | 'sdk' | 'cfn' | 'terraform' | 'arn' | 'iam' | 'principal' | 'endpoint' | 'cli' | 'cdk' | 'uri';

export interface Match {
  /** 0-based line and columns; endColumn exclusive. */
  line: number;
  column: number;
  endColumn: number;
  text: string;
  serviceId: string;
  kind: MatchKind;
}

export interface NameEntry {
  serviceId: string;
  tokens: string[];
  /** Compare tokens case-insensitively (multi-word names that start with Amazon/AWS). */
  foldCase: boolean;
  /** Counts only with AWS context nearby. */
  weak: boolean;
  /** An engine's name (`OpenSearch`): counts only where the text names its service clearly elsewhere (ENGINE_SERVICES). */
  strict?: boolean;
  /** Only as written (`AWS StepFunctions`): no other case, since `aws stepfunctions …` is the AWS CLI and its command. */
  asWritten?: boolean;
  length: number;
}

export const CLAIM_KINDS = ['boto3', 'jsSdk', 'sdkClass', 'cfnTypes', 'cfnPrefixes', 'tfExact', 'tfPrefixes', 'iam', 'arnNs', 'principal', 'cli', 'cdk', 'uri', 'package'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** The matcher's tables, precomputed at build time (dist/catalog.json) so a first hover only fills maps. */
export interface MatcherTables {
  names: NameEntry[];
  claims: Record<ClaimKind, [string, string[]][]>;
}

/** A name a file's imports bind to a service (`ecs` → ECS in `import * as ecs from 'aws-cdk-lib/aws-ecs'`). */
export interface Binding {
  serviceId: string;
  kind: MatchKind;
  /** Go packages: only exported (capitalised) members are the package's API; `s3.go` in a tag is not. */
  exported?: boolean;
  /** Go's aws-lambda-go/events: a member names the event's source (`events.DynamoDBEventRecord`), not the package. */
  eventTypes?: boolean;
  /** The CDK's aws-stepfunctions-tasks: a class names the service the task calls (`tasks.LambdaInvoke` → Lambda). */
  calls?: boolean;
}
