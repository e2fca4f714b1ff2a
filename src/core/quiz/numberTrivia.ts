// Numbers a strict exam writer calls trivia, whatever a note marks (blind review r11): the size limit of a policy,
// template or other document (no data-engineering decision depends on "20 KB"), and a port whose distractors
// would be invented round numbers ("9098" beside 3000, 4000 and 6000). A port is asked only beside other ports
// the same note gives (MSK's 9092, 9094 and 9096), which a reader could believe.
import { NoteDocument } from '../model';

const DOCUMENT_SIZE = /\b(?:size|length)\b[^?_]*\b(?:polic(?:y|ies)|templates?|documents?|trust polic(?:y|ies))\b|\b(?:polic(?:y|ies)|templates?|documents?)\b[^?_]*\b(?:size|length|characters)\b/i;

/** True when a number question asks the size limit of a policy, template or document. */
export function documentSizeTrivia(stem: string): boolean {
  return DOCUMENT_SIZE.test(stem);
}

/** True when a number question asks for a port. */
export const asksPort = (stem: string): boolean => /\bports?\b/i.test(stem);

const portsCache = new WeakMap<NoteDocument, string[]>();

/** The port numbers a note gives on its lines that speak of ports ("ports: 9092 plaintext, 9094 TLS"), in order. */
export function notePorts(doc: NoteDocument): string[] {
  let ports = portsCache.get(doc);
  if (ports) return ports;
  const found = new Set<string>();
  for (const section of doc.sections) {
    for (const line of section.text.split('\n')) {
      if (!/\bports?\b/i.test(line)) continue;
      for (const m of line.matchAll(/\b(\d{2,5})\b/g)) if (Number(m[1]) <= 65535 && !/^(?:19|20)\d\d$/.test(m[1])) found.add(m[1]);
    }
  }
  ports = [...found];
  portsCache.set(doc, ports);
  return ports;
}
