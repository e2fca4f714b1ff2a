// Names AWS defines that carry a service's name, met in the tenth draw of real code: API Gateway's OpenAPI
// extensions and its integration subtypes; Lake Formation's IAM_ALLOWED_PRINCIPALS (round 15); and the CDK's
// method that adds an interface endpoint (PrivateLink) to a VPC, missed in the seventh, and its enum of VPC endpoint
// services (`InterfaceVpcEndpointAwsService.LAMBDA`; its pattern runs from sdk.ts's gates, in their order). Each is
// AWS's name for something of that service, not a name the program chose.
import type { Resolver } from './claims';
import { ANY_SERVICE, typeParts } from './classWords';
import type { CodeSink } from './code';
import { eachMatch } from './eachMatch';
import { CODE_LITERALS } from './literals';

// The CDK CLI's environment variables `CDK_DEFAULT_ACCOUNT` / `CDK_DEFAULT_REGION`: the CDK (the convention settled in
// round 14, after blind labellers had read them both ways; docs/matcher.md), as `AWS_LAMBDA_FUNCTION_NAME` is Lambda's.
const CDK_ENV = /\bCDK_DEFAULT_(?:ACCOUNT|REGION)\b/g;

// OpenAPI extensions of API Gateway: `x-amazon-apigateway-integration:`, `x-amazon-apigateway-cors`.
const APIGW_EXTENSION = /\bx-amazon-apigateway-[a-z][a-z-]*[a-z]/g;
// An HTTP API's AWS service integration: `integrationSubtype: "SQS-SendMessage"`, `IntegrationSubtype: StepFunctions-StartExecution`.
const INTEGRATION_SUBTYPE = /\b[Ii]ntegration_?[Ss]ubtype["']?\s*[:=]\s*["']?([A-Z][A-Za-z0-9]*)-[A-Z][A-Za-z]+/g;
// `vpc.addInterfaceEndpoint('Secrets', …)`, Python's `vpc.add_interface_endpoint(`: an interface VPC endpoint.
const INTERFACE_ENDPOINT = /\.(addInterfaceEndpoint|add_interface_endpoint)\s*\(/g;

// Lake Formation's group of IAM principals, `IAM_ALLOWED_PRINCIPALS` (its API's and console's name, quoted or not): IAM.
const IAM_ALLOWED = /\bIAM_ALLOWED_PRINCIPALS\b/g;

// The literal triggers of these patterns, looked up in the sink's one pass (literals.ts), not searched one by one.
const L = CODE_LITERALS.ids(['CDK_DEFAULT_', 'x-amazon-apigateway-', 'ubtype', 'nterface', 'IAM_ALLOWED_PRINCIPALS']);

// Gates of the two patterns below, tested on the scope before they run (declared once: a literal in the gate is a new
// RegExp object on every call).
const INTEGRATION_SUBTYPE_WORD = /ntegration_?[Ss]ubtype/;
const INTERFACE_ENDPOINT_WORD = /dd_?[iI]nterface_?[eE]ndpoint/;

export function definedMatches(s: CodeSink): void {
  const { scope: t, lit } = s;
  if (lit.has(L['CDK_DEFAULT_'])) eachMatch(s, CDK_ENV, onCdkEnv);
  if (lit.has(L['x-amazon-apigateway-'])) eachMatch(s, APIGW_EXTENSION, onApigwExtension);
  if (lit.has(L['ubtype']) && INTEGRATION_SUBTYPE_WORD.test(t)) {
    eachMatch(s, INTEGRATION_SUBTYPE, onIntegrationSubtype);
  }
  if (s.file.aws && lit.has(L['nterface']) && INTERFACE_ENDPOINT_WORD.test(t)) eachMatch(s, INTERFACE_ENDPOINT, onInterfaceEndpoint);
  if (lit.has(L['IAM_ALLOWED_PRINCIPALS'])) eachMatch(s, IAM_ALLOWED, onIamAllowed);
}

/** The service a CamelCase word names whole (`SQS`, `EventBridge`, `StepFunctions`), if any. */
function wholeService(word: string, s: CodeSink): string | undefined {
  const part = typeParts(word, s.r, ANY_SERVICE, true)[0];
  return part && part.at === 0 && part.length === word.length ? part.serviceId : undefined;
}

// The patterns' callbacks, declared once (an arrow in the gate would be a new closure, and its captures a context, on every call).
function onCdkEnv(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('cdk'), 'cli', m.index, m[0]);
}

function onApigwExtension(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(r.pick('boto3', 'apigateway'), 'sdk', m.index, m[0]);
}

function onIntegrationSubtype(m: RegExpExecArray, s: CodeSink): void {
  const at = m.index + m[0].lastIndexOf(m[1] + '-');
  s.add(wholeService(m[1], s), 'sdk', at, m[0].slice(at - m.index));
}

function onInterfaceEndpoint(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('privatelink'), 'cdk', m.index + 1, m[1]);
}

function onIamAllowed(m: RegExpExecArray, s: CodeSink): void {
  s.add(s.known('iam'), 'sdk', m.index, 'IAM');
}

// The CDK's VPC endpoint services name the service the endpoint reaches: `InterfaceVpcEndpointAwsService.LAMBDA`,
// `.SSM_MESSAGES` (Systems Manager's), `.SECRETS_MANAGER`, `GatewayVpcEndpointAwsService.S3`.
export const VPC_ENDPOINT_SERVICE = /\b(?:Interface|Gateway)VpcEndpointAwsService\.([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\b/g;

/** `SECRETS_MANAGER` → Secrets Manager, `SSM_MESSAGES` → Systems Manager (its first word), `KINESIS_STREAMS` → Data Streams. */
function endpointMember(member: string, r: Resolver): string | undefined {
  const words = member.toLowerCase().split('_');
  const camel = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  return r.pick('boto3', words.join('')) ?? r.pick('boto3', words.join('-')) ?? typeParts(camel, r, undefined, true)[0]?.serviceId ?? r.pick('boto3', words[0]);
}

export function onVpcEndpointService(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  s.add(endpointMember(m[1], r), 'sdk', m.index + m[0].length - m[1].length, m[1]);
}
