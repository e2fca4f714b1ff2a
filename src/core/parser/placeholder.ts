// Angle-bracket placeholders in note prose (`team=<name>`, `s3://<bucket>/<prefix>`, `region=<r>`) reach
// markdown-it as inline HTML, and plain text drops inline HTML: the sentence lost its placeholder ("carries the
// tag team=, and …"). A tag whose name is no HTML element and that carries no attributes is the writer's
// placeholder, so it stays in the text; real markup (<span>, <kbd>, </b>) is still dropped.

const HTML_ELEMENTS = new Set((
  'a abbr acronym address area article aside audio b base bdi bdo big blockquote body br button canvas caption ' +
  'center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset ' +
  'figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img ' +
  'input ins kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option ' +
  'output p param picture pre progress q rp rt ruby s samp script search section select slot small source span ' +
  'strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track ' +
  'tt u ul var video wbr math'
).split(' '));

/** The placeholder text of an inline HTML token (`<name>`), or undefined for real markup. */
export function placeholderText(html: string): string | undefined {
  const m = /^<([A-Za-z][\w-]*)>$/.exec(html);
  if (!m || HTML_ELEMENTS.has(m[1].toLowerCase())) return undefined;
  return html;
}
