// Questions as a file Anki's text import reads as it is (Anki 2.1.55 or later: File › Import): one
// note of the built-in "Basic" type per question, with file headers that tell Anki the separator, that
// fields hold HTML, and which columns carry the note's id, deck and tags. So nothing has to be set by
// hand in the import dialog, and importing a newer export updates the notes instead of doubling them.
// Note text is HTML-escaped: a note cannot inject markup into a card.
import { DOMAIN_NAMES } from '../examGuide';
import { Question } from './types';

export const ANKI_DECK = 'DE Study';
export const ANKI_COLUMNS = ['GUID', 'Front', 'Back', 'Deck', 'Tags'] as const;

export interface AnkiOptions {
  /** "services/data-firehose.md:48 · Amazon Data Firehose › Key facts"; default: the file and line. */
  sourceLabel?: (q: Question) => string;
  /** A service id → its name, for the back of the card. */
  serviceName?: (id: string) => string;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Escaped, with line breaks as <br>; tabs never reach the file (they separate the columns). */
function html(text: string): string {
  return escapeHtml(text.replace(/\t/g, ' ')).replace(/\r?\n/g, '<br>');
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** A tag Anki keeps whole: no spaces, no tag separators. */
function tag(text: string): string {
  return text.trim().replace(/\s+/g, '_').replace(/[^\p{L}\p{N}_:.-]/gu, '');
}

export function ankiDeck(q: Question): string {
  return q.domain && DOMAIN_NAMES[q.domain] ? `${ANKI_DECK}::Domain ${q.domain} ${DOMAIN_NAMES[q.domain]}` : `${ANKI_DECK}::Other`;
}

export function ankiTags(q: Question): string[] {
  const tags = ['DE_Study', `kind::${q.kind}`];
  if (q.domain) tags.push(`domain::${q.domain}`);
  if (q.task) tags.push(`task::${tag(q.task)}`);
  for (const s of q.serviceIds) tags.push(`service::${tag(s)}`);
  if (q.practice?.exam) tags.push(`practice_exam::${q.practice.exam}`);
  return tags;
}

function front(q: Question): string {
  const parts = [`<div>${html(q.stem)}</div>`];
  if (q.format !== 'recall') {
    parts.push(`<ol type="A">${q.options.map((o) => `<li>${html(o)}</li>`).join('')}</ol>`);
    parts.push(`<div><i>${q.answers.length > 1 ? `Choose ${q.answers.length === 2 ? 'TWO' : q.answers.length}.` : 'Choose ONE.'}</i></div>`);
  }
  return parts.join('');
}

function back(q: Question, o: AnkiOptions): string {
  const answer = q.format === 'recall'
    ? html(q.answerText ?? '')
    : q.answers.map((i) => `${letter(i)}. ${html(q.options[i])}`).join('<br>');
  const parts = [`<div><b>Answer:</b> ${answer}</div>`];
  if (q.explanation) parts.push(`<div>${html(q.explanation)}</div>`);
  const notes = (q.optionNotes ?? []).map((n, i) => (n && !q.answers.includes(i) ? `<li><b>${letter(i)}:</b> ${html(n)}</li>` : '')).join('');
  if (notes) parts.push(`<ul>${notes}</ul>`);
  if (q.serviceIds.length && o.serviceName) parts.push(`<div><b>Services:</b> ${html(q.serviceIds.map(o.serviceName).join(', '))}</div>`);
  if (q.reference) parts.push(`<div><b>Reference:</b> ${html(q.reference)}</div>`);
  const source = o.sourceLabel ? o.sourceLabel(q) : `${q.source.file}:${q.source.line}`;
  parts.push(`<div><small>Source: ${html(source)}</small></div>`);
  return parts.join('');
}

/** The whole file: headers, then one tab-separated line per question. */
export function toAnkiText(questions: readonly Question[], o: AnkiOptions = {}): string {
  const lines = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    '#guid column:1',
    '#deck column:4',
    '#tags column:5',
  ];
  for (const q of questions) {
    lines.push([`de-study-${q.id}`, front(q), back(q, o), ankiDeck(q), ankiTags(q).join(' ')].map((f) => f.replace(/[\t\r\n]/g, ' ')).join('\t'));
  }
  return lines.join('\n') + '\n';
}

export interface ExportFilter {
  domain?: number;
  serviceId?: string;
  /** Keeps the questions of one notes folder (see sourceFilter.ts). */
  keep?: (q: Question) => boolean;
  /** Reported questions stay out of the export too. */
  excludeIds?: ReadonlySet<string>;
}

export function questionsForExport(questions: readonly Question[], f: ExportFilter): Question[] {
  return questions.filter((q) => (!f.domain || q.domain === f.domain)
    && (!f.serviceId || q.serviceIds.includes(f.serviceId))
    && (!f.keep || f.keep(q))
    && !f.excludeIds?.has(q.id));
}
