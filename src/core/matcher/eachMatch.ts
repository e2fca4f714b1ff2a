// The one loop of the code patterns (sdk.ts, infra.ts, definedNames.ts, definedRefs.ts): every match of a global
// pattern in the sink's line that starts no later than the last column its caller reads (CodeSink.until: a hover
// reads none past its cursor, a scan reads all).
import type { CodeSink } from './code';

/**
 * Calls `fn` on each match of the global pattern `re` in `s.line`, scanning from column `from`, up to `s.until`. The sink is passed
 * along, so that a pattern's callback is a function declared once, not a closure (and its context) made on every call.
 */
export function eachMatch(s: CodeSink, re: RegExp, fn: (m: RegExpExecArray, s: CodeSink) => void, from = 0): void {
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.line)) && m.index <= s.until) fn(m, s);
}

/**
 * eachMatch from the first column the caller reads (CodeSink.from), for patterns whose matches hold no blank
 * (identifiers, quoted ids), which never cross into the run a hover reads from an earlier one.
 */
export function eachMatchInRun(s: CodeSink, re: RegExp, fn: (m: RegExpExecArray, s: CodeSink) => void): void {
  eachMatch(s, re, fn, s.from);
}
