// Structured data in a code block, read where its keys say what it is. Lesson notes write
//  - workload profiles: an object with one choice field (the service picked) and need fields
//      "orders": { "access_pattern": "…", "latency": "…", "recommended_storage": "Amazon DynamoDB" }
//      "archive": { "service": "Amazon S3", "reason": "…" }
//    each a row: the need fields, said in words, are its cue and the service its choice;
//  - families of named siblings: objects keyed "<name>_<noun>" ("parquet_format", "avro_format") under one
//    parent, each with a list of use cases ("use_cases": […]): each name a row, its use cases its cues.
// The code itself is never quoted: only string values of named keys are read, and a cue is composed from them.
import { ChoiceRow, Section } from '../../model';
import { GENERIC, stems } from '../text';

/** Keys whose value is the service picked for the object's workload. */
export const CHOICE_KEY = /^(?:recommended_(?:storage|service|solution|database|store)|service|aws_service|best_service|chosen_service)$/;
/** Keys that say what the workload is (the cue's lead), best first. */
const LEAD_KEYS = ['use_case', 'requirement', 'description', 'pattern', 'reason', 'rationale'];
/** Keys that qualify the need (said after the lead, in this order). */
const QUALIFIER_KEYS = ['access_pattern', 'consistency', 'latency'];
/** Keys of a family member's list of uses. */
const USE_LISTS = ['use_cases', 'best_for', 'when_to_use', 'ideal_for'];
/** Keys of what a member does well or badly: never cues, but a use that echoes another member's is no one's alone. */
const TRAIT_LISTS = ['pros', 'cons', 'advantages', 'disadvantages', 'strengths', 'weaknesses'];
/** The noun a family member's key ends with ("parquet_format" → format). */
const FAMILY_NOUN = /^([a-z0-9]+(?:_[a-z0-9]+)?)_(format|codec|pattern|strategy|approach|architecture|model|mode|engine|style|technique)$/;

/** A family noun as a stem says it: "Which data format …". */
const NOUN_NAMES: Record<string, string> = { format: 'data format', codec: 'compression codec' };
/** A use that names the system the data comes from or goes to (its format is that system's). */
const FROM_SOURCE = /\b(?:ingest\w*|import\w*|export\w*|exchange|feeds?|extracts?|uploads?) (?:\w+ )?(?:from|with|to) (?:(?:the|a|an|our|their) )?(?:legacy|existing|external|third-party|partner|vendor|upstream|source|on-premises|mainframe)\b|\bfrom (?:legacy|mainframe|on-premises) /i;

export interface CodeObject {
  name?: string;
  parent?: CodeObject;
  fields: Map<string, string>;
  lists: Map<string, string[]>;
  /** Line of each field or list. */
  lines: Map<string, number>;
  /** Line of each item of each list. */
  itemLines: Map<string, number[]>;
}

const ITEM = /^\s*["']([^"']{2,200})["']\s*,?\s*$/;

