// Text from a file or a user (a note's name, a progress file's field, an error message that quotes a
// path) shown in a notification or written to the log. VS Code turns `[label](command:…)` in a
// notification into a live link that runs the command, and `$(name)` into an icon in many places, so
// such text must never be able to produce either. One helper, used wherever such a message is built.

const ZWSP = '\u200b';
/** Longest message worth showing; the rest of a hostile 1 MB field is cut. */
export const MAX_MESSAGE_LENGTH = 2000;

/**
 * The text, shown as it reads, but inert: a zero-width space breaks the link syntax `](` and the icon
 * syntax `$(`, line breaks and other control characters become spaces (no forged log lines), and
 * overlong text is cut with "…".
 */
export function inertText(text: string, max = MAX_MESSAGE_LENGTH): string {
  let s = String(text);
  if (s.length > max) s = s.slice(0, max) + '…';
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\]\s*\(/g, `]${ZWSP}(`)
    .replace(/\$\(/g, `$${ZWSP}(`);
}
