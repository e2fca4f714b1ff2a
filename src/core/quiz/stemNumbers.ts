// Wrong numbers that the stem itself rules out (blind review r11: "Data is replicated across ___ (6 copies
// total)" offered "6 Availability Zones", a number the stem states, and "8 Availability Zones", more zones
// than copies and more than any Region has). A numeric distractor is never a number the stem writes, stays
// within what its unit allows, and a count of places never exceeds the copies or replicas the stem states.
import { parseNumber, quantities } from './numbers';

// Every Region has three or more Availability Zones and none more than six (us-east-1 has six).
const UNIT_MAX: [RegExp, number][] = [[/^(?:Availability Zones?|AZs?)$/i, 6]];
// Units that count places data is kept in: never more of them than copies of the data.
const PLACES = /^(?:Availability Zones?|AZs?|Regions?|nodes?)$/i;
const COPIES = /^(?:copies|replicas?)$/i;

/** Every number the stem writes, with or without a unit ("6 copies", "(1 year)", "3"). */
export function stemValues(stem: string): number[] {
  return [...stem.matchAll(/(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d])/g)].map((m) => parseNumber(m[1]));
}

/** The largest value a distractor of this unit may take given the stem, or undefined when nothing bounds it. */
export function stemLimit(stem: string, unit: string): number | undefined {
  let limit = UNIT_MAX.find(([re]) => re.test(unit))?.[1];
  if (PLACES.test(unit)) {
    for (const q of quantities(stem)) if (COPIES.test(q.unit)) limit = Math.min(limit ?? Infinity, q.value);
  }
  return limit;
}

/** Why a numeric option does not fit its stem, or undefined when it does. */
export function stemRulesOut(stem: string, option: string): string | undefined {
  const q = quantities(option)[0];
  const value = q ? q.value : /^\d[\d,.]*$/.test(option.trim()) ? parseNumber(option.trim()) : undefined;
  if (value === undefined) return undefined;
  if (stemValues(stem).includes(value)) return `"${option}" repeats a number the stem states`;
  const limit = q ? stemLimit(stem, q.unit) : undefined;
  if (limit !== undefined && value > limit) return `"${option}" exceeds what the stem and unit allow (${limit})`;
  return undefined;
}
