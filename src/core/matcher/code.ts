// Code identifiers in one line: collects the candidates of every ecosystem (sdk.ts, infra.ts) and keeps,
// where candidates overlap, the outermost one (a URI over the bucket name inside it; `aws-cdk-lib/aws-ecs`
// over `aws-cdk-lib`), so that one position has one answer.
import { Resolver } from './claims';
import { FileContext } from './fileContext';
import { definedMatches } from './definedNames';
import { definedRefMatches } from './definedRefs';
import { infraMatches } from './infra';
import { CODE_LITERALS, LINE_LITERALS, LiteralHits } from './literals';
import { sdkMatches } from './sdk';
import { Match, MatchKind } from './types';

/**
 * What the code patterns read (the line, the scope, the caller's columns, the file's context, the literal triggers) and
 * where they put their matches, with `add` a method rather than a closure (the hover calls codeMatches on most identifiers,
 * and each closure and its context is an allocation). One sink serves every codeMatches call (`reset` points it at the
 * line): codeMatches never runs inside itself, and the patterns read it only during the call.
 */
export class CodeSink {
  found: Match[] = [];
  line = '';
  /**
   * Where a pattern's trigger must appear for it to be tried: the line, or for a hover the non-blank run
   * under the cursor (a match that covers the cursor and has no blank lies inside that run, so it
   * contains its trigger there; patterns that span blanks keep testing the line).
   */
  scope = '';
  lineNo = 0;
  /**
   * The last column a match may start at that the caller reads: a hover reads none that starts after its cursor
   * (matches are kept outermost first from the left, so a later one never decides an earlier one), a scan reads all.
   * Patterns stop at the first match past it; every match starts at or after its pattern's `m.index`.
   */
  until = Infinity;
  /**
   * The first column the caller reads: a hover outside a command line reads only the run under its cursor, and
   * no code match crosses a blank there (the patterns that span blanks make the hover read the whole line), so a
   * pattern whose matches hold no blank may start its scan there. 0 for a scan.
   */
  from = 0;

  constructor(
    public r: Resolver,
    public file: FileContext,
    /** The literal triggers `scope` holds (`s.lit.has(L['AWS::'])` for `scope.includes('AWS::')`), read in one pass. */
    public lit: LiteralHits,
    /** The literal triggers `line` holds: the few patterns that read the whole line (`client(`, `aws `, `: {`) test theirs there. */
    public lineLit: LiteralHits,
  ) {}

  /** Points the sink at a line (and a scope, columns, file, resolver), with a new list of matches. */
  reset(line: string, scope: string, lineNo: number, until: number, from: number, r: Resolver, file: FileContext): this {
    this.found = [];
    this.line = line;
    this.scope = scope;
    this.lineNo = lineNo;
    this.until = until;
    this.from = from;
    this.r = r;
    this.file = file;
    return this;
  }

  add(serviceId: string | undefined, kind: MatchKind, start: number, text: string): void {
    if (serviceId && text && start <= this.until) this.found.push({ line: this.lineNo, column: start, endColumn: start + text.length, text, serviceId, kind });
  }

  /** The id, if this matcher knows that service. */
  known(id: string): string | undefined {
    return this.r.services.has(id) ? id : undefined;
  }
}

// `package com.amazonaws.services.glue.marketplace.connector;`: a package the file declares is the program's own name (a
// Java, Scala, Kotlin or Go declaration); only imports name the libraries it uses (round 14).
const PACKAGE_DECLARATION = /^[ \t]*package[ \t]+[\w.]+[ \t]*;?[ \t]*(?:\/\/.*)?$/;

const LL = LINE_LITERALS.ids(['package', 'snippet-', '://']);
// One pair of marks and one sink for the whole module: codeMatches never runs inside itself, and each call scans and
// resets before it reads.
const SCOPE_HITS = new LiteralHits();
const LINE_HITS = new LiteralHits();
let SINK: CodeSink | undefined;

export function codeMatches(line: string, lineNo: number, r: Resolver, file: FileContext, scope: string = line, until = Infinity, from = 0): Match[] {
  const lineLit = LINE_LITERALS.scan(line, LINE_HITS);
  if (lineLit.has(LL.package) && PACKAGE_DECLARATION.test(line)) return [];
  CODE_LITERALS.scan(scope, SCOPE_HITS);
  const sink = (SINK ??= new CodeSink(r, file, SCOPE_HITS, LINE_HITS)).reset(line, scope, lineNo, until, from, r, file);
  const found = sink.found;
  sdkMatches(sink);
  infraMatches(sink);
  definedMatches(sink);
  definedRefMatches(sink);
  if (found.length && (lineLit.has(LL['snippet-']) || lineLit.has(LL['://']))) dropQuoted(line, found);
  if (found.length <= 1) return found;
  // Outermost first; on the same span, anything before a Terraform guess (`aws_iam` in a CDK import). A few candidates
  // (a hover's, most lines') are put in order by insertion (stable, as Array.prototype.sort is) and kept in place: the
  // built-in sort's work array and a second array were about 120 of the 1,600 bytes a hover allocated. A long line's many
  // candidates go to the built-in sort.
  if (found.length > 16) found.sort(outermostFirst);
  else {
    for (let i = 1; i < found.length; i++) {
      const m = found[i];
      let j = i - 1;
      for (; j >= 0 && outermostFirst(found[j], m) > 0; j--) found[j + 1] = found[j];
      found[j + 1] = m;
    }
  }
  let kept = 1;
  for (let i = 1; i < found.length; i++) if (found[i].column >= found[kept - 1].endColumn) found[kept++] = found[i];
  found.length = kept;
  return found;
}

