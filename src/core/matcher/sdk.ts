// SDK identifiers, per ecosystem: boto3 clients and resources, the JavaScript SDK (v2 and v3), SDK client
// classes, Java (v1 and v2), Kotlin, Go (v1 and v2), Rust and .NET packages, the Glue ETL library,
// awswrangler's modules, and names bound by the file's own imports (`ecs.Cluster`, `s3.put_object`).
// This module is the dispatcher: each pattern's gate (the literal triggers of the sink's one pass, the file's context),
// in the one order the patterns add their matches (codeMatches keeps the first of two equal spans, so the order is part
// of the answer). The patterns and their callbacks live by SDK family: sdkBotocore.ts, sdkJavaScript.ts,
// sdkClientClasses.ts, sdkPackages.ts, lambdaEventTypes.ts, awsDataLibraries.ts, boundNames.ts, and the CDK's VPC
// endpoint services in definedNames.ts. The gates stay here, in one function, as on the hover's hot path.
import type { CodeSink } from './code';
import { eachMatch, eachMatchInRun } from './eachMatch';
import { CODE_LITERALS, LINE_LITERALS } from './literals';
import { GLUE_CONNECTOR, GLUE_LIBRARY, IMPORTED_NAME, onGlueConnector, onGlueLibrary, onImportedName, onRedshiftDriver, onWranglerLiteral, REDSHIFT_DRIVER, WRANGLER_LITERAL } from './awsDataLibraries';
import { EXPORTED_NAME, JAVA_TYPE, onExportedName, onJavaType, onQualified, onTypeName, QUALIFIED, trailingAlias, TYPE_NAME } from './boundNames';
import { onVpcEndpointService, VPC_ENDPOINT_SERVICE } from './definedNames';
import { DOTNET_LAMBDA_EVENTS, EVENT_CLASS, onDotnetLambdaEvents, onEventClass } from './lambdaEventTypes';
import { BOTO3_CALL, BOTO3_STUBS, MODEL_NAME, onBoto3Call, onBoto3Stubs, onModelName, onQuotedId, QUOTED_ID } from './sdkBotocore';
import { onSdkClientClass, onSdkServiceType, onSdkV1Client, SDK_CLIENT_CLASS, SDK_SERVICE_TYPE, SDK_V1_CLIENT } from './sdkClientClasses';
import { APPSYNC_TYPE, APPSYNC_UTIL, JS_SDK_IMPORT, onAppsyncType, onAppsyncUtil, onJsSdkImport, onSdkServiceException, onSdkV2Class, SDK_SERVICE_EXCEPTION, SDK_V2_CLASS } from './sdkJavaScript';
import { ATHENA_FEDERATION, DOTNET_CDK, DOTNET_LAMBDA_CLASS, DOTNET_NAMESPACE, GO_LAMBDA, GO_SDK, JAVA_PACKAGE, onAthenaFederation, onDotnetCdk, onDotnetLambdaClass, onDotnetNamespace, onGoLambda, onGoSdk, onJavaPackage, onPkgRe, onRustCrate, RUST_CRATE } from './sdkPackages';

const V1_TRIGGER = /(?:Amazon|AWS)[A-Z]/;
const GLUE_CONNECTION_KEY = /\bconnection_?[tT]ype\s*[=:]/;

// The literal triggers of these patterns, looked up in the sink's one pass (literals.ts), not searched one by one.
const L = CODE_LITERALS.ids(['@aws-sdk/', 'Client', 'ServiceException', 'Amazon', 'AWS.', 'com.amazonaws.athena.', '.services.', '.enhanced.', 'aws-lambda-go/', 'aws-sdk-go', 'aws_sdk_', 'Amazon.', 'Amazon.Lambda.', 'Amazon.CDK', 'Event', 'mypy_boto3_', 'ServiceResource', '"', "'", 'VpcEndpointAwsService.', 'custom.', 'marketplace.', 'redshift_connector', 'awsglue', 'GlueContext', 'awswrangler.', '.', 'AWS']);
const LL = LINE_LITERALS.ids(['client', 'resource']);

