// Infrastructure and operations identifiers: CloudFormation and SAM types, Terraform resource types and
// registry modules, CDK modules (TypeScript, Python, Go), ARNs, IAM actions, service principals and
// endpoints, the AWS, CDK and SAM command lines, s3:// URIs, and SAM / Serverless Framework event sources.
// This module is the dispatcher: each pattern's gate (the literal triggers of the sink's one pass, the file's context),
// in the one order the patterns add their matches (codeMatches keeps the first of two equal spans, so the order is part
// of the answer). The patterns and their callbacks live by kind of identifier: infraTemplates.ts, cdkModules.ts,
// awsAddresses.ts, commandLines.ts, serviceValues.ts. The gates stay here, in one function, as on the hover's hot path.
import type { CodeSink } from './code';
import { eachMatch } from './eachMatch';
import { CODE_LITERALS, LINE_LITERALS } from './literals';
import { ARN, AWS_HOST, CLOUDFRONT_HOST, IAM_ACTION, LAMBDA_URL_HOST, onArn, onAwsHost, onCloudfrontHost, onIamAction, onLambdaUrlHost, onS3Uri, S3_URI } from './awsAddresses';
import { CDK_FILES, CDK_HELPER_MODULE, CDK_L1, CDK_METADATA, CDK_OUT, CDK_PACKAGE, cdkModuleMatches, HELPER_SUFFIXES, onCdkFiles, onCdkHelperModule, onCdkL1, onCdkMetadata, onCdkOut, onCdkPackage } from './cdkModules';
import { AWS_CLI, AWS_CLI_ITSELF, DOTNET_LAMBDA, onAwsCli, onAwsCliItself, onDotnetLambda, onScriptTool, onToolCli, SCRIPT_TOOL, TOOL_CLI } from './commandLines';
import { CFN_TEMPLATE, CFN_TYPE, DBT_ADAPTER, EVENT_SERVICES, onCfnTemplate, onCfnType, onTfModule, onTfModuleRef, onTfType, SAM_EVENT, SERVICE_OPERATIONS, SLS_EVENT, TF_MODULE, TF_MODULE_DECL, TF_MODULE_REF, TF_TYPE } from './infraTemplates';
import { CODEDEPLOY_CONFIG, ENUM_VALUE, EVENT_SOURCE, GLUE_KERNEL, LAMBDA_ENV, onCodedeployConfig, onEnumValue, onEventSource, onGlueKernel, onLambdaEnv, onStatesName, SERVICE_VALUE_HINTS, SERVICE_VALUES, STATES_NAME } from './serviceValues';

// The literal triggers of these patterns, looked up in the sink's one pass (literals.ts), not searched one by one.
const L = CODE_LITERALS.ids(['AWS::', 'aws_', 'aws-', 'awscdk', 'terraform-aws-', '.Cfn', 'CodeDeployDefault.', '.on.aws', 'aws.', 'States.', 'aws:cdk:', 'cdk.out', 'cdk.json', 'cdk:', 'LAMBDA_', 'AWSTemplateFormatVersion', 'arn:', ':', 'amazonaws.com', '.cloudfront.net', 'aws-cdk', '://', '_', ' ']);
const LL = LINE_LITERALS.ids([': {', 'module', 'aws ', 'dotnet ', 'cdk ', 'sam ', 'type:', 'Type:', ':']);
const HINT_IDS = Object.values(CODE_LITERALS.ids(SERVICE_VALUE_HINTS));
const SUFFIX_IDS = Object.values(CODE_LITERALS.ids(HELPER_SUFFIXES));

// Gates of ENUM_VALUE and GLUE_KERNEL, tested on the scope before they run (declared once: a literal in the gate is a new
// RegExp object on every call).
const UPPER_SNAKE = /[A-Z0-9]_[A-Z]/;
const GLUE_WORD = /glue[_ ]/i;

