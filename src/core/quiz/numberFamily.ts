// Wrong numbers a test-wise candidate can see through (blind reviews r15–r16): a distractor that is a simple
// multiple or fraction of the key (10 s = 20 s / 2 and 60 s = 3 × 20 s beside 20 s; 32 GB = 2 × 16 GB) shows
// the key as the family's base value, and a key written with more digits than every wrong option (48.8 TiB
// among 20, 60 and 128 TiB; 3,500 among 1,000, 2,000 and 6,000) stands out by its form alone. The distractor
// picker draws around both; the gate drops what still slips through.

// Round values of the series limits are written in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten).
export const NICE = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8].flatMap((m) => Array.from({ length: 12 }, (_, e) => Number((m * 10 ** (e - 3)).toPrecision(3))));
export const isNice = (v: number) => NICE.includes(Number(v.toPrecision(3)));

// Durations people write: a wrong "140 hours" beside "48 hours" looks made up; "72 hours" does not.
const LADDERS: Record<string, number[]> = {
  second: [1, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900],
  minute: [1, 2, 5, 10, 15, 20, 30, 40, 45, 60, 90, 120, 180, 240],
  hour: [1, 2, 3, 4, 6, 8, 12, 18, 24, 36, 48, 72, 96, 120, 168],
  day: [1, 2, 3, 4, 5, 7, 10, 14, 21, 28, 30, 45, 60, 90, 100, 120, 180, 270, 365, 400, 730],
  month: [1, 2, 3, 6, 9, 12, 15, 18, 24, 36],
  year: [1, 2, 3, 5, 7, 10, 15, 25],
};
export const ladderOf = (unit: string): number[] | undefined => LADDERS[unit.toLowerCase().replace(/s$/, '')];

// Ratios a reader spots at a glance: doubles, thirds, quarters, fifths, tenths (and their multiples).
const SIMPLE_RATIOS = [2, 3, 4, 5, 6, 8, 10, 16];

/**
 * True when `v` is the key times or divided by a simple factor. A ratio to 1 is no family (every count is a
 * multiple of 1 MiB or of one second), so a pair whose smaller value is 1 never counts.
 */
export function derivedFrom(key: number, v: number): boolean {
  const lo = Math.min(key, v);
  const hi = Math.max(key, v);
  if (!(lo > 0) || lo === 1 || !Number.isFinite(hi)) return false;
  const ratio = hi / lo;
  return SIMPLE_RATIOS.some((r) => Math.abs(ratio - r) / r < 0.005);
}

/** Significant digits of a written number: "250" → 2, "1,000" → 1, "48.8" → 3, "0.0625" → 3. */
export function significantDigits(raw: string): number {
  const d = raw.replace(/[,.]/g, '').replace(/^0+/, '');
  return Math.max(1, d.replace(/0+$/, '').length);
}

/** 8, 128, 4,096 …: an integer that is a power of two. */
export function isPowerOfTwo(v: number): boolean { return Number.isInteger(v) && v > 0 && Number.isInteger(Math.log2(v)); }

/** True for 2^k and 3, 5 or 7 times 2^k (k ≥ 3): values of binary limits (128, 192, 10,240 = 5 × 2,048). */
export function binaryLike(n: number): boolean {
  if (!Number.isInteger(n) || n < 8) return false;
  let m = n;
  let k = 0;
  while (m % 2 === 0) { m /= 2; k++; }
  return k >= 3 && (m === 1 || m === 3 || m === 5 || m === 7);
}

/** Values m × 2^k (m in 1, 3, 5, 7) between `from` and `to`: 6 and 12 KB beside 8 KB, 96 and 192 beside 128. */
export function binaryLikeValues(from: number, to: number): number[] {
  const out: number[] = [];
  for (const m of [1, 3, 5, 7]) for (let k = 0; k < 40; k++) { const v = m * 2 ** k; if (v >= from && v <= to && !out.includes(v)) out.push(v); }
  return out.sort((a, b) => a - b);
}

/**
 * Values written like the key: the same number of significant digits ending in the same digit, at the key's
 * decimal places ("3,500" → 1,500, 2,500, 4,500 …; "0.0625" → 0.0375, 0.0875 …), within `from`..`to`.
 */
export function sameFormValues(raw: string, from: number, to: number): number[] {
  const digits = significantDigits(raw);
  const plain = raw.replace(/,/g, '');
  const decimals = plain.includes('.') ? plain.split('.')[1].length : 0;
  const scaled = Math.round(Number(plain) * 10 ** decimals);
  let zeros = 0;
  for (let s = scaled; s > 0 && s % 10 === 0; s /= 10) zeros++;
  const last = (scaled / 10 ** zeros) % 10;
  const out: number[] = [];
  // Mantissas of `digits` digits ending in `last` at the key's own scale; the leading digit may not be 0.
  for (let m = 10 ** (digits - 1); m < 10 ** digits; m++) {
    if (m % 10 !== last) continue;
    const v = (m * 10 ** zeros) / 10 ** decimals;
    if (v >= from && v <= to) out.push(Number(v.toFixed(decimals)));
  }
  return out;
}

/** A value written as limits are: round (1-1.5-2-2.5-3-4-5-6-8 series), binary-like, on its unit's ladder, or 1–10. */
export function regularValue(v: number, unit: string): boolean {
  return isNice(v) || binaryLike(v) || (ladderOf(unit) ?? []).includes(v) || (Number.isInteger(v) && v >= 1 && v <= 10);
}

/**
 * The key stands out by form: the one irregular value among regular ones (48.8 TiB among 20, 60 and 128 TiB;
 * 3,500 among 1,000, 2,000 and 6,000; 35 days among 14, 90 and 4 days).
 */
export function oddFormKey(key: string, distractors: readonly string[]): boolean {
  if (!distractors.length) return false;
  const unit = (option: string) => option.trim().slice(numberPart(option).length).trim();
  return !regularValue(valueOf(key), unit(key)) && distractors.every((d) => regularValue(valueOf(d), unit(d)));
}

/** The first distractor that is a simple multiple or fraction of the key (options as shown, "20 seconds"). */
export function derivedDistractor(key: string, distractors: readonly string[]): string | undefined {
  const k = valueOf(key);
  return distractors.find((d) => derivedFrom(k, valueOf(d)));
}

const numberPart = (option: string) => /^[\d.,]*\d/.exec(option.trim())?.[0] ?? '';
const valueOf = (option: string) => Number(numberPart(option).replace(/,/g, ''));

/** What the gate drops: a wrong option derived from the key (but for `real` values of its family), else a key odd by form; undefined when fair. */
export function numberFamilyProblem(key: string, distractors: readonly string[], real: readonly string[] = []): { rule: 'derived-number' | 'odd-form'; detail: string } | undefined {
  // Options that are all powers of two are one family, each a double or half of another, so none stands out as made
  // from the key (blind review r58); one power of two beside a power-of-two key among other values still does (32
  // beside 16 among 10 and 25, r16).
  const family = [key, ...distractors].every((o) => isPowerOfTwo(valueOf(o)));
  const derived = family ? undefined : derivedDistractor(key, distractors.filter((d) => !real.includes(d)));
  if (derived) return { rule: 'derived-number', detail: `${derived} beside ${key}` };
  if (oddFormKey(key, distractors)) return { rule: 'odd-form', detail: `${key} among ${distractors.join(', ')}` };
  return undefined;
}
