// Classes a file takes from an AWS library without naming each in an import, met in the hover22 hunt on unseen
// files: Java's star import of a CDK module (`import software.amazon.awscdk.services.ec2.*;` then
// `Vpc.Builder.create(…)`), and the event types of Rust's aws_lambda_events crate (`LambdaEvent<SqsEvent>`).
// Like a class imported by name (fileContext.ts), such a class names the service its words spell.
import { Resolver } from './claims';
import { TypePart, typeParts } from './classWords';

const JAVA_CDK_STAR = /^[ \t]*import[ \t]+software\.amazon\.awscdk\.services\.([a-z0-9]+)((?:\.[a-z0-9]+)*)\.\*[ \t]*;/gm;
// A class the code uses: `Vpc.Builder`, `new Vpc(`, a static factory `Bucket.fromBucketName(`.
const JAVA_USED_CLASS = /\bnew[ \t]+([A-Z][A-Za-z0-9]*)[ \t]*[(<]|(?<![\w.])([A-Z][A-Za-z0-9]*)\.(?:Builder\b|[a-z]\w*[ \t]*\()/g;
const JAVA_DECLARED = /\b(?:class|interface|enum|record)[ \t]+([A-Z][A-Za-z0-9]*)/g;
// `use aws_lambda_events::event::{sns::SnsMessage, sqs::SqsEvent};`, `use aws_lambda_events::sqs::SqsEvent;`.
const RUST_LAMBDA_EVENTS = /^[ \t]*(?:pub[ \t]+)?use[ \t]+aws_lambda_events::([^;]*);/gm;

/** Adds to `into` the classes a Java CDK star import or Rust's Lambda events crate brings, by the services they name. */
export function bindUnnamedImports(text: string, r: Resolver, into: Map<string, TypePart[]>, skip: (name: string) => boolean): void {
  if (text.includes('awscdk.services.') && text.includes('.*;')) javaCdkStar(text, r, into, skip);
  if (text.includes('aws_lambda_events::')) rustLambdaEvents(text, r, into);
}

function javaCdkStar(text: string, r: Resolver, into: Map<string, TypePart[]>, skip: (name: string) => boolean): void {
  const owners = [...text.matchAll(JAVA_CDK_STAR)].map((m) => r.cdkModule('aws-' + m[1] + m[2].replace(/\./g, '-')));
  if (!owners.length) return;
  // With one module imported whole its ambiguous words count (`Function` stays a word all the same); with
  // several, which module a class comes from is unknown, so only unambiguous names count.
  const own = owners.length === 1 ? owners[0] : undefined;
  const declared = new Set([...text.matchAll(JAVA_DECLARED)].map((m) => m[1]));
  for (const m of text.matchAll(JAVA_USED_CLASS)) {
    const name = m[1] ?? m[2];
    if (into.has(name) || declared.has(name) || skip(name)) continue;
    const parts = typeParts(name, r, own);
    if (parts.length) into.set(name, parts);
  }
}

function rustLambdaEvents(text: string, r: Resolver, into: Map<string, TypePart[]>): void {
  for (const m of text.matchAll(RUST_LAMBDA_EVENTS)) {
    for (const t of m[1].matchAll(/\b[A-Z][A-Za-z0-9]*\b/g)) {
      // The event's source is the type's leading words: `SqsEvent` → SQS, `ApiGatewayProxyRequest` → API Gateway.
      const parts = typeParts(t[0], r).filter((p) => p.at === 0);
      if (parts.length && !into.has(t[0])) into.set(t[0], parts);
    }
  }
}
