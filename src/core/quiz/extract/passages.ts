// Question/answer passages anywhere in a section: a question in prose, a list item or a table cell
// followed by its answer (same block or the next one), "Do you know which …?", `Q:`/`A:` lines and
// `<details>` answers. The answer keeps the note's words; the builder decides what it is.
import { Section } from '../../model';
import { Block, blocksOf } from './blocks';
import { QaClaim } from './claims';
import { hedgedAnswer } from '../oneOption';
import { stripMd } from '../text';
import { joinFollowUp, withoutTalk } from './spokenAnswer';

const QUESTION = /(?:^|[.!:]\s+)((?:What|Which|How|When|Why|Where|Who)\b[^?]{8,}\?)(?=\s|$)\s*([\s\S]*)$/;
// A spoken lesson's question after a discourse opener: "Back to fundamentals, what are …?".
const LED = /(?:^|[.!:]\s+)(?:Back to (?:the )?(?:fundamentals|basics)|So|Now|Okay|OK|Next|Finally),\s+((?:what|which|how|when|why|where|who)\b[^?]{8,}\?)(?=\s|$)\s*([\s\S]*)$/;
const DO_YOU_KNOW = /(?:^|[.!:]\s+)(?:Do|Did) you know (which|what|how|when|where|why)\b([^?]{8,}\?)\s*([\s\S]*)$/i;
const Q_LINE = /^(?:Q(?:uestion)?\s*\d*\s*[:.)]|Q\d+[:.)])\s*(.+)$/i;
const A_LINE = /^(?:A(?:nswer)?\s*[:.)])\s*(.+)$/i;
/** A list item or line that opens with a bold label ("**Label:**", "**Label**:"). */
const LABELLED = /^\*\*[^*]{2,60}(?::\*\*|\*\*\s*:)/;
/** An answer that is only the name of what the question describes, in parentheses: "(Descriptive Analytics)". */
const NAMED_BY_QUESTION = /^\(([A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3})\)$/;

/** The question sentence of a block and the text after it, or undefined. */
function questionIn(text: string): { question: string; rest: string } | undefined {
  const d = DO_YOU_KNOW.exec(text);
  if (d) {
    const word = d[1][0].toUpperCase() + d[1].slice(1).toLowerCase();
    return { question: `${word}${d[2]}`.replace(/\bthat (you|we|they|(?:Amazon |AWS )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,4}) (can|could|will|would|should)\b/, '$2 $1').replace(/\s+/g, ' ').trim(), rest: d[3].trim() };
  }
  const m = QUESTION.exec(text);
  const led = LED.exec(text);
  if (led && (!m || led.index < m.index)) return { question: led[1].charAt(0).toUpperCase() + led[1].slice(1).trim(), rest: led[2].trim() };
  return m ? { question: m[1].trim(), rest: m[2].trim() } : undefined;
}

/** Answer lead-ins that do not belong to the answer ("One option is to use …", "A few services that can help here are …"). */
export function stripLeadIn(answer: string): string {
  return answer
    .replace(/^(?:well,?\s+)?(?:we mentioned (?:these|them|this) already,?\s*)/i, '')
    .replace(/^(?:one|another|the best|a good) (?:option|choice|answer|way) is (?:to use |using )?/i, '')
    .replace(/^(?:a few|some|two|three|the) (?:aws )?services (?:that )?(?:can help here |you can use )?(?:are|include)\s+/i, '')
    .replace(/^(?:they|these|those) (?:include|are)\s+/i, '')
    .replace(/^(?:you (?:can|could|would|should) use|use|the answer is|answer:)\s+/i, '')
    .trim();
}

// "DynamoDB and Amazon RDS are AWS storage solutions for transactional data": two services, one description.
const PAIR = /(?:^|[.!]\s+)((?:Amazon |AWS )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,4}) and ((?:Amazon |AWS )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,4}) are (?:the |both )?(?:AWS |Amazon )?((?:storage |database |streaming |analytics |ingestion |managed )*(?:services|solutions|options) (?:for|that|to) [^.;]{8,120})[.;]/;

