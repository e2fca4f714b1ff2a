// Calendar days in the user's local time zone, as "YYYY-MM-DD" keys: "answered today" and "due
// tomorrow" mean the user's days, not UTC's.

export function dayKey(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Local midnight at the start of `d`'s day, moved by `days` days. */
export function startOfDay(d: Date, days = 0): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);
}

/** The keys of `count` consecutive days ending with `last` (oldest first). */
export function daysEnding(last: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => dayKey(startOfDay(last, i - count + 1)));
}
