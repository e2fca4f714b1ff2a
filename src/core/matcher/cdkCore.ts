// The CDK core's classes used bare (the convention settled in round 14): `App` and `Stack`, and `StackProps`, the props
// of a Stack, decided with it, name the CDK where the file imports them from the core by name or imports the core's
// namespace whole. The core's other helpers (`Duration`, `RemovalPolicy`, `Tags`) and `Construct` are no mention.
import { Resolver } from './claims';
import { TypePart } from './classWords';

export const CDK_CORE_CLASSES: ReadonlySet<string> = new Set(['App', 'Stack', 'StackProps']);
// The core's own packages: aws-cdk-lib (v2), @aws-cdk/core and aws_cdk.core (v1), aws_cdk, Java's software.amazon.awscdk(.core).
export const CDK_CORE_PACKAGE = /^(?:aws-cdk-lib|@aws-cdk\/core|aws_cdk(?:\.core)?|software\.amazon\.awscdk(?:\.core)?)$/;
// C#'s `using Amazon.CDK;` and Java's `import software.amazon.awscdk.*;` import the core's classes whole.
export const CDK_CORE_WHOLE = /^\uFEFF?[ \t]*(?:using[ \t]+Amazon\.CDK|import[ \t]+software\.amazon\.awscdk(?:\.core)?\.\*)[ \t]*;/m;

/** `from aws_cdk import App, Stack`, `import { App } from 'aws-cdk-lib'`, `import software.amazon.awscdk.Stack;`: the CDK's classes. */
export function cdkCoreParts(names: Iterable<string>, r: Resolver, into: Map<string, TypePart[]>): void {
  if (!r.services.has('cdk')) return;
  for (const name of names) if (CDK_CORE_CLASSES.has(name)) into.set(name, [{ serviceId: 'cdk', at: 0, length: name.length, ambiguous: false }]);
}
