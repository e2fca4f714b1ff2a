// Two feature names where every word of one is in the other ("S3 Cross-Region Replication" and "S3 Tables
// Cross-Region Replication", "S3 Storage Lens" and "S3 Storage Lens Groups") name one feature and a narrower
// form of it: whatever need the one meets, the other meets for its own resources, so the two are never key
// and wrong option of one question.
const words = (name: string) => name.toLowerCase().replace(/\s*\([^)]*\)/g, ' ').replace(/^(?:amazon|aws)\s+/, '').split(/[^a-z0-9]+/).filter(Boolean);

/** True when one name's words all appear in the other's (the same feature, or one a variant of the other). */
export function featureVariant(a: string, b: string): boolean {
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length);
  if (!short.length) return false;
  const set = new Set(long);
  return short.every((w) => set.has(w));
}
