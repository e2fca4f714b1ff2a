// The one place that picks wrong options.
//  - Services: those the passage names as wrong, the answer's rivals in the comparison tables, services
//    of the same category, then any other; never an answer, its parent or sub-feature, an umbrella
//    brand, a retired service the key could be confused with, or an excluded service.
//  - Numbers: plausible values of the same unit on both sides of the key; the key's rank among the
//    options is drawn here and balanced over the questions the bank keeps (rankBalance.ts), so that "pick
//    the smallest" or "pick the largest" wins no more than chance.
import { Service } from '../model';
import { QuizContext } from './context';
import { categoryFamily, isRetired, serviceGroup } from './serviceTraits';
import { formatLike, parseNumber, unitFor } from './numbers';
import { binaryLike, binaryLikeValues, derivedFrom, isNice, isPowerOfTwo, ladderOf, NICE, regularValue, sameFormValues, significantDigits } from './numberFamily';
import { partOfChosen } from './optionParts';
import { rng, shuffle } from './random';
import { balancedBelow } from './rankTally';
import { entangled, kindsOf, nearKind, nearKindsOf, sameKind } from './serviceKinds';

const NINES = [90, 95, 98, 99, 99.5, 99.9, 99.95, 99.99, 99.999, 99.9999];

/**
 * The fair wrong values of a number key and how many of three may go below it: `draw(below)` gives three, `below`
 * of them smaller than the key and the rest larger, formatted like the original ("1,000", "48.8"). The bank re-draws
 * a kept question at another rank (rankBalance.ts). `nines`: other nines or nearby counts of nines, whose first draw
 * is uniform (they never took part in the build's tally).
 */
export interface NumberPlan { minBelow: number; maxBelow: number; nines?: boolean; draw(below: number): string[] }

/** A plan whose values are fixed lists: `below` from the lows, the rest from the highs, in list order. */
function planAround(lows: number[], highs: number[], show: (v: number) => string, n?: number): NumberPlan | undefined {
  const minBelow = Math.max(0, 3 - highs.length);
  const maxBelow = Math.min(3, lows.length);
  if (minBelow > maxBelow) return undefined;
  return {
    minBelow, maxBelow, nines: n === undefined,
    draw: (below) => {
      const picked = [...lows.slice(0, below), ...highs.slice(0, 3 - below)];
      return (n === undefined ? picked : unDerived(n, picked, lows.slice(below), highs.slice(3 - below))).map(show);
    },
  };
}

/**
 * Three wrong numbers of the same unit, formatted like the original, at the first rank drawBelow gives; the bank
 * then balances the key's rank over the questions it keeps (rankBalance.ts).
 */
export function numberVariants(raw: string, unit: string, random: () => number, sep = ' ', avoid: readonly string[] = [], pool: readonly number[] = [], limit = Infinity, source?: string): string[] {
  const plan = numberPlan(raw, unit, random, sep, avoid, pool, limit);
  return plan ? plan.draw(drawBelow(plan, random, source)) : [];
}

/**
 * A question's first rank: how many wrong options go below the key, of what the plan allows. Only a first draw: the
 * bank's shares are made on the questions it keeps (rankBalance.ts), but which drafts the gate keeps can depend on
 * their options (a wrong value the stem rules out, an odd form), so the first draw stays what it was before the
 * balance moved there: with a `source`, the rank this build has used least so far (rankTally.ts); nines uniformly;
 * else at random, "none below" a little less often (0.9: keys such as 1 MB can only be the smallest) and "none
 * above" a little more often (1.1: a range's maximum can only be the largest).
 */
export function drawBelow(plan: NumberPlan, random: () => number, source?: string): number {
  const { minBelow, maxBelow } = plan;
  if (plan.nines) return minBelow + Math.floor(random() * (maxBelow - minBelow + 1));
  if (source !== undefined) return balancedBelow(minBelow, maxBelow, random, source);
  const weights = Array.from({ length: maxBelow - minBelow + 1 }, (_, k) => (minBelow + k === 0 ? 0.9 : minBelow + k === 3 ? 1.1 : 1));
  let pick = random() * weights.reduce((x, y) => x + y, 0);
  for (let k = 0; k < weights.length; k++) if ((pick -= weights[k]) < 0) return minBelow + k;
  return minBelow;
}

