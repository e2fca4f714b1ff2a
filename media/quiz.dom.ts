// DOM helpers of the quiz webview. Elements are built with createElement and textContent only: note
// text is never parsed as HTML.
import type { SourceView, WebviewMessage } from '../src/shared/quizProtocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  setState(state: unknown): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

export const vscode = acquireVsCodeApi();
export const send = (m: WebviewMessage): void => vscode.postMessage(m);

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | undefined | false | null;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== undefined && c !== false && c !== null) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** A button; secondary unless it is the screen's one primary action (class "primary"). */
export function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs, class: attrs.class ?? 'secondary' }, label);
  b.addEventListener('click', onClick);
  return b;
}

const announcer = document.getElementById('announcer') as HTMLElement;
const alertBox = document.getElementById('alert') as HTMLElement;

export function say(text: string, urgent = false): void {
  const box = urgent ? alertBox : announcer;
  box.textContent = '';
  // A fresh text node after a tick makes screen readers announce repeated messages too.
  window.setTimeout(() => { box.textContent = text; }, 30);
}

export function sourceLink(src: SourceView): HTMLElement {
  return h('p', { class: 'source' },
    button('Open source section', () => send({ type: 'openSource', file: src.file, line: src.line }), { class: 'link', 'data-focus': 'source', 'aria-label': `Open source section: ${src.label}` }),
    h('span', { class: 'muted', text: ` ${src.label}` }),
  );
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hh = Math.floor(total / 3600);
  const mm = Math.floor((total % 3600) / 60);
  const ss = total % 60;
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}` : `${mm}:${String(ss).padStart(2, '0')}`;
}

export function when(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit', month: 'short', day: 'numeric' });
}

export const MODE_NAMES = { practice: 'Practice', review: 'Review', exam: 'Exam simulation' } as const;

/** A table with a caption, column headers and rows whose first cell is a row header. */
export function table(caption: string, columns: string[], rows: (string | Node)[][], cls = 'data-table'): HTMLTableElement {
  const t = h('table', { class: cls },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col', text: c })))));
  const body = h('tbody');
  for (const r of rows) body.append(h('tr', {}, ...r.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))));
  t.append(body);
  return t;
}

/** A score cell: a bar (hidden from screen readers) and the percentage as text. */
export function scoreCell(percent: number): HTMLElement {
  const fill = h('span', { class: `fill${percent >= 72 ? ' pass' : ''}` });
  // CSSOM, not a style attribute: the page's CSP allows no inline style.
  fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return h('span', { class: 'score-cell' }, h('span', { class: 'score-bar', 'aria-hidden': 'true' }, fill), ` ${percent} %`);
}
