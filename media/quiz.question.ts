// The question screen (practice, review and exam) and the exam's review-your-answers screen.
import { ExamReviewScreen, GRADE_LABELS, GradeValue, OptionView, QuestionScreen } from '../src/shared/quizProtocol';
import { button, formatDuration, h, MODE_NAMES, send, sourceLink } from './quiz.dom';

function header(v: QuestionScreen | ExamReviewScreen): HTMLElement {
  const mode = v.screen === 'question' ? MODE_NAMES[v.mode] : MODE_NAMES.exam;
  const bar = h('header', { class: 'bar' }, h('span', { class: 'mode', text: mode }));
  // The focus says what the round is about; never the mode a second time.
  if (v.focus && v.focus !== mode) bar.append(h('span', { class: 'focus muted', text: v.focus }));
  bar.append(h('span', { class: 'spacer' }));
  if (v.screen === 'question' && v.mode !== 'exam') {
    bar.append(h('span', { class: 'score', text: `${v.score.correct} right of ${v.score.answered}` }));
  }
  const exam = v.exam;
  if (exam) {
    bar.append(h('span', { class: 'score', text: `${exam.answered} of ${exam.total} answered${exam.flagged ? `, ${exam.flagged} flagged` : ''}` }));
    bar.append(h('span', { class: 'timer', id: 'timer', role: 'timer', 'aria-label': 'Time left', text: formatDuration(exam.deadline - Date.now()) }));
  }
  bar.append(button('Menu', () => send({ type: 'home' }), { 'data-focus': 'menu', title: exam ? 'Back to the quiz menu; the exam is kept and can be resumed' : 'Back to the quiz menu' }));
  return bar;
}

/** The words that go with an option once the answer is shown: never colour alone. */
const VERDICT_TEXT = { correct: 'Your answer · right', wrong: 'Your answer · wrong', missed: 'Right answer' } as const;

function optionRow(q: QuestionScreen['question'], o: OptionView, i: number, answering: boolean, choose: (i: number, checked?: boolean) => void): HTMLElement {
  const multiple = q.format === 'multiple';
  const input = h('input', {
    type: multiple ? 'checkbox' : 'radio', name: 'option', id: `opt-${i}`, value: String(i),
    'data-focus': `opt-${i}`, 'data-index': String(i), disabled: !answering,
    // Once answered, a disabled radio looks the same checked or not in some themes: a drawn mark
    // shows the choice instead (the input stays for screen readers).
    class: answering ? undefined : 'visually-hidden',
  });
  input.checked = o.selected;
  input.addEventListener('change', () => choose(i, input.checked));
  const cls = ['option', o.selected ? 'selected' : '', o.verdict ?? ''].filter(Boolean).join(' ');
  const label = h('label', { for: `opt-${i}`, class: cls },
    input,
    answering ? undefined : h('span', { class: 'pick', 'aria-hidden': 'true', text: o.selected ? (multiple ? '☑' : '◉') : (multiple ? '☐' : '○') }),
    h('span', { class: 'key', 'aria-hidden': 'true', text: o.key }),
    h('span', { class: 'text', text: o.text }),
    o.verdict ? h('span', { class: `badge ${o.verdict}`, text: `${o.verdict === 'wrong' ? '✗' : '✓'} ${VERDICT_TEXT[o.verdict]}` }) : undefined,
  );
  const row = h('div', { class: 'option-row' }, label);
  if (o.note) row.append(h('p', { class: 'note', text: o.note }));
  return row;
}

