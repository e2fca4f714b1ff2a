// Parses one Markdown note into a document of sections with their links, key statements,
// cards, question-like passages and "choose … when" rows. Never throws on bad input.
import type Token from 'markdown-it/lib/token.mjs';
import { readKind, readDomains, readTasks, readService, FieldProblem } from './catalog';
import { extractCards } from './cards';
import { parseFrontMatter } from './frontMatter';
import { Diagnostic, NoteDocument, Section, Service, SourceKind } from './model';
import { Pause } from './timeSlice';
import { md, parseMarkdown } from './parser/markdownSlices';
import { choiceRows, listItems, questionPassages } from './parser/passages';
import { placeholderText } from './parser/placeholder';

export { firstQuestion, listItems, questionPassages } from './parser/passages';

export interface ParsedNote {
  doc: NoteDocument;
  service?: Service;
  diagnostics: Diagnostic[];
}

export interface ParseInput {
  text: string;
  file: string;
  relPath: string;
  source: SourceKind;
}

interface SectionDraft extends Section {
  /** Lines (0-based) that are code, tables, headings or HTML: no cards there. */
  excluded: Set<number>;
}

/** Parses a note in one go. */
export function parseNote(input: ParseInput, options: ParseOptions = {}): ParsedNote {
  const steps = parseSteps(input, options);
  for (;;) { const r = steps.next(); if (r.done) return r.value; }
}

/**
 * The same parse, awaiting `pause` between steps (see timeSlice.ts): a large note is parsed in slices
 * of a few thousand lines or tokens, so the extension host is never blocked by one long parse.
 */
export async function parseNoteAsync(input: ParseInput, pause: Pause): Promise<ParsedNote> {
  const steps = parseSteps(input);
  for (;;) { const r = steps.next(); if (r.done) return r.value; await pause(); }
}

/** The parse, as a generator that yields between slices of work. */
export interface ParseOptions {
  /** One markdown-it call for the whole body, however large (the reference the slices are tested against). */
  wholeDocument?: boolean;
}

