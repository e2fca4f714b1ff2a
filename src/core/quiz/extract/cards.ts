// Cards: those the parser read (Q::A, Q?A, ==cloze==) and Anki cloze lines ("{{c1::Athena}} queries
// S3 with SQL"), one claim per cloze number, the other clozes shown as plain text.
import { Section } from '../../model';
import { blocksOf } from './blocks';
import { CardClaim } from './claims';

const ANKI = /\{\{c(\d+)::([^}]*?)(?:::[^}]*)?\}\}/g;

export function extractCards(section: Section): CardClaim[] {
  // An Anki cloze line is read below, not as a "Q::A" card split at its "::".
  const out: CardClaim[] = section.cards.filter((c) => !/\{\{c\d|\}\}/.test(`${c.question} ${c.answer}`)).map((c) => ({ kind: 'card', question: c.question, answer: c.answer, line: c.line, cloze: c.kind === 'cloze' }));
  const known = new Set(out.map((c) => c.answer.toLowerCase() + '|' + c.line));
  for (const b of blocksOf(section)) {
    if (!b.raw.includes('{{c')) continue;
    const numbers = [...new Set([...b.raw.matchAll(ANKI)].map((m) => m[1]))];
    for (const n of numbers) {
      let answer = '';
      const question = b.raw.replace(ANKI, (_, k: string, text: string) => {
        if (k !== n) return text;
        if (!answer) answer = text.trim();
        return '[…]';
      });
      if (!answer || known.has(answer.toLowerCase() + '|' + b.line)) continue;
      out.push({ kind: 'card', question, answer, line: b.line, cloze: true });
    }
  }
  return out;
}
