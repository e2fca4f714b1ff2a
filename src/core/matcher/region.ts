// The columns of a line whose code matches can change a hover's answer (CodeSink.from/to in code.ts): for a
// scan the whole line; for a hover the runs of non-blank characters under the cursor and under the name
// around it. A pattern is read only there, which is most of a hover's saving on long lines.

export interface Region { line: string; from: number; to: number }

/**
 * Can a match of this pattern hold a blank (space or tab)? Read from its source, erring towards yes: any
 * whitespace class or literal, negated class, wildcard, escape by code point or non-word/non-digit class.
 */
const MAY_HOLD_BLANK = /\\[sSWDtxup]| |\[\^|(?<!\\)\./;
const blankFree = new WeakMap<RegExp, boolean>();

function holdsNoBlank(re: RegExp): boolean {
  let known = blankFree.get(re);
  if (known === undefined) {
    // A `.` inside a class (`[\w$.]`) is a dot; negated classes stay and count as holding a blank.
    const source = withoutLookarounds(re.source).replace(/(?<!\\)\[(?!\^)(?:\\.|[^\]\\])*\]/g, (c) => c.replace(/(?<!\\)\./g, ''));
    blankFree.set(re, (known = !MAY_HOLD_BLANK.test(source)));
  }
  return known;
}

/** The source less its lookaheads and lookbehinds, which read text but never make it part of the match. */
function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') { out += source.slice(i, i + 2); i++; continue; }
    if (!/^\(\?<?[=!]/.test(source.slice(i, i + 4))) { out += source[i]; continue; }
    // Skip to the matching parenthesis, minding escapes and classes (a `)` in `[)]` closes nothing).
    let depth = 0, inClass = false;
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') { i++; continue; }
      if (inClass) { if (c === ']') inClass = false; continue; }
      if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
  }
  return out;
}

/**
 * Every match of a global pattern in the line that touches [from, to), in order. A match with no blank that
 * touches the region lies inside its runs, and `from` starts a run, so such a pattern is searched from `from`
 * (lookbehinds still see the text before it); every pattern stops at `to`, as later matches start after it.
 */
export function eachInRegion(s: Region, re: RegExp, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = s.from > 0 && holdsNoBlank(re) ? s.from : 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.line)) && m.index < s.to) if (m.index + m[0].length > s.from) fn(m);
  re.lastIndex = 0;
}
