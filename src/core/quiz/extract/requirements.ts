// Requirement → choice lines, the way exam-tip notes write them: "X → Y", "Use Y when/for X",
// "If X, choose Y", "Need X? Y", "For X, Y …", "Y is great for X". The answer is kept as written;
// the builder keeps only those that name a service or a row of a comparison table.
import { Section } from '../../model';
import { stripMd } from '../text';
import { blocksOf } from './blocks';
import { CueClaim } from './claims';
import { markdownTables } from './tables';
import { needLine } from './needLines';
import { purposeCue } from './purposeCue';
import { scenarioArrows } from './scenarioArrow';
import { overLines } from './overLines';
import { codeUseCases } from './codeUseCases';

const PATTERNS: { re: RegExp; cue: number; answer: number }[] = [
  // "Real-time, sub-second → Kinesis Data Streams"
  { re: /^(.{6,160}?)\s*(?:→|->|=>|⇒)\s*(?:use\s+|choose\s+)?(.{2,80}?)\s*(?:\((.*)\))?[.!]?$/i, cue: 1, answer: 2 },
  // "If the requirement is X: choose Y" / "If X, use Y"
  { re: /^if (?:the )?(?:requirement|scenario|question)?\s*(?:is|says|mentions|asks for)?\s*(.{6,160}?)\s*[:,]\s*(?:then\s+)?(?:you (?:can|could|should) )?(?:choose|use|pick|go with|answer)\s+(.{2,80}?)[.!]?$/i, cue: 1, answer: 2 },
  // "Need X? Y" / "Need X → Y"
  { re: /^(?:need|needs|want|require)\s+(.{6,160}?)\?\s*(?:→|->|:)?\s*(?:use\s+|choose\s+)?(.{2,80}?)[.!]?$/i, cue: 1, answer: 2 },
  // "Use Y when X" / "Use Y for X" / "Choose Y when X"
  { re: /^(?:use|choose|pick)\s+(.{2,60}?)\s+(?:when|if|for)\s+(.{6,160}?)[.!]?$/i, cue: 2, answer: 1 },
];

/** "For real-time analytics Amazon Kinesis can …" and "Amazon S3 is great for data lakes": cue and answer start. */
const FOR_X = /^[Ff]or ([a-z][^,]{4,80}?),?\s+((?:Amazon|AWS)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\b/;
const GREAT_FOR = /^((?:Amazon|AWS)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}) (?:is (?:great|ideal|best|the best choice|the go-to|used) for|is built for) ([^.;]{4,100})/;

// "- **What:** …", "- **When to use:** …", "- **Primary use case**: …" under a heading that names the choice.
const LABELLED = /^\*\*(what(?: it is)?|purpose|description|definition|primary use case|use cases?|when to use|best for|ideal for|used for|good for)\s*:?\*\*\s*:?\s*(.+)$/i;

// Exam-tip lines that name their choice in bold (or as a wiki link) after a choice verb:
// "- **Label that states the need**: Choose **X** …", "need … -> Enable **X**", "If requirement is **…**: Use [[x]] (X)".
const CHOICE_VERB = String.raw`(?:then\s+)?(?:always\s+)?(?:must\s+)?(?:choose|use|enable|select|pick|inspect|enforce(?:\s+via)?|import data into|migrate tables to|the answer is|create|configure)\s+(?:an?\s+|the\s+)?`;
const ANSWER = String.raw`(\*\*[^*]{2,80}\*\*|\[\[[^\]|]+(?:\|[^\]]+)?\]\](?:\s*\([^)]{2,60}\))?)`;
const VERB_ANSWER = new RegExp(`^(.*?)\\s*(?:->|→|=>|⇒|:)\\s*${CHOICE_VERB}${ANSWER}(.*)$`, 'i');
const LEADING_VERB = new RegExp(`^${CHOICE_VERB}${ANSWER}(.*)$`, 'i');

/** "[[kinesis]] (Data Streams)" → "Data Streams" with "kinesis Data Streams" as the other reading; "**X**" → "X". */
function answerOf(raw: string): { answer: string; alt?: string } {
  const link = /^\[\[([^\]|]+)(?:\|([^\]]+))?\]\](?:\s*\(([^)]+)\))?$/.exec(raw.trim());
  if (!link) return { answer: stripMd(raw) };
  const slug = (link[2] ?? link[1]).replace(/[-_]+/g, ' ').trim();
  return link[3] ? { answer: link[3].trim(), alt: `${slug} ${link[3].trim()}` } : { answer: slug, alt: link[1].trim() };
}

