// Answers of pure functions of a text, kept while one bank is built and freed with it (bank.ts calls
// releaseMemos at the end of every build, as it calls releaseStems). The gate asks the same name and stem
// questions of the same strings thousands of times per build (the wrong options of every draft are the same
// few hundred names): each distinct text is worked out once per build.

const tables: Map<string, unknown>[] = [];

/** Past this many entries a table starts over: callers outside a bank build never grow it without bound. */
export const MEMO_LIMIT = 100_000;

/** `fn`, answering each distinct text once until releaseMemos. The answer is shared: callers must not change it. */
export function memoText<T>(fn: (text: string) => T): (text: string) => T {
  const table = new Map<string, T>();
  tables.push(table);
  return (text) => {
    const hit = table.get(text);
    if (hit !== undefined || table.has(text)) return hit as T;
    if (table.size >= MEMO_LIMIT) table.clear();
    const v = fn(text);
    table.set(text, v);
    return v;
  };
}

/** Frees every table memoText made (the bank calls it once built). */
export function releaseMemos(): void {
  for (const t of tables) t.clear();
}

/** Entries kept in all tables (for tests). */
export function memoSize(): number {
  return tables.reduce((n, t) => n + t.size, 0);
}
