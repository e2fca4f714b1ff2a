// The quiz webview: renders the view model the extension sends and reports what the user does.
// The DOM is built with createElement and textContent only: note text is never parsed as HTML. No
// inline handlers, no inline styles (the page's CSP forbids both). Everything works from the keyboard:
// 1–5 or A–E choose, Enter submits and goes on, ← → move between exam questions, F flags, R lists the
// exam's questions (in practice and review R reports the question),
// and in review mode 1–4 grade Again/Hard/Good/Easy once the answer is shown.
import { GradeValue, isExtensionMessage, QuizView } from '../src/shared/quizProtocol';
import { formatDuration, h, say, send, vscode } from './quiz.dom';
import { renderExamStart, renderHome } from './quiz.menu';
import { renderExamReview, renderQuestion } from './quiz.question';
import { renderEmpty, renderExamResult, renderSummary } from './quiz.results';

const app = document.getElementById('app') as HTMLElement;

let view: QuizView | undefined;
let lastKey = '';
let timer: number | undefined;
let timeUpSent = false;
const announcedMinutes = new Set<number>();

// ---- render loop ----------------------------------------------------------------------------------

function screenKey(v: QuizView): string {
  return v.screen === 'question' ? `q:${v.question.id}:${v.question.phase}` : v.screen;
}

function render(v: QuizView): void {
  const prevKey = lastKey;
  const key = screenKey(v);
  const active = document.activeElement as HTMLElement | null;
  const focusKey = active?.dataset.focus;
  const sameQuestion = prevKey.split(':').slice(0, 2).join(':') === key.split(':').slice(0, 2).join(':');
  const scroll = window.scrollY;
  view = v;
  lastKey = key;
  let el: HTMLElement;
  switch (v.screen) {
    case 'home': el = renderHome(v); break;
    case 'exam-start': el = renderExamStart(v); break;
    case 'question': el = renderQuestion(v, choose); break;
    case 'exam-review': el = renderExamReview(v); break;
    case 'exam-result': el = renderExamResult(v); break;
    case 'summary': el = renderSummary(v); break;
    case 'empty': el = renderEmpty(v); break;
    default: el = h('p', { class: 'muted', role: 'status', text: v.message });
  }
  app.replaceChildren(el);
  document.body.dataset.screen = v.screen;
  syncTimer();
  if (key === prevKey || (sameQuestion && v.screen === 'question')) {
    window.scrollTo(0, scroll);
    if (focusKey) (app.querySelector(`[data-focus="${focusKey}"]`) as HTMLElement | null)?.focus({ preventScroll: true });
  }
  if (key !== prevKey) announce(v, sameQuestion);
}

/** Moves focus and tells screen readers what changed. */
function announce(v: QuizView, sameQuestion: boolean): void {
  const focus = (sel: string) => (app.querySelector(sel) as HTMLElement | null)?.focus();
  if (v.screen === 'question') {
    const q = v.question;
    if (q.phase === 'feedback' && q.feedback) {
      const f = q.feedback;
      const verdict = f.correct === undefined ? `Answer: ${f.answerText ?? ''}.` : f.correct ? 'Correct.' : `Incorrect. ${q.options.filter((o) => o.verdict === 'correct' || o.verdict === 'missed').map((o) => `${o.key}: ${o.text}`).join('; ')}.`;
      say(`${verdict} ${f.explanation}`);
      focus(f.suggested ? `[data-focus="grade-${f.suggested}"]` : '[data-focus="next"]');
    } else if (!sameQuestion) {
      say(`Question ${q.position} of ${q.total}.`);
      const selected = q.options.findIndex((o) => o.selected);
      if (q.format === 'recall') focus('[data-focus="reveal"]');
      else focus(`[data-focus="opt-${Math.max(0, selected)}"]`);
    }
  } else if (v.screen === 'home') {
    focus('[data-focus="practice-start"]');
  } else if (v.screen === 'exam-start') {
    focus('[data-focus="begin"]');
    say(`${v.title}: ${v.questions} questions, ${v.minutes} minutes. Press Start exam when you are ready.`);
  } else if (v.screen === 'exam-review') {
    focus(v.confirming ? '[data-focus="confirm"]' : '[data-focus="finish"]');
  } else {
    focus('[tabindex="-1"][data-focus]');
    const title = app.querySelector('h1');
    if (title) say(title.textContent ?? '');
  }
}

