// How a question that passed the gate is printed: its id, source and placement, options shuffled by its id, a
// parent service named by its deployment form, requirement options capitalised.
import { QuizContext } from '../context';
import { Draft } from '../draft';
import { hashString, rng, shuffle } from '../random';
import { Question } from '../types';
import { Service } from '../../model';
import { deploymentForm, deploymentFormsInText } from '../umbrella';
import { presentCloze } from '../clozeStem';
import { presentChoice } from '../choiceStem';
import { fairCategory } from '../build/scenario';
import { explanationAboutOptions, explanationNames } from '../explanationNames';
import { whyNotAbout } from '../whyNot';

/** A question's id: its kind and a hash of its note, stem and answers (progress is kept by it). */
export function questionId(d: Draft, stem: string, answers: string): string {
  return `${d.kind}:${hashString(`${d.doc.source}|${d.doc.relPath}|${stem}|${answers}`).toString(36)}`;
}

/** The fields every generated question shares, whatever its format. */
export function questionBase(ctx: QuizContext, d: Draft, stem: string) {
  const { domain, task } = ctx.placement(d);
  return {
    kind: d.kind, stem, explanation: d.explanation,
    source: { file: d.doc.file, line: d.line, headingPath: d.section.headingPath },
    domain, task, serviceIds: [...new Set(d.serviceIds)], origin: 'generated' as const,
  };
}

/** The choice question as shown: its options in their shuffled order, notes for the wrong ones. */
export function presentQuestion(ctx: QuizContext, d: Draft, stem: string, correct: string[], distractors: string[]): Question {
  const id = questionId(d, stem, correct.join('|'));
  // A bundled stem's category word that only the key carries ("Which Airflow option …" beside Step Functions) is
  // dropped as the scenario builder does (fairCategory; own reading after blind review r9: a card's front).
  const shown = (x: string) => (d.doc.source === 'user' ? x : presentChoice(d.optionKind === 'service' ? fairCategory(x, distractors) : x, d.doc.title));
  const opts = shuffle([...correct, ...distractors], rng(id));
  const notes = opts.map((o) => (correct.includes(o) ? '' : d.optionNotes?.get(o) ?? (d.optionKind === 'service' ? ctx.describe(o) : '')));
  const answers = correct.map((c) => opts.indexOf(c)).sort((a, b) => a - b);
  if (d.optionKind === 'service') {
    // A parent beside its deployment member is named by its own deployment form ("Amazon EMR on EC2").
    const services = opts.map((o) => ctx.byName.get(o)).filter((x): x is Service => !!x);
    opts.forEach((o, i) => {
      const s = ctx.byName.get(o);
      const form = s ? deploymentForm(s, services, stem, correct.includes(o)) : undefined;
      if (!form) return;
      opts[i] = form.name;
      if (notes[i]) notes[i] = form.note;
    });
  }
  // Requirements as options read as options: capitalised, as an exam prints them (blind review r11).
  if (d.doc.source !== 'user' && d.kind === 'choose-two' && d.optionKind === 'text' && /^Which TWO requirements\b/.test(stem)) {
    opts.forEach((o, i) => { opts[i] = o.charAt(0).toUpperCase() + o.slice(1); });
  }
  // A comparison row's "Why not the others" argues only about rows the question shows (whyNot.ts, r43).
  const explanation = d.explanation + whyNotAbout(d.whyNot, [...correct, ...distractors]);
  return {
    // The id stays that of the draft's stem: progress recorded before the cloze was reworded is kept.
    id, ...questionBase(ctx, d, stem),
    // The explanation names a renamed option by the name the options use, and argues about options only (explanationNames.ts, r25).
    explanation: d.optionKind === 'service' ? explanationAboutOptions(ctx, explanationNames(ctx, explanation, [...correct, ...distractors]), [...correct, ...distractors], stem) : explanation,
    stem: shown(deploymentFormsInText(presentCloze(ctx, stem, d.optionKind), (sid) => [ctx.service(sid)?.name ?? ''])), format: correct.length >= 2 ? 'multiple' : 'single', options: opts, answers,
    optionNotes: notes.some(Boolean) ? notes : undefined,
  };
}
