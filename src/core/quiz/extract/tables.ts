// Table idioms: a comparison note's "Choose … | When …" table (the parser's choice rows), and a mapping
// table with any header: one column of services or short terms, one of uses or descriptions
// ("Service | Best for", "Format | Description", "Prefix | Contents"). Each row is a claim: these cues
// point to this choice, and to none of the sibling rows.
import { ChoiceRow, NoteDocument, Section, Service } from '../../model';
import type { QuizContext } from '../context';
import { isRetired } from '../serviceTraits';
import { namesService, stripMd, withoutVendor } from '../text';
import { nearKind, sameKind } from '../serviceKinds';
import { familyRows, profileRows } from './codeProfiles';

export interface ChoiceTable {
  doc: NoteDocument;
  section: Section;
  rows: ChoiceRow[];
  /** Service id of each row when every row is essentially one distinct service. */
  rowIds?: string[];
  labels: string[];
  noun: string;
  /** 'choose': cues are requirements ("when …"); 'mapping': cues are descriptions or uses. */
  style: 'choose' | 'mapping';
  /** A mapping table whose cue column is a use case ("Ideal Use Case"), not a description. */
  useCase?: boolean;
  /** The service the noun was given from the note's title ("Kinesis Data Streams" of "… throughput fix"). */
  owner?: string;
  /** Per row, the words that name it in a "Why not the others" cell (computed on first use). */
  forms?: string[][];
}

/** Cells of the pipe tables of a section's markdown, with the 1-based line of each body row. */
export function markdownTables(section: Section): { head: string[]; rows: { cells: string[]; line: number }[] }[] {
  const lines = section.markdown.split('\n');
  const out: { head: string[]; rows: { cells: string[]; line: number }[] }[] = [];
  const cells = (l: string) => l.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\s*\|?.*\|/.test(lines[i]) || !/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(lines[i + 1])) continue;
    const head = cells(lines[i]);
    const rows: { cells: string[]; line: number }[] = [];
    let j = i + 2;
    for (; j < lines.length && /\|/.test(lines[j]) && lines[j].trim(); j++) rows.push({ cells: cells(lines[j]), line: section.startLine + j });
    out.push({ head, rows });
    i = j - 1;
  }
  return out;
}

const NOUN_HEAD = /^(service|feature|format|tool|option|storage class|class|mode|type|style|prefix|engine|pattern|layer|tier|strategy|technique|approach|concept|term|table|function|command|index|key)s?$/i;
const USE_HEAD = /\b(use|used|when|best|for|purpose|description|what|meaning|does|role|why|scenario|ideal|good)\b/i;
// A later column that says what each row is for: a use case first, else a purpose or description.
const USE_CASE_HEAD = /\b(?:use case|best for|ideal for|when to use|exam use|best use)\b/i;
const PURPOSE_HEAD = /\b(?:purpose|primary function|description|behavior|behaviour|meaning|what it does)\b/i;
// A first column that names a kind of thing ("Storage Class", "Compression Codec", "Distribution Style").
const KIND_HEAD = /^(?:[A-Za-z]+\s){0,2}(?:service|format|tool|class|mode|type|style|prefix|engine|codec|method|mechanism|component|concept|strategy|technique|tier|option|layer|pattern)s?$/i;

/** "storage class" under "S3 Storage Classes Matrix" → "S3 storage class": the heading says whose. */
function nounFromTitle(noun: string, title: string): string {
  const words = noun.split(' ').map((w) => w.replace(/[^\w-]/g, ''));
  const re = new RegExp(`((?:[A-Z0-9][\\w-]*\\s+){1,2}?)${words.join('\\s+')}(?:e?s)?\\b`, 'i');
  const owner = re.exec(title.replace(/^[^\w]+/u, '').replace(/^\d+[.)]\s*/, ''))?.[1].trim();
  // Only an owner that is a name ("S3", "Redshift"), not a ranking ("Essential AWS", "Key", "Top").
  return owner && /^[A-Z0-9]/.test(owner) && !/\b(?:key|the|a|an|and|vs|data|common|essential|core|main|important|other|top|high|advanced|basic|aws|amazon)\b/i.test(owner) ? `${owner} ${noun}` : noun;
}