/** The objects of one code block: each with its key, parent, string fields and lists of strings at its own level. */
function objectsOf(lines: string[], firstLine: number): CodeObject[] {
  const out: CodeObject[] = [];
  const stack: CodeObject[] = [];
  let inString = false;
  let list: { key: string; items: string[]; at: number[]; owner: CodeObject } | undefined;
  lines.forEach((raw, i) => {
    // A multi-line string ("""…""", a code sample kept as data) is code, not data: its braces and fields are not read.
    const quotes = (raw.match(/"""|'''/g) ?? []).length;
    const skip = inString || quotes > 0;
    if (quotes % 2 === 1) inString = !inString;
    if (skip) return;
    const line = raw.replace(/\s#.*$/, '');
    const top = stack[stack.length - 1];
    if (list) {
      const item = ITEM.exec(line);
      if (item) { list.items.push(item[1].trim()); list.at.push(firstLine + i); return; }
      if (/^\s*\]/.test(line)) { list.owner.lists.set(list.key, list.items); list.owner.itemLines.set(list.key, list.at); list = undefined; return; }
      list = undefined;
    }
    const field = /^\s*["']([a-z_]+)["']\s*:\s*["']([^"']{2,200})["']\s*,?\s*$/.exec(line);
    if (field && top) { top.fields.set(field[1], field[2].trim()); top.lines.set(field[1], firstLine + i); return; }
    const inline = /^\s*["']([a-z_]+)["']\s*:\s*\[(.*)\]\s*,?\s*$/.exec(line);
    if (inline && top) {
      const items = [...inline[2].matchAll(/["']([^"']{2,200})["']/g)].map((m) => m[1].trim());
      top.lists.set(inline[1], items);
      top.lines.set(inline[1], firstLine + i);
      top.itemLines.set(inline[1], items.map(() => firstLine + i));
      return;
    }
    const open = /^\s*["']([a-z_]+)["']\s*:\s*\[\s*$/.exec(line);
    if (open && top) { list = { key: open[1], items: [], at: [], owner: top }; top.lines.set(open[1], firstLine + i); return; }
    const name = /^\s*["']([a-z0-9_]+)["']\s*:\s*\{/.exec(line)?.[1];
    let first = true;
    for (const ch of line.replace(/["'][^"']*["']/g, '')) {
      if (ch === '{') { stack.push({ name: first ? name : undefined, parent: stack[stack.length - 1], fields: new Map(), lists: new Map(), lines: new Map(), itemLines: new Map() }); first = false; }
      else if (ch === '}') { const o = stack.pop(); if (o) out.push(o); }
    }
  });
  return out;
}

/** The objects of every code block of a section. */
export function sectionObjects(section: Section): CodeObject[] {
  if (!section.markdown.includes('```')) return [];
  const lines = section.markdown.split('\n');
  const out: CodeObject[] = [];
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```/.test(lines[i])) continue;
    if (start < 0) { start = i + 1; continue; }
    out.push(...objectsOf(lines.slice(start, i), section.startLine + start));
    start = -1;
  }
  return out;
}

/** "Amazon S3 with Lifecycle Policies" → "Amazon S3", "Amazon RDS (PostgreSQL)" → "Amazon RDS": the service, not its set-up. */
export function profileService(value: string): string {
  return value.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+(?:with|using|plus|\+)\s+.*$/i, '').trim();
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** The workload of one profile in words: its lead, then its access pattern, consistency and latency. */
export function profileCue(fields: Map<string, string>): string | undefined {
  const leadKey = LEAD_KEYS.find((k) => fields.has(k));
  if (!leadKey) return undefined;
  const lead = fields.get(leadKey)!.replace(/[.;:]+$/, '');
  // Each qualifier said with its key ("latency: minutes to hours acceptable"): without it, "eventually consistent
  // acceptable" and "minutes to hours acceptable" do not say what they are about (blind review r52).
  const qualifiers = QUALIFIER_KEYS.filter((k) => fields.has(k) && k !== leadKey).map((k) => `${k.replace(/_/g, ' ')}: ${lowerFirst(fields.get(k)!.replace(/[.;:]+$/, ''))}`);
  // A reason alone ("Fast lookups for loyalty points") justifies a pick made elsewhere: one phrase that several stores
  // meet as well (a cache, a relational engine), so no workload to choose by (blind reviews r26–r27).
  if (!qualifiers.length && (leadKey === 'reason' || leadKey === 'rationale')) return undefined;
  return qualifiers.length ? `${lead} (${qualifiers.join('; ')})` : lead;
}

/** The workload profiles of a section's code blocks as choice rows, one per service (its cues in the order written). */
export function profileRows(section: Section): ChoiceRow[] {
  const rows = new Map<string, ChoiceRow>();
  for (const o of sectionObjects(section)) {
    const choiceKey = [...o.fields.keys()].find((k) => CHOICE_KEY.test(k));
    const cue = choiceKey ? profileCue(o.fields) : undefined;
    if (!choiceKey || !cue) continue;
    const choice = profileService(o.fields.get(choiceKey)!);
    const line = o.lines.get(choiceKey)!;
    const row = rows.get(choice.toLowerCase());
    if (!row) rows.set(choice.toLowerCase(), { choice, cues: [cue], line, cueLines: [line] });
    else if (!row.cues.includes(cue)) { row.cues.push(cue); row.cueLines!.push(line); }
  }
  return [...rows.values()];
}

/**
 * A member's name as the note writes it: "csv" → "CSV" and "avro" → "Avro" when the section spells them so
 * (the most frequent capitalised spelling), else the key's words capitalised.
 */
export function writtenName(key: string, markdown: string): string {
  const words = key.split('_');
  return words.map((w) => {
    const counts = new Map<string, number>();
    for (const m of markdown.matchAll(new RegExp(`\\b${w}\\b`, 'gi'))) if (/^[A-Z]/.test(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    return best ?? w.charAt(0).toUpperCase() + w.slice(1);
  }).join(' ');
}

const content = (s: string) => [...stems(s.toLowerCase())].filter((w) => w.length > 2 && !GENERIC.has(w));

/**
 * Families of named siblings with their use cases, as choice rows: three or more objects under one parent whose
 * keys end with the same noun ("csv_format", "parquet_format", "avro_format"). A use that shares half its
 * content words with a use or trait of another member ("Schema evolution scenarios" beside another format's
 * "Schema evolution support") fits that member too and is left out.
 */
export function familyRows(section: Section): { noun: string; rows: ChoiceRow[] } | undefined {
  const groups = new Map<CodeObject | undefined, { noun: string; o: CodeObject; name: string }[]>();
  for (const o of sectionObjects(section)) {
    const m = o.name ? FAMILY_NOUN.exec(o.name) : null;
    if (!m || !USE_LISTS.some((k) => o.lists.get(k)?.length)) continue;
    groups.set(o.parent, [...(groups.get(o.parent) ?? []), { noun: m[2], o, name: m[1] }]);
  }
  for (const members of groups.values()) {
    const noun = members[0].noun;
    if (members.length < 3 || members.some((x) => x.noun !== noun)) continue;
    const uses = members.map((x) => USE_LISTS.flatMap((k) => x.o.lists.get(k) ?? []));
    const useLines = members.map((x) => USE_LISTS.flatMap((k) => x.o.itemLines.get(k) ?? []));
    const said = members.map((x, i) => [...uses[i], ...TRAIT_LISTS.flatMap((k) => x.o.lists.get(k) ?? [])].map(content));
    const rows = members.map((x, i): ChoiceRow => {
      const kept = uses[i].map((u, k) => ({ u, line: useLines[i][k] })).filter(({ u }) => {
        const words = content(u);
        return words.length && !said.some((other, j) => j !== i && other.some((w) => w.filter((v) => words.includes(v)).length * 2 >= Math.min(words.length, w.length)));
      });
      const line = x.o.lines.get(USE_LISTS.find((k) => x.o.lists.has(k))!)!;
      return { choice: writtenName(x.name, section.markdown), cues: kept.map((c) => c.u), line, cueLines: kept.map((c) => c.line) };
    });
    // A use that names a product or technology ("Kafka message serialization", "Data lake storage for Athena queries")
    // is the member's own; a generic one ("data exchange with third-party vendors") may fit a sibling as well.
    for (const r of rows) {
      // A use that says where the data comes from ("ingestion from legacy POS systems") names what the source system
      // exports, not a design choice: any format fits it (blind reviews r31 and r33).
      const named = r.cues.map((c, k) => ({ c, line: r.cueLines![k] })).filter(({ c }) => /(?:^|\s)[A-Z][a-z]*[A-Z][\w-]*|\s[A-Z][a-z][\w-]*|\b[A-Z]{2,}\b/.test(c) && !FROM_SOURCE.test(c));
      r.cues = named.map((x) => x.c);
      r.cueLines = named.map((x) => x.line);
    }
    if (rows.filter((r) => r.cues.length).length >= 2) return { noun: NOUN_NAMES[noun] ?? noun, rows };
  }
  return undefined;
}
