// The quiz menu (home) and the exam start screen.
import type { ExamStartScreen, HomeScreen } from '../src/shared/quizProtocol';
import { button, formatDuration, h, scoreCell, send, table, when } from './quiz.dom';

function select(id: string, label: string, options: { value: string; label: string }[], value: string): { field: HTMLElement; input: HTMLSelectElement } {
  const input = h('select', { id, 'data-focus': id });
  for (const o of options) {
    const opt = h('option', { value: o.value, text: o.label });
    opt.selected = o.value === value;
    input.append(opt);
  }
  return { input, field: h('div', { class: 'field' }, h('label', { for: id, text: label }), input) };
}

export function renderHome(v: HomeScreen): HTMLElement {
  const root = h('section', { class: 'home', 'aria-labelledby': 'home-title' });
  root.append(h('h1', { id: 'home-title', text: 'DE Study Quiz' }));
  if (v.notice) root.append(h('p', { class: 'notice', role: 'note', text: v.notice }));

  // Practice: which notes, which domain, one primary Start.
  const practice = h('section', { class: 'group', 'aria-labelledby': 'practice-title' }, h('h2', { id: 'practice-title', text: 'Practice' }));
  practice.append(h('p', { class: 'muted', text: `${v.roundSize} questions a round, with the answer and its explanation after each one.` }));
  const source = select('source', 'Questions from', v.sources.map((s) => ({ value: s.value, label: `${s.label} (${s.questions})` })), v.source);
  const domain = select('domain', 'Domain', [{ value: '', label: `All domains (${v.questions})` },
    ...v.domains.map((d) => ({ value: String(d.domain), label: `Domain ${d.domain}: ${d.name} (${d.questions})` }))], '');
  // A new source re-counts the domains: the extension answers with a fresh menu.
  source.input.addEventListener('change', () => send({ type: 'setSource', source: source.input.value }));
  practice.append(h('div', { class: 'fields' }, source.field, domain.field));
  const startPractice = () => send({ type: 'start', mode: 'practice', source: source.input.value, domain: domain.input.value ? Number(domain.input.value) : undefined });
  practice.append(h('div', { class: 'actions' }, button('Start practice', startPractice, { class: 'primary', 'data-focus': 'practice-start' })));
  practice.append(table('Your progress by domain', ['Domain', 'Questions', 'Answered', 'Right'], v.domains.map((d) => [
    `${d.domain}. ${d.name}`, String(d.questions), String(d.answered), d.percent === undefined ? '–' : scoreCell(d.percent),
  ])));
  root.append(practice);

  const review = h('section', { class: 'group', 'aria-labelledby': 'review-title' }, h('h2', { id: 'review-title', text: 'Review' }));
  // Recall cards (self-graded, from the notes' definitions, Q/A lines and cards) are only met in Review: say how many wait.
  const cards = v.newCards ? ` ${v.newCards} recall card${v.newCards === 1 ? '' : 's'} from the notes not studied yet: some join each short review.` : '';
  review.append(h('p', { class: 'muted', 'data-role': 'review-summary', text: v.due ? `Spaced repetition (FSRS): grade each answer Again, Hard, Good or Easy.${cards}` : `Nothing due now${v.nextDue ? `; next ${when(v.nextDue)}` : ''}.${cards || ' New recall cards are added to short reviews.'}` }));
  review.append(h('div', { class: 'actions' }, button(v.due ? `Review ${v.due} due question${v.due === 1 ? '' : 's'}` : 'Review due questions', () => send({ type: 'start', mode: 'review' }), { 'data-focus': 'review' })));
  root.append(review);

  const exam = h('section', { class: 'group', 'aria-labelledby': 'exam-title' }, h('h2', { id: 'exam-title', text: 'Exam simulation' }));
  if (v.pausedExam) {
    const p = v.pausedExam;
    const left = p.deadline - Date.now();
    exam.append(h('p', { class: 'muted', text: left > 0 ? `An exam is kept for later: ${formatDuration(left)} left on its clock. Finish it to start a new one.` : 'A kept exam ran out of time: open it to see the score.' }));
    exam.append(h('div', { class: 'actions' }, button(`Resume: ${p.answered} of ${p.total} answered`, () => send({ type: 'start', mode: 'exam' }), { 'data-focus': 'exam' })));
  } else {
    exam.append(h('p', { class: 'muted', text: `65 questions in 130 minutes, weighted like the real exam (34 / 26 / 22 / 18 % by domain).${v.lastExam ? ` Last exam: ${v.lastExam.correct}/${v.lastExam.total} (${v.lastExam.percent} %) on ${when(v.lastExam.at)}.` : ''}` }));
    const actions = h('div', { class: 'actions' }, button('Exam simulation…', () => send({ type: 'examStart' }), { 'data-focus': 'exam' }));
    exam.append(actions);
    if (v.practiceExams.length) {
      const list = h('ul', { class: 'forms', 'aria-label': 'Practice exams' });
      for (const f of v.practiceExams) {
        const info = `${f.questions} questions${f.attempts ? ` · ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}` : ' · not taken yet'}${f.last ? ` · last ${f.last.correct}/${f.last.total} (${f.last.percent} %) on ${when(f.last.at)}` : ''}`;
        list.append(h('li', {},
          button(`Practice Exam ${f.exam}…`, () => send({ type: 'examStart', form: f.exam }), { 'data-focus': `form-${f.exam}`, 'aria-describedby': `form-info-${f.exam}` }),
          h('span', { id: `form-info-${f.exam}`, class: 'muted', text: info })));
      }
      exam.append(list);
    }
  }
  root.append(exam);

  root.append(h('p', { class: 'muted small', text: 'To quiz on one service or on the services in a file: "DE Study: Quiz on a Service", "DE Study: Quiz on the AWS Services in This File", or "Quiz me" in a service hover.' }));
  return root;
}

