// A practice question as written: kind 'practice', origin 'authored'. Not gated (its writer chose the
// options); only deduplicated by the bank. Domain and task come from its Task line, else from the
// services it names; its Study links are resolved to the note sections they point to.
import * as path from 'path';
import { NoteDocument } from '../../model';
import { QuizContext } from '../context';
import { PracticeClaim } from '../extract/practice';
import { hashString } from '../random';
import { Question, QuestionSource } from '../types';
import { escapeRe, withoutVendor } from '../text';

/** GitHub-style heading slug: lower case, spaces to '-', punctuation dropped. */
export function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}

function resolveStudy(ctx: QuizContext, doc: NoteDocument, target: string): QuestionSource | undefined {
  const [file, hash] = target.split('#');
  const abs = file ? path.resolve(path.dirname(doc.file), decodeURIComponent(file)) : doc.file;
  const to = ctx.kb.document(abs);
  if (!to) return undefined;
  const section = hash ? to.sections.find((s) => s.level > 0 && slug(s.title) === hash.toLowerCase()) : to.sections[0];
  return section ? { file: to.file, line: section.startLine, headingPath: section.headingPath } : undefined;
}

/**
 * A former service name in a written question. In a user's question it is replaced by the current one
 * ("Kinesis Data Firehose" → "Amazon Data Firehose") when the catalog maps that name to exactly one service:
 * a "(now …)" patch in the stem and every option read as a legacy question (blind review r7); `renamed`
 * collects the former names replaced, for the explanation's "formerly …", and a tail the new name already
 * says ("Kinesis Data Analytics with Apache Flink") is dropped. Elsewhere (`patch`) the current name is put
 * beside it: "Kinesis Data Firehose (now Amazon Data Firehose)".
 */
export function currentNames(ctx: QuizContext, text: string, renamed?: Map<string, string>, patch = false, question = ''): string {
  let out = text;
  if (!ctx.mayNameFormer(text)) return out;
  for (const id of ctx.servicesIn(text)) {
    const s = ctx.service(id)!;
    // A patch beside a name the question already says in its current form (the stem's "Amazon SageMaker AI")
    // singles out the options that get it (blind review r52).
    if (out.includes(s.name) || (patch && question.includes(s.name))) continue;
    for (const former of [...s.formerNames].sort((a, b) => b.length - a.length)) {
      const core = withoutVendor(former);
      if (patch) {
        // Nor inside a longer product name ("Amazon SageMaker Model Card"): the next capitalised word is part of it.
        const re = new RegExp(`(?<![A-Za-z0-9])((?:Amazon |AWS )?${escapeRe(core)})(?![A-Za-z0-9]| \\(now| [A-Z])`, 'g');
        if (re.test(out)) { out = out.replace(re, `$1 (now ${s.name})`); break; }
        continue;
      }
      // A former name another service also had is no exact mapping.
      if (ctx.services.some((o) => o.id !== s.id && o.formerNames.some((f) => withoutVendor(f) === core))) continue;
      const tail = /((?:for|with|on) Apache \w+)$/.exec(s.name)?.[1];
      const re = new RegExp(`(?<![A-Za-z0-9])(?:Amazon |AWS )?${escapeRe(core)}(?![A-Za-z0-9])(?:\\s*\\(now [^)]*\\))?${tail ? `(?:\\s+(?:for|with|on) ${escapeRe(tail.replace(/^\w+ /, ''))})?` : ''}`, 'g');
      if (re.test(out)) { out = out.replace(re, s.name); renamed?.set(former, s.name); break; }
    }
  }
  return out;
}

/** The text ended by a full stop when it has none: the "formerly" sentence after it starts a sentence of its own (blind review r25). */
const closed = (text: string, more: boolean) => (!more || /[.!?…]["”')\]]*\s*$/.test(text) ? text : `${text.trimEnd()}.`);

export function buildPractice(ctx: QuizContext, doc: NoteDocument, p: PracticeClaim): Question {
  const section = doc.sections.find((s) => p.line >= s.startLine && p.line <= s.endLine) ?? doc.sections[0];
  const named = p.serviceIds?.filter((id) => ctx.service(id)) ?? [];
  const serviceIds = named.length ? named : ctx.servicesIn(`${p.stem} ${p.answers.map((a) => p.options[a]).join(' ')}`).slice(0, 4);
  const placed = p.task ? { domain: Number(p.task[0]), task: p.task } : ctx.placement({ section, doc, serviceIds });
  const exam = typeof doc.frontMatter.exam === 'number' ? doc.frontMatter.exam : Number(doc.frontMatter.exam) || undefined;
  const keys = p.answers.map((a) => String.fromCharCode(65 + a)).join(', ');
  const renamed = new Map<string, string>();
  const patch = doc.source !== 'user';
  const question = [p.stem, ...p.options].join('\n');
  const stem = currentNames(ctx, p.stem, renamed, patch, question);
  const options = p.options.map((o) => currentNames(ctx, o, renamed, patch, question));
  const studyLinks = p.study.map((s) => resolveStudy(ctx, doc, s.target)).filter((s): s is QuestionSource => !!s);
  return {
    id: `practice:${hashString(`${doc.source}|${doc.relPath}|${p.number}|${p.stem}`).toString(36)}`,
    kind: 'practice', format: p.multiple ? 'multiple' : 'single', stem, options, answers: p.answers,
    // A user's explanation says the names the question now uses; the bundled ones are written with them.
    explanation: doc.source === 'user' ? [closed(currentNames(ctx, p.explanation ?? `The answer is ${keys}.`, renamed), renamed.size > 0), ...[...renamed].map(([former, now]) => `${now} was formerly ${former}.`)].join(' ') : p.explanation ?? `The answer is ${keys}.`,
    optionNotes: p.optionNotes,
    source: { file: doc.file, line: p.line, headingPath: section?.headingPath ?? [doc.title] },
    domain: placed.domain, task: placed.task, serviceIds,
    origin: 'authored',
    practice: { exam: doc.kind === 'practice-exam' ? exam : undefined, number: p.number },
    reference: p.reference,
    studyLinks: studyLinks.length ? studyLinks : undefined,
  };
}
