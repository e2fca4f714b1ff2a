// Passages of a note's text the quiz and search read: question-and-answer paragraphs, "Choose … when"
// table rows and top-level list items.
import { ChoiceRow, QuestionPassage } from '../model';

const QUESTION_START = /(?:^|[.!:]\s+)(What|Which|How|When|Why|Where)\b/g;

/**
 * The first question in a paragraph: a sentence that starts with What/Which/How/When/Why/Where, runs
 * at least 8 characters to its first "?", and ends there (a space or the end follows), with the rest as
 * the answer. One pass: each start looks only as far as the next "?" (a backtracking regular
 * expression looked to the end of the paragraph from every start).
 */
export function firstQuestion(text: string): { question: string; rest: string } | undefined {
  QUESTION_START.lastIndex = 0;
  let q = -1;
  for (let m: RegExpExecArray | null; (m = QUESTION_START.exec(text));) {
    const word = m.index + m[0].length - m[1].length;
    const bodyStart = word + m[1].length;
    if (q < bodyStart) q = text.indexOf('?', bodyStart);
    if (q < 0) return undefined;
    if (q - bodyStart >= 8 && (q + 1 === text.length || /\s/.test(text[q + 1]))) {
      return { question: text.slice(word, q + 1), rest: text.slice(q + 1).replace(/^\s+/, '') };
    }
  }
  return undefined;
}

/** "Which service …? Answer." in one paragraph, or a question paragraph followed by its answer block. */
export function questionPassages(blocks: { text: string; line: number }[]): QuestionPassage[] {
  const out: QuestionPassage[] = [];
  for (let i = 0; i < blocks.length; i++) {
    // No "?" (most paragraphs): no question, and no need to normalise the spaces to find none.
    if (!blocks[i].text.includes('?')) continue;
    const text = blocks[i].text.replace(/\s+/g, ' ').trim();
    const m = firstQuestion(text);
    if (!m) continue;
    let answer = m.rest.trim();
    if (!answer && i + 1 < blocks.length && !firstQuestion(blocks[i + 1].text)) answer = blocks[i + 1].text.replace(/\s+/g, ' ').trim();
    if (answer) out.push({ question: m.question.trim(), answer, line: blocks[i].line });
  }
  return out;
}

export function choiceRows(rows: string[][], tableLine0: number): ChoiceRow[] {
  if (rows.length < 2) return [];
  const [head, ...body] = rows;
  if (!/^choose\b/i.test(head[0] ?? '') || !/^when\b/i.test(head[1] ?? '')) return [];
  const out: ChoiceRow[] = [];
  body.forEach((r, i) => {
    const choice = (r[0] ?? '').trim();
    const cues = (r[1] ?? '').split(';').map((c) => c.trim()).filter(Boolean);
    // Rows start after the header and the delimiter line.
    if (choice && cues.length) out.push({ choice, cues, whyNot: r[2]?.trim() || undefined, line: tableLine0 + 3 + i });
  });
  return out;
}

/** Top-level bullet items of a section's markdown, as plain-ish text. */
export function listItems(markdown: string): string[] {
  const items: string[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^[-*+]\s+(.*)$/.exec(line);
    if (m) items.push(m[1].trim());
    else if (items.length && /^\s{2,}\S/.test(line) && !/^\s*[-*+]\s/.test(line)) items[items.length - 1] += ' ' + line.trim();
  }
  return items;
}
