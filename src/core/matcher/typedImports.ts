// The names the imports of compiled languages bind (Java, Kotlin, .NET, Go, Rust): classes imported from AWS packages,
// clients named as their service (`S3Client s3`, `AmazonS3 s3`), the CDK's classes a C# file constructs, .NET Lambda
// event types, and Go package aliases (`s3` after `aws-sdk-go-v2/service/s3`).
import { Resolver } from './claims';
import { Binding } from './types';
import { SDK_LONG_NAMES } from './sdkLongNames';
import { jvmImportedWords, rustOwnTypes } from './ownNames';
import { CDK_CORE_CLASSES, CDK_CORE_WHOLE, cdkCoreParts } from './cdkCore';
import { bind, bindTypes, cdkBinding, ImportFacts, LAMBDA_EVENT_SOURCES } from './modules';

const GO_IMPORT = /(?:^|\s)(?:(?!import\b)([A-Za-z_]\w*)\s+)?"github\.com\/aws\/(?:aws-sdk-go(?:-v2)?\/service\/([a-z0-9]+)(\/[a-z0-9]+)?|aws-cdk-go\/awscdk(?:\/v2)?(?:\/(aws[a-z0-9]+))?|aws-cdk-go\/(awscdk[a-z0-9]+alpha)(?:\/v2)?|aws-lambda-go\/(lambda|events))"/gm;
// Java: a class imported from an AWS package, `import software.amazon.awssdk.policybuilder.iam.IamPolicy;`.
const JAVA_IMPORT_CLASS = /^[ \t]*import[ \t]+(?:static[ \t]+)?((?:software\.amazon|com\.amazonaws?|aws\.sdk\.kotlin)(?:\.[a-z0-9_]+)+)\.([A-Z][A-Za-z0-9]*)[ \t]*;?/gm;
// .NET: a class constructed by name, `new EventBus(this, "Bus")`.
const DOTNET_NEW_CLASS = /\bnew[ \t]+([A-Z][A-Za-z0-9]*)[ \t]*\(/g;
// .NET: `using Amazon.Lambda.KinesisEvents;` makes `KinesisEvent` the event type of that source.
const DOTNET_LAMBDA_EVENTS_USING = /^[ \t]*using[ \t]+Amazon\.Lambda\.([A-Z][A-Za-z0-9]*?)Events[ \t]*;/gm;
// Java: a variable declared with an SDK client type and named as its service (`S3Client s3 = …`, `IamClient iam`).
const JAVA_CLIENT_VAR = /\b([A-Z][A-Za-z0-9]*)Client\s+([a-z][A-Za-z0-9]*)\s*[=,);]/g;
// Java v1: a variable of a client interface named as boto3 names its service (`AmazonIdentityManagement iam = …`, `AmazonS3 s3`).
const JAVA_V1_CLIENT_VAR = /\b(?:Amazon|AWS)([A-Z][A-Za-z0-9]*?)(?:Async)?\s+([a-z][A-Za-z0-9]*)\s*[=,);]/g;

