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
