// A note's own line quoted as the whole question (blind review r13): "Which AWS service is this? “Catalog and
// delivery service for third-party data products …”" prints a service note's description word for word, and
// "Which AWS service is described here: “Replacement for Kinesis Data Analytics for SQL”?" a card's front that no
// question pattern could turn into a question (stems.ts). Reviewers call both note fragments: an exam states a
// need or a situation, never a catalogue line. Bundled notes only; a user's card is their own wording and stays.
import { Draft } from './draft';

const QUOTED_SERVICE = /^Which AWS service is (?:this\?|described here:) “/;

/** Why a bundled card or identify question only quotes a note line, else undefined. */
export function quotedNoteLine(d: Pick<Draft, 'kind' | 'doc'>, stem: string): string | undefined {
  if (d.doc.source === 'user' || (d.kind !== 'card' && d.kind !== 'identify')) return undefined;
  return QUOTED_SERVICE.test(stem) ? `quotes a note line as the question: ${stem}` : undefined;
}
