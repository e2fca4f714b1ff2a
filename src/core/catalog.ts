// Reads and validates the service catalog entry in a service note's front matter.
import { IDENTIFIER_KINDS, IdentifierKind, NoteKind, Service } from './model';

export const NOTE_KINDS: readonly NoteKind[] = ['service', 'domain', 'comparison', 'concept', 'note', 'practice-exam'];

export interface FieldProblem {
  key: string;
  message: string;
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TASK_PATTERN = /^[1-4]\.[1-5]$/;

export function readKind(data: Record<string, unknown>, problems: FieldProblem[]): NoteKind {
  const kind = data.kind;
  if (kind === undefined) return data.id !== undefined ? 'service' : 'note';
  if (typeof kind === 'string' && (NOTE_KINDS as readonly string[]).includes(kind)) return kind as NoteKind;
  problems.push({ key: 'kind', message: `unknown kind ${JSON.stringify(kind)}; expected one of ${NOTE_KINDS.join(', ')}` });
  return 'note';
}

export function readDomains(data: Record<string, unknown>, problems: FieldProblem[]): number[] {
  const raw = data.domains ?? data.domain;
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const out: number[] = [];
  for (const d of list) {
    const n = typeof d === 'number' ? d : Number(String(d).replace(/^d/i, ''));
    if (Number.isInteger(n) && n >= 1 && n <= 4) out.push(n);
    else problems.push({ key: 'domains', message: `domain ${JSON.stringify(d)} is not 1, 2, 3 or 4` });
  }
  return [...new Set(out)].sort();
}

export function readTasks(data: Record<string, unknown>, problems: FieldProblem[]): string[] {
  const raw = data.tasks;
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const t of list) {
    const s = typeof t === 'number' ? t.toFixed(1) : String(t);
    if (TASK_PATTERN.test(s)) out.push(s);
    else problems.push({ key: 'tasks', message: `task ${JSON.stringify(t)} is not a task statement such as "1.1"` });
  }
  return [...new Set(out)];
}

function stringList(data: Record<string, unknown>, key: string, problems: FieldProblem[]): string[] {
  const raw = data[key];
  if (raw === undefined || raw === null) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v === 'string' && v.trim()) out.push(v.trim());
    else if (typeof v === 'number') out.push(String(v));
    else problems.push({ key, message: `${key} must be a list of strings` });
  }
  return out;
}

function optionalString(data: Record<string, unknown>, key: string, problems: FieldProblem[]): string | undefined {
  const v = data[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  problems.push({ key, message: `${key} must be a string` });
  return undefined;
}

/** Returns the catalog entry of a service note, or undefined (with problems) when it is unusable. */
export function readService(
  data: Record<string, unknown>, file: string, line: number, problems: FieldProblem[],
): Service | undefined {
  const id = optionalString(data, 'id', problems);
  const name = optionalString(data, 'name', problems) ?? optionalString(data, 'title', problems);
  if (!id) { problems.push({ key: 'id', message: 'a service note needs an id' }); return undefined; }
  if (!ID_PATTERN.test(id)) { problems.push({ key: 'id', message: `id ${JSON.stringify(id)} must be lower-case words joined by -` }); return undefined; }
  if (!name) { problems.push({ key: 'name', message: 'a service note needs a name' }); return undefined; }

  const identifiers: Service['identifiers'] = {};
  const rawIds = data.identifiers;
  if (rawIds !== undefined && rawIds !== null) {
    if (typeof rawIds !== 'object' || Array.isArray(rawIds)) {
      problems.push({ key: 'identifiers', message: 'identifiers must be a map such as boto3: [glue]' });
    } else {
      for (const [key, value] of Object.entries(rawIds as Record<string, unknown>)) {
        if (!(IDENTIFIER_KINDS as readonly string[]).includes(key)) {
          problems.push({ key: 'identifiers', message: `unknown identifier kind ${JSON.stringify(key)}; expected ${IDENTIFIER_KINDS.join(', ')}` });
          continue;
        }
        const values = stringList({ [key]: value }, key, problems);
        if (values.length) identifiers[key as IdentifierKind] = values;
      }
    }
  }
  const parent = optionalString(data, 'parent', problems);
  if (parent !== undefined && !ID_PATTERN.test(parent)) problems.push({ key: 'parent', message: `parent ${JSON.stringify(parent)} is not a service id` });

  return {
    id,
    name,
    shortName: optionalString(data, 'shortName', problems),
    formerNames: stringList(data, 'formerNames', problems),
    aliases: stringList(data, 'aliases', problems),
    ambiguous: stringList(data, 'ambiguous', problems),
    category: optionalString(data, 'category', problems) ?? 'Other',
    parent: parent && ID_PATTERN.test(parent) ? parent : undefined,
    scope: optionalString(data, 'scope', problems),
    description: optionalString(data, 'description', problems) ?? '',
    docs: optionalString(data, 'docs', problems),
    domains: readDomains(data, []),
    tasks: readTasks(data, []),
    identifiers,
    file,
    line,
    keyFacts: [],
  };
}

/** Every name a service can be called by in prose, longest first. */
export function serviceNames(s: Service): string[] {
  const names = [s.name, s.shortName ?? '', ...s.formerNames, ...s.aliases].filter(Boolean);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}
