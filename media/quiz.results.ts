// The end of a round: the exam result (by domain and by task statement, weakest first), the practice
// and review summary, and the empty screen.
import type { EmptyScreen, ExamResultScreen, MissedView, SummaryScreen } from '../src/shared/quizProtocol';
import { button, formatDuration, h, MODE_NAMES, scoreCell, send, sourceLink, table, when } from './quiz.dom';

function missedList(missed: MissedView[]): HTMLElement | undefined {
  if (!missed.length) return undefined;
  const box = h('section', { class: 'missed', 'aria-labelledby': 'missed-title' }, h('h2', { id: 'missed-title', text: `Missed questions (${missed.length})` }));
  for (const m of missed) {
    const item = h('details', { class: 'missed-item' },
      h('summary', { text: `${m.position}. ${m.stem}` }),
      h('p', { text: `Your answer: ${m.yourAnswer.length ? m.yourAnswer.join('; ') : '(none)'}` }),
      h('p', { class: 'answer', text: `Correct: ${m.correctAnswer.join('; ')}` }),
      h('p', { class: 'explanation', text: m.explanation }),
      sourceLink(m.source));
    box.append(item);
  }
  return box;
}

export function renderExamResult(v: ExamResultScreen): HTMLElement {
  const root = h('section', { class: 'result', 'aria-labelledby': 'result-title' });
  const name = v.form ? `Practice Exam ${v.form}` : 'Exam result';
  root.append(h('h1', { id: 'result-title', tabindex: '-1', 'data-focus': 'result', text: `${name}: ${v.correct} of ${v.total} (${v.percent} %)` }));
  root.append(h('p', { class: v.passed ? 'good-text' : 'bad-text', text: v.passed ? '✓ At or above 72 %, roughly the 720/1000 pass mark.' : '✗ Below 72 %, roughly the 720/1000 pass mark.' }));
  root.append(h('p', { class: 'muted', text: `${v.timedOut ? 'Time ran out. ' : ''}Time used: ${formatDuration(v.durationMs)}.${v.unanswered ? ` ${v.unanswered} unanswered.` : ''} The real exam scales scores from 100 to 1000, so this is only a guide.` }));
  root.append(h('div', { class: 'actions' },
    button(v.form ? `Take Practice Exam ${v.form} again` : 'New exam', () => send({ type: 'again' }), { class: 'primary', 'data-focus': 'again' }),
    button('Review due questions', () => send({ type: 'start', mode: 'review' }), { 'data-focus': 'review' }),
    button('Menu', () => send({ type: 'home' }), { 'data-focus': 'menu' })));
  root.append(table('Score by domain, weakest first', ['Domain', 'Right', 'Questions', 'Score'],
    v.domains.map((d) => [`${d.domain}. ${d.name}`, String(d.correct), String(d.total), scoreCell(d.percent)]), 'data-table domains-table'));
  if (v.tasks.length) {
    root.append(table('Score by task statement, weakest first', ['Task statement', 'Right', 'Questions', 'Score'],
      v.tasks.map((t) => [`${t.task} ${t.name}`.trim(), String(t.correct), String(t.total), scoreCell(t.percent)]), 'data-table tasks-table'));
  }
  const missed = missedList(v.missed);
  if (missed) root.append(missed);
  return root;
}

export function renderSummary(v: SummaryScreen): HTMLElement {
  const root = h('section', { class: 'summary', 'aria-labelledby': 'summary-title' });
  root.append(h('h1', { id: 'summary-title', tabindex: '-1', 'data-focus': 'summary', text: `${MODE_NAMES[v.mode]} done: ${v.correct} of ${v.answered} right` }));
  root.append(h('p', { class: 'muted', text: `${v.focus}. ${v.due ? `${v.due} questions are due for review now.` : `Nothing due for review now${v.nextDue ? `; next ${when(v.nextDue)}` : ''}.`}` }));
  root.append(h('div', { class: 'actions' },
    button(v.mode === 'review' ? 'Review more' : 'Another round', () => send({ type: 'again' }), { class: 'primary', 'data-focus': 'again' }),
    v.mode !== 'review' && v.due ? button(`Review ${v.due} due`, () => send({ type: 'start', mode: 'review' }), { 'data-focus': 'review' }) : undefined,
    button('Menu', () => send({ type: 'home' }), { 'data-focus': 'menu' })));
  const missed = missedList(v.missed);
  if (missed) root.append(missed);
  return root;
}

export function renderEmpty(v: EmptyScreen): HTMLElement {
  return h('section', { class: 'empty', 'aria-labelledby': 'empty-title' },
    h('h1', { id: 'empty-title', tabindex: '-1', 'data-focus': 'empty', text: `${MODE_NAMES[v.mode]}: ${v.focus}` }),
    h('p', { text: v.message }),
    v.nextDue ? h('p', { class: 'muted', text: `Next question due ${when(v.nextDue)}.` }) : undefined,
    h('div', { class: 'actions' },
      button('Practice instead', () => send({ type: 'start', mode: 'practice' }), { class: 'primary', 'data-focus': 'practice' }),
      button('Menu', () => send({ type: 'home' }), { 'data-focus': 'menu' })));
}
