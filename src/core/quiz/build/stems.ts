// A card's front or a clause written as a note heading, turned into a question.
import { lowerFirst } from '../text';

const CARD_NOUN = '(service|aws service|feature|tool|orchestrator|database|cache|catalog|engine|option|store)';
const CARD_THAT = new RegExp(`^${CARD_NOUN}\\s+(?:that|which)\\s+(.+)$`, 'i');
const CARD_PREP = /^(service|aws service)\s+((?:for|underneath|behind|inside|under|within|between)\s+.+)$/i;
const CARD_CLAUSE = new RegExp(`^${CARD_NOUN}\\s+(.+)$`, 'i');
const CARD_TO = new RegExp(`^${CARD_NOUN}\\s+to\\s+(choose|use|pick)\\s+(.+)$`, 'i');

/** A card's front as a question: "Maximum DynamoDB item size" → "What is the maximum DynamoDB item size?". */
export function cardStem(q: string, answer: 'service' | 'number', bare = false, isName?: (word: string) => boolean): string {
  const t = q.trim().replace(/[:.]$/, '');
  if (/\?$/.test(t)) return t;
  if (/^(?:where|what|which|how|when|why|who)\b/i.test(t)) return whQuestion(t);
  if (answer === 'service') {
    const m = CARD_THAT.exec(t);
    if (m) return `Which ${m[1].toLowerCase()} ${m[2]}?`;
    const c = CARD_TO.exec(t);
    if (c) return `Which ${c[1].toLowerCase()} should you ${c[2].toLowerCase()} ${c[3]}?`;
    const p = CARD_PREP.exec(t);
    if (p) return `Which ${p[1].toLowerCase() === 'aws service' ? 'AWS service' : p[1].toLowerCase()} is ${p[2]}?`;
    const v = CARD_CLAUSE.exec(t);
    if (v) { const q2 = whQuestion(`Which ${v[1].toLowerCase()} ${v[2]}`, true); if (q2.includes(' does ')) return q2; }
    return `Which AWS service is described here: “${t}”?`;
  }
  const first = t.split(/\s/)[0];
  if (bare && /^(?:[A-Z]{2,}s|[A-Za-z][a-z]*[^siu]s)$/.test(first)) return `How many ${lowerFirst(t, isName)}?`;
  const count = bare && !/\bnumber of\b/i.test(t) ? /^(maximum|minimum|default|recommended|typical)\s+((?:[a-z-]+\s+){0,2}?[a-z-]*[^siu\s]s)((?:\s+(?:in|per|of|for|on|that|before|a|an|one)\b.*)?)$/i.exec(t) : null;
  if (count) return `What is the ${count[1].toLowerCase()} number of ${count[2]}${count[3]}?`;
  return `What is the ${lowerFirst(t, isName)}?`;
}

const NOT_VERBS = new Set(['is', 'was', 'has', 'does', 'its', 'this', 'as', 'us', 'always', 'across', 'less', 'plus', 'thus', 'various', 'previous']);

/** "Where Athena reads table schemas from" → "Where does Athena read table schemas from?". */
export function whQuestion(t: string, properSubject = false): string {
  const m = /^(where|how long|how often|how|when|why|what|which [a-z]+)\s+(.+)$/i.exec(t);
  if (!m) return `${t}?`;
  const words = m[2].split(' ');
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (properSubject && !/^[A-Z0-9]/.test(words[i - 1])) break;
    if (w === 'is' || w === 'are') return `${m[1]} ${w} ${[...words.slice(0, i), ...words.slice(i + 1)].join(' ')}?`;
    if (!/^[a-z]+s$/.test(w) || NOT_VERBS.has(w) || /ss$/.test(w)) continue;
    const base = /(ss|sh|ch|x|z)es$/.test(w) ? w.slice(0, -2) : /[^aeiou]ies$/.test(w) ? w.slice(0, -3) + 'y' : w.slice(0, -1);
    return `${m[1]} does ${[...words.slice(0, i), base, ...words.slice(i + 1)].join(' ')}?`;
  }
  return `${t}?`;
}