/** A pair of services that one sentence describes together, as "Which AWS services are …?" with both as the answer. */
export function pairClaim(text: string, line: number): QaClaim | undefined {
  const m = PAIR.exec(text);
  if (!m) return undefined;
  const what = m[3].replace(/^(?:storage |database |streaming |analytics |ingestion |managed )*(?:services|solutions|options)\s+/, '');
  // The sentence's category stays in the stem: "storage solutions for transactional data" asks for storage
  // services; "used for transactional data" alone let a backup service or a function read as answers (r16).
  const category = /^((?:storage |database |streaming |analytics |ingestion )*)/.exec(m[3])![1];
  const question = /^for\s/.test(what) && category
    ? `Which AWS ${category}services suit ${what.replace(/^for\s+/, '')}?`
    : `Which AWS ${category}services are ${/^(?:that)\b/.test(what) ? what.replace(/^that\s+/, 'used to ') : `used ${what}`}?`.replace(/are used that /, 'are used to ');
  return { kind: 'qa', question, answer: `${m[1]} and ${m[2]}`, line };
}

export function extractPassages(section: Section): QaClaim[] {
  const blocks = blocksOf(section).filter((b) => b.type !== 'details' || true);
  const out: QaClaim[] = [];
  const taken = new Set<Block>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (taken.has(b)) continue;
    const q = Q_LINE.exec(b.text);
    if (q) {
      const inline = /\s+A(?:nswer)?\s*:\s*(.+)$/i.exec(q[1]);
      const next = blocks[i + 1];
      const a = inline ? inline[1] : next && (A_LINE.exec(next.text)?.[1] ?? (next.type === 'details' ? next.text : undefined));
      const question = inline ? q[1].slice(0, inline.index).trim() : q[1].trim();
      if (a) { out.push({ kind: 'qa', question, answer: a.trim(), line: b.line }); if (!inline) taken.add(next); }
      continue;
    }
    const pair = b.type === 'details' ? undefined : pairClaim(b.text, b.line);
    if (pair) out.push(pair);
    const asked = questionIn(b.text);
    if (!asked) continue;
    // A follow-up that says what the question wants is part of the question; talk that opens the answer is not
    // the answer (spokenAnswer.ts).
    const joined = joinFollowUp(asked.question, asked.rest);
    const m = joined ?? asked;
    let answer = withoutTalk(m.rest);
    const next = blocks[i + 1];
    // The answer block that follows: a <details> answer, a list item or paragraph that is not a question.
    if (!answer && next && (next.type === 'details' || (!questionIn(next.text) && (next.depth >= b.depth || next.type === 'para')))) {
      answer = A_LINE.exec(next.text)?.[1] ?? next.text;
      taken.add(next);
    }
    // "What … ?" followed by several bullets: a list answer.
    // An answer that is itself a question is a list of questions, not a question and its answer.
    if (!answer || /\?$/.test(answer.trim()) || questionIn(answer)?.rest === '') continue;
    // A lesson's rhetorical questions: one set after a label ("**The Challenge:** What happens when …?") answered by a
    // line that only introduces what follows ("**Our Strategy:**"), and a question explaining one labelled item of a
    // list ("**Find hot queries:** Which ones run most?") whose next item is another label, not its answer.
    if (/:\s*$/.test(stripMd(answer)) || (answer === next?.text && LABELLED.test(b.raw.trim()) && LABELLED.test(next.raw.trim()))) continue;
    // "**What happened?** (Descriptive Analytics)": the question names a concept; asked as which one answers it.
    const named = NAMED_BY_QUESTION.exec(answer.trim());
    if (named && /^\*\*[^*]+\?\*\*/.test(b.raw.trim())) {
      const noun = named[1].split(/\s+/).pop()!.toLowerCase();
      out.push({ kind: 'qa', question: `Which type of ${noun} answers the question “${m.question}”`, answer: named[1], line: b.line });
      continue;
    }
    const raw = withoutTalk(A_LINE.exec(answer)?.[1] ?? answer);
    if (!raw) continue;
    const cut = stripLeadIn(raw);
    out.push({ kind: 'qa', question: m.question, answer: cut, line: b.line, ...(hedgedAnswer(raw) ? { hedged: true } : {}), ...(joined ? { joined: true } : {}), ...(cut !== raw ? { said: raw } : {}) });
  }
  return out;
}
