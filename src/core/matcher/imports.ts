// The names a script's imports bind (JavaScript/TypeScript and Python): module aliases (`ecs` → aws-ecs, `wr` →
// awswrangler), clients named as their service (`s3 = boto3.client("s3")`, `const s3 = new AWS.S3()`), classes imported
// from AWS libraries and from the program's own modules, and the lines of Python's `from aws_cdk import (…)` blocks.
import { Resolver } from './claims';
import { Binding } from './types';
import { WRANGLER, wranglerModule } from './wrangler';
import { bind, bindTypes, cdkBinding, ImportFacts, moduleBinding, namedByAlias, packageOwner } from './modules';

const JS_IMPORT_DEFAULT = /\bimport\s+(?:\*\s+as\s+)?([A-Za-z_$][\w$]*)\s+from\s+['"]([^'"]+)['"]/g;
const JS_IMPORT_NAMED = /\bimport\s*(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g;
const JS_REQUIRE = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g;
const PY_IMPORT_AS = /^[ \t]*import[ \t]+([\w.]+)[ \t]+as[ \t]+(\w+)/gm;
const PY_FROM = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]*(\([^)]*\)|[^\n#]*)/gm;
// `import awswrangler as wr` anywhere, docstring examples (`>>> import awswrangler as wr`) included.
const WRANGLER_IMPORT = /\bimport\s+awswrangler\s+as\s+(\w+)/g;
const CLIENT_VAR = /\b([A-Za-z_]\w*)\s*=\s*[\w.]*?(?:\(\)\.)?(?:client|resource)\(\s*(?:service_name\s*=\s*)?["']([A-Za-z0-9-]+)["']/g;
// Libraries whose classes are AWS's own: the SDKs, the CDK, the Glue ETL library, Airflow's Amazon provider,
// Lambda's runtime types and Powertools, AWS Solutions Constructs; AWS's agent libraries (Strands Agents, the Bedrock
// AgentCore SDK: `BedrockModel`, `BedrockAgentCoreApp`).
const AWS_PY_PACKAGE = /^(?:boto3|botocore|awsglue|aws_cdk|airflow\.providers\.amazon|sagemaker|aws_lambda_powertools|amazon_kclpy|awswrangler|redshift_connector|strands|bedrock_agentcore)(?:\.|$)/;
const AWS_JS_PACKAGE = /^(?:aws-cdk-lib|@aws-cdk\/|@aws-sdk\/|aws-sdk|aws-lambda$|@aws-lambda-powertools\/|@aws-solutions-constructs\/|@aws-appsync\/)/;
// JavaScript: a client named as its service, `const s3 = new AWS.S3()`, `const sqs = new SQSClient({})`.
// A client built by a class of the SDK's own libraries is named as its service too: `const dynamodb =
// DynamoDBDocumentClient.from(client)` (round 16), where the class's name starts with the variable's.
const JS_CLIENT_VAR = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:new\s+(?:AWS\.)?([A-Z][A-Za-z0-9]*?)(?:Client)?\s*\(|([A-Z][A-Za-z0-9]*?)Client\.from\()/g;

// A module of the program's own, by its relative path: `'./cloudfront'`, `'../lib/s3'` (Python's `from .cloudfront import …`
// is told by its leading dot).
const LOCAL_MODULE = /^\.{1,2}\//;

/**
 * `import { CloudFront } from './cloudfront'`: a class the program imports from its own module is its own class in its
 * code (`new CloudFront(this, …)`), whatever service its name spells (round 12); a comment keeps the word's meaning.
 */
function localClass(ctx: ImportFacts, name: string | undefined): void {
  if (name && /^[A-Z]/.test(name)) ctx.localClasses.add(name);
}

/** Binds the aliases of a script's imports and clients into `ctx`. */
export function bindScriptImports(text: string, r: Resolver, ctx: ImportFacts): void {
  const set = (alias: string, b: Binding | typeof WRANGLER | undefined) => { if (b) ctx.aliases.set(alias, b); };
  let m: RegExpExecArray | null;
  if (text.includes('import') || text.includes('require')) {
    for (const re of [JS_IMPORT_DEFAULT, JS_REQUIRE, PY_IMPORT_AS]) {
      re.lastIndex = 0;
      while ((m = re.exec(text))) {
        if (re === PY_IMPORT_AS) set(m[2], moduleBinding(m[1], r)); else set(m[1], moduleBinding(m[2], r));
        if (re === JS_IMPORT_DEFAULT && LOCAL_MODULE.test(m[2])) localClass(ctx, m[1]);
      }
    }
    WRANGLER_IMPORT.lastIndex = 0;
    while ((m = WRANGLER_IMPORT.exec(text))) set(m[1], WRANGLER);
  }
  // awswrangler's tests take `wr` as a pytest fixture, and its notebooks call `wr.` without importing it: in a file
  // that names awswrangler at all (`import awswrangler.pandas as pd`, a logger, its docs), `wr` is awswrangler.
  if (!ctx.aliases.has('wr') && text.includes('awswrangler') && text.includes('wr.')) ctx.aliases.set('wr', WRANGLER);
  if (text.includes('import') || text.includes('require')) {
    JS_IMPORT_NAMED.lastIndex = 0;
    while ((m = JS_IMPORT_NAMED.exec(text))) {
      if (AWS_JS_PACKAGE.test(m[2])) bindTypes(m[2], m[1].split(',').map((p) => p.trim()), r, ctx);
      if (LOCAL_MODULE.test(m[2])) for (const part of m[1].split(',')) localClass(ctx, /(\w+)\s*$/.exec(part)?.[1]);
      if (m[2] !== 'aws-cdk-lib') continue;
      // import { aws_ecs as ecs, Stack } from 'aws-cdk-lib'
      for (const part of m[1].split(',')) {
        const p = /^\s*(aws_[a-z0-9_]+)(?:\s+as\s+([A-Za-z_$][\w$]*))?\s*$/.exec(part);
        if (p) set(p[2] ?? p[1], cdkBinding(r, p[1]));
      }
    }
    PY_FROM.lastIndex = 0;
    while ((m = PY_FROM.exec(text))) {
      const from = m[1];
      const names = m[2].replace(/[()]/g, ' ');
      if (AWS_PY_PACKAGE.test(from)) bindTypes(from, names.replace(/#.*$/gm, '').split(',').map((p) => p.trim()), r, ctx);
      for (const part of names.split(',')) {
        const p = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part.replace(/#.*$/gm, ''));
        if (!p) continue;
        const alias = p[2] ?? p[1];
        if (/^[A-Z][a-z]+$/.test(alias)) ctx.importedWords.set(alias, packageOwner(from, r));
        if (from.startsWith('.')) localClass(ctx, alias);
        if (from === 'aws_cdk') set(alias, p[1] === 'core' ? bind(r, 'cdk', 'cdk') : /^aws_/.test(p[1]) ? cdkBinding(r, p[1]) : undefined);
        else if (from === 'awswrangler' && p[1] !== '*') set(alias, wranglerModule(p[1], r));
      }
      if (from === 'aws_cdk' && m[2].startsWith('(')) markLines(text, m.index, m[0], ctx.cdkBlockLines, 1);
      if (from === 'awswrangler') markLines(text, m.index, m[0], ctx.wranglerImportLines);
    }
  }
  if (text.includes('client(') || text.includes('resource(')) {
    CLIENT_VAR.lastIndex = 0;
    // Only a variable that is itself the service's name (`s3 = boto3.resource("s3")`): `s3.Object(…)` then
    // names S3, while `sqs_client.send(…)` is a variable of the program's own naming.
    // `emr_serverless = boto3.client("emr-serverless")`: a Python name cannot hold the id's hyphen.
    while ((m = CLIENT_VAR.exec(text))) {
      const b = bind(r, r.pick('boto3', m[2].toLowerCase()), 'sdk');
      if (m[1].toLowerCase() === m[2].toLowerCase().replace(/-/g, '_') || namedByAlias(m[1], b, r)) set(m[1], b);
    }
  }
  if (text.includes('aws-sdk') && (text.includes('new ') || text.includes('Client.from('))) {
    JS_CLIENT_VAR.lastIndex = 0;
    while ((m = JS_CLIENT_VAR.exec(text))) {
      if (m[3]) {
        const name = m[1].toLowerCase();
        if (m[3].toLowerCase().startsWith(name)) set(m[1], bind(r, r.pick('sdkClass', name), 'sdk'));
        continue;
      }
      const b = bind(r, r.pick('sdkClass', m[2].toLowerCase()), 'sdk');
      if (m[1].toLowerCase() === m[2].toLowerCase() || namedByAlias(m[1], b, r)) set(m[1], b);
    }
  }
}

/** Adds the 0-based lines that `span` (found at `index` in `text`) covers, from its `skip`-th line on. */
export function markLines(text: string, index: number, span: string, into: Set<number>, skip = 0): void {
  const first = text.slice(0, index).split(/\r\n|\r|\n/).length - 1;
  const count = span.split(/\r\n|\r|\n/).length;
  for (let i = skip; i < count; i++) into.add(first + i);
}
