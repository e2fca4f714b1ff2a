// Which numbers the exam tests. The bundled notes keep reference numbers (a service's key facts, its
// cards) apart from the ones they mark as exam-relevant: a "Numbers that get tested" or "Exam traps"
// section, a "Limits" section, or a domain note (written against the exam guide). Blind review r4 found
// the rest to be trivia (DocumentDB's change-stream retention in hours, an S3 Vectors query's top-K).
// A number question from a bundled note is asked only when its value, in its unit, is marked so for one
// of the services it is about. Users' notes mark exam-relevant numbers their own way (facts.ts).
import { NoteDocument } from '../model';
import { unitKey } from './context';
import { BARE_NUMBER, baseQuantity, parseNumber, quantities } from './numbers';

const BARE = /(?<![\w.])\d{1,3}(?:,\d{3})+(?![\d])|(?<![\w.,])\d+(?:\.\d+)?(?![\w])/g;

const MARKED_SECTION = /^(?:numbers that get tested|exam traps|limits|quotas|key limits)/i;

/** A quantity as one key whatever its unit's spelling ("24 hours" and "1 day" differ: values as written). */
export function quantityKey(value: number, unit: string): string {
  const b = baseQuantity(value, unit);
  return b ? `${b.value}|${b.base}` : `${value}|${unitKey(unit)}`;
}

/** Quantity key → services the marking lines name ('' when a line names none). */
export function indexTestedNumbers(docs: NoteDocument[], servicesIn: (text: string) => string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const doc of docs) {
    if (doc.source !== 'bundled') continue;
    const wholeNote = doc.kind === 'domain';
    for (const section of doc.sections) {
      if (!wholeNote && !section.headingPath.some((h) => MARKED_SECTION.test(h))) continue;
      for (const line of section.text.split('\n')) {
        const bare = [...line.matchAll(BARE)].map((m) => String(parseNumber(m[0])));
        if (!bare.length) continue;
        const named = servicesIn(line);
        const ids = named.length ? named : doc.serviceId ? [doc.serviceId] : [''];
        for (const k of [...bare, ...quantities(line).map((x) => quantityKey(x.value, x.unit))]) {
          const set = out.get(k) ?? new Set<string>();
          for (const id of ids) set.add(id);
          out.set(k, set);
        }
      }
    }
  }
  return out;
}

/** True when the notes mark this value as tested for one of the services (any mark when it names none). */
export function isTestedNumber(index: Map<string, Set<string>>, key: string, services: string[], relatedTo: (a: string, b: string) => boolean): boolean {
  const k = quantities(key)[0];
  const bare = BARE_NUMBER.test(key.trim()) ? String(parseNumber(key.trim())) : undefined;
  if (!k && !bare) return false;
  const marked = index.get(k ? quantityKey(k.value, k.unit) : bare!);
  if (!marked) return false;
  if (!services.length) return true;
  return services.some((s) => marked.has(s) || [...marked].some((m) => m && relatedTo(s, m)));
}
