// Package and namespace paths of the SDKs of compiled languages, each naming its service: Java and Kotlin
// (`software.amazon.awssdk.services.s3`, `com.amazonaws.services.glue`, `aws.sdk.kotlin.services.sns`), the Athena
// connector SDK, Go (`aws-sdk-go-v2/service/dynamodb`, Lambda's `aws-lambda-go`), Rust (`aws_sdk_sqs`), .NET
// (`Amazon.DynamoDBv2`, the .NET CDK, Lambda's .NET classes), and the notes' own `package:` identifiers.
// Split from sdk.ts (the dispatcher, which keeps the order the patterns run in).
import type { CodeSink } from './code';
import { typeParts } from './classWords';

export const JAVA_PACKAGE = /\b(?:software\.amazon\.awssdk\.(?:services|enhanced)|com\.amazonaws\.services|aws\.sdk\.kotlin\.services)\.([a-z0-9]+)/g;
// The Athena Query Federation SDK (connectors for Athena's federated queries): its namespace is Athena's.
export const ATHENA_FEDERATION = /\bcom\.amazonaws\.athena\.connectors?\b(?:\.([A-Za-z][A-Za-z0-9]*))?/g;
export const GO_SDK = /\bgithub\.com\/aws\/aws-sdk-go(?:-v2)?\/service\/([a-z0-9]+)/g;
// Lambda's Go runtime library, any of its packages: `github.com/aws/aws-lambda-go/events`, `…/lambdacontext`.
export const GO_LAMBDA = /\bgithub\.com\/aws\/(aws-lambda-go)\/[a-z]/g;
export const RUST_CRATE = /\baws_sdk_([a-z0-9]+)\b/g;
export const DOTNET_NAMESPACE = /\bAmazon\.([A-Z][A-Za-z0-9]+)/g;
// A class of Lambda's .NET libraries named after the service in front of the function, qualified in full:
// `Amazon.Lambda.AspNetCoreServer.APIGatewayHttpApiV2ProxyFunction` (API Gateway), `…ApplicationLoadBalancerFunction`.
export const DOTNET_LAMBDA_CLASS = /\bAmazon\.Lambda\.(?:[A-Z][A-Za-z0-9]*\.)+([A-Z][A-Za-z0-9]*)\b(?!\.)/g;
// The .NET CDK: `using Amazon.CDK;`, `Amazon.CDK.AWS.Lambda` (the module's service).
export const DOTNET_CDK = /\bAmazon\.CDK(?:\.AWS\.([A-Za-z0-9]+))?\b/g;

export function onAthenaFederation(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const head = m[1] ? m[0].slice(0, -m[1].length - 1) : m[0];
  s.add(r.pick('boto3', 'athena'), 'sdk', m.index, head);
  // `…athena.connector.lambda.…`: the SDK's namespace for connectors, which run as Lambda functions;
  // `…athena.connectors.cloudwatch`: the connector of that source, CloudWatch.
  if (m[1]) s.add(r.sdkService(m[1]), 'sdk', m.index + head.length + 1, m[1]);
}

export function onJavaPackage(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService(m[1]), 'sdk', m.index, m[0]);
}

export function onGoLambda(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService('lambda'), 'sdk', m.index + m[0].indexOf(m[1]), m[1]);
}

export function onGoSdk(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService(m[1]), 'sdk', m.index + m[0].lastIndexOf('service/'), m[0].slice(m[0].lastIndexOf('service/')));
}

export function onRustCrate(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService(m[1]), 'sdk', m.index, m[0]);
}

export function onDotnetNamespace(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.sdkService(m[1]), 'sdk', m.index, m[0]);
}

export function onDotnetLambdaClass(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const at = m.index + m[0].length - m[1].length;
  for (const p of typeParts(m[1], r, undefined, true).filter((p) => p.at === 0)) s.add(p.serviceId, 'sdk', at, m[1].slice(0, p.length));
}

export function onDotnetCdk(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(m[1] ? r.cdkModule('aws-' + m[1].toLowerCase()) : r.services.has('cdk') ? 'cdk' : undefined, 'cdk', m.index, m[0]);
}

export function onPkgRe(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('package', m[0]), 'sdk', m.index, m[0]);
}