export function renderExamStart(v: ExamStartScreen): HTMLElement {
  const root = h('section', { class: 'exam-start', 'aria-labelledby': 'start-title' });
  root.append(h('h1', { id: 'start-title', tabindex: '-1', 'data-focus': 'start-title', text: v.title }));
  root.append(h('p', { class: 'lead', text: `${v.questions} questions · ${v.minutes} minutes` }));
  const what = v.form
    ? `The questions of Practice Exam ${v.form}, in their order: scenarios written like the real exam's.`
    : `Drawn like the real exam: 34 / 26 / 22 / 18 % by domain. ${v.authored ? `${v.authored} written practice questions come first, the rest are generated from the notes.` : 'All are generated from the notes.'}`;
  root.append(h('h2', { text: 'Rules' }));
  root.append(h('ul', { class: 'rules' },
    h('li', { text: what }),
    h('li', { text: 'The clock starts when you press Start. It keeps running if you close the panel or go to the menu; the exam is kept and resumes where you left it.' }),
    h('li', { text: 'Answer in any order: ← and → move between questions, F flags one for later, R lists all questions.' }),
    h('li', { text: 'No answers are shown until you submit the exam. Unanswered questions count as wrong.' }),
    h('li', { text: 'The result shows your score by domain and by task statement, weakest first. 72 % is about the 720/1000 pass mark.' })));
  root.append(h('div', { class: 'actions' },
    button('Start exam', () => send({ type: 'beginExam' }), { class: 'primary', 'data-focus': 'begin', disabled: v.questions === 0 }),
    button('Menu', () => send({ type: 'home' }), { 'data-focus': 'menu' })));
  if (v.history.length) {
    root.append(table('Earlier results, newest first', ['Date', 'Right', 'Score'], v.history.slice(0, 10).map((r) => [when(r.at), `${r.correct} of ${r.total}`, scoreCell(r.percent)])));
  }
  return root;
}
