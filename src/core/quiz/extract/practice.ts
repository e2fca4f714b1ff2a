// Practice questions someone wrote (our practice exams or a user's notes), read as written:
// a question start (a heading, a bold or numbered line), its stem, options A–E (`A. x`, `A) x`,
// `- A) x`, `**A.** x`), then the key: `**Answer:** B`, `Answer: B, D`, `Correct answer: B`, a
// `<details>` block, or an answer key at the end of the file (`1. **B** - reason`, `1. B`, `Q1: B`, a
// table). Optional lines: Explanation, per-option notes (`- **A:** why`), Task, Services, Reference,
// Study. A question without a readable key is not imported: a diagnostic names file and line.
// See docs/notes-format.md ("Practice questions").
import { Diagnostic, NoteDocument, Section } from '../../model';
import { stripMd } from '../text';

export interface PracticeClaim {
  number: number;
  line: number;
  stem: string;
  options: string[];
  answers: number[];
  explanation?: string;
  optionNotes?: string[];
  task?: string;
  serviceIds?: string[];
  reference?: string;
  study: { text: string; target: string; line: number }[];
  multiple: boolean;
}

export interface PracticeImport {
  questions: PracticeClaim[];
  diagnostics: Diagnostic[];
  /** Sections that hold practice questions or their answer key: never mined for generated questions. */
  sections: Set<Section>;
}

const OPTION = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\(?([A-H])(?:[.)]\s*(?:\*\*|__)?|(?:\*\*|__)\s*[.)])\s+(.+)$/;
const START_HEADING = /^#{1,6}\s+(.*)$/;
const NUMBERED_START = /^\s*(?:\*\*)?(?:Q(?:uestion)?\s*)?(\d{1,3})\s*[.):]\s*(?:\*\*)?\s*(.*)$/i;
const ANSWER = /^\s*(?:[-*]\s*)?(?:\*\*|__)?(?:correct\s+)?answers?\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.+)$/i;
const KEY_LETTERS = /^\(?([A-H](?:\s*(?:,|and|&|\/)\s*[A-H])*)\)?(?![A-Za-z])\s*(?:\*\*|__)?\s*[-–—:.)]?\s*(.*)$/;
const META = /^\s*(?:\*\*|__)?(explanation|why|task|services?|reference|references|study|domain)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.*)$/i;
const OPTION_NOTE = /^\s*[-*]\s+(?:\*\*|__)?([A-H])(?:\*\*|__)?\s*[:.)]\s*(?:\*\*|__)?\s*(.+)$/;
const KEY_HEADING = /^#{1,6}\s+.*\b(?:answer key|answers|solutions)\b/i;
const KEY_LINE = /^\s*(?:[-*]\s*)?(?:\*\*)?(?:Q(?:uestion)?\s*)?(\d{1,3})(?:\*\*)?\s*[.):]\s*(?:\*\*)?\s*([A-H](?:\s*(?:,|and|&)\s*[A-H])*)(?![A-Za-z])\s*(?:\*\*)?\s*(?:[-–—:]\s*(.*))?$/i;
const KEY_ROW = /^\s*\|\s*(?:Q\s*)?(\d{1,3})\s*\|\s*(?:\*\*)?([A-H](?:\s*,\s*[A-H])*)(?:\*\*)?\s*\|(?:\s*([^|]*)\|)?/i;
const SELECT = /\(?\s*select\s+(two|three|four|all that apply)\s*[.)]*\)?|\bselect all that apply\b|\bchoose (two|three)\b/i;

const letters = (s: string) => [...new Set(s.toUpperCase().match(/[A-H]/g) ?? [])].map((c) => c.charCodeAt(0) - 65).sort((a, b) => a - b);

/** The document's lines by 1-based number, rebuilt from its sections. */
function linesOf(doc: NoteDocument): Map<number, string> {
  const out = new Map<number, string>();
  for (const s of doc.sections) s.markdown.split('\n').forEach((l, i) => out.set(s.startLine + i, l));
  return out;
}

// An option line "A." / "A)" anywhere in a section: without one (most notes) there is nothing to import.
const OPTION_A = /^[^\S\n]*(?:[-*+]\s+)?(?:\*\*)?\(?A[.):]/m;

