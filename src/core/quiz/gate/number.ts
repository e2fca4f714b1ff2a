// The gate's number checks: a number key asked only where the notes mark it exam-relevant, in one unit, never
// restated by the stem, and never configuration, contract or exam-format trivia.
import { QuizContext } from '../context';
import { Draft } from '../draft';
import { baseQuantity, quantities, sameQuantityOtherUnit } from '../numbers';
import { numbersWorthAsking } from '../serviceKinds';
import { documentSizeTrivia } from '../numberTrivia';
import { contractTrivia } from '../contractTrivia';
import { bareQuota } from '../quotaTrivia';
import { stemRulesOut } from '../stemNumbers';
import { numberFamilyProblem } from '../numberFamily';
import { peripheralNumber } from '../peripheralNumbers';
import { reject, Rejection } from './rules';
import { notBrand } from './stem';

/** Stated in another unit: "900 s" beside 15 minutes, "(99.999999999 %)" beside 11 nines and back. */
function restatesKey(stem: string, key: string): boolean {
  const k = quantities(key)[0];
  const spelled = stem.replace(/(\d)\s?s\b/g, '$1 seconds');
  if (k && quantities(spelled).some((s) => sameQuantityOtherUnit(s, k))) return true;
  const nines = (pct: string) => (pct.replace(/[^9]/g, '').length);
  const keyNines = /^(\d+)\s?nines$/i.exec(key)?.[1] ?? (/^(99\.9+)\s?%$/.exec(key) ? String(nines(key)) : undefined);
  if (!keyNines) return false;
  const inStem = [...stem.matchAll(/\b(\d+) nines\b/gi)].map((x) => x[1]).concat([...stem.matchAll(/\b(99\.9+)\s?%/g)].map((x) => String(nines(x[1]))));
  return inStem.includes(keyNines);
}

/** The services a number question is about (its tag and its sentence), as sorted top-level ids. */
export function factServices(ctx: QuizContext, stem: string): string[] {
  const ids = ctx.servicesNaming(stem, notBrand).map((s) => s.id);
  // "DynamoDB Streams" names DynamoDB too: keep the most specific name.
  return [...new Set(ids.filter((id) => !ids.some((o) => o !== id && ctx.service(o)!.parent === id)))].sort();
}

/** A number key as one amount whatever its unit: "365 days" and "8,760 hours" are one fact (own reading after r7). */
export function factValue(key: string): string {
  const q = quantities(key)[0];
  const b = q ? baseQuantity(q.value, q.unit) : undefined;
  return b ? `${b.base}${Number(b.value.toPrecision(6))}` : key.toLowerCase().replace(/[\s,]/g, '');
}

/** A number stem that is trivia before any option is chosen: a document's size, a contract term, a bare quota. */
export function numberDraftProblem(d: Draft, stem: string): Rejection | undefined {
  if (d.optionKind !== 'number') return undefined;
  // A member of a value family whose other values cannot be offered (the stem states them): made-up wrong values
  // beside a family a candidate knows single out the key (valueFamilies.ts, blind review r35).
  if (d.valueFamily && !d.valueFamily.length) return reject('thin-family', `no other value of its family to offer: ${stem}`);
  if (documentSizeTrivia(stem)) return reject('trivia', `document size: ${stem}`);
  // A Lambda deployment package's size (50 MB zipped on direct upload, 250 MB unzipped) is a developer's limit; the data
  // engineer's question is what to do past it (layers, a container image), and any note's card is trivia (r32).
  if (/\bdeployment package\b/i.test(stem)) return reject('trivia', `a deployment package size: ${stem}`);
  // A price or a billing granularity (5 USD per TB, 10 MB billed per query): prices vary by Region and change, and the
  // exam asks what lowers a bill, never the tariff (blind review r33).
  if (/\b(?:USD|EUR|dollars?)\b|\$\s?\d|\bprice (?:per|of)\b|\b(?:minimum|min\.?) (?:\w+ )?billed\b|\bbilled (?:per|for each) (?:query|request|call|invocation)\b/i.test(stem)) return reject('trivia', `a price or billing unit: ${stem}`);
  // An S3 storage class's 30 or 90 days are a minimum storage duration that is billed; objects may still be deleted
  // earlier. A note that calls it a "retention" teaches the wrong idea (retention on S3 is Object Lock; r32).
  if (/\bminimum retention\b/i.test(stem) && /\b(?:Standard-IA|One Zone-IA|Glacier|Intelligent-Tiering|storage class)\b/i.test(stem)) return reject('misdefined', `an S3 minimum storage duration called a retention: ${stem}`);
  const contract = d.doc.source !== 'user' ? contractTrivia(stem) : undefined;
  if (contract) return reject('trivia', contract);
  const quota = d.doc.source !== 'user' ? bareQuota(stem) : undefined;
  if (quota) return reject('trivia', `${quota}: ${stem}`);
  return undefined;
}

