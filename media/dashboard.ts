// The progress dashboard's webview: four charts drawn with Chart.js (bundled by esbuild into
// dist/media/dashboard.js, so the page loads nothing but its own script under the nonce CSP) in the
// theme's chart colours, each with a text alternative (an aria description on the canvas and the same
// numbers as a table), and the weakest task statements as a table with a quiz button each. The DOM is
// built with createElement and textContent only; no inline styles or handlers.
import {
  BarController, BarElement, CategoryScale, Chart, ChartConfiguration, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';
import { DashboardData, DashboardRequest, isDashboardMessage, ReadinessRow } from '../src/shared/dashboardProtocol';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

interface VsCodeApi { postMessage(message: DashboardRequest): void }
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
let data: DashboardData | undefined;
const charts: Chart[] = [];

type Child = Node | string | undefined | false | null;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) { if (k === 'class') el.className = v; else el.setAttribute(k, v); }
  for (const c of children) if (c !== undefined && c !== false && c !== null) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** A colour from the theme (VS Code sets --vscode-* variables on the page). */
function themeColour(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(`--vscode-${name}`).trim() || fallback;
}

const pct = (n: number | undefined) => (n === undefined ? '–' : `${n}%`);
const share = (r: ReadinessRow) => (r.questions ? Math.round((r.answered / r.questions) * 100) : 0);
/** "Mar 10" from "2026-03-10", in the user's language. */
const shortDay = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
const longDay = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' });

function table(caption: string, head: string[], rows: (string | Node)[][]): HTMLTableElement {
  return h('table', {},
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, ...head.map((c, i) => h('th', { scope: 'col', class: i ? 'num' : undefined }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i ? h('td', { class: typeof c === 'string' ? 'num' : undefined }, c) : h('th', { scope: 'row' }, c)))))));
}

/** A chart with its text alternative: the canvas describes itself, and the numbers are in a table below. */
function chartCard(id: string, title: string, summary: string, config: () => ChartConfiguration, alt: HTMLTableElement, tall = false): HTMLElement {
  const canvas = h('canvas', { id: `${id}-chart`, role: 'img', 'aria-label': `${title}. ${summary}` }, summary);
  const card = h('section', { class: 'card', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    h('p', { class: 'muted summary' }, summary),
    h('div', { class: tall ? 'chart tall' : 'chart' }, canvas),
    h('details', {}, h('summary', {}, 'Show as table'), alt));
  queueMicrotask(() => charts.push(new Chart(canvas, config())));
  return card;
}

function baseOptions(horizontal: boolean, max?: number): ChartConfiguration['options'] {
  const fg = themeColour('foreground', '#cccccc');
  const muted = themeColour('descriptionForeground', fg);
  const grid = themeColour('editorWidget-border', 'rgba(128,128,128,0.35)');
  const font = { family: themeColour('font-family', 'sans-serif'), size: 12 };
  const valueAxis = { min: 0, max, ticks: { color: muted, font, precision: 0 }, grid: { color: grid }, border: { color: grid } };
  const categoryAxis = { ticks: { color: fg, font, autoSkip: !horizontal }, grid: { display: false }, border: { color: grid } };
  return {
    responsive: true, maintainAspectRatio: false, animation: false,
    indexAxis: horizontal ? 'y' : 'x',
    plugins: {
      legend: { labels: { color: fg, font, boxWidth: 12 } },
      tooltip: { titleFont: font, bodyFont: font },
    },
    scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
  };
}

function readinessChart(rows: ReadinessRow[], labels: string[]): () => ChartConfiguration {
  return () => ({
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: 'Answered (% of questions)', data: rows.map(share), backgroundColor: themeColour('charts-blue', '#3794ff') },
        { label: 'Accuracy (% right)', data: rows.map((r) => r.accuracy ?? 0), backgroundColor: themeColour('charts-green', '#89d185') },
      ],
    },
    options: baseOptions(true, 100),
  });
}

function readinessTable(caption: string, rows: ReadinessRow[]): HTMLTableElement {
  return table(caption, ['', 'Questions', 'Answered', 'Accuracy', 'Due'], rows.map((r) => [r.label, String(r.questions), String(r.answered), pct(r.accuracy), String(r.due)]));
}

