// Numbers with units: the bullets of a "Key facts" / "Limits" / "Quotas" / "Numbers" section (numbered
// headings too: "2. Key Limits & Quotas"), and any sentence whose bold statement holds a number (the
// note marks it as worth remembering). The subject a bullet is about comes from its "**Label**:" or
// the heading, so the stem can name it.
import { NoteDocument, Section } from '../../model';
import { listItems } from '../../parser';
import { NUMBER } from '../numbers';
import { sentencesOf, stripMd } from '../text';
import { blocksOf } from './blocks';
import { FactClaim } from './claims';
import { labelledNumbers, tableNumbers } from './labelledNumbers';
import { markdownTables } from './tables';

const FACT_HEADING = /^(?:[\d.]+\s*)?(?:key (?:facts|limits|numbers)|limits|quotas|numbers|defaults|service limits|capacity|limits (?:&|and) quotas|important numbers|numbers that)/i;

const LIMIT_LABEL = /\b(?:capacity|limits?|max(?:imum)?|min(?:imum)?|default|retention|size|timeout|duration|throughput|quotas?|memory|concurrency|interval|window|period|storage|payload|latency|buffer)\b/i;

export function isFactHeading(title: string): boolean { return FACT_HEADING.test(title.replace(/^[^\w]+/, '').trim()); }

export function extractFacts(doc: NoteDocument, section: Section, lineOf: (item: string) => number): FactClaim[] {
  const facts: FactClaim[] = [];
  if (isFactHeading(section.title)) {
    for (const item of listItems(section.markdown)) facts.push({ kind: 'fact', text: stripMd(item), line: lineOf(item), examRelevant: true, origin: 'heading' });
    // Nested bullets of a limits section ("- Kinesis:\n  - 1 MB/s per shard") count too.
    for (const b of blocksOf(section)) if (b.type === 'item' && b.depth > 0 && NUMBER.test(b.text) && !facts.some((f) => f.text.includes(b.text))) facts.push({ kind: 'fact', text: b.text, line: b.line, examRelevant: true, origin: 'heading' });
  }
  // Sentences that hold a bold key statement with a number.
  for (const k of section.keyStatements) {
    if (!NUMBER.test(k.text)) continue;
    const plain = stripMd(k.text);
    const host = sentencesOf(section).find((s) => s.includes(plain));
    if (host && !facts.some((f) => f.text.includes(host) || host.includes(f.text))) facts.push({ kind: 'fact', text: host, line: k.line, examRelevant: true, origin: 'bold' });
  }
  // "- **Label**: 1 MB/sec per shard" bullets whose number is bold, or whose label names a limit or a
  // default ("Shard capacity", "Max timeout", "Retention"), under any heading.
  for (const b of blocksOf(section)) {
    if (b.type !== 'item' || !/^\*\*[^*]{2,40}\*\*\s*:/.test(b.raw) || !NUMBER.test(b.text)) continue;
    const label = /^\*\*([^*]+)\*\*/.exec(b.raw)![1];
    if (!LIMIT_LABEL.test(label) && !/\*\*[^*]*\d[^*]*\*\*/.test(b.raw.replace(/^\*\*[^*]+\*\*/, ''))) continue;
    // In a user's note a bullet of several numbers is one fact per number, each in a sentence of its own.
    const split = doc.source === 'user' && LIMIT_LABEL.test(label) ? labelledNumbers(b.raw) : [];
    if (split.length) {
      for (let i = facts.length - 1; i >= 0; i--) if (facts[i].text.includes(b.text) || b.text.includes(facts[i].text)) facts.splice(i, 1);
      for (const text of split) facts.push({ kind: 'fact', text, line: b.line, examRelevant: true, origin: 'label' });
      continue;
    }
    if (!facts.some((f) => f.text.includes(b.text) || b.text.includes(f.text))) facts.push({ kind: 'fact', text: b.text, line: b.line, examRelevant: true, origin: LIMIT_LABEL.test(label) ? 'label' : 'bold' });
  }
  // In a user's note, a table's cells under a limit label ("| **Retention** | Up to 14 days |").
  if (doc.source === 'user') {
    for (const t of markdownTables(section)) {
      for (const f of tableNumbers(t, (label) => LIMIT_LABEL.test(label))) if (!facts.some((x) => x.text === f.text)) facts.push({ kind: 'fact', text: f.text, line: f.line, examRelevant: true, origin: 'table' });
    }
  }
  return facts;
}