export function renderQuestion(v: QuestionScreen, choose: (i: number, checked?: boolean) => void): HTMLElement {
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
    q.options.forEach((o, i) => fieldset.append(optionRow(q, o, i, answering, choose)));
    root.append(fieldset);
  }
  if (q.services.length) root.append(h('p', { class: 'muted small', text: `About: ${q.services.join(', ')}` }));

  // Left: the one primary action (and what it needs); right: the quiet ones.
  const main = h('div', { class: 'main-actions' });
  const side = h('div', { class: 'side-actions' });
  if (answering) {
    if (v.mode === 'exam') {
      if (v.canGoBack) main.append(button('← Previous', () => send({ type: 'prev' }), { 'data-focus': 'prev' }));
      main.append(button(v.isLast ? 'Review answers (Enter)' : 'Next (Enter)', () => send({ type: 'submit' }), { class: 'primary', 'data-focus': 'next' }));
      side.append(button(q.flagged ? 'Unflag (F)' : 'Flag for review (F)', () => send({ type: 'flag' }), { 'data-focus': 'flag', 'aria-pressed': q.flagged ? 'true' : 'false' }));
      side.append(button('All questions (R)', () => send({ type: 'review' }), { 'data-focus': 'review' }));
    } else if (q.format === 'recall') {
      main.append(button('Show answer (Enter)', () => send({ type: 'reveal' }), { class: 'primary', 'data-focus': 'reveal' }));
    } else {
      const chosen = q.options.filter((o) => o.selected).length;
      main.append(button('Submit (Enter)', () => send({ type: 'submit' }), { class: 'primary', 'data-focus': 'submit', disabled: chosen !== q.select, 'aria-disabled': chosen !== q.select ? 'true' : undefined }));
      if (q.select === 2) main.append(h('span', { class: 'chosen-count muted', role: 'status', text: `${chosen} of 2 chosen` }));
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
    if (f.explanation) box.append(h('p', { class: 'explanation', text: f.explanation }));
    box.append(sourceLink(f.source));
    root.append(box);
    if (f.suggested) {
      const grades = h('div', { class: 'grades', role: 'group', 'aria-label': 'How well did you know it?' },
        h('span', { class: 'muted', text: 'How well did you know it?' }));
      for (const g of [1, 2, 3, 4] as GradeValue[]) {
        const interval = f.intervals?.[g];
        grades.append(button(`${g} ${GRADE_LABELS[g]}${interval ? ` · ${interval}` : ''}`, () => send({ type: 'grade', grade: g }), {
          class: g === f.suggested ? 'primary' : 'secondary', 'data-focus': `grade-${g}`,
          'aria-label': `${GRADE_LABELS[g]}${interval ? `, next review in ${interval}` : ''}${g === f.suggested ? ' (Enter)' : ''}`,
        }));
      }
      root.append(grades);
    } else {
      main.append(button(v.isLast ? 'Finish (Enter)' : 'Next question (Enter)', () => send({ type: 'submit' }), { class: 'primary', 'data-focus': 'next' }));
    }
  }
  if (v.mode !== 'exam') {
    side.append(button('Report question (R)', () => send({ type: 'report' }), { 'data-focus': 'report', title: 'Wrong or unfair? Report it: it is not asked again, and the log names the note and line to fix.' }));
    side.append(button('End round', () => send({ type: 'finish' }), { 'data-focus': 'end' }));
  }
  root.append(h('div', { class: 'actions split' }, main, side));
  root.append(keyHelp(v));
  return root;
}

function keyHelp(v: QuestionScreen): HTMLElement {
  const q = v.question;
  const parts = q.format === 'recall' ? ['Enter or Space show the answer'] : [`1–${q.options.length} or A–${q.options[q.options.length - 1]?.key ?? 'D'} choose`, 'Enter submits'];
  if (v.mode === 'exam') parts.push('← → previous / next', 'F flag', 'R all questions');
  else if (v.mode === 'review') parts.push('then 1–4 grade (Enter takes the highlighted grade)', 'R report');
  else parts.push('Enter again: next question', 'R report');
  parts.push('O open the source');
  return h('p', { class: 'keys muted small', text: `Keys: ${parts.join(' · ')}` });
}

export function renderExamReview(v: ExamReviewScreen): HTMLElement {
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
  actions.append(button('← Back to the questions', () => send({ type: 'prev' }), { 'data-focus': 'back' }));
  actions.append(button(v.confirming ? 'Yes, submit the exam now' : 'Submit exam', () => send({ type: 'finish' }), { class: 'primary', 'data-focus': v.confirming ? 'confirm' : 'finish' }));
  if (v.confirming) actions.append(h('span', { class: 'warn', role: 'alert', text: unanswered ? `${unanswered} questions are unanswered and count as wrong.` : 'You cannot change answers afterwards.' }));
  root.append(actions);
  return root;
}