function render(d: DashboardData): void {
  for (const c of charts.splice(0)) c.destroy();
  const t = d.totals;
  const header = h('header', {},
    h('h1', {}, 'Progress'),
    h('p', { class: 'totals' },
      `${t.answered.toLocaleString()} of ${t.questions.toLocaleString()} questions answered · ${t.accuracy === undefined ? 'no answers yet' : `${t.accuracy}% right`} · ${t.dueNow} due now`),
    t.dueNow ? button(`Review ${t.dueNow} Due ${t.dueNow === 1 ? 'Question' : 'Questions'}`, { type: 'reviewDue' }, 'primary') : undefined);

  const domainLabels = d.domains.map((r) => `Domain ${r.id} (${r.weight}%)`);
  const byDomain = chartCard('domains', 'Readiness by domain',
    d.domains.map((r) => `Domain ${r.id}: ${share(r)}% answered, accuracy ${pct(r.accuracy)}`).join('; ') + '.',
    readinessChart(d.domains, domainLabels), readinessTable('Readiness by domain', d.domains));

  const tasks = d.domains.flatMap((r) => r.tasks);
  const practised = tasks.filter((r) => r.accuracy !== undefined);
  const byTask = chartCard('tasks', 'Readiness by task statement',
    practised.length ? `${practised.length} of ${tasks.length} task statements practised.` : `None of the ${tasks.length} task statements practised yet.`,
    readinessChart(tasks, tasks.map((r) => r.id)), readinessTable('Readiness by task statement', tasks), true);

  const days = d.history.filter((x) => x.answered);
  const history = chartCard('history', 'Accuracy over the last 30 days',
    days.length ? `${t.answersLast30} answers on ${days.length} ${days.length === 1 ? 'day' : 'days'}; ${days.map((x) => `${shortDay(x.day)}: ${x.accuracy}% of ${x.answered}`).join(', ')}.` : 'No answers in the last 30 days.',
    () => ({
      type: 'bar',
      data: {
        labels: d.history.map((x) => shortDay(x.day)),
        datasets: [
          { type: 'line', label: 'Accuracy (%)', data: d.history.map((x) => x.accuracy ?? null), yAxisID: 'y', order: 0, borderColor: themeColour('charts-green', '#89d185'), backgroundColor: themeColour('charts-green', '#89d185'), spanGaps: true, pointRadius: 4, pointBorderWidth: 2, pointBorderColor: themeColour('editor-background', '#ffffff') },
          { type: 'bar', label: 'Answers', data: d.history.map((x) => x.answered), yAxisID: 'y1', order: 1, backgroundColor: themeColour('charts-blue', '#3794ff') },
        ],
      },
      options: (() => {
        const o = baseOptions(false, 100)!;
        const y1 = { ...(o.scales!.y as object), max: undefined, position: 'right' as const, grid: { display: false } };
        o.scales = { ...o.scales, y1 };
        return o;
      })(),
    }),
    table('Accuracy per day', ['Day', 'Answers', 'Accuracy'], d.history.filter((x) => x.answered).map((x) => [longDay(x.day), String(x.answered), pct(x.accuracy)])));

  const dueTotal = d.forecast.reduce((n, x) => n + x.due, 0);
  const busiest = d.forecast.reduce((a, b) => (b.due > a.due ? b : a), d.forecast[0]);
  const forecast = chartCard('forecast', 'Reviews due in the next 30 days',
    dueTotal ? `${dueTotal} reviews in 30 days; ${d.forecast[0].due} today; the busiest day is ${longDay(busiest.day)} with ${busiest.due}.` : 'No reviews due in the next 30 days.',
    () => ({
      type: 'bar',
      data: { labels: d.forecast.map((x, i) => (i === 0 ? 'Today' : shortDay(x.day))), datasets: [{ label: 'Reviews due', data: d.forecast.map((x) => x.due), backgroundColor: themeColour('charts-purple', '#b180d7') }] },
      options: baseOptions(false),
    }),
    table('Reviews due per day', ['Day', 'Due'], d.forecast.filter((x) => x.due).map((x, i) => [i === 0 && x.day === d.forecast[0].day ? 'Today (and overdue)' : longDay(x.day), String(x.due)])));

  const weakest = h('section', { class: 'card wide', 'aria-labelledby': 'weakest-title' },
    h('h2', { id: 'weakest-title' }, 'Weakest task statements first'),
    h('p', { class: 'muted summary' }, 'Ordered by accuracy (smoothed, so one answer does not decide); task statements not practised yet come last.'),
    table('Task statements, weakest first', ['Task statement', 'Answered', 'Accuracy', 'Due', ''],
      d.weakest.map((r) => [r.label, `${r.answered}/${r.questions}`, pct(r.accuracy), String(r.due), button('Quiz', { type: 'quizTask', task: r.id }, 'secondary', `Quiz on ${r.label}`)])));

  app.replaceChildren(header, h('div', { class: 'grid' }, byDomain, history, forecast, byTask, weakest));
}

function button(text: string, message: DashboardRequest, kind: 'primary' | 'secondary', label?: string): HTMLButtonElement {
  const b = h('button', { class: kind, type: 'button', 'aria-label': label }, text);
  b.addEventListener('click', () => vscode.postMessage(message));
  return b;
}

window.addEventListener('message', (e) => {
  if (!isDashboardMessage(e.data)) return;
  data = e.data.data;
  render(data);
});

// A theme change swaps the body's class: redraw the charts in the new colours.
new MutationObserver(() => { if (data) render(data); }).observe(document.body, { attributes: true, attributeFilter: ['class'] });

vscode.postMessage({ type: 'ready' });