/** A bolded choice after a choice verb, with the need before it (or after "when/for" when the line starts with the verb). */
export function boldChoice(raw: string): { cue: string; answer: string; alt?: string; rest: string } | undefined {
  const line = raw.trim().replace(/^(?:>\s*)?(?:\[![A-Z]+\]\s*)?/i, '');
  let m = VERB_ANSWER.exec(line);
  let cue = '';
  let tail = '';
  let answerRaw = '';
  if (m) { cue = stripMd(m[1]); answerRaw = m[2]; tail = m[3]; }
  else {
    m = LEADING_VERB.exec(line);
    if (!m) return undefined;
    answerRaw = m[1]; tail = m[2];
    const when = /^\s*(?:over\s+[^,.]{2,40}?\s+)?(?:when|if|for)\s+(.{6,200}?)[.!]?$/i.exec(stripMd(tail));
    if (!when) return undefined;
    cue = when[1]; tail = '';
  }
  // Two choices ("Use **A** or **B**", "**A** and **B**") are not one answer; nor is a topic label ("EMR vs Glue").
  if (/^\s*(?:or|and|\/|,|\+|&)\s/i.test(tail) || /\*\*|\[\[/.test(tail) || /\bvs\.?\s/i.test(cue) || !cue) return undefined;
  return { cue, ...answerOf(answerRaw), rest: stripMd(tail) };
}

const NEED_HEAD = /^(?:use case|security goal|goal|requirement|need|scenario|problem|situation|when|if you need)s?\b/i;
const CHOICE_HEAD = /\b(?:service|choice|solution|answer|tool|feature|option|use)\b/i;

/** A table whose first column is the need and second the choice ("Use Case | AWS Service Choice"). */
function needTables(section: Section): CueClaim[] {
  const out: CueClaim[] = [];
  for (const t of markdownTables(section)) {
    if (t.head.length < 2 || !NEED_HEAD.test(stripMd(t.head[0])) || !CHOICE_HEAD.test(stripMd(t.head[1]))) continue;
    for (const r of t.rows) {
      const cue = stripMd(r.cells[0] ?? '');
      const a = answerOf((r.cells[1] ?? '').replace(/\*\*/g, '').trim());
      if (cue && a.answer) out.push({ kind: 'cue', cue, answer: a.answer, alt: a.alt, line: r.line });
    }
  }
  return out;
}

export function extractRequirements(section: Section): CueClaim[] {
  const out: CueClaim[] = [...needTables(section), ...scenarioArrows(blocksOf(section)), ...overLines(blocksOf(section)), ...codeUseCases(section)];
  const heading = section.headingPath[section.headingPath.length - 1] ?? '';
  for (const b of blocksOf(section)) {
    if (b.type === 'details' || b.type === 'cell') continue;
    const bold = boldChoice(b.raw);
    if (bold) {
      // "Choose **X** over Y when …": Y is the rival the note set against X.
      const rival = /^\s*over\s+([^,.]{2,40}?)\s+(?:when|if|for)\b/i.exec(stripMd(b.raw).replace(/^.*?\bover\b/i, ' over '))?.[1];
      out.push({ kind: 'cue', cue: purposeCue(bold.cue, bold.rest) ?? bold.cue, answer: bold.answer, alt: bold.alt, line: b.line, because: bold.rest.replace(/^[\s(,.!-]+|[\s).!]+$/g, '') || undefined, rival });
      continue;
    }
    const labelled = b.type === 'item' ? LABELLED.exec(b.raw.trim()) : null;
    if (labelled && heading) {
      const describe = /^(?:what|purpose|description|definition)/i.test(labelled[1]);
      out.push({ kind: 'cue', cue: stripMd(labelled[2]), answer: heading.replace(/^[\d.]+\s*/, '').replace(/^[^\w(]+/u, ''), line: b.line, style: describe ? 'describe' : 'require', fromHeading: true });
      continue;
    }
    // Bold lead-ins of exam-tip bullets: "**Exam tip:** …".
    const text = stripMd(b.raw).replace(/^(?:exam tips?|tip|remember|rule of thumb|key point)\s*[:—-]\s*/i, '').replace(/^(?:for example|for instance|e\.g\.),?\s+/i, '');
    if (text.length > 260) {
      const m = FOR_X.exec(text) ?? GREAT_FOR.exec(text);
      if (m) out.push(FOR_X.test(text) ? { kind: 'cue', cue: m[1], answer: m[2], line: b.line } : { kind: 'cue', cue: m[2], answer: m[1], line: b.line });
      continue;
    }
    let matched = false;
    // Most lines hold none of the patterns' signal words: skip the regexes for them.
    const hint = /→|->|=>|⇒|^(?:if|need|needs|want|require|use|choose|pick)\b/i.test(text);
    for (const p of hint ? PATTERNS : []) {
      const m = p.re.exec(text);
      if (!m) continue;
      // "Use X when A; Y when B": the clause after the semicolon is about another choice.
      out.push({ kind: 'cue', cue: m[p.cue].trim().replace(/^(?:requirement is|you need)\s+/i, '').replace(/;\s.*$/, ''), answer: m[p.answer].trim(), line: b.line, because: m[3] });
      matched = true;
      break;
    }
    if (matched) continue;
    const need = needLine(text);
    if (need) { out.push({ ...need, line: b.line }); continue; }
    const f = FOR_X.exec(text);
    if (f) { out.push({ kind: 'cue', cue: f[1], answer: f[2], line: b.line }); continue; }
    const g = GREAT_FOR.exec(text);
    if (g) out.push({ kind: 'cue', cue: g[2], answer: g[1], line: b.line });
  }
  return out;
}