function outermostFirst(a: Match, b: Match): number {
  return a.column - b.column || b.endColumn - a.endColumn || Number(a.kind === 'terraform') - Number(b.kind === 'terraform');
}

// Documentation tags of the SDK examples (`snippet-start:[s3.java2.list_objects.main]`) and the path of a web
// address (`https://docs.aws.amazon.com/cdk/api/…/aws_cdk.aws_events_targets/…`) name pages, not uses of a
// service. An AWS endpoint (`https://sqs.us-east-1.amazonaws.com/…`) or an s3:// URI keeps its own match.
const SNIPPET_TAG = /\bsnippet-[a-z]+:\[[^\]]*\]?/g;
const WEB_ADDRESS = /\bhttps?:\/\/[^\s"'`)<>\]]+/g;
const OWN_ADDRESS_KINDS: ReadonlySet<MatchKind> = new Set(['endpoint', 'principal', 'uri', 'arn']);

function dropQuoted(line: string, found: Match[]): void {
  const spans: [number, number][] = [];
  for (const re of [SNIPPET_TAG, WEB_ADDRESS]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    // `pip install git+https://…/aws-glue-libs.git` installs the library from its repository: a use, not a page.
    while ((m = re.exec(line))) if (re === SNIPPET_TAG || !line.endsWith('git+', m.index)) spans.push([m.index, m.index + m[0].length]);
  }
  if (!spans.length) return;
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (OWN_ADDRESS_KINDS.has(f.kind)) continue;
    if (spans.some(([a, b]) => f.column >= a && f.endColumn <= b)) found.splice(i, 1);
  }
}

/**
 * Cheap test on the run of non-blank characters under a cursor: could any code pattern cover it?
 * (The CLI patterns span blanks: they are tried whenever the line has "aws ", "cdk " or "sam ".)
 */
export const RUN_TRIGGER = /@aws-sdk\/|\.Cfn[A-Z]|CodeDeployDefault\.|\.enhanced\.|com\.amazonaws\.athena\.|Client|AWS\.|AWS::|AWSTemplateFormatVersion|Amazon[A-Z]|awsglue|GlueContext|aws[_-]|arn:|[a-z0-9-]:[A-Z*]|amazonaws\.com|\.cloudfront\.net|[a-z0-9]-(?:pattern|target|subscription|notification|action|destination|event-source|integration)|:\/\/|awscdk|aws-sdk|Amazon\.|\.services\.|wr\.|awswrangler\.|aws_sdk_|terraform-aws-|--enable-(?:glue|continuous|s3)|\.FARGATE|redshift_connector|software\.amazon\.|com\.amazon|com\.simba|_kclpy|powertools|aws_msk|aws\.[a-z]|States\.|aws:cdk:|[A-Z]_[A-Z]|cdk\.out|cdk\.json|cdk:[a-z]|CDK_DEFAULT_|[Gg]lue_|Glue (?:Py)?Spark|Type:|^-?\s*[a-z][a-z0-9-]*:$|ServiceResource|mypy_boto3_|custom\.|marketplace\.|AWS[A-Z]|Amazon\.CDK|ecr\.aws|bedrock-20|ServiceException|\.on\.aws|s3tablescatalog|\/aws\/lambda\/|VpcEndpointAwsService\.|[A-Za-z0-9]Events?\b|org\.apache\.(?:iceberg\.aws|hadoop\.fs\.s3a)|com\.amazonaws\.glue|x-amazon-|ntegration_?[Ss]ubtype|FullAccess|ReadOnlyAccess|ReadWrite|dd_?[iI]nterface_?[eE]ndpoint|\{\{resolve:|["'][A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*(?:Exception|Error|Fault|Unknown)["']|\blambda_(?:runtime|http)\b|\bsagemaker\./;
/** Cheap test for lines where codeMatches can find anything. */
export const CODE_HINT = /client|\.Cfn[A-Z]|CodeDeployDefault\.|\.enhanced\.|com\.amazonaws\.athena\.|resource|@aws-sdk\/|Client|AWS\.|AWS::|AWSTemplateFormatVersion|Amazon[A-Z]|: \{[A-Z]|awsglue|GlueContext|aws[_-]|arn:|:[A-Z*]|amazonaws\.com|\.cloudfront\.net|[a-z0-9]-(?:pattern|target|subscription|notification|action|destination|event-source|integration)|aws |cdk |sam |dotnet |:\/\/|awscdk|Amazon\.|\.services\.|awswrangler|aws_sdk_|terraform-aws-|--enable-(?:glue|continuous|s3)|\.FARGATE|redshift_connector|software\.amazon\.|com\.amazon|com\.simba|_kclpy|powertools|aws_msk|aws\.[a-z]|States\.|aws:cdk:|[A-Z]_[A-Z]|cdk\.out|cdk\.json|cdk:[a-z]|CDK_DEFAULT_|[Gg]lue_|Glue (?:Py)?Spark|ServiceResource|mypy_boto3_|custom\.|marketplace\.|AWS[A-Z]|Amazon\.CDK|ecr\.aws|bedrock-20|ServiceException|\.on\.aws|s3tablescatalog|\/aws\/lambda\/|VpcEndpointAwsService\.|[A-Za-z0-9]Events?\b|org\.apache\.(?:iceberg\.aws|hadoop\.fs\.s3a)|com\.amazonaws\.glue|x-amazon-|ntegration_?[Ss]ubtype|FullAccess|ReadOnlyAccess|ReadWrite|dd_?[iI]nterface_?[eE]ndpoint|\{\{resolve:|["'][A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*(?:Exception|Error|Fault|Unknown)["']|\blambda_(?:runtime|http)\b|\bsagemaker\./;
