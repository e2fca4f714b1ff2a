// The quiz webview: renders the view model the extension sends and reports what the user does.
// The DOM is built with createElement and textContent only: note text is never parsed as HTML. No
// inline handlers, no inline styles (the page's CSP forbids both). Everything works from the keyboard:
// 1–5 or A–E choose, Enter submits and goes on, ← → move between exam questions, F flags, R reviews,
// and in review mode 1–4 grade Again/Hard/Good/Easy once the answer is shown.
import {
  EmptyScreen, ExamResultScreen, ExamReviewScreen, GRADE_LABELS, GradeValue, HomeScreen, isExtensionMessage, MissedView,
  OptionView, QuestionScreen, QuizView, SourceView, SummaryScreen, WebviewMessage,
} from '../src/shared/quizProtocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  setState(state: unknown): void;
  getState(): unknown;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
const announcer = document.getElementById('announcer') as HTMLElement;
const alertBox = document.getElementById('alert') as HTMLElement;

let view: QuizView | undefined;
let lastKey = '';
let timer: number | undefined;
let timeUpSent = false;
const announcedMinutes = new Set<number>();

const send = (m: WebviewMessage) => vscode.postMessage(m);

// ---- DOM helpers ----------------------------------------------------------------------------------

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | undefined | false | null;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
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

function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

function say(text: string, urgent = false): void {
  const box = urgent ? alertBox : announcer;
  box.textContent = '';
  // A fresh text node after a tick makes screen readers announce repeated messages too.
  window.setTimeout(() => { box.textContent = text; }, 30);
}

function sourceLink(src: SourceView): HTMLElement {
  return h('p', { class: 'source' },
    button('Open source section', () => send({ type: 'openSource', file: src.file, line: src.line }), { class: 'link', 'data-focus': 'source', 'aria-label': `Open source section: ${src.label}` }),
    h('span', { class: 'muted', text: ` ${src.label}` }),
  );
}

