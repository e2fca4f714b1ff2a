// A CDK construct's id, the string after the scope (`this`, `self`, `scope`, `stack`, `app`) that opens a construct's arguments
// (`new iam.Role(this, 'Glue Job Role', …)`, or over two lines in Python's `iam.Role(\n  self,\n  "Glue Job Role",`),
// is the program's own name for the construct, like a CloudFormation logical id: the words in it are no mention.
import { FileContext } from './fileContext';

// The scope is `this`/`self`/`scope`, or the app or stack a construct is made in (Go's `stack`, an app's `app`);
// Go wraps the id in `jsii.String(…)`.
const OPENS_WITH_SCOPE = /\(\s*(?:this|self|scope|stack|app)\s*,\s*(?:jsii\.String\(\s*)?$/;
// The scope as the first argument on the line above: `self,` alone or `iam.Role(self,`.
const SCOPE_LINE = /(?:^|\()\s*(?:this|self|scope|stack|app)\s*,\s*$/;

export function inConstructId(line: string, start: number, lineNo: number, file: FileContext): boolean {
  // The quoted string around `start`: its opening quote, with no quote of the same kind between it and `start`.
  let q = start - 1;
  while (q >= 0 && line[q] !== '"' && line[q] !== "'") q--;
  if (q < 0 || line.indexOf(line[q], start) < 0) return false;
  const before = line.slice(0, q);
  if (OPENS_WITH_SCOPE.test(before)) return true;
  if (before.trim() !== '') return false;
  // The id alone on its line: the argument before it, on the line above, is the scope.
  for (let i = lineNo - 1; i >= 0 && i >= lineNo - 2; i--) {
    const prev = file.lines[i] ?? '';
    if (prev.trim() === '') continue;
    return SCOPE_LINE.test(prev);
  }
  return false;
}

// A state of a Step Functions state machine is named by the program: as a key that opens the state
// (`"Bedrock InvokeModel": {`, YAML `Bedrock InvokeModel:` alone) or as the target of `StartAt`, `Next`, `Default`.
const STATE_TARGET = /["']?(?:StartAt|Next|Default)["']?\s*:\s*$/;

export function inStateName(line: string, start: number, end: number, file: FileContext): boolean {
  if (!file.stateMachine) return false;
  let q = start - 1;
  while (q >= 0 && line[q] !== '"' && line[q] !== "'") q--;
  const close = q < 0 ? -1 : line.indexOf(line[q], end);
  if (q < 0 || close < 0) {
    // YAML: a bare key alone on its line that opens a state, or the bare value of `StartAt:`, `Next:`, `Default:`.
    const before = line.slice(0, start);
    return (/^\s*[^\s:#-][^:#]*$|^\s*$/.test(before) && /^[^:#]*:\s*$/.test(line.slice(end))) || /^\s*(?:StartAt|Next|Default):[^:#]*$/.test(before);
  }
  return /^\s*:\s*\{?\s*$/.test(line.slice(close + 1)) || STATE_TARGET.test(line.slice(0, q));
}
