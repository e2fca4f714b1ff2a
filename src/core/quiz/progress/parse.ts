// Reading progress JSON of any known version: validated entry by entry, malformed ones dropped and
// counted, version 1 migrated, fields of newer versions carried along.
import { Grade, isGrade, Scheduler, validStoredCard } from '../scheduler';
import { DayTally, emptyProgress, ExamRecord, KNOWN_TOP_LEVEL, PROGRESS_SCHEMA, ProgressData, ProgressItem } from './types';

export class ProgressFormatError extends Error {}

function validItem(x: unknown): x is ProgressItem {
  const i = x as ProgressItem;
  return !!i && typeof i === 'object' && validStoredCard(i.card)
    && [i.seen, i.correct, i.wrong].every((n) => Number.isInteger(n) && n >= 0)
    && typeof i.lastAnswered === 'string' && !Number.isNaN(Date.parse(i.lastAnswered))
    && typeof i.lastCorrect === 'boolean' && (i.lastGrade === undefined || isGrade(i.lastGrade))
    && (i.reported === undefined || (typeof i.reported === 'object' && typeof i.reported.at === 'string' && typeof i.reported.reason === 'string'));
}

function validTally(x: unknown): x is DayTally {
  const t = x as DayTally;
  return !!t && typeof t === 'object' && Number.isInteger(t.answered) && Number.isInteger(t.correct) && t.correct >= 0 && t.answered >= t.correct;
}

/** The valid days of a stored `daily` record (malformed days are dropped, the rest kept). */
function parseDaily(raw: unknown): Record<string, DayTally> | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const out: Record<string, DayTally> = {};
  for (const [day, t] of Object.entries(raw as Record<string, unknown>)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(day) && validTally(t)) out[day] = { answered: t.answered, correct: t.correct };
  }
  return out;
}

function validExam(x: unknown): x is ExamRecord {
  const e = x as ExamRecord;
  return !!e && typeof e === 'object' && typeof e.at === 'string' && !Number.isNaN(Date.parse(e.at))
    && [e.durationSec, e.total, e.correct].every((n) => typeof n === 'number' && n >= 0)
    && !!e.byDomain && typeof e.byDomain === 'object';
}

export interface ParsedProgress {
  data: ProgressData;
  /** The version the text was in (older versions were migrated). */
  fromVersion: number;
  /** Entries that were dropped because they were malformed. */
  dropped: number;
}

/**
 * Reads progress JSON of any known version and returns it in the current version. Throws
 * ProgressFormatError with a readable reason when the text is not progress at all.
 */
export function parseProgress(text: string, scheduler: Scheduler, now: Date): ParsedProgress {
  if (!text.trim()) throw new ProgressFormatError('the file is empty');
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (e) { throw new ProgressFormatError(`not valid JSON: ${(e as Error).message}`); }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ProgressFormatError('not a JSON object');
  const o = raw as Record<string, unknown>;
  if (o.schema !== undefined && o.schema !== PROGRESS_SCHEMA) throw new ProgressFormatError(`schema is ${JSON.stringify(o.schema)}, not "${PROGRESS_SCHEMA}"`);
  const version = o.version;
  if (version === 1) return migrateV1(o, scheduler, now);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ProgressFormatError(`missing or unknown version ${JSON.stringify(version)}`);
  // Version 2, or a newer version whose version-2 fields we can still read.
  if (!o.items || typeof o.items !== 'object' || Array.isArray(o.items)) throw new ProgressFormatError('"items" is missing or not an object');
  const data = emptyProgress(now);
  let dropped = 0;
  for (const [id, item] of Object.entries(o.items as Record<string, unknown>)) {
    if (validItem(item)) data.items[id] = item; else dropped++;
  }
  for (const e of Array.isArray(o.exams) ? o.exams : []) { if (validExam(e)) data.exams.push(e); else dropped++; }
  if (typeof o.updatedAt === 'string' && !Number.isNaN(Date.parse(o.updatedAt))) data.updatedAt = o.updatedAt;
  if (typeof o.resetAt === 'string' && !Number.isNaN(Date.parse(o.resetAt))) data.resetAt = o.resetAt;
  for (const [key, value] of Object.entries(o)) if (!KNOWN_TOP_LEVEL.has(key)) (data as unknown as Record<string, unknown>)[key] = value;
  const daily = parseDaily(o.daily);
  if (daily) data.daily = daily;
  return { data, fromVersion: version, dropped };
}

/** Version 1 → 2: each answered question becomes an FSRS card, graded by its last known result. */
function migrateV1(o: Record<string, unknown>, scheduler: Scheduler, now: Date): ParsedProgress {
  const answers = o.answers;
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) throw new ProgressFormatError('version 1 file without "answers"');
  const data = emptyProgress(now);
  let dropped = 0;
  for (const [id, a] of Object.entries(answers as Record<string, { correct?: unknown; wrong?: unknown; lastSeen?: unknown }>)) {
    const correct = Number(a?.correct ?? 0);
    const wrong = Number(a?.wrong ?? 0);
    if (!Number.isInteger(correct) || !Number.isInteger(wrong) || correct < 0 || wrong < 0 || correct + wrong === 0) { dropped++; continue; }
    const seenAt = typeof a.lastSeen === 'string' && !Number.isNaN(Date.parse(a.lastSeen)) ? new Date(a.lastSeen) : now;
    // Version 1 kept no order of answers: a question ever answered wrong is treated as due for review.
    const grade: Grade = wrong > 0 ? 1 : 3;
    data.items[id] = {
      card: scheduler.review(undefined, grade, seenAt), seen: correct + wrong, correct, wrong,
      lastAnswered: seenAt.toISOString(), lastCorrect: wrong === 0, lastGrade: grade,
    };
  }
  return { data, fromVersion: 1, dropped };
}