/** The plan of a number key's wrong values (see NumberPlan), from the same candidate lists whatever the rank. */
export function numberPlan(raw: string, unit: string, random: () => number, sep = ' ', avoid: readonly string[] = [], pool: readonly number[] = [], limit = Infinity): NumberPlan | undefined {
  const n = parseNumber(raw);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  // Availability and durability: other "nines", not 68 % or 75 % beside 99 %.
  if (unit === '%' && n >= 90) {
    const nines = NINES.filter((v) => v !== n && !avoid.includes(String(v)));
    const lows = shuffle(nines.filter((v) => v < n).slice(-3), random);
    const highs = shuffle(nines.filter((v) => v > n).slice(0, 3), random);
    return planAround(lows, highs, (v) => `${v}${sep}%`);
  }
  const integer = !raw.includes('.');
  const seen = new Set([formatLike(raw, n), ...avoid]);
  // Counts of nines (11 nines) sit among nearby counts: 88 or 180 nines are absurd.
  if (/^nines$/i.test(unit)) {
    const near = [6, 7, 8, 9, 10, 12, 13, 14].filter((v) => v !== n && Math.abs(v - n) <= 3);
    return planAround(near.filter((v) => v < n).sort((a, b) => b - a), near.filter((v) => v > n).sort((a, b) => a - b), (v) => `${v}${sep}${unit}`);
  }
  // Binary limits (128 MB, 512, 10,240 = 5 × 2,048) keep to binary-like values (96, 192, 6,144), as the real
  // limits do; the powers of two beside one are its doubles and halves (numberFamily.ts).
  const binary = binaryLike(n);
  // A power of two (4,096 bytes, 128 KB) among 1,792, 6,144 and 10,240 was the one power of two, so a candidate
  // picked it by form (blind review r58): its wrong options are other powers of two, which are its doubles and
  // halves by nature, so the rule against the key times a factor does not apply to them.
  const powerKey = binary && isPowerOfTwo(n);
  // `limit`: what the stem and unit allow (stemNumbers.ts: no more zones than copies, no Region with 8 AZs).
  const fair = (v: number) => v > 0 && v <= limit && Math.abs(v - n) / n >= 0.2 && v / n <= 20 && n / v <= 20 && (unit !== '%' || v <= 100)
    && (!integer || Number.isInteger(v)) && !seen.has(formatLike(raw, v)) && formatLike(raw, v) !== '0' && (powerKey || !derivedFrom(n, v));
  // Values people write as limits, never the key times a factor (1,230 and 3,070 beside 6,144 give the
  // key away; nor 10 or 60 beside 20, blind review r16): binary-like values beside a binary limit, values
  // written like a precise key (4,500 beside 3,500), else round values of the 1-1.5-2-2.5-3-4-5-6-8 series.
  const ladder0 = integer ? ladderOf(unit) : undefined;
  const precise = !regularValue(n, unit) && significantDigits(raw) >= 2;
  const sameForm = precise ? new Set(sameFormValues(raw, n / 20, n * 20)) : undefined;
  const candidates = (below: boolean) => {
    const all = powerKey ? binaryLikeValues(n / 20, n * 20).filter(isPowerOfTwo) : binary ? binaryLikeValues(n / 20, n * 20) : sameForm ? [...sameForm] : NICE;
    return all.filter((v) => fair(v) && (below ? v < n : v > n)).sort((a, b) => Math.abs(Math.log(a / n)) - Math.abs(Math.log(b / n))).slice(0, 4);
  };
  const ladder = precise ? undefined : ladder0;
  const fromLadder = (pick: (v: number) => boolean, order: (a: number, b: number) => number) =>
    shuffle(ladder!.filter((v) => pick(v) && v <= limit && !seen.has(formatLike(raw, v)) && !derivedFrom(n, v)).sort(order).slice(0, 4), random);
  // Other values the notes give in the same unit (real limits: 256 KiB, 1 MiB, 6 MB …) come first.
  // Only values that read as limits (4,096, 256, 30): 2,557 days or 65,535 bytes are one-off figures.
  // A precise key takes only values of its own form (3,500 beside 5,500, not beside 1,000 or 6,300).
  // A binary limit takes binary-like values, a duration its unit's ladder (2 or 30 hours beside 24 read as made up).
  // A round key takes round values only (128 and 4,096 KB beside 400 KB single out the one round value).
  const real = pool.filter((v) => fair(v) && (sameForm ? sameForm.has(v) : powerKey ? isPowerOfTwo(v) : binary ? binaryLike(v) : ladder ? ladder.includes(v) : isNice(v)));
  const nearest = (list: number[]) => shuffle(list.sort((a, b) => Math.abs(Math.log(a / n)) - Math.abs(Math.log(b / n))).slice(0, 4), random);
  const realLows = nearest(real.filter((v) => v < n));
  const realHighs = nearest(real.filter((v) => v > n));
  const lows0 = ladder ? fromLadder((v) => v < n * 0.8, (a, b) => b - a) : shuffle(candidates(true), random);
  // Small integers have few smaller values worth offering: 3 → 2, 1.
  if (integer && n <= 10) for (let v = n - 1; v >= 1 && lows0.length < 3; v--) if (!lows0.includes(v) && !seen.has(formatLike(raw, v)) && !derivedFrom(n, v)) lows0.push(v);
  const highs0 = ladder ? fromLadder((v) => v > n * 1.2, (a, b) => a - b) : shuffle(candidates(false), random);
  // Options at least 20 % apart from each other too: 65,535 beside 65,536 is one value twice.
  const merge = (a: number[], b: number[]) => {
    const out: number[] = [];
    for (const x of [...a, ...b]) if (!out.some((y) => Math.abs(x - y) / Math.max(x, y) < 0.2)) out.push(x);
    return out;
  };
  const lows = merge(realLows, lows0);
  const highs = merge(realHighs, highs0);
  return planAround(lows, highs, (v) => (unit ? `${formatLike(raw, v)}${sep}${unitFor(v, unit)}` : formatLike(raw, v)), n);
}