export function importPractice(doc: NoteDocument): PracticeImport {
  const result: PracticeImport = { questions: [], diagnostics: [], sections: new Set() };
  if (!doc.sections.some((s) => OPTION_A.test(s.markdown))) return result;
  const lines = linesOf(doc);
  const numbers = [...lines.keys()].sort((a, b) => a - b);
  if (!numbers.some((n) => /^\s*(?:[-*+]\s+)?(?:\*\*)?\(?A[.):]/.test(lines.get(n)!))) return result;
  const practiceDoc = doc.kind === 'practice-exam';
  const diag = (line: number, message: string, severity: Diagnostic['severity'] = 'error') => result.diagnostics.push({ file: doc.file, line, message, severity });
  const sectionAt = (line: number) => doc.sections.find((s) => line >= s.startLine && line <= s.endLine);

  // The answer key at the end of the file, if any.
  const key = new Map<number, { answers: number[]; reason?: string; line: number }>();
  let inKey = false;
  for (const n of numbers) {
    const l = lines.get(n)!;
    if (START_HEADING.test(l)) inKey = KEY_HEADING.test(l);
    if (!inKey) continue;
    const m = KEY_LINE.exec(l) ?? KEY_ROW.exec(l);
    if (m) { key.set(Number(m[1]), { answers: letters(m[2]), reason: m[3] ? stripMd(m[3]) : undefined, line: n }); const s = sectionAt(n); if (s) result.sections.add(s); }
  }

  // Option runs: A, B, C … in order, blank lines allowed between them.
  let i = 0;
  let prevEnd = numbers[0] - 1;
  let ordinal = 0;
  while (i < numbers.length) {
    const n = numbers[i];
    const a = OPTION.exec(lines.get(n)!);
    if (!a || a[1] !== 'A') { i++; continue; }
    const options: { text: string; line: number }[] = [{ text: a[2], line: n }];
    let j = i + 1;
    let last = i;
    while (j < numbers.length) {
      const l = lines.get(numbers[j])!;
      if (!l.trim()) { j++; continue; }
      const o = OPTION.exec(l);
      if (!o || o[1] !== String.fromCharCode(65 + options.length)) break;
      options.push({ text: o[2], line: numbers[j] });
      last = j;
      j++;
    }
    if (options.length < 3) { i = last + 1; continue; }
    // The stem: back from option A to the question start (a heading, a numbered or bold line), after the previous question.
    let startIdx = i - 1;
    let number: number | undefined;
    const stemLines: string[] = [];
    for (; startIdx >= 0 && numbers[startIdx] > prevEnd; startIdx--) {
      const l = lines.get(numbers[startIdx])!;
      const h = START_HEADING.exec(l);
      if (h) { const num = /\b(\d{1,3})\b/.exec(h[1]); number = num ? Number(num[1]) : undefined; if (!/^(?:question|q)?\s*\d+\W*$/i.test(stripMd(h[1]))) stemLines.unshift(h[1]); break; }
      const nm = NUMBERED_START.exec(l);
      if (nm && (startIdx === 0 || !lines.get(numbers[startIdx - 1])!.trim() || START_HEADING.test(lines.get(numbers[startIdx - 1])!))) {
        number = Number(nm[1]);
        if (nm[2].trim()) stemLines.unshift(nm[2]);
        break;
      }
      stemLines.unshift(l);
    }
    const startLine = startIdx >= 0 ? numbers[startIdx] : options[0].line;
    ordinal++;
    const qNumber = number ?? ordinal;
    const stem = stripMd(stemLines.filter((l) => l.trim()).join(' '));
    // What follows the options, up to the next question start.
    let k = last + 1;
    let answerText: string | undefined;
    let answerLine = 0;
    let explanation: string | undefined;
    const notes = new Map<number, string>();
    let task: string | undefined;
    let serviceIds: string[] | undefined;
    let reference: string | undefined;
    const study: PracticeClaim['study'] = [];
    let inDetails = false;
    let detailsText = '';
    let metaKey = '';
    for (; k < numbers.length; k++) {
      const l = lines.get(numbers[k])!;
      if (START_HEADING.test(l) || (OPTION.exec(l)?.[1] === 'A' && !/<details/i.test(l))) break;
      if (NUMBERED_START.test(l) && !ANSWER.test(l) && !inDetails && /\?|\(select/i.test(l) && !OPTION_NOTE.test(l)) break;
      if (/<details/i.test(l)) { inDetails = true; detailsText = ''; }
      if (inDetails) {
        detailsText += ' ' + l.replace(/<summary>.*?<\/summary>/i, '').replace(/<\/?details[^>]*>/gi, '');
        if (/<\/details>/i.test(l)) {
          inDetails = false;
          const t = stripMd(detailsText);
          const am = ANSWER.exec(t) ?? { 1: t } as unknown as RegExpExecArray;
          if (!answerText && KEY_LETTERS.test(am[1].trim())) { answerText = am[1].trim(); answerLine = numbers[k]; }
        }
        continue;
      }
      const am = ANSWER.exec(l);
      if (am && !answerText) { answerText = stripMd(am[1]); answerLine = numbers[k]; metaKey = 'answer'; continue; }
      const on = OPTION_NOTE.exec(l);
      if (on && (metaKey === 'explanation' || metaKey === 'note' || metaKey === 'answer')) { notes.set(on[1].charCodeAt(0) - 65, stripMd(on[2])); metaKey = 'note'; continue; }
      // "**Task:** 1.1 · **Services:** a, b" carries two fields on one line.
      for (const part of l.split(/\s+[·|]\s+(?=\*\*|__|[A-Z][a-z]+:)/)) {
        const mm = META.exec(part);
        if (!mm) continue;
        const field = mm[1].toLowerCase();
        const value = mm[2].trim();
        metaKey = field.startsWith('expl') || field === 'why' ? 'explanation' : field;
        if (metaKey === 'explanation') explanation = stripMd(value);
        else if (field === 'task') task = /([1-4]\.[1-5])/.exec(value)?.[1];
        else if (field.startsWith('service')) serviceIds = stripMd(value).split(/[,\s]+/).map((x) => x.trim()).filter(Boolean);
        else if (field.startsWith('reference')) reference = /(https?:\/\/\S+?)[)>\s]*$/.exec(value)?.[1] ?? stripMd(value);
        else if (field === 'study') for (const lm of value.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)) study.push({ text: lm[1], target: lm[2], line: numbers[k] });
      }
      if (!META.test(l.split(/\s+[·|]\s+/)[0]) && metaKey === 'explanation' && l.trim() && !on) explanation = `${explanation ?? ''} ${stripMd(l)}`.trim();
      else if (metaKey === 'study' && !META.test(l)) for (const lm of l.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)) study.push({ text: lm[1], target: lm[2], line: numbers[k] });
    }
    prevEnd = numbers[Math.max(last, k - 1)];
    i = k;
    for (let x = startLine; x <= prevEnd; x++) { const s = sectionAt(x); if (s) result.sections.add(s); }
    const looksLikeQuestion = practiceDoc || /\?|\bselect\b|\bwhich\b/i.test(stem);
    if (!looksLikeQuestion) continue;
    let answers: number[] | undefined;
    let reason: string | undefined;
    if (answerText) {
      const km = KEY_LETTERS.exec(answerText);
      if (km) { answers = letters(km[1]); reason = km[2] || undefined; }
    } else if (key.has(qNumber)) {
      const e = key.get(qNumber)!;
      answers = e.answers;
      reason = e.reason;
    }
    const where = `question ${qNumber}`;
    if (!stem) { diag(startLine, `practice ${where}: no stem before its options; not imported`); continue; }
    if (!answers) { diag(answerLine || startLine, answerText ? `practice ${where}: cannot read the key "${answerText}" (expected letters such as "B" or "B, D"); not imported` : `practice ${where}: no answer key (an "Answer: B" line, a <details> answer or an answer key at the end); not imported`); continue; }
    if (answers.some((x) => x >= options.length)) { diag(answerLine || startLine, `practice ${where}: key ${answers.map((x) => String.fromCharCode(65 + x)).join(', ')} names no option (options A–${String.fromCharCode(64 + options.length)}); not imported`); continue; }
    const select = SELECT.exec(stem);
    const wanted = select ? ({ two: 2, three: 3, four: 4 } as Record<string, number>)[(select[1] ?? select[2] ?? '').toLowerCase()] : undefined;
    if (wanted && answers.length !== wanted) { diag(answerLine || startLine, `practice ${where}: the stem asks to select ${wanted} but the key has ${answers.length}; not imported`); continue; }
    if (!select && answers.length > 1) { diag(answerLine || startLine, `practice ${where}: the key has ${answers.length} letters but the stem does not say "(Select ${answers.length === 2 ? 'TWO' : 'THREE'}.)"; not imported`); continue; }
    const optionNotes = options.map((_, x) => notes.get(x) ?? '');
    result.questions.push({
      number: qNumber, line: startLine, stem, options: options.map((o) => stripMd(o.text)), answers,
      explanation: explanation ?? reason, optionNotes: optionNotes.some(Boolean) ? optionNotes : undefined,
      task, serviceIds, reference, study, multiple: answers.length > 1 || !!select,
    });
  }
  return result;
}