function syncTimer(): void {
  const exam = view && (view.screen === 'question' || view.screen === 'exam-review') ? view.exam : undefined;
  if (!exam) { if (timer) window.clearInterval(timer); timer = undefined; return; }
  const tick = () => {
    const left = exam.deadline - Date.now();
    const el = document.getElementById('timer');
    if (el) {
      el.textContent = formatDuration(left);
      el.classList.toggle('low', left < 10 * 60_000);
    }
    const minutes = Math.ceil(left / 60_000);
    for (const m of [30, 10, 5, 1]) {
      if (minutes === m && !announcedMinutes.has(m)) { announcedMinutes.add(m); say(`${m} minute${m === 1 ? '' : 's'} left.`, m <= 5); }
    }
    if (left <= 0 && !timeUpSent) { timeUpSent = true; send({ type: 'timeUp' }); }
  };
  tick();
  if (!timer) timer = window.setInterval(tick, 1000);
}

// ---- input ----------------------------------------------------------------------------------------

function choose(index: number, checked?: boolean): void {
  if (!view || view.screen !== 'question') return;
  const q = view.question;
  if (q.phase !== 'answering' || q.format === 'recall' || index >= q.options.length) return;
  let chosen = q.options.map((o, i) => (o.selected ? i : -1)).filter((i) => i >= 0);
  if (q.format === 'single') chosen = [index];
  else {
    const on = checked ?? !chosen.includes(index);
    chosen = on ? [...chosen.filter((i) => i !== index), index] : chosen.filter((i) => i !== index);
  }
  // Show the choice at once; the extension's render confirms it.
  q.options.forEach((o, i) => { o.selected = chosen.includes(i); });
  render(view);
  say(`${q.options[index].key} ${q.options[index].selected ? 'selected' : 'cleared'}.`);
  send({ type: 'select', choices: chosen });
}

document.addEventListener('keydown', (e) => {
  if (!view || e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.target as HTMLElement;
  const onButton = target.tagName === 'BUTTON' || target.tagName === 'SUMMARY';
  const k = e.key;
  if (view.screen === 'question') {
    const q = view.question;
    const answering = q.phase === 'answering';
    const mode = view.mode;
    const grading = !!q.feedback?.suggested;
    if (grading && /^[1-4]$/.test(k)) { e.preventDefault(); send({ type: 'grade', grade: Number(k) as GradeValue }); return; }
    if (answering && q.format !== 'recall') {
      const n = /^[1-5]$/.test(k) ? Number(k) - 1 : /^[a-eA-E]$/.test(k) ? k.toUpperCase().charCodeAt(0) - 65 : -1;
      if (n >= 0 && n < q.options.length) { e.preventDefault(); choose(n); return; }
    }
    if (answering && q.format === 'recall' && (k === ' ' || k === 'Enter') && !onButton) { e.preventDefault(); send({ type: 'reveal' }); return; }
    if (k === 'Enter' && !onButton) { e.preventDefault(); send({ type: 'submit' }); return; }
    if (k === 'ArrowRight' && (mode === 'exam' || !answering)) { e.preventDefault(); send({ type: mode === 'exam' ? 'next' : 'submit' }); return; }
    if (k === 'ArrowLeft' && mode === 'exam') { e.preventDefault(); send({ type: 'prev' }); return; }
    if (mode === 'exam' && (k === 'f' || k === 'F')) { e.preventDefault(); send({ type: 'flag' }); return; }
    if (mode === 'exam' && (k === 'r' || k === 'R')) { e.preventDefault(); send({ type: 'review' }); return; }
    if (mode !== 'exam' && (k === 'r' || k === 'R')) { e.preventDefault(); send({ type: 'report' }); return; }
    if ((k === 'o' || k === 'O') && q.feedback) { e.preventDefault(); send({ type: 'openSource', file: q.feedback.source.file, line: q.feedback.source.line }); return; }
    if ((k === 'ArrowDown' || k === 'ArrowUp') && q.format === 'multiple' && target instanceof HTMLInputElement) {
      const boxes = [...app.querySelectorAll<HTMLInputElement>('input[name="option"]')];
      const i = boxes.indexOf(target);
      const next = boxes[(i + (k === 'ArrowDown' ? 1 : boxes.length - 1)) % boxes.length];
      if (next) { e.preventDefault(); next.focus(); }
    }
    return;
  }
  if (view.screen === 'exam-review') {
    if (k === 'ArrowLeft' || k === 'Escape') { e.preventDefault(); send({ type: 'prev' }); }
  }
});

window.addEventListener('message', (event: MessageEvent) => {
  const m = event.data;
  if (!isExtensionMessage(m)) return;
  vscode.setState(m.state);
  if (m.view.screen !== 'question' || !m.view.exam) { timeUpSent = false; }
  render(m.view);
});

send({ type: 'ready' });