/**
 * "throughput fix" in a note titled "Kinesis Data Streams throughput fixes: …" → "Kinesis Data Streams throughput
 * fix": a comparison heading ("Choose a throughput fix when") drops the service its note is about, and a stem
 * without it names no subject (blind review r8). Only an owner that names a service; a noun that already names
 * one ("Step Functions feature") is kept.
 */
export function ownedNoun(ctx: QuizContext, noun: string, docTitle: string): string {
  if (ctx.servicesIn(noun).length) return noun;
  const head = docTitle.split(':')[0].trim();
  const words = noun.split(/\s+/).map((w) => w.replace(/[^\w-]/g, '')).join('\\s+');
  const m = new RegExp(`^(.+?)\\s+${words}(?:e?s)?$`, 'i').exec(head);
  const owner = m ? withoutVendor(m[1]).trim() : undefined;
  // "Lambda" alone is a common word to the matcher: the owner is read with its prefix too.
  const names = (o: string) => ctx.servicesIn(o).length || ctx.servicesIn(`AWS ${o}`).length || ctx.servicesIn(`Amazon ${o}`).length;
  return owner && names(m![1]) ? `${owner} ${noun}` : noun;
}

/** The column of a table that gives each row's use: 1 for two-column tables, else a use-case or purpose header. */
function useColumn(head: string[]): number {
  const clean = head.map((h) => h.replace(/[*_`]/g, '').trim());
  if (clean.length === 2) return 1;
  const u = clean.findIndex((h, i) => i > 0 && USE_CASE_HEAD.test(h));
  if (u > 0) return u;
  return clean.findIndex((h, i) => i > 0 && PURPOSE_HEAD.test(h));
}

/** A mapping table's rows as choice rows: column A the choice, the use column its one cue. */
function mappingRows(ctx: QuizContext, section: Section): { rows: ChoiceRow[]; noun: string; serviceTable: boolean; useCase: boolean } | undefined {
  for (const t of markdownTables(section)) {
    if (t.head.length < 2 || t.rows.length < 3) continue;
    const a = t.head[0].replace(/[*_`]/g, '').trim();
    const u = useColumn(t.head);
    if (u < 1) continue;
    const b = t.head[u].replace(/[*_`]/g, '').trim();
    const body = t.rows.filter((r) => stripMd(r.cells[0] ?? '') && stripMd(r.cells[u] ?? ''));
    if (body.length < 3) continue;
    const services = body.filter((r) => ctx.essentialService(r.cells[0])).length;
    const short = body.every((r) => stripMd(r.cells[0]).split(/\s+/).length <= 5 && stripMd(r.cells[0]).length <= 48);
    const descriptive = body.filter((r) => stripMd(r.cells[u]).split(/\s+/).length >= 3).length >= body.length * 0.8;
    const serviceTable = services === body.length;
    if (!short || !descriptive) continue;
    // A comparison matrix ("Feature | S3 | EventBridge") lists attributes, not choices.
    const kind = NOUN_HEAD.test(a) || KIND_HEAD.test(a);
    if (!serviceTable && !(kind && USE_HEAD.test(b))) continue;
    if (/^(?:feature|characteristic|aspect|attribute|criteria|dimension)s?$/i.test(a)) continue;
    // Paths, week ranges and the like are not answers anyone studies.
    if (body.some((r) => /\/\s*$|^[\w.-]+\/|^weeks?\s+\d/i.test(stripMd(r.cells[0])))) continue;
    // Two columns of services ("Source | Target") or yes/no grids are not mappings.
    if (body.filter((r) => ctx.essentialService(r.cells[u])).length > body.length / 2) continue;
    if (body.some((r) => /^(?:yes|no|✅|❌|✓|✗|-)$/i.test(stripMd(r.cells[u])))) continue;
    const noun = serviceTable ? 'service' : kind ? nounFromTitle(a.toLowerCase().replace(/([^s])s$/, '$1'), section.title) : 'option';
    return { rows: body.map((r) => ({ choice: r.cells[0], cues: [r.cells[u]], line: r.line })), noun, serviceTable, useCase: USE_CASE_HEAD.test(b) };
  }
  return undefined;
}

const USE_ROW = /^(?:best for|ideal use cases?|primary use cases?|use cases?|when to use|typical use|exam use case)$/i;

/**
 * An "X vs Y" matrix ("Feature | Amazon Athena | Redshift Spectrum") whose columns are services and one of
 * whose rows says what each is for ("Best For", "Use Case"): each column is a choice with that cell as cue.
 */
function matrixColumns(ctx: QuizContext, section: Section): { rows: ChoiceRow[] } | undefined {
  for (const t of markdownTables(section)) {
    // A retired service (Snowmobile) is neither a key nor a fair distractor: its column is left out.
    const cols = t.head.slice(1).map((h) => stripMd(h)).filter((c) => { const id = ctx.essentialService(c); return !id || !isRetired(ctx.service(id)!); });
    if (cols.length < 2 || !cols.every((c) => ctx.essentialService(c))) continue;
    const at = (c: string) => t.head.findIndex((h) => stripMd(h) === c);
    const use = t.rows.find((r) => USE_ROW.test(stripMd(r.cells[0] ?? '')));
    if (!use || cols.some((c) => stripMd(use.cells[at(c)] ?? '').split(/\s+/).length < 3)) continue;
    return { rows: cols.map((c) => ({ choice: c, cues: [use.cells[at(c)]], line: use.line })) };
  }
  return undefined;
}

/** The rows that name one service, each relabelled with the catalog's name; the others left out. */
function officialRows(ctx: QuizContext, rows: ChoiceRow[]): ChoiceRow[] {
  const out: ChoiceRow[] = [];
  for (const r of rows) {
    const text = stripMd(r.choice);
    const id = ctx.essentialService(text) ?? ctx.essentialService(withoutVendor(text));
    const s = id ? ctx.service(id) : undefined;
    if (!s || /\bfamily\b/i.test(s.name) || isRetired(s)) continue;
    out.push({ ...r, choice: s.name });
  }
  return out;
}

export function indexChoiceTables(ctx: QuizContext, docs: NoteDocument[]): void {
  for (const doc of docs) {
    if (doc.kind === 'practice-exam') continue;
    for (const section of doc.sections) {
      let rows = section.choiceRows;
      let style: ChoiceTable['style'] = 'choose';
      let headNoun: string | undefined;
      let useCase = false;
      if (rows.length < 2) {
        const m = mappingRows(ctx, section);
        const x = m ? undefined : matrixColumns(ctx, section);
        // Structured data in a code block (codeProfiles.ts): workload profiles map uses to services; a family of
        // named siblings ("parquet_format", "avro_format") maps uses to its members.
        const p = m || x ? [] : profileRows(section);
        const f = m || x || p.length >= 3 ? undefined : familyRows(section);
        if (!m && !x && p.length < 3 && !f) continue;
        rows = m?.rows ?? x?.rows ?? f?.rows ?? p;
        style = 'mapping';
        headNoun = m?.noun ?? f?.noun ?? 'service';
        useCase = m?.useCase ?? true;
      }
      // A user's table of services ("Service | Primary Function | Exam Use Case"): each row named by the
      // catalog's name ("AWS EventBridge" is Amazon EventBridge), and rows that are no service — a feature or
      // setting ("SQS DLQ"), an umbrella brand ("Amazon Kinesis (service family)") — are no options (r4).
      if (doc.source === 'user' && style === 'mapping' && /\bservice$/.test(headNoun ?? '')) {
        const before = rows.length;
        rows = officialRows(ctx, rows);
        if (rows.length < 2 || (rows.length < before && rows.length < 3)) continue;
      }
      // A row that names a mechanism of a service ("S3 bucket policy", "Lake Formation permissions") is that
      // mechanism, not the service: keyed as the service, the stem's "bucket" gave it away (blind review r9).
      const ids = rows.map((r) => (isMechanism(r.choice) ? undefined : ctx.essentialService(r.choice)));
      const serviceTable = ids.every((x) => !!x) && new Set(ids).size === ids.length;
      const rowIds = serviceTable ? ids as string[] : undefined;
      const labels = rows.map((r, i) => (rowIds ? ctx.service(rowIds[i])!.name : stripMd(r.choice).replace(/\s*\([^)]*\)$/, '')));
      if (new Set(labels.map((l) => l.toLowerCase())).size !== labels.length) continue;
      const m = /^choose (?:an? )?([a-z][a-z0-9 -]*?) when\b/i.exec(section.title);
      // The title's own case: "Choose an Athena technique when" asks "Which Athena technique …".
      const noun = rowIds ? 'service' : m ? ownedNoun(ctx, m[1], doc.title) : headNoun ?? 'option';
      const owner = m && noun !== m[1] ? noun.slice(0, noun.length - m[1].length).trim() : undefined;
      const table: ChoiceTable = { doc, section, rows, rowIds, labels, noun, style, useCase, owner };
      ctx.tableBySection.set(section, table);
      if (rowIds) {
        // A user's list of a domain's services is no comparison: only rows of one kind are rivals.
        const rivals = (a: string, b: string) => doc.source !== 'user' || style !== 'mapping' || sameKind(ctx.service(a)!, ctx.service(b)!) || nearKind(ctx.service(a)!, ctx.service(b)!);
        for (const a of rowIds) for (const b of rowIds) if (a !== b && rivals(a, b)) {
          const set = ctx.competitors.get(a) ?? new Set<string>();
          set.add(b);
          ctx.competitors.set(a, set);
        }
      } else {
        labels.forEach((l, row) => { if (!ctx.labelIndex.has(l.toLowerCase())) ctx.labelIndex.set(l.toLowerCase(), { table, row }); });
      }
    }
  }
}

/**
 * The table row a choice names, the note's own table first: "On-demand capacity mode" is a row of the Kinesis
 * throughput table and of the DynamoDB capacity table, and an exam trap of the Kinesis note offered DynamoDB's
 * rows (global secondary indexes, TTL) as stream fixes (blind review r8).
 */
export function labelRow(ctx: QuizContext, choice: string, doc: NoteDocument): { table: ChoiceTable; row: number } | undefined {
  const key = choice.toLowerCase();
  for (const table of ctx.tableBySection.values()) {
    if (table.doc !== doc || table.rowIds) continue;
    const row = table.labels.findIndex((l) => l.toLowerCase() === key);
    if (row >= 0) return { table, row };
  }
  // A user's service note keyed to a row of another service's table names that service's feature (QuickSight's
  // row-level security read as a row of a Redshift governance table, blind review r52): not this row.
  const found = ctx.labelIndex.get(key);
  return found && doc.source === 'user' && otherServicesTable(ctx, doc, found.table) ? undefined : found;
}

/** The table is about other services than the user's service note (by its note's service or title), none of them this one. */
function otherServicesTable(ctx: QuizContext, doc: NoteDocument, table: ChoiceTable): boolean {
  const own = doc.serviceId ? ctx.service(doc.serviceId) : undefined;
  if (!own) return false;
  const theirs = (table.doc.serviceId ? [table.doc.serviceId] : ctx.servicesIn(table.doc.title)).map((id) => ctx.service(id)).filter((s): s is Service => !!s);
  // "Amazon S3 Performance & Optimization" and Amazon S3 are one service's notes.
  return theirs.length > 0 && !theirs.some((t) => t.id === own.id || namesService(own.name, t) || namesService(t.name, own));
}

/** "Which throughput fix suits …?" → "Which Kinesis Data Streams throughput fix suits …?": the stem names the table's service. */
export function ownedStem(table: ChoiceTable, stem: string): string {
  if (!table.owner || stem.toLowerCase().includes(table.noun.toLowerCase())) return stem;
  const bare = table.noun.slice(table.owner.length).trim();
  return stem.replace(new RegExp(`^(Which|What)\\s+(${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\b`, 'i'), `$1 ${table.owner} $2`);
}

/** A table row naming a policy, permission, filter or mode of a service rather than the service itself. */
export const isMechanism = (choice: string): boolean => /\b(?:polic(?:y|ies)|permissions?|filters?|modes?|grants?)\b/i.test(stripMd(choice));
