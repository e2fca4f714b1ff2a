// Command lines: the AWS CLI (`aws s3 cp` names the CLI and the service it calls; `aws configure` the CLI alone), the CDK's
// and SAM's (`cdk deploy`, `sam build`, also in a package.json script) and the Lambda tools for .NET (`dotnet lambda …`).
// Split from infra.ts, which keeps the order the patterns run in.
import type { CodeSink } from './code';

export const AWS_CLI = /(?:^|[\s`"'!$;&|(])aws\s+(?:--[a-z-]+(?:\s+[^\s-][^\s]*)?\s+)*([a-z0-9-]+)(\s+[a-z][a-z0-9-]*)/g;
// An operation of the AWS CLI: hyphenated (`start-session`, `list-stacks`) or one of its one-word commands. Prose
// such as "an aws lambda function" or "the aws glue job" names the service, not the CLI.
const CLI_OPERATION = /^\s+(?:[a-z0-9]+-[a-z0-9-]+|ls|cp|mv|rm|sync|mb|rb|presign|website|invoke|tail|wait|help|deploy|package|push|pull)$/;
export const AWS_CLI_ITSELF = /(?:^|[\s`"'!$;&|(])(aws\s+(?:--version|configure)\b)/g;
export const TOOL_CLI = /(?:^|[\s`"'$;&|(>])((cdk|sam)\s+(?:deploy|synth|bootstrap|diff|destroy|init|ls|list|watch|build|local|validate|sync|delete|package|logs|doctor|import|context|publish|pipeline|remote|--version)\b)/g;
// The Lambda tools for .NET (`dotnet tool install -g Amazon.Lambda.Tools`): `dotnet lambda deploy-function`.
// Also quoted, as the tools' own defaults file lists it (`"dotnet lambda help",`).
export const DOTNET_LAMBDA = /(?:^|[\s`"'$;&|(])(dotnet\s+lambda)\s+[a-z][a-z-]*/g;
// package.json scripts: `"cdk": "cdk"`, `"deploy": "npm run build && npx cdk deploy"`.
export const SCRIPT_TOOL = /(?:"\s*:\s*"|&&|;|\|\||\bnpx)\s*(cdk|sam)(?=["\s])/g;

export function onScriptTool(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known(m[1]), 'cli', m.index + m[0].length - m[1].length, m[1]);
}

export function onAwsCli(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const at = m.index + m[0].indexOf('aws'), service = r.pick('cli', m[1]);
  if (!service) return;
  if (!CLI_OPERATION.test(m[2])) { s.add(service, 'cli', at, m[0].slice(at - m.index)); return; }
  s.add(s.known('aws-cli'), 'cli', at, 'aws');
  const sub = m[0].length - m[2].length - m[1].length;
  s.add(service, 'cli', m.index + sub, m[0].slice(sub));
}

export function onAwsCliItself(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('aws-cli'), 'cli', m.index + m[0].indexOf(m[1]), m[1]);
}

export function onDotnetLambda(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('boto3', 'lambda'), 'cli', m.index + m[0].indexOf(m[1]), m[1]);
}

export function onToolCli(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known(m[2]), 'cli', m.index + m[0].indexOf(m[1]), m[1]);
}
