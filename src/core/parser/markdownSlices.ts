// markdown-it over a note's body, a large body in slices (see parseMarkdown): the parser's one call into
// markdown-it, so that no step of a long note's parse blocks the extension host for long.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

export const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/**
 * Characters where one of markdown-it's inline rules can start, linkify and typographer off: newline,
 * escape, backticks, strikethrough, emphasis, link, image, autolink, HTML and entity. Inline text with
 * none of them is one text token (every character goes to the pending text, pushed once at the end).
 */
const INLINE_MARKUP = /[\n\\`~*_[!<&]/;

/**
 * markdown-it's core "inline" rule, with that one text token made directly for inline text that has no
 * markup (about 40 % of a note's inline tokens): the inline parser's state, rule loop and post-processing
 * cost more than the text itself. Tokens identical to markdown-it's own (unit test over the bundled notes).
 */
md.core.ruler.at('inline', (state) => {
  const Token = state.Token;
  for (const tok of state.tokens) {
    if (tok.type !== 'inline') continue;
    const text = tok.content;
    if (INLINE_MARKUP.test(text)) { state.md.inline.parse(text, state.md, state.env, tok.children!); continue; }
    if (!text) continue;
    const t = new Token('text', '', 0);
    t.content = text;
    t.level = 0;
    tok.children!.push(t);
  }
});

/** Lines per markdown-it call when a large note is parsed in slices. */
const SLICE_LINES = 2000;
/** Notes shorter than this are parsed in one call. */
const SLICE_MIN_CHARS = 64 * 1024;
/**
 * markdown-it over the body. A large body is cut into slices at ATX headings that follow a blank line
 * outside fenced code and raw-HTML blocks: no block construct spans such a line, so the slices give the
 * tokens the whole parse gives (line maps shifted back). Link reference definitions apply to the whole
 * document, so a body with any is parsed whole.
 */
export function* parseMarkdown(lines: string[]): Generator<void, Token[], void> {
  const text = lines.join('\n');
  if (text.length < SLICE_MIN_CHARS || /^ {0,3}\[[^\]\n]+\]:/m.test(text)) return md.parse(text, {});
  const tokens: Token[] = [];
  const cuts = sliceStarts(lines);
  for (let c = 0; c < cuts.length; c++) {
    const from = cuts[c];
    const to = c + 1 < cuts.length ? cuts[c + 1] : lines.length;
    for (const t of md.parse(lines.slice(from, to).join('\n'), {})) {
      if (t.map) t.map = [t.map[0] + from, t.map[1] + from];
      tokens.push(t);
    }
    yield;
  }
  return tokens;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HTML_RAW_OPEN = /^ {0,3}(?:<(script|pre|style|textarea)(?:\s|>|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[)/i;
const HTML_RAW_CLOSE: Record<string, RegExp> = {
  script: /<\/script>/i, pre: /<\/pre>/i, style: /<\/style>/i, textarea: /<\/textarea>/i,
  '<!--': /-->/, '<?': /\?>/, '<!': />/, '<![CDATA[': /\]\]>/,
};
const ATX = /^#{1,6}(?:[ \t]|$)/;

/** Line indexes where a slice may start (the first is 0), about SLICE_LINES apart. */
function sliceStarts(lines: string[]): number[] {
  const cuts = [0];
  let fence: { char: string; len: number } | undefined;
  let rawEnd: RegExp | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (m && m[1][0] === fence.char && m[1].length >= fence.len) fence = undefined;
      continue;
    }
    if (rawEnd) { if (rawEnd.test(line)) rawEnd = undefined; continue; }
    if (i - cuts[cuts.length - 1] >= SLICE_LINES && ATX.test(line) && i > 0 && lines[i - 1].trim() === '') cuts.push(i);
    const f = FENCE_OPEN.exec(line);
    if (f && !(f[1][0] === '`' && line.slice(line.indexOf(f[1]) + f[1].length).includes('`'))) { fence = { char: f[1][0], len: f[1].length }; continue; }
    const h = HTML_RAW_OPEN.exec(line);
    if (h) {
      const t = line.trimStart();
      const key = h[1] ? h[1].toLowerCase() : t.startsWith('<!--') ? '<!--' : t.startsWith('<![CDATA[') ? '<![CDATA[' : t.startsWith('<?') ? '<?' : '<!';
      const close = HTML_RAW_CLOSE[key];
      // The closing marker may be on the opening line itself.
      if (!close.test(t.slice(h[1] ? h[1].length + 1 : key.length))) rawEnd = close;
    }
  }
  return cuts;
}