/**
 * Options that are all multiples of the key (20, 30, 50 beside 10 MB) single it out as the base value
 * (blind review r10), or all divisors of it (50, 25, 10 beside 100): one of them gives way to a spare value
 * that is neither (for multiples, else a smaller one).
 */
export function unDerived(n: number, picked: number[], spareLows: number[], spareHighs: number[]): number[] {
  const multiple = (v: number) => v > n && Number.isInteger(v / n);
  // The mirror case: 50, 25, 10 beside 100 all divide the key.
  const divisor = (v: number) => v < n && Number.isInteger(n / v);
  if (n <= 1 || picked.length < 3) return picked;
  let spare: number | undefined;
  // A spare on the same side keeps the key's rank (the bank's smallest/largest shares); the other side only when
  // the key has room for it, as most keys of a large multiple series do.
  if (picked.every(multiple)) spare = spareHighs.find((v) => !multiple(v)) ?? spareLows[0];
  else if (picked.every(divisor)) spare = spareLows.find((v) => !divisor(v));
  else return picked;
  if (spare === undefined) return picked;
  const i = picked.every(multiple) ? picked.length - 1 : 0;
  return picked.map((v, k) => (k === i ? spare! : v));
}

function gcd(a: number, b: number): number { return b ? gcd(b, a % b) : a; }

/**
 * Up to six distractor services, best first, all of the key's kind (serviceKinds.ts): a storage service
 * beside a storage key. Only when that kind has too few members, the nearest kinds fill in.
 */