/** The rejection of a number question once its options are chosen, if any. */
export function numberOptionsProblem(ctx: QuizContext, d: Draft, stem: string, correct: string[], distractors: string[]): Rejection | undefined {
  const q = [...correct, ...distractors].map((o) => quantities(o)[0]);
  const units = new Set(q.map((x) => x?.unit.toLowerCase().replace(/s$/, '') ?? ''));
  if (units.size > 1) return reject('number-unit', [...correct, ...distractors].join(' | '));
  if (restatesKey(stem, correct[0])) return reject('key-in-other-unit', stem);
  // The cloze's sentence without its "Fill in the blank (tag):" frame, read by the two checks below.
  const sentence = stem.replace(/^Fill in the blank(?: \([^)]*\))?: /, '');
  // A wrong number the stem rules out: one it states, or more zones than the copies it names (stemNumbers.ts).
  const ruledOut = distractors.map((x) => stemRulesOut(sentence, x)).find(Boolean);
  if (ruledOut) return reject('stem-number', ruledOut);
  if (!d.examRelevant) return reject('trivia', stem);
  // A superseded value ("raised from ___", "(was ___)") teaches a limit that no longer holds.
  if (/(?:raised|up|changed) from _{3,}|\b(?:was|used to be) _{3,}/i.test(stem)) return reject('trivia', stem);
  // The exam's own make-up (domain weights, skills added in a guide version) is not data engineering.
  if (/\b(?:domain \d|guide v?\d|skills?|task statements?|unscored|passing score)\b/i.test(sentence)) return reject('trivia', stem);
  // Retry counts and attempts are configuration trivia, whatever the note marks.
  if (/\b(?:attempts?|retr(?:y|ies))\b/i.test(stem)) return reject('trivia', stem);
  // Numbers only about data services: EKS support months or a stack's resource count are trivia here.
  const about = factServices(ctx, stem).map((id) => ctx.service(id)!);
  if (about.length && !about.some((s) => numbersWorthAsking(s, correct[0]))) return reject('trivia', `${stem} (${about.map((s) => s.name).join(', ')})`);
  // A limit of a service the exam guide lists but asks no task of (peripheralNumbers.ts, blind review r19).
  const peripheral = d.doc.source !== 'user' ? peripheralNumber(ctx.docService(d.doc), about.map((s) => s.id)) : undefined;
  if (peripheral) return reject('trivia', `a limit of ${ctx.service(peripheral)?.name ?? peripheral}, peripheral to DEA-C01: ${stem}`);
  // A wrong number the key times a simple factor, or a key odd by its form among the options (numberFamily.ts).
  // The family's own values are real, whatever their ratio to the key (30, 90 and 180 days; valueFamilies.ts).
  const family = correct.length === 1 ? numberFamilyProblem(correct[0], distractors, d.valueFamily ?? []) : undefined;
  if (family) return reject(family.rule, family.detail);
  return undefined;
}