function* parseSteps(input: ParseInput, options: ParseOptions = {}): Generator<void, ParsedNote, void> {
  const diagnostics: Diagnostic[] = [];
  const text = input.text.replace(/^\uFEFF/, '');
  // Every line ending VS Code and markdown-it know: CRLF, LF and a lone CR (old Mac files), so that
  // section line numbers are the editor's.
  const lines = text.split(/\r\n?|\n/);
  const loneCr = firstLoneCr(text);
  if (loneCr > 0) {
    diagnostics.push({ file: input.file, line: loneCr, severity: 'warning', message: 'mixed line endings: a lone carriage return (CR) ends this line; it is read as a line break, as VS Code shows it' });
  }
  const fm = parseFrontMatter(lines);
  for (const e of fm.errors) diagnostics.push({ file: input.file, line: e.line, message: e.message, severity: 'error' });

  // Blank out the front matter so that markdown-it's line numbers stay those of the file.
  const bodyLines = lines.map((l, i) => (i < fm.lineCount ? '' : l));
  let tokens: Token[];
  try {
    tokens = options.wholeDocument ? md.parse(bodyLines.join('\n'), {}) : yield* parseMarkdown(bodyLines);
  } catch (e) {
    diagnostics.push({ file: input.file, line: 1, message: `could not parse Markdown: ${(e as Error).message}`, severity: 'error' });
    tokens = [];
  }

  const problems: FieldProblem[] = [];
  const kind = readKind(fm.data, problems);
  const domains = readDomains(fm.data, problems);
  const tasks = readTasks(fm.data, problems);
  const docId = input.source + ':' + input.relPath;
  const sections = yield* buildSections(tokens, bodyLines, docId, fm.lineCount);

  const fmTitle = typeof fm.data.title === 'string' ? fm.data.title.trim() : undefined;
  const firstH1 = sections.find((s) => s.level === 1)?.title;
  const fileTitle = input.relPath.replace(/^.*\//, '').replace(/\.(md|markdown)$/i, '');
  const title = fmTitle || firstH1 || sections.find((s) => s.level > 0)?.title || fileTitle;
  for (const s of sections) {
    if (s.level === 0) { s.title = title; s.headingPath = [title]; }
  }

  let service: Service | undefined;
  if (kind === 'service') {
    service = readService(fm.data, input.file, 1, problems);
    if (service) {
      const facts = sections.find((s) => /^key (facts|limits)/i.test(s.title));
      service.keyFacts = facts ? listItems(facts.markdown).slice(0, 4) : [];
      if (!domains.length) service.domains = [];
    }
  }
  for (const p of problems) {
    diagnostics.push({ file: input.file, line: fm.keyLines.get(p.key) ?? 1, message: p.message, severity: 'error' });
  }

  const doc: NoteDocument = {
    id: docId,
    file: input.file,
    relPath: input.relPath,
    source: input.source,
    title,
    kind,
    frontMatter: fm.data,
    domains,
    tasks,
    serviceId: service?.id,
    sections: sections.map(stripDraft),
    lineCount: lines.length,
  };
  return { doc, service, diagnostics };
}

/** 1-based line ended by a lone CR in a file that also has LF line endings; 0 when there is none. */
function firstLoneCr(text: string): number {
  const lf = text.indexOf('\n');
  if (lf < 0) return 0; // CR-only files are consistent: nothing to report.
  const m = /\r(?!\n)/.exec(text);
  if (!m) return 0;
  // Every line break before the first lone CR is an LF (alone or in CRLF).
  let line = 1;
  for (let i = lf; i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function stripDraft(d: SectionDraft): Section {
  const { excluded: _excluded, ...section } = d;
  return section;
}

function newSection(docId: string, title: string, level: number, startLine: number, path: string[]): SectionDraft {
  return {
    id: `${docId}#L${startLine}`, docId, title, headingPath: path, level, startLine, endLine: startLine,
    markdown: '', text: '', serviceIds: [], links: [], keyStatements: [], cards: [], questions: [], choiceRows: [],
    excluded: new Set(),
  };
}

// "1.2 Transform data", "Task 1.2", and the exam guide's own wording in lesson notes: "Task Statement 2.1: Choose a Data Store".
const TASK_HEADING = /^(?:task\s+(?:statement\s+)?)?([1-4]\.[1-5])\b/i;

/** Tokens or sections handled between two yields. */
const STEP = 4000;

function* buildSections(tokens: Token[], lines: string[], docId: string, bodyStart: number): Generator<void, SectionDraft[], void> {
  // Pass 1: headings → section boundaries.
  const heads: { line: number; level: number; title: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const t = tokens[i];
    if (t.type === 'heading_open' && t.map) {
      const title = inlinePlain(tokens[i + 1]).trim() || '(untitled)';
      heads.push({ line: t.map[0], level: Number(t.tag.slice(1)), title });
    }
  }
  const sections: SectionDraft[] = [];
  const firstHead = heads.length ? heads[0].line : lines.length;
  const preamble = lines.slice(bodyStart, firstHead);
  if (preamble.some((l) => l.trim() !== '')) {
    const start = firstNonBlank(lines, bodyStart, firstHead);
    sections.push(newSection(docId, '', 0, start + 1, []));
  }
  const stack: { level: number; title: string; task?: string }[] = [];
  for (const h of heads) {
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    const taskMatch = TASK_HEADING.exec(h.title);
    const inherited = [...stack].reverse().find((s) => s.task)?.task;
    const task = taskMatch ? taskMatch[1] : inherited;
    stack.push({ level: h.level, title: h.title, task });
    const s = newSection(docId, h.title, h.level, h.line + 1, stack.map((x) => x.title));
    s.task = task;
    sections.push(s);
  }
  // End lines: up to the line before the next section, trailing blank lines trimmed.
  for (let i = 0; i < sections.length; i++) {
    const nextStart = i + 1 < sections.length ? sections[i + 1].startLine - 1 : lines.length;
    let end = nextStart; // 1-based inclusive = 0-based exclusive
    while (end > sections[i].startLine && lines[end - 1].trim() === '') end--;
    sections[i].endLine = Math.max(sections[i].startLine, end);
    sections[i].markdown = lines.slice(sections[i].startLine - 1, sections[i].endLine).join('\n');
  }
  if (!sections.length) return sections;

  // Pass 2: block tokens → text, links, bold statements, question passages, choice rows.
  const byLine = (line0: number): SectionDraft => {
    let lo = 0, hi = sections.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sections[mid].startLine - 1 <= line0) lo = mid; else hi = mid - 1;
    }
    return sections[lo];
  };
  const texts = new Map<SectionDraft, string[]>();
  const blocks = new Map<SectionDraft, { text: string; line: number }[]>();
  let tableRows: string[][] | undefined;
  let tableLine = 0;
  let tableSection: SectionDraft | undefined;
  let row: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const t = tokens[i];
    const line0 = t.map ? t.map[0] : -1;
    const sec = line0 >= 0 ? byLine(line0) : undefined;
    if (sec && t.map && (t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block' || t.type === 'table_open' || t.type === 'heading_open')) {
      for (let l = t.map[0]; l < t.map[1]; l++) sec.excluded.add(l);
    }
    if (sec && (t.type === 'fence' || t.type === 'code_block')) push(texts, sec, t.content);
    if (sec && t.type === 'html_block') push(texts, sec, stripHtml(t.content));
    if (t.type === 'table_open') { tableRows = []; tableLine = line0; tableSection = sec; }
    if (t.type === 'tr_open') row = [];
    if (t.type === 'tr_close' && tableRows) tableRows.push(row);
    if (t.type === 'table_close' && tableRows && tableSection) {
      tableSection.choiceRows.push(...choiceRows(tableRows, tableLine));
      tableRows = undefined;
    }
    if (t.type !== 'inline') continue;
    const plain = inlinePlain(t);
    if (tableRows) {
      // Table cells have no line map of their own: their text belongs to the table's section.
      row.push(plain.trim());
      if (tableSection) { push(texts, tableSection, plain); collectInline(t, tableSection, tableLine + 1); }
      continue;
    }
    const parentLine = t.map ? t.map[0] : -1;
    const s = parentLine >= 0 ? byLine(parentLine) : undefined;
    if (!s) continue;
    if (tokens[i - 1]?.type === 'heading_open') continue;
    push(texts, s, plain);
    if (tokens[i - 1]?.type === 'paragraph_open') push(blocks, s, { text: plain, line: parentLine + 1 });
    collectInline(t, s, parentLine + 1);
  }
  for (let k = 0; k < sections.length; k++) {
    if (k % (STEP / 4) === STEP / 4 - 1) yield;
    const s = sections[k];
    s.text = oneSpace((texts.get(s) ?? []).join('\n')).trim();
    s.questions = questionPassages(blocks.get(s) ?? []);
    s.cards = extractCards(lines, s.startLine, s.endLine, s.excluded, s.id);
  }
  return sections;
}

/** Runs of spaces and tabs as one space; the text itself (no copy) when it has none to fold, as most have. */
function oneSpace(text: string): string {
  return /\t| {2}/.test(text) ? text.replace(/[ \t]+/g, ' ') : text;
}

function push<T>(map: Map<SectionDraft, T[]>, key: SectionDraft, value: T): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

function firstNonBlank(lines: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (lines[i].trim() !== '') return i;
  return from;
}

/** Plain text of an inline token: text, code, image alt, `<placeholder>`s; markup dropped. */
export function inlinePlain(t: Token | undefined): string {
  if (!t || !t.children) return t?.content ?? '';
  let out = '';
  for (const c of t.children) {
    switch (c.type) {
      case 'text': case 'code_inline': out += c.content; break;
      case 'softbreak': case 'hardbreak': out += ' '; break;
      case 'image': out += c.content ? c.content + ' ' : ''; break;
      case 'html_inline': out += /^<br\s*\/?>$/i.test(c.content) ? ' ' : placeholderText(c.content) ?? ''; break;
      default: break;
    }
  }
  return out;
}

function collectInline(t: Token, s: SectionDraft, line: number): void {
  const children = t.children ?? [];
  let boldDepth = 0;
  let bold = '';
  for (let k = 0; k < children.length; k++) {
    const c = children[k];
    if (c.type === 'link_open') {
      const href = c.attrGet('href') ?? '';
      let text = '';
      for (let j = k + 1; j < children.length && children[j].type !== 'link_close'; j++) text += children[j].content;
      s.links.push({ text: text.trim(), target: href, line });
    } else if (c.type === 'strong_open') {
      if (boldDepth++ === 0) bold = '';
    } else if (c.type === 'strong_close') {
      if (--boldDepth === 0) {
        const statement = bold.replace(/\s+/g, ' ').trim();
        if (statement.split(' ').length >= 3) s.keyStatements.push({ text: statement, line });
      }
      if (boldDepth < 0) boldDepth = 0;
    } else if (boldDepth > 0 && (c.type === 'text' || c.type === 'code_inline')) {
      bold += c.content;
    } else if (boldDepth > 0 && (c.type === 'softbreak' || c.type === 'hardbreak')) {
      bold += ' ';
    }
  }
}

function stripHtml(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