export function serviceDistractors(ctx: QuizContext, answerIds: string[], excluded: Set<string>, seed: string, preferred: string[] = [], user = false): Service[] {
  const answers = answerIds.map((id) => ctx.service(id)).filter((s): s is Service => !!s);
  if (!answers.length) return [];
  const out: Service[] = [];
  const rivals = [...new Set(answers.flatMap((a) => [...(ctx.competitors.get(a.id) ?? [])]))].sort();
  // Services the passage names as wrong are fair whatever their kind; the comparison tables' rivals only
  // when of the key's kind (S3 is a bucket-policy row beside IAM there, but a storage service elsewhere).
  const named = new Set(preferred);
  let near = false;
  let main = true;
  let anyKind = false;
  const consider = (s: Service | undefined) => {
    if (!s || out.length >= 6 || out.includes(s) || excluded.has(s.id) || /\(brand\)/i.test(s.category)) return;
    // A service the passage names as wrong, with its reason, is a fair rival even when a bare cue could not tell it
    // from the key (DataBrew beside Glue Studio where the note says DataBrew generates no PySpark, blind review r53).
    // A related service the passage names as wrong is fair too (SageMaker AI beside SageMaker Unified Studio, blind
    // review r56: left out, the explanation argued against an option the question did not show).
    if (isRetired(s) || answers.some((a) => a.name === s.name || (!named.has(s.id) && (ctx.related(s, a) || entangled(s, a))))) return;
    // Never a feature of another wrong option (CloudWatch Logs Insights beside CloudWatch Logs, optionParts.ts).
    if (partOfChosen(ctx, s, out)) return;
    // Of the key's kind (never IAM beside a data store); the notes' own comparisons (rivals, services
    // named as wrong) count as that kind.
    // First pass: the key's main kind only (Aurora among databases, not among vector stores).
    const kind = answers.some((a) => (main ? kindsOf(s).includes(kindsOf(a)[0]) : sameKind(a, s)));
    if (!named.has(s.id) && !kind && !anyKind && !(near && answers.some((a) => nearKind(a, s, user)))) return;
    // Select TWO from a list: the notes rarely list every service that fits, so the builder excludes the
    // listed ones' families and the last resort is any service of the same group.
    if (anyKind && !kind && !answers.some((a) => serviceGroup(a) === serviceGroup(s))) return;
    // Sub-features of one parent are told apart only when they do the same kind of job (crawler, Data
    // Catalog, Schema Registry), or when the notes compare them.
    if (!named.has(s.id) && !kind && answers.some((a) => a.parent && a.parent === s.parent)) return;
    out.push(s);
  };
  for (const id of preferred) consider(ctx.service(id));
  const r = rng(seed);
  for (const id of shuffle(rivals, r)) consider(ctx.service(id));
  const fams = [...new Set(answers.map((a) => categoryFamily(a.category)))];
  const alternatives = [...new Set(answers.flatMap((a) => ctx.alternatives.get(a.id) ?? []))].sort();
  const sameFamily = (s: Service) => fams.includes(categoryFamily(s.category));
  // Seeded rotations instead of full shuffles: the same variety for far less garbage.
  const rotate = <T>(list: readonly T[], visit: (x: T) => void) => {
    if (!list.length) return;
    const start = Math.floor(r() * list.length);
    const step = list.length > 2 ? 1 + Math.floor(r() * (list.length - 1)) : 1;
    const coprime = gcd(step, list.length) === 1 ? step : 1;
    for (let k = 0; k < list.length && out.length < 6; k++) visit(list[(start + k * coprime) % list.length]);
  };
  rotate(alternatives, (id) => { const s = ctx.service(id); if (s && sameFamily(s)) consider(s); });
  for (const f of fams) rotate(ctx.byFamily.get(f) ?? [], consider);
  // Each pass visits only the services of the kinds it accepts (an index built once per context).
  const index = kindIndex(ctx);
  const others = (kinds: string[] | undefined) => {
    rotate(alternatives, (id) => consider(ctx.service(id)));
    const pool = kinds ? [...new Set(kinds.flatMap((k) => index.get(k) ?? []))] : ctx.services;
    const start = Math.floor(r() * pool.length);
    for (let k = 0; k < pool.length && out.length < 6; k++) consider(pool[(start + k * 7) % pool.length]);
    for (let k = 0; k < pool.length && out.length < 6; k++) consider(pool[k]);
  };
  others(answers.map((a) => kindsOf(a)[0]));
  // Later passes only fill the list: best first, so a fallback is used only when a better one is dropped.
  if (out.length < 6) { main = false; others(answers.flatMap(kindsOf)); }
  if (out.length < 6) { near = true; others(answers.flatMap((a) => nearKindsOf(a, user))); }
  if (out.length < 3 && answers.length > 1) { anyKind = true; others(undefined); }
  return out;
}

const kindIndexes = new WeakMap<QuizContext, Map<string, Service[]>>();

/** Kind → the services of that kind, once per context. */
function kindIndex(ctx: QuizContext): Map<string, Service[]> {
  let index = kindIndexes.get(ctx);
  if (!index) {
    index = new Map();
    for (const s of ctx.services) for (const k of kindsOf(s)) index.set(k, [...(index.get(k) ?? []), s]);
    kindIndexes.set(ctx, index);
  }
  return index;
}