export function infraMatches(s: CodeSink): void {
  const { line, r, scope: t, lit, lineLit } = s;
  if (lit.has(L['AWS::'])) eachMatch(s, CFN_TYPE, onCfnType);
  if (lit.has(L['aws_']) || lit.has(L['aws-']) || lit.has(L['awscdk']) || s.file.cdkBlockLines.has(s.lineNo)) {
    cdkModuleMatches(s);
    eachMatch(s, TF_TYPE, onTfType);
  }
  if (lit.has(L['terraform-aws-'])) {
    // In a link's address the module is the page's name (a documentation URL), not a use of the module.
    eachMatch(s, TF_MODULE, onTfModule);
  }
  if (lit.has(L['.Cfn'])) eachMatch(s, CDK_L1, onCdkL1);
  if (lit.has(L['CodeDeployDefault.'])) {
    eachMatch(s, CODEDEPLOY_CONFIG, onCodedeployConfig);
  }
  if (lit.any(HINT_IDS)) {
    // One loop per pattern rather than eachMatch: the callback would need the pattern's service id (a closure per pattern).
    for (const [re, id] of SERVICE_VALUES) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(line)) && m.index <= s.until) s.add(s.known(id), 'sdk', m.index, m[0]);
    }
  }
  if (lit.has(L['.on.aws'])) eachMatch(s, LAMBDA_URL_HOST, onLambdaUrlHost);
  if (lit.has(L['aws.'])) eachMatch(s, EVENT_SOURCE, onEventSource);
  if (lit.has(L['States.'])) eachMatch(s, STATES_NAME, onStatesName);
  if (lit.has(L['aws:cdk:'])) eachMatch(s, CDK_METADATA, onCdkMetadata);
  if (s.file.aws && lit.has(L._) && UPPER_SNAKE.test(t)) eachMatch(s, ENUM_VALUE, onEnumValue);
  if (lit.has(L['cdk.out'])) eachMatch(s, CDK_OUT, onCdkOut);
  if (lit.has(L['cdk.json']) || lit.has(L['cdk:'])) eachMatch(s, CDK_FILES, onCdkFiles);
  if (lit.has(L['LAMBDA_'])) eachMatch(s, LAMBDA_ENV, onLambdaEnv);
  if ((lit.has(L._) || lit.has(L[' '])) && GLUE_WORD.test(t)) eachMatch(s, GLUE_KERNEL, onGlueKernel);
  if (lit.has(L['AWSTemplateFormatVersion'])) eachMatch(s, CFN_TEMPLATE, onCfnTemplate);
  if (s.file.scriptLines.has(s.lineNo)) eachMatch(s, SCRIPT_TOOL, onScriptTool);
  if (lineLit.has(LL[': {'])) {
    const op = SERVICE_OPERATIONS.exec(line);
    if (op) s.add(r.pick('boto3', op[1]), 'sdk', line.indexOf(op[1]), op[1]);
  }
  if (s.file.tfModules.size && lineLit.has(LL['module'])) {
    eachMatch(s, TF_MODULE_REF, onTfModuleRef);
    const decl = TF_MODULE_DECL.exec(line);
    if (decl) s.add(s.file.tfModules.get(decl[1])?.serviceId, 'terraform', line.indexOf(`"${decl[1]}"`) + 1, decl[1]);
  }
  if (lit.has(L['arn:'])) {
    eachMatch(s, ARN, onArn);
  }
  if (lit.has(L[':'])) {
    eachMatch(s, IAM_ACTION, onIamAction);
  }
  if (lit.has(L['amazonaws.com'])) {
    eachMatch(s, AWS_HOST, onAwsHost);
  }
  if (lit.any(SUFFIX_IDS)) {
    eachMatch(s, CDK_HELPER_MODULE, onCdkHelperModule);
  }
  // A CloudFront distribution's own domain (`d111111abcdef8.cloudfront.net`), served by CloudFront wherever it is written.
  if (lit.has(L['.cloudfront.net'])) eachMatch(s, CLOUDFRONT_HOST, onCloudfrontHost);
  if (lineLit.has(LL['aws '])) {
    // `aws ssm start-session` names two things: the `aws` program (the AWS CLI) and the service it calls.
    eachMatch(s, AWS_CLI, onAwsCli);
    eachMatch(s, AWS_CLI_ITSELF, onAwsCliItself);
  }
  if (lineLit.has(LL['dotnet '])) eachMatch(s, DOTNET_LAMBDA, onDotnetLambda);
  if (lineLit.has(LL['cdk ']) || lineLit.has(LL['sam '])) eachMatch(s, TOOL_CLI, onToolCli);
  if (lit.has(L['aws-cdk'])) eachMatch(s, CDK_PACKAGE, onCdkPackage);
  if (lit.has(L['://'])) {
    eachMatch(s, S3_URI, onS3Uri);
  }
  if (s.file.dbtProfile && lineLit.has(LL['type:'])) {
    const e = DBT_ADAPTER.exec(line);
    if (e) s.add(r.pick('boto3', e[1]), 'sdk', line.indexOf(e[1], line.indexOf('type:')), e[1]);
  }
  if (s.file.events === 'sam' && lineLit.has(LL['Type:'])) {
    const e = SAM_EVENT.exec(line);
    if (e) s.add(s.known(EVENT_SERVICES[e[1].toLowerCase()]), 'cfn', line.indexOf(e[1]), e[1]);
  }
  if (s.file.events === 'serverless' && lineLit.has(LL[':'])) {
    const e = SLS_EVENT.exec(line);
    if (e) s.add(s.known(EVENT_SERVICES[e[1].toLowerCase()]), 'cfn', line.indexOf(e[1]), e[1]);
  }
}
