// Names the program chose that spell a service (round 12 and its precision sweep): a type or field it declares, an
// `aws_…` variable it assigns, a one-word class it imports from a library that is not AWS's. None is a mention.

// A Go field or type of the program's: `S3 struct {`, `Lambda *LambdaConfig`, `S3 S3Entity \`json:"s3"\``.
const GO_FIELD = /^\s+(?:struct\s*\{|(?:\*|\[\]|map\[[\w.*]+\])+[A-Za-z_][\w.]*\s*(?:$|`|\/\/)|(?:string|bool|u?int(?:8|16|32|64)?|float(?:32|64)|byte|rune|any|interface\s*\{\s*\})\s*(?:$|`|\/\/)|[A-Za-z_][\w.]*\s*`)/;
// `class CloudFront extends Construct {`, `class S3:`, `interface Lambda {`; Go's `type S3 struct {`, TypeScript's `type S3 = …`.
const CLASS_KEYWORD = /\b(?:class|interface|struct|enum|trait)\s+$/;
const CLASS_BODY = /^\s*(?:[{(:<]|extends\b|implements\b)/;
const TYPE_KEYWORD = /\btype\s+$/;
const TYPE_BODY = /^\s*(?:[{=]|struct\b|interface\b)/;

/**
 * A name the program declares for its own type or field, whatever service it spells (round 12): a class
 * `class CloudFront extends Construct {`, `type S3 struct {`, or a Go struct field named as the `s3` key of an
 * event record. The program chose the name; the AWS library's own class is imported, never declared.
 */
const BLANK = /^\s*$/;

export function declaredName(line: string, start: number, end: number): boolean {
  const before = line.slice(Math.max(0, start - 30), start);
  const after = line.slice(end, end + 40);
  if ((CLASS_KEYWORD.test(before) && CLASS_BODY.test(after)) || (TYPE_KEYWORD.test(before) && TYPE_BODY.test(after))) return true;
  return BLANK.test(line.slice(0, start)) && GO_FIELD.test(after);
}

// A variable assigned at the start of a line: `aws_glue_regions = [`, `const aws_lambda_arn = …`, `aws_regions: list[str] = …`.
const OWN_AWS_NAME = /^[ \t]*(?:(?:const|let|var|val|final)[ \t]+)?(aws_[a-z0-9_]+)[ \t]*(?::[^=\n]*)?=(?!=)/gm;

/** `aws_glue_regions = [`: names of a Terraform type's shape that the program assigns itself. */
export function ownAwsNames(text: string, into: Set<string>): void {
  OWN_AWS_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OWN_AWS_NAME.exec(text))) into.add(m[1]);
}

const JVM_IMPORT = /^[ \t]*import[ \t]+(?:static[ \t]+)?([a-z]\w*(?:\.[a-z_]\w*)*)\.(?:\{([^}\n]*)\}|([A-Z]\w*))[ \t]*;?[ \t]*$/gm;

/**
 * Java, Scala, Kotlin: `import org.apache.spark.sql.connector.read.{Batch, Scan}` — Spark's `Batch` wherever the file
 * uses it, as Python's `Config` from botocore is botocore's. One-word classes only, from packages that are not AWS's.
 */
export function jvmImportedWords(text: string, into: Map<string, string | undefined>): void {
  JVM_IMPORT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JVM_IMPORT.exec(text))) {
    if (/^(?:software\.amazon|com\.amazonaws?|aws\.sdk)\b/.test(m[1])) continue;
    for (const name of (m[2] ?? m[3]).split(',').map((p) => p.trim().split(/\s+/)[0])) if (/^[A-Z][a-z]+$/.test(name)) into.set(name, undefined);
  }
}

// Go: `type Config struct {` at the top level of a file.
const GO_TYPE_DECL = /^type[ \t]+([A-Z]\w*)[ \t]+(?:struct|interface)\b/gm;

/**
 * `type Config struct {` then `var globalConfig Config`: a Go type the program declares is its own wherever the file
 * uses it (round 13), as a class imported from its own module is; its doc comment (`// Config defines …`) too.
 */
export function goDeclaredTypes(text: string, into: Set<string>): void {
  GO_TYPE_DECL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GO_TYPE_DECL.exec(text))) into.add(m[1]);
}

// Rust: `use rest_ses::client::{RdsClient, SesClient};` — types of a crate that is not AWS's (the program's own, or
// `crate::`/`super::`) are the program's, however they are named; only AWS's crates (`aws_sdk_<svc>`, `aws_config`) and
// the Lambda runtime's are libraries that name services (round 14).
const RUST_USE = /^[ \t]*(?:pub(?:\([^)]*\))?[ \t]+)?use[ \t]+([a-z_][a-z0-9_]*)::([^;]*);/gm;
const RUST_AWS_CRATE = /^(?:aws_[a-z0-9_]+|rusoto_[a-z0-9_]+|lambda_runtime|lambda_http)$/;

/** The types a Rust file imports from crates that are not AWS's: the program's own classes. */
export function rustOwnTypes(text: string, into: Set<string>): void {
  RUST_USE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUST_USE.exec(text))) {
    if (RUST_AWS_CRATE.test(m[1])) continue;
    for (const name of m[2].match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? []) into.add(name);
  }
}
