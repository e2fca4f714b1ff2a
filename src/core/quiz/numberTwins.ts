// One number fact, one question (blind review r14): a card and a cloze of the same note sentence ("What is the
// baseline IOPS of a gp3 volume?" beside "Gp3 includes a baseline of 3,000 IOPS and ___") either ask one value
// twice or the one's stem states the other's key. The gate's exact fact key misses both when the key's unit is a
// count noun ("5" beside "5 targets") or when one stem names a second service ("Lambda container images pulled
// from ECR"): here a value is one amount whatever its count noun, and two questions are about one fact when
// they share a service (the services the stems name, and the note's own).
import { baseQuantity, BARE_NUMBER, parseNumber, quantities } from './numbers';

/**
 * One amount whatever its unit: "24 hours" and "1 day" are one duration. A count keeps its noun ("5 targets" is
 * not "5 consumers"), and a bare count ("5") is read as any noun: `n5` and `n5:targets`.
 */
export function amountOf(text: string): string | undefined {
  const t = text.trim();
  if (BARE_NUMBER.test(t)) return `n${parseNumber(t)}`;
  const q = quantities(t)[0];
  if (!q || q.index !== 0) return undefined;
  const b = baseQuantity(q.value, q.unit);
  return b ? `${b.base}${Number(b.value.toPrecision(6))}` : `n${q.value}:${q.unit.toLowerCase().replace(/s$/, '')}`;
}

/** The keys an amount is recorded under: a counted amount also as a bare count, a bare one also as "any noun". */
function recordedAs(amount: string): string[] {
  if (/^n[\d.]+:/.test(amount)) return [amount, amount.replace(/:.*$/, '')];
  return /^n[\d.]+$/.test(amount) ? [amount, `${amount}:*`] : [amount];
}

/** The keys an amount is looked up under: a counted amount also matches a bare count. */
function lookedUpAs(amount: string): string[] {
  return /^n[\d.]+:/.test(amount) ? [amount, `${amount.replace(/:.*$/, '')}:*`] : [amount];
}

/** The amounts a stem states outside its blank (a cloze's other numbers, a card's stem numbers). */
export function statedAmounts(stem: string): string[] {
  return [...new Set(quantities(stem).map((q) => amountOf(`${q.raw} ${q.unit}`)).filter((x): x is string => !!x))];
}

const keyed = (amount: string, service: string) => `numkey:${amount}:${service}`;
const stated = (amount: string, service: string) => `numstated:${amount}:${service}`;

/**
 * Where an earlier number question already covers this one: it keyed the same amount about a shared service,
 * it stated this key in its stem, or this stem states its key.
 */
export function numberTwin(key: string, stem: string, services: readonly string[], seen: Map<string, string>): string | undefined {
  const amount = amountOf(key);
  if (!amount) return undefined;
  const others = statedAmounts(stem).filter((a) => a !== amount);
  for (const s of services) {
    const hit = lookedUpAs(amount).map((a) => seen.get(keyed(a, s)) ?? seen.get(stated(a, s))).find(Boolean)
      ?? others.flatMap(lookedUpAs).map((a) => seen.get(keyed(a, s))).find(Boolean);
    if (hit) return hit;
  }
  return undefined;
}

/** Records a number question's key and the other amounts its stem states, under each service it is about. */
export function recordNumber(key: string, stem: string, services: readonly string[], at: string, seen: Map<string, string>): void {
  const amount = amountOf(key);
  if (!amount) return;
  const put = (k: string) => { if (!seen.has(k)) seen.set(k, at); };
  for (const s of services) {
    for (const a of recordedAs(amount)) put(keyed(a, s));
    for (const a of statedAmounts(stem)) if (a !== amount) for (const r of recordedAs(a)) put(stated(r, s));
  }
}
