// References AWS defines in templates, state machines and job settings, met in the hover22 hunt on unseen files: a
// CloudFormation dynamic reference names the store it reads, the error name of a Step Functions task names the service
// the task called, and a special parameter of a Glue job names the service it turns on. Each is AWS's syntax, not a
// name the program chose.
import { ANY_SERVICE, typeParts } from './classWords';
import type { CodeSink } from './code';
import { eachMatch } from './eachMatch';
import { CODE_LITERALS } from './literals';

// `'{{resolve:ssm:/app/db/name}}'`, `{{resolve:ssm-secure:…}}` (Parameter Store) and `{{resolve:secretsmanager:…}}`.
const DYNAMIC_REFERENCE = /\{\{resolve:(ssm|ssm-secure|secretsmanager):/g;
const DYNAMIC_REFERENCE_STORES: Record<string, string> = { ssm: 'ssm-parameter-store', 'ssm-secure': 'ssm-parameter-store', secretsmanager: 'secrets-manager' };

// A task's error in a Retry or Catch, quoted: `"Lambda.ServiceException"`, `'Lambda.TooManyRequestsException'`,
// `"Glue.ConcurrentRunsExceededException"`, `"Lambda.Unknown"`. Step Functions prefixes the error with the service.
const TASK_ERROR = /(?<=["'])([A-Z][A-Za-z0-9]*)\.(?:[A-Z][A-Za-z0-9]*(?:Exception|Error|Fault)|Unknown)(?=["'])/g;

// Glue's special job parameters that name a service, as `--enable-glue-datacatalog` names the Data Catalog (infra.ts):
// continuous logging to CloudWatch Logs, and the S3 committer for Parquet.
const GLUE_PARAMETER = /(?<![\w-])--enable-(?:continuous-(cloudwatch)-log|(s3)-parquet-optimized-committer)\b/g;
const GLUE_PARAMETER_SERVICES: Record<string, string> = { cloudwatch: 'cloudwatch-logs', s3: 's3' };

// The literal triggers of these patterns, looked up in the sink's one pass (literals.ts), not searched one by one.
const L = CODE_LITERALS.ids(['{{resolve:', '--enable-', '.']);

// The error names TASK_ERROR reads end in a quote: a test of the scope before the pattern runs (a literal in the gate
// would be a new RegExp object on every call).
const ERROR_NAME_END = /(?:Exception|Error|Fault|Unknown)["']/;

export function definedRefMatches(s: CodeSink): void {
  const { scope: t, lit } = s;
  if (lit.has(L['{{resolve:'])) {
    eachMatch(s, DYNAMIC_REFERENCE, onDynamicReference);
  }
  if (lit.has(L['--enable-'])) {
    eachMatch(s, GLUE_PARAMETER, onGlueParameter);
  }
  // Only in AWS code or a state machine: elsewhere `"Config.ParseError"` is some library's error.
  if ((s.file.aws || s.file.stateMachine) && lit.has(L['.']) && ERROR_NAME_END.test(t)) {
    eachMatch(s, TASK_ERROR, onTaskError);
  }
}

// The patterns' callbacks, declared once (an arrow in the gate would be a new closure, and its captures a context, on every call).
function onDynamicReference(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const id = DYNAMIC_REFERENCE_STORES[m[1]];
  if (r.services.has(id)) s.add(id, 'cfn', m.index + '{{resolve:'.length, m[1]);
}

function onGlueParameter(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const word = m[1] ?? m[2], id = GLUE_PARAMETER_SERVICES[word];
  if (r.services.has(id)) s.add(id, 'sdk', m.index + m[0].indexOf(word), word);
}

function onTaskError(m: RegExpExecArray, s: CodeSink): void {
  const r = s.r;
  const part = typeParts(m[1], r, ANY_SERVICE, true)[0];
  if (part && part.at === 0 && part.length === m[1].length) s.add(part.serviceId, 'sdk', m.index, m[1]);
}
