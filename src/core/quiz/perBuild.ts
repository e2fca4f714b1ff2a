// State a gate check keeps for one bank build: the bank passes one `seen` map per build, so a table keyed by
// that map lives exactly as long as the build and never leaks into the next one.

/** A lookup that gives each bank build (its `seen` map) its own table, made on first use. */
export function perBuild<T>(make: () => T): (seen: Map<string, string>) => T {
  const byBuild = new WeakMap<Map<string, string>, T>();
  return (seen) => {
    let table = byBuild.get(seen);
    if (table === undefined) { table = make(); byBuild.set(seen, table); }
    return table;
  };
}