function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hh = Math.floor(total / 3600);
  const mm = Math.floor((total % 3600) / 60);
  const ss = total % 60;
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}` : `${mm}:${String(ss).padStart(2, '0')}`;
}

function when(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit', month: 'short', day: 'numeric' });
}

const MODE_NAMES = { practice: 'Practice', review: 'Review', exam: 'Exam simulation' } as const;

// ---- screens --------------------------------------------------------------------------------------

function renderHome(v: HomeScreen): HTMLElement {
  const root = h('section', { class: 'home', 'aria-labelledby': 'home-title' });
  root.append(h('h1', { id: 'home-title', text: 'DE Study quiz' }));
  if (v.notice) root.append(h('p', { class: 'notice', role: 'note', text: v.notice }));
  root.append(h('p', { class: 'muted', text: `${v.questions} questions from the notes. Practice shows the answer after each question; Review brings back what is due; the exam simulation is timed and scored by domain.` }));

  const practice = h('div', { class: 'group', role: 'group', 'aria-labelledby': 'practice-title' },
    h('h2', { id: 'practice-title', text: `Practice (${v.roundSize} questions)` }),
    button('All domains', () => send({ type: 'start', mode: 'practice' }), { class: 'primary', 'data-focus': 'practice-all' }));
  const list = h('ul', { class: 'domains' });
  for (const d of v.domains) {
    const stats = `${d.questions} questions, ${d.answered} answered${d.percent !== undefined ? `, ${d.percent} % right` : ''}`;
    list.append(h('li', {},
      button(`Domain ${d.domain}: ${d.name}`, () => send({ type: 'start', mode: 'practice', domain: d.domain }), { 'data-focus': `practice-${d.domain}`, 'aria-describedby': `dstats-${d.domain}` }),
      h('span', { id: `dstats-${d.domain}`, class: 'muted', text: ` ${stats}` })));
  }
  practice.append(list);
  root.append(practice);

  const review = h('div', { class: 'group', role: 'group', 'aria-labelledby': 'review-title' }, h('h2', { id: 'review-title', text: 'Review' }));
  review.append(button(v.due ? `Review ${v.due} due question${v.due === 1 ? '' : 's'}` : 'Review due questions', () => send({ type: 'start', mode: 'review' }), { 'data-focus': 'review', class: v.due ? 'primary' : undefined }));
  review.append(h('span', { class: 'muted', text: v.due ? ' Spaced repetition (FSRS): grade each answer Again, Hard, Good or Easy.' : ` Nothing due now${v.nextDue ? `; next ${when(v.nextDue)}` : ''}. New recall cards are added to short reviews.` }));
  root.append(review);

  const exam = h('div', { class: 'group', role: 'group', 'aria-labelledby': 'exam-title' }, h('h2', { id: 'exam-title', text: 'Exam simulation' }));
  if (v.pausedExam) {
    const p = v.pausedExam;
    const left = p.deadline - Date.now();
    exam.append(button(`Resume: ${p.answered} of ${p.total} answered`, () => send({ type: 'start', mode: 'exam' }), { class: 'primary', 'data-focus': 'exam' }));
    exam.append(h('span', { class: 'muted', text: left > 0 ? ` ${formatDuration(left)} left on its clock. Finish it to start a new one.` : ' Its time is up: open it to see the score.' }));
  } else {
    exam.append(button('Start: 65 questions, 130 minutes', () => send({ type: 'start', mode: 'exam' }), { 'data-focus': 'exam' }));
  }
  const examNote = v.lastExam ? ` Last exam: ${v.lastExam.correct}/${v.lastExam.total} (${v.lastExam.percent} %) on ${when(v.lastExam.at)}.` : v.pausedExam ? '' : ' Weighted like the real exam: 34 / 26 / 22 / 18 % by domain.';
  if (examNote) exam.append(h('span', { class: 'muted', text: examNote }));
  root.append(exam);

  root.append(h('p', { class: 'muted small', text: 'To focus on one service or on the services in a file, use "DE Study: Quiz on a Service" or "DE Study: Quiz on the AWS Services in This File", or the "Quiz me" link in a service hover.' }));
  return root;
}

function header(v: QuestionScreen | ExamReviewScreen): HTMLElement {
  const mode = v.screen === 'question' ? MODE_NAMES[v.mode] : MODE_NAMES.exam;
  const bar = h('header', { class: 'bar' },
    h('span', { class: 'mode', text: mode }),
    h('span', { class: 'focus muted', text: v.focus }));
  if (v.screen === 'question' && v.mode !== 'exam') {
    bar.append(h('span', { class: 'score', text: `${v.score.correct} right of ${v.score.answered}` }));
  }
  const exam = v.exam;
  if (exam) {
    bar.append(h('span', { class: 'score', text: `${exam.answered} of ${exam.total} answered${exam.flagged ? `, ${exam.flagged} flagged` : ''}` }));
    bar.append(h('span', { class: 'timer', id: 'timer', role: 'timer', 'aria-label': 'Time left', text: formatDuration(exam.deadline - Date.now()) }));
  }
  bar.append(button('Menu', () => send({ type: 'home' }), { class: 'secondary', 'data-focus': 'menu', title: exam ? 'Back to the quiz menu; the exam is kept and can be resumed' : 'Back to the quiz menu' }));
  return bar;
}

function optionRow(q: QuestionScreen['question'], o: OptionView, i: number, answering: boolean): HTMLElement {
  const multiple = q.format === 'multiple';
  const input = h('input', {
    type: multiple ? 'checkbox' : 'radio', name: 'option', id: `opt-${i}`, value: String(i),
    'data-focus': `opt-${i}`, 'data-index': String(i), disabled: !answering,
  });
  input.checked = o.selected;
  input.addEventListener('change', () => choose(i, input.checked));
  const verdictText = o.verdict === 'correct' ? 'Correct answer, chosen' : o.verdict === 'missed' ? 'Correct answer, not chosen' : o.verdict === 'wrong' ? 'Wrong choice' : '';
  const label = h('label', { for: `opt-${i}`, class: `option${o.selected ? ' selected' : ''}${o.verdict ? ` ${o.verdict}` : ''}` },
    input,
    h('span', { class: 'key', 'aria-hidden': 'true', text: o.key }),
    h('span', { class: 'text', text: o.text }),
    o.verdict ? h('span', { class: 'verdict', text: o.verdict === 'wrong' ? '✗' : '✓', 'aria-hidden': 'true' }) : undefined,
    verdictText ? h('span', { class: 'visually-hidden', text: ` (${verdictText})` }) : undefined,
  );
  const row = h('div', { class: 'option-row' }, label);
  if (o.note) row.append(h('p', { class: 'note', text: o.note }));
  return row;
}

function renderQuestion(v: QuestionScreen): HTMLElement {
  const q = v.question;
  const root = h('section', { class: 'question', 'aria-labelledby': 'stem' });
  root.append(header(v));
  const meta = [
    `Question ${q.position} of ${q.total}`,
    q.domain ? `Domain ${q.domain}${q.task ? ` · Task ${q.task}` : ''}` : '',
    q.format === 'multiple' ? 'Choose TWO' : q.format === 'recall' ? 'Recall card: answer in your head' : 'Choose ONE',
    q.isNew ? 'New' : '',
    q.flagged ? '⚑ Flagged' : '',
  ].filter(Boolean);
  root.append(h('p', { class: 'meta', text: meta.join(' · ') }));
  const answering = q.phase === 'answering';

  if (q.format === 'recall') {
    root.append(h('h2', { id: 'stem', class: 'stem', tabindex: '-1', 'data-focus': 'stem', text: q.stem }));
  } else {
    const fieldset = h('fieldset', { class: 'options', role: q.format === 'single' ? 'radiogroup' : 'group', 'aria-labelledby': 'stem' });
    fieldset.append(h('legend', { id: 'stem', class: 'stem', tabindex: '-1', 'data-focus': 'stem', text: q.stem }));
    q.options.forEach((o, i) => fieldset.append(optionRow(q, o, i, answering)));
    root.append(fieldset);
  }
  if (q.services.length) root.append(h('p', { class: 'muted small', text: `About: ${q.services.join(', ')}` }));

  const actions = h('div', { class: 'actions' });
  if (answering) {
    if (v.mode === 'exam') {
      if (v.canGoBack) actions.append(button('← Previous', () => send({ type: 'prev' }), { class: 'secondary', 'data-focus': 'prev' }));
      actions.append(button(v.isLast ? 'Review answers (Enter)' : 'Next (Enter)', () => send({ type: 'submit' }), { class: 'primary', 'data-focus': 'next' }));
      actions.append(button(q.flagged ? 'Unflag (F)' : 'Flag for review (F)', () => send({ type: 'flag' }), { class: 'secondary', 'data-focus': 'flag', 'aria-pressed': q.flagged ? 'true' : 'false' }));
      actions.append(button('All questions (R)', () => send({ type: 'review' }), { class: 'secondary', 'data-focus': 'review' }));
    } else if (q.format === 'recall') {
      actions.append(button('Show answer (Enter)', () => send({ type: 'reveal' }), { class: 'primary', 'data-focus': 'reveal' }));
    } else {
      const chosen = q.options.filter((o) => o.selected).length;
      actions.append(button('Submit (Enter)', () => send({ type: 'submit' }), { class: 'primary', 'data-focus': 'submit', disabled: chosen !== q.select, 'aria-disabled': chosen !== q.select ? 'true' : undefined }));
      if (q.select === 2) actions.append(h('span', { class: 'muted', text: ` ${chosen} of 2 chosen` }));
    }
  }
  if (q.feedback) {
    const f = q.feedback;
    const verdict = f.correct === undefined ? 'Answer' : f.correct ? '✓ Correct' : '✗ Incorrect';
    const box = h('div', { class: `feedback ${f.correct === undefined ? 'neutral' : f.correct ? 'good' : 'bad'}`, role: 'region', 'aria-label': 'Feedback' },
      h('h2', { class: 'verdict-title', text: verdict }));
    if (f.answerText) box.append(h('p', { class: 'answer', text: f.answerText }));
    if (f.correct === false) {
      const right = q.options.filter((o) => o.verdict === 'correct' || o.verdict === 'missed').map((o) => `${o.key}. ${o.text}`);
      box.append(h('p', { class: 'answer', text: `Answer: ${right.join('; ')}` }));
    }
    box.append(h('p', { class: 'explanation', text: f.explanation }));
    box.append(sourceLink(f.source));
    root.append(box);
    if (f.suggested) {
      const grades = h('div', { class: 'grades', role: 'group', 'aria-label': 'How well did you know it?' },
        h('span', { class: 'muted', text: 'How well did you know it? ' }));
      for (const g of [1, 2, 3, 4] as GradeValue[]) {
        const interval = f.intervals?.[g];
        grades.append(button(`${g} ${GRADE_LABELS[g]}${interval ? ` · ${interval}` : ''}`, () => send({ type: 'grade', grade: g }), {
          class: g === f.suggested ? 'primary' : 'secondary', 'data-focus': `grade-${g}`,
          'aria-label': `${GRADE_LABELS[g]}${interval ? `, next review in ${interval}` : ''}${g === f.suggested ? ' (Enter)' : ''}`,
        }));
      }
      root.append(grades);
    } else {
      actions.append(button(v.isLast ? 'Finish (Enter)' : 'Next question (Enter)', () => send({ type: 'submit' }), { class: 'primary', 'data-focus': 'next' }));
    }
  }
  if (v.mode !== 'exam') actions.append(button('End round', () => send({ type: 'finish' }), { class: 'secondary', 'data-focus': 'end' }));
  root.append(actions);
  root.append(keyHelp(v));
  return root;
}

function keyHelp(v: QuestionScreen): HTMLElement {
  const q = v.question;
  const parts = q.format === 'recall' ? ['Enter or Space show the answer'] : [`1–${q.options.length} or A–${q.options[q.options.length - 1]?.key ?? 'D'} choose`, 'Enter submits'];
  if (v.mode === 'exam') parts.push('← → previous / next', 'F flag', 'R all questions');
  else if (v.mode === 'review') parts.push('then 1–4 grade (Enter takes the highlighted grade)');
  else parts.push('Enter again: next question');
  parts.push('O open the source');
  return h('p', { class: 'keys muted small', text: `Keys: ${parts.join(' · ')}` });
}

function renderExamReview(v: ExamReviewScreen): HTMLElement {
  const root = h('section', { class: 'exam-review', 'aria-labelledby': 'review-title' });
  root.append(header(v));
  root.append(h('h1', { id: 'review-title', text: 'Review your answers' }));
  const unanswered = v.items.filter((i) => !i.answered).length;
  root.append(h('p', { text: `${v.exam.answered} of ${v.exam.total} answered${unanswered ? `, ${unanswered} unanswered` : ''}${v.exam.flagged ? `, ${v.exam.flagged} flagged` : ''}. Pick a question to go back to it.` }));
  const list = h('ol', { class: 'review-list' });
  for (const it of v.items) {
    const state = [it.answered ? 'answered' : 'unanswered', it.flagged ? 'flagged' : ''].filter(Boolean).join(', ');
    list.append(h('li', { class: `${it.answered ? 'answered' : 'unanswered'}${it.flagged ? ' flagged' : ''}` },
      button(`${it.position}. ${it.flagged ? '⚑ ' : ''}${it.answered ? '' : '○ '}${it.stem.length > 110 ? it.stem.slice(0, 107) + '…' : it.stem}`,
        () => send({ type: 'goto', position: it.position }), { class: 'link', 'data-focus': `goto-${it.position}`, 'aria-label': `Question ${it.position}, ${state}: ${it.stem}` })));
  }
  root.append(list);
  const actions = h('div', { class: 'actions' });
  actions.append(button('← Back to the questions', () => send({ type: 'prev' }), { class: 'secondary', 'data-focus': 'back' }));
  actions.append(button(v.confirming ? 'Yes, submit the exam now' : 'Submit exam', () => send({ type: 'finish' }), { class: 'primary', 'data-focus': v.confirming ? 'confirm' : 'finish' }));
  if (v.confirming) actions.append(h('span', { class: 'warn', role: 'alert', text: unanswered ? ` ${unanswered} questions are unanswered and count as wrong.` : ' You cannot change answers afterwards.' }));
  root.append(actions);
  return root;
}

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

function renderExamResult(v: ExamResultScreen): HTMLElement {
  const root = h('section', { class: 'result', 'aria-labelledby': 'result-title' });
  root.append(h('h1', { id: 'result-title', tabindex: '-1', 'data-focus': 'result', text: `Exam result: ${v.correct} of ${v.total} (${v.percent} %)` }));
  root.append(h('p', { class: v.passed ? 'good-text' : 'bad-text', text: v.passed ? '✓ At or above 72 %, roughly the 720/1000 pass mark.' : '✗ Below 72 %, roughly the 720/1000 pass mark.' }));
  root.append(h('p', { class: 'muted', text: `${v.timedOut ? 'Time ran out. ' : ''}Time used: ${formatDuration(v.durationMs)}.${v.unanswered ? ` ${v.unanswered} unanswered.` : ''} The real exam scales scores from 100 to 1000, so this is only a guide.` }));
  const table = h('table', { class: 'domains-table' },
    h('caption', { text: 'Score by domain, weakest first' }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Domain' }), h('th', { scope: 'col', text: 'Right' }), h('th', { scope: 'col', text: 'Questions' }), h('th', { scope: 'col', text: 'Score' }))));
  const body = h('tbody');
  for (const d of v.domains) {
    body.append(h('tr', {},
      h('th', { scope: 'row', text: `${d.domain}. ${d.name}` }),
      h('td', { text: String(d.correct) }), h('td', { text: String(d.total) }),
      h('td', {}, h('meter', { min: 0, max: 100, value: d.percent, low: 50, high: 72, optimum: 100, 'aria-hidden': 'true' }), ` ${d.percent} %`)));
  }
  table.append(body);
  root.append(table);
  root.append(h('div', { class: 'actions' },
    button('New exam', () => send({ type: 'again' }), { class: 'primary', 'data-focus': 'again' }),
    button('Review due questions', () => send({ type: 'start', mode: 'review' }), { class: 'secondary', 'data-focus': 'review' }),
    button('Menu', () => send({ type: 'home' }), { class: 'secondary', 'data-focus': 'menu' })));
  const missed = missedList(v.missed);
  if (missed) root.append(missed);
  return root;
}

function renderSummary(v: SummaryScreen): HTMLElement {
  const root = h('section', { class: 'summary', 'aria-labelledby': 'summary-title' });
  root.append(h('h1', { id: 'summary-title', tabindex: '-1', 'data-focus': 'summary', text: `${MODE_NAMES[v.mode]} done: ${v.correct} of ${v.answered} right` }));
  root.append(h('p', { class: 'muted', text: `${v.focus}. ${v.due ? `${v.due} questions are due for review now.` : `Nothing due for review now${v.nextDue ? `; next ${when(v.nextDue)}` : ''}.`}` }));
  root.append(h('div', { class: 'actions' },
    button(v.mode === 'review' ? 'Review more' : 'Another round', () => send({ type: 'again' }), { class: 'primary', 'data-focus': 'again' }),
    v.mode !== 'review' && v.due ? button(`Review ${v.due} due`, () => send({ type: 'start', mode: 'review' }), { class: 'secondary', 'data-focus': 'review' }) : undefined,
    button('Menu', () => send({ type: 'home' }), { class: 'secondary', 'data-focus': 'menu' })));
  const missed = missedList(v.missed);
  if (missed) root.append(missed);
  return root;
}

function renderEmpty(v: EmptyScreen): HTMLElement {
  return h('section', { class: 'empty', 'aria-labelledby': 'empty-title' },
    h('h1', { id: 'empty-title', tabindex: '-1', 'data-focus': 'empty', text: `${MODE_NAMES[v.mode]}: ${v.focus}` }),
    h('p', { text: v.message }),
    v.nextDue ? h('p', { class: 'muted', text: `Next question due ${when(v.nextDue)}.` }) : undefined,
    h('div', { class: 'actions' },
      button('Practice instead', () => send({ type: 'start', mode: 'practice' }), { class: 'primary', 'data-focus': 'practice' }),
      button('Menu', () => send({ type: 'home' }), { class: 'secondary', 'data-focus': 'menu' })));
}

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
    case 'question': el = renderQuestion(v); break;
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
    focus('[data-focus="practice-all"]');
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
