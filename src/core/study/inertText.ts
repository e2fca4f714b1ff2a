// Text from notes or paths shown where VS Code renders a little markup (notifications turn
// "[label](command:…)" into a link, and many labels turn "$(name)" into an icon): a zero-width space
// breaks both patterns, so a note or folder name always shows as the plain text it is.
const ZWSP = '\u200b';

export function inertText(text: string): string {
  return text
    // Control characters (a newline would end a notification's first line early).
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\]\(/g, `]${ZWSP}(`)
    .replace(/\$\(/g, `$${ZWSP}(`);
}