export function sdkMatches(s: CodeSink): void {
  const { line, r, scope: t, lit, lineLit } = s;
  if (lineLit.has(LL['client']) || lineLit.has(LL['resource'])) { // the service name is in quotes after client(
    eachMatch(s, BOTO3_CALL, onBoto3Call);
  }
  if (lit.has(L['@aws-sdk/'])) eachMatch(s, JS_SDK_IMPORT, onJsSdkImport);
  if (lit.has(L['Client'])) {
    eachMatch(s, SDK_CLIENT_CLASS, onSdkClientClass);
  }
  if (s.file.aws && lit.has(L['ServiceException'])) eachMatch(s, SDK_SERVICE_EXCEPTION, onSdkServiceException);
  if (lit.has(L['Amazon'])) {
    eachMatch(s, SDK_SERVICE_TYPE, onSdkServiceType);
  }
  if (s.file.wranglerImportLines.has(s.lineNo)) {
    eachMatch(s, IMPORTED_NAME, onImportedName);
  }
  if (s.file.exportLines.has(s.lineNo)) {
    eachMatch(s, EXPORTED_NAME, onExportedName);
  }
  if (lit.has(L['AWS.'])) eachMatch(s, SDK_V2_CLASS, onSdkV2Class);
  if (lit.has(L['com.amazonaws.athena.'])) {
    eachMatch(s, ATHENA_FEDERATION, onAthenaFederation);
  }
  if (lit.has(L['.services.']) || lit.has(L['.enhanced.'])) eachMatch(s, JAVA_PACKAGE, onJavaPackage);
  if (lit.has(L['aws-lambda-go/'])) eachMatch(s, GO_LAMBDA, onGoLambda);
  if (lit.has(L['aws-sdk-go'])) eachMatch(s, GO_SDK, onGoSdk);
  if (lit.has(L['aws_sdk_'])) eachMatch(s, RUST_CRATE, onRustCrate);
  if (lit.has(L['Amazon.'])) eachMatch(s, DOTNET_NAMESPACE, onDotnetNamespace);
  if (lit.has(L['Amazon.Lambda.'])) {
    eachMatch(s, DOTNET_LAMBDA_CLASS, onDotnetLambdaClass);
  }
  if (lit.has(L['Amazon.CDK'])) eachMatch(s, DOTNET_CDK, onDotnetCdk);
  if ((lit.has(L.Amazon) || lit.has(L.AWS)) && V1_TRIGGER.test(t)) {
    eachMatch(s, SDK_V1_CLIENT, onSdkV1Client);
  }
  if (lit.has(L['Event'])) {
    // In an AWS file, or as inline code in prose (`SNSEvent`); elsewhere a class of that name may be the program's own.
    eachMatch(s, EVENT_CLASS, onEventClass);
  }
  if (lit.has(L['mypy_boto3_']) || lit.has(L['ServiceResource'])) eachMatch(s, BOTO3_STUBS, onBoto3Stubs);
  if (s.file.aws && (lit.has(L['"']) || lit.has(L["'"]))) {
    eachMatchInRun(s, QUOTED_ID, onQuotedId);
  }
  if (s.file.appsync) {
    eachMatch(s, APPSYNC_UTIL, onAppsyncUtil);
    eachMatch(s, APPSYNC_TYPE, onAppsyncType);
  }
  if (lit.has(L['VpcEndpointAwsService.'])) eachMatch(s, VPC_ENDPOINT_SERVICE, onVpcEndpointService);
  // Glue's own connection-type key (`connection_type=`, Scala and Java `connectionType =`) vouches by itself.
  if ((lit.has(L['custom.']) || lit.has(L['marketplace.'])) && (s.file.aws || GLUE_CONNECTION_KEY.test(line))) eachMatch(s, GLUE_CONNECTOR, onGlueConnector);
  if (s.file.botocoreModel && lit.has(L['"'])) {
    eachMatchInRun(s, MODEL_NAME, onModelName);
  }
  if (lit.has(L['Amazon.Lambda.'])) {
    eachMatch(s, DOTNET_LAMBDA_EVENTS, onDotnetLambdaEvents);
  }
  const pkg = r.packagePattern();
  if (pkg.trigger.test(t)) eachMatch(s, pkg.re, onPkgRe);
  if (lit.has(L['redshift_connector'])) eachMatch(s, REDSHIFT_DRIVER, onRedshiftDriver);
  if (lit.has(L['awsglue']) || lit.has(L['GlueContext'])) eachMatch(s, GLUE_LIBRARY, onGlueLibrary);
  if (lit.has(L['awswrangler.'])) eachMatch(s, WRANGLER_LITERAL, onWranglerLiteral);
  // Both patterns below keep only a name of file.typeNames (imported SDK and library classes): the file's one
  // pattern of those names says first, without a match object per capitalised word, whether the scope holds one.
  const typeNamed = (s.file.sdkTypes.size > 0 || s.file.typeParts.size > 0) && (s.file.typeNameHint === undefined || s.file.typeNameHint.test(t));
  if (typeNamed && s.file.sdkTypes.size) {
    eachMatchInRun(s, JAVA_TYPE, onJavaType);
  }
  if (typeNamed && s.file.typeParts.size) {
    eachMatchInRun(s, TYPE_NAME, onTypeName);
  }
  if (s.file.aliases.size) {
    const tail = trailingAlias(line, s.lineNo, s.file);
    if (tail) s.add(tail.binding.serviceId, tail.binding.kind, tail.at, tail.name);
  }
  if (s.file.aliases.size && lit.has(L['.'])) {
    eachMatchInRun(s, QUALIFIED, onQualified);
  }
}
