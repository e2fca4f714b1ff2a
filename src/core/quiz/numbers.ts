// Numbers with units: the blanks of cloze questions, the answers of number cards, and the unit
// conversions the gate uses to catch a stem that states the key in another unit.

// Longer units first, so that "MB/s" wins over "MB".
export const UNITS = [
  'MiB/s', 'GiB/s', 'KiB/s', 'MB/s', 'GB/s', 'KB/s', 'MB/sec', 'KB/sec', 'Mbps', 'Gbps', '%',
  'milliseconds?', 'ms', 'seconds?', 'minutes?', 'hours?', 'days?', 'weeks?', 'months?', 'years?',
  'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'bytes?',
  'records?(?:/s(?:ec)?| per second)?', 'requests?(?:/s(?:ec)?| per second)?', 'transactions?(?:/s(?:ec)?| per second)?',
  'shards?', 'consumers?', 'partitions?', 'characters?', 'messages?', 'parts?',
  'replicas?', 'copies', 'targets?', 'nodes?', 'RPUs?', 'DPUs?', 'ACUs?', 'vCPUs?', 'workers?', 'items?',
  'attempts?', 'retries', 'tables?', 'columns?', 'subscribers?', 'versions?', 'objects?', 'files?',
  'Availability Zones?', 'AZs?', 'Regions?', 'accounts?', 'IOPS', 'nines', 'USD', 'dimensions?', 'slices?',
];
const NUMBER_SRC = String.raw`(?<![\w.,/–-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?)(${UNITS.join('|')})(?![\w/])`;
export const NUMBER = new RegExp(NUMBER_SRC);
export const NUMBER_G = new RegExp(NUMBER_SRC, 'g');
export const BARE_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;

export const parseNumber = (raw: string) => Number(raw.replace(/,/g, ''));

// Wrong numbers are formatted over and over while distractors are picked (26,000 calls, 76 distinct per
// bundled bank), and the gate reads the quantities of the same options again: both once per bank build,
// freed by releaseNumbers.
const formatted = new Map<string, Map<number, string>>();
const quantitiesCache = new Map<string, Quantity[]>();
const CACHE_LIMIT = 100_000;

/** Frees the number caches (the bank calls it once built). */
export function releaseNumbers(): void { formatted.clear(); quantitiesCache.clear(); }

export function formatLike(original: string, value: number): string {
  let byValue = formatted.get(original);
  if (!byValue) {
    if (formatted.size >= CACHE_LIMIT) formatted.clear();
    byValue = new Map();
    formatted.set(original, byValue);
  }
  let v = byValue.get(value);
  if (v === undefined) { v = formatNumberLike(original, value); byValue.set(value, v); }
  return v;
}

function formatNumberLike(original: string, value: number): string {
  const decimals = original.includes('.') ? original.split('.')[1].length : 0;
  const s = String(Number(value.toFixed(decimals)));
  if (!original.includes(',') || Math.abs(value) < 1000) return s;
  const [int, frac] = s.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
}

const SINGULAR: Record<string, string> = { copies: 'copy', retries: 'retry' };

/** "1 seconds" → "1 second", "5 minute" → "5 minutes": word units agree with their number. */
export function unitFor(value: number, unit: string): string {
  // A named unit ("Availability Zones", "AZs", "Nodes"): one of it is singular ("1 Availability Zone").
  if (/^[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*s$/.test(unit)) return value === 1 ? unit.slice(0, -1) : unit;
  // An acronym's plural ("vCPUs", "DPUs"): "1 vCPU", not "1 vCPUs".
  if (/^[a-z]?[A-Z]{2,}s$/.test(unit)) return value === 1 ? unit.slice(0, -1) : unit;
  if (!/^[a-z]+$/.test(unit)) return unit;
  const singular = SINGULAR[unit] ?? unit.replace(/s$/, '');
  if (value === 1) return singular;
  const pluralForm = Object.entries(SINGULAR).find(([, v]) => v === singular)?.[0];
  return pluralForm ?? (singular.endsWith('s') ? singular : singular + 's');
}

// Units that measure the same thing, in a common base: bytes (decimal and binary) and time.
const SCALE: Record<string, [string, number]> = {
  byte: ['B', 1], bytes: ['B', 1],
  kb: ['B', 1e3], mb: ['B', 1e6], gb: ['B', 1e9], tb: ['B', 1e12], pb: ['B', 1e15], eb: ['B', 1e18],
  kib: ['B', 1024], mib: ['B', 1024 ** 2], gib: ['B', 1024 ** 3], tib: ['B', 1024 ** 4], pib: ['B', 1024 ** 5],
  ms: ['s', 0.001], millisecond: ['s', 0.001], milliseconds: ['s', 0.001], second: ['s', 1], seconds: ['s', 1],
  minute: ['s', 60], minutes: ['s', 60], hour: ['s', 3600], hours: ['s', 3600], day: ['s', 86400], days: ['s', 86400],
  week: ['s', 604800], weeks: ['s', 604800], year: ['s', 31536000], years: ['s', 31536000],
};

/** A quantity in its base unit ("1 GB" → 1e9 B), or undefined for units without a family. */
export function baseQuantity(value: number, unit: string): { base: string; value: number } | undefined {
  const s = SCALE[unit.toLowerCase()];
  return s ? { base: s[0], value: value * s[1] } : undefined;
}

/** True when two quantities are the same amount in different units ("1 GB" and "1,000 MB", "24 hours" and "1 day"). */
export function sameQuantityOtherUnit(a: { value: number; unit: string }, b: { value: number; unit: string }): boolean {
  if (a.unit.toLowerCase() === b.unit.toLowerCase()) return false;
  const x = baseQuantity(a.value, a.unit);
  const y = baseQuantity(b.value, b.unit);
  if (!x || !y || x.base !== y.base) return false;
  const ratio = x.value / y.value;
  // Decimal and binary prefixes differ by a few per cent; both count as "the same amount".
  return ratio > 0.9 && ratio < 1.11;
}

export interface Quantity { raw: string; value: number; unit: string; index: number }

/** Every number-with-unit of a text (shared: do not modify the result). */
export function quantities(text: string): readonly Quantity[] {
  let v = quantitiesCache.get(text);
  if (!v) {
    if (quantitiesCache.size >= CACHE_LIMIT) quantitiesCache.clear();
    v = [...text.matchAll(NUMBER_G)].map((m) => ({ raw: m[1], value: parseNumber(m[1]), unit: m[3], index: m.index! }));
    quantitiesCache.set(text, v);
  }
  return v;
}

/**
 * The options of a numeric question as numbers, or undefined when one is not a number: each option's leading
 * quantity ("24 hours") or a bare figure ("1,000"). The report's smallest/largest shares and the rank balance
 * (rankBalance.ts) read options alike.
 */
export function optionValues(options: readonly string[]): number[] | undefined {
  const values = options.map((o) => {
    const m = quantities(o)[0];
    if (m && m.index === 0) return m.value;
    return /^\d[\d,]*(?:\.\d+)?$/.test(o.trim()) ? Number(o.replace(/,/g, '')) : NaN;
  });
  return values.every((v) => Number.isFinite(v)) ? values : undefined;
}