/** Binds the classes, clients and package aliases of a compiled language's imports into `ctx`. */
export function bindTypedImports(text: string, r: Resolver, ctx: ImportFacts): void {
  const set = (alias: string, b: Binding | undefined) => { if (b) ctx.aliases.set(alias, b); };
  let m: RegExpExecArray | null;
  if (text.includes('import software.amazon') || text.includes('import com.amazon') || text.includes('import aws.sdk') || text.includes('import static')) {
    JAVA_IMPORT_CLASS.lastIndex = 0;
    // Only a class whose name starts with the name of a package segment that is a service (`IamPolicyWriter`
    // in …policybuilder.iam, `LambdaLogger` in …services.lambda.runtime): `Region` or `Context` stays a word.
    while ((m = JAVA_IMPORT_CLASS.exec(text))) {
      const cls = m[2];
      const seg = m[1].split('.').find((p) => p.length >= 2 && cls.toLowerCase().startsWith(p) && /^[A-Z0-9]/.test(cls.slice(p.length)));
      const b = seg && /^(?:software\.amazon\.awssdk|com\.amazonaws)\./.test(m[1]) ? bind(r, r.pick('sdkClass', seg), 'sdk') : undefined;
      if (b) ctx.sdkTypes.set(cls, b); else bindTypes(m[1], [cls], r, ctx);
    }
  }
  if (text.includes('import ')) jvmImportedWords(text, ctx.importedWords);
  if (text.includes('use ') && text.includes('::')) rustOwnTypes(text, ctx.localClasses);
  if (text.includes('Client ')) {
    JAVA_CLIENT_VAR.lastIndex = 0;
    while ((m = JAVA_CLIENT_VAR.exec(text))) if (m[2].toLowerCase() === m[1].toLowerCase()) set(m[2], bind(r, r.pick('sdkClass', m[1].toLowerCase()), 'sdk'));
  }
  if (text.includes('com.amazonaws.services.')) {
    JAVA_V1_CLIENT_VAR.lastIndex = 0;
    while ((m = JAVA_V1_CLIENT_VAR.exec(text))) {
      const key = m[1].toLowerCase(), name = m[2].toLowerCase();
      if (name === key || name === SDK_LONG_NAMES[key]) set(m[2], bind(r, r.sdkService(key), 'sdk'));
    }
  }
  // The core's namespace imported whole: C#'s `using Amazon.CDK;` then `new App()`, Java's `import software.amazon.awscdk.*;`.
  if ((text.includes('using Amazon.CDK') || text.includes('awscdk.')) && CDK_CORE_WHOLE.test(text)) cdkCoreParts(CDK_CORE_CLASSES, r, ctx.typeParts);
  if (text.includes('using Amazon.CDK.AWS.')) {
    // C# imports a whole namespace (`using Amazon.CDK.AWS.Events;`), so the CDK classes it constructs are those of the
    // file: `new EventBus(this, …)` names EventBridge (round 13). No owner: an ambiguous word (`new Function(`) stays one.
    DOTNET_NEW_CLASS.lastIndex = 0;
    const names = new Set<string>();
    while ((m = DOTNET_NEW_CLASS.exec(text))) names.add(m[1]);
    bindTypes('', [...names], r, ctx);
  }
  if (text.includes('using Amazon.Lambda.')) {
    DOTNET_LAMBDA_EVENTS_USING.lastIndex = 0;
    while ((m = DOTNET_LAMBDA_EVENTS_USING.exec(text))) {
      const b = bind(r, LAMBDA_EVENT_SOURCES[m[1].toLowerCase()], 'sdk');
      if (!b) continue;
      ctx.sdkTypes.set(m[1] + 'Event', b);
      // The package's request and response types: `APIGatewayProxyRequest`, `APIGatewayHttpApiV2ProxyResponse` (round 15).
      for (const t of text.matchAll(new RegExp(`\\b${m[1]}[A-Z][A-Za-z0-9]*?(?:Request|Response)\\b`, 'g'))) ctx.sdkTypes.set(t[0], b);
    }
  }
  if (text.includes('github.com/aws/')) {
    GO_IMPORT.lastIndex = 0;
    while ((m = GO_IMPORT.exec(text))) {
      const go = (b: Binding | undefined) => (b ? { ...b, exported: true } : undefined);
      // A subpackage named after its service (`service/dynamodb/dynamodbattribute`, `s3/s3manager`) is the service's, and
      // so is its `types` package (`service/sns/types`: `types.Topic`, round 16; Go gives each such import its own name).
      const sub = m[3]?.slice(1);
      if (m[2] && sub) { if (sub.startsWith(m[2]) || sub === 'types') set(m[1] ?? sub, go(bind(r, r.sdkService(m[2]), 'sdk'))); }
      else if (m[2]) set(m[1] ?? m[2], go(bind(r, r.sdkService(m[2]), 'sdk')));
      // aws-lambda-go/lambda is the Lambda runtime's Go library: `lambda.Start(handler)`.
      // aws-lambda-go/events: its types name the service that sends the event (`events.SQSEvent`).
      else if (m[6]) { const b = go(bind(r, r.sdkService('lambda'), 'sdk')); set(m[1] ?? m[6], b && m[6] === 'events' ? { ...b, eventTypes: true } : b); }
      else if (m[5]) set(m[1] ?? m[5], go(cdkBinding(r, 'aws' + m[5].slice(6, -5))));
      else if (m[4]) set(m[1] ?? m[4], go(cdkBinding(r, m[4])));
      else set(m[1] ?? 'awscdk', go(bind(r, 'cdk', 'cdk')));
    }
  }
}
