// Service statements: a sentence whose subject is a service and whose predicate says what it is or does —
// "AWS Glue is a fully managed ETL service that …", "Amazon Data Firehose ingests streaming data, buffers it
// and writes it to a store", "You can use AWS Transfer Family for file transfers into S3". The claim is the
// service and its predicate; the builder asks which service the predicate describes.
import { Section } from '../../model';
import { blocksOf } from './blocks';
import { continuedPredicate } from './followUp';

export interface StatementClaim {
  kind: 'statement'; subject: string; predicate: string; line: number;
  /** The situation a lead-in clause set ("Because the exports already land in S3, you can use …"): it fixes the key. */
  context?: string;
}

// "Because the exports already land in S3, we can use Amazon Athena to …": the clause says where the data is,
// which is what makes the service the answer; it is kept as the stem's first sentence.
const SITUATION = /^(?:since|because|as|once|now that) ((?:the|your|our|this|these|its) [^,]{8,90}), (?=(?:you|we) (?:can|could) (?:also )?use )/i;

const NAME = String.raw`((?:Amazon|AWS)\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|for|of))*?(?:\s+[A-Z][\w-]*)?)`;
// "X is a/an/the …", "X <verb>s …", "X can <verb> …"
const IS = new RegExp(`^${NAME}(?:,\\s*(?:or|formerly)[^,]+,)?\\s+is\\s+((?:a|an|the)\\s+[^.;]{12,180})`);
const VERB = new RegExp(`^${NAME}(?:,\\s*(?:or|formerly)[^,]+,)?\\s+((?!(?:for|of|and|or)\\b)(?:can\\s+(?:also\\s+)?)?(?:[a-z]+s|[a-z]+)\\s+[^.;]{12,180})`);
const USE = new RegExp(`^(?:you can |you could |we )?(?:also )?use (?:the )?${NAME}(?:,\\s*or\\s+[^,]+,)?\\s+((?:to|for)\\s+[^.;]{12,180})`, 'i');
// "AWS DMS can also be used to run …": the same as "you can use AWS DMS to run …".
const USED = new RegExp(`^${NAME}\\s+can\\s+(?:also\\s+)?be used\\s+((?:to|for)\\s+[^.;]{12,180})`);
// "There is also an AWS Glue crawler that …": the service is introduced, then described.
const THERE_IS = new RegExp(`^there (?:is|are) (?:also )?(?:an? |the )?${NAME}\\s+(?:that|which)\\s+([^.;]{12,180})`, 'i');
// Verbs that describe what a service does, not opinions or comparisons ("may be", "is better").
const DOES = /^(?:can\s+(?:also\s+)?)?(?:ingests?|uses?\s+(?:the\s+)?[a-z]+|processe?s|reads?|writes?|stores?|streams?|collects?|captures?|converts?|loads?|runs?|queries|query|analy[sz]es?|analy[sz]e|transforms?|moves?|copies|copy|replicates?|migrates?|discovers?|catalogs?|encrypts?|manages?|orchestrates?|schedules?|delivers?|buffers?|searches|search|indexes|index|provides?|helps?|lets?|allows?|automates?|monitors?|tracks?|records?|detects?|classifies|classify|publishes|publish|routes?|sends?|receives?|connects?|transfers?|syncs?|ingest|process|read|write|store|collect|capture|convert|load|run|transform|move|replicate|migrate|deploy|deploys)\b/;

// A summary paragraph introduces its service with more verbs ("X enables …", "X simplifies …", "X
// dynamically provisions …"); elsewhere these read as opinions or asides, so only summaries take them.
const SUMMARY_DOES = /^(?:[a-z]+ly\s+)?(?:enables?|simplifies|offers?|provisions?|decouples?|delivers?|replaces)\b/;

/** "1. High-Level Summary", "Overview", "📋 Summary": the paragraph that says what the note's subject is. */
export function isSummarySection(section: Section): boolean {
  return /^(?:\d+\.\s*)?(?:high[- ]level summary|summary|overview|introduction)$/i.test(section.title.replace(/^[^\w]+/u, '').trim());
}

export interface StatementOptions {
  /**
   * A service note's summary: "It …" is the service the sentence before named, and the summary verbs
   * count (the first sentences of a "High-Level Summary" say what the service is and does).
   */
  summary?: boolean;
}

export function extractStatements(section: Section, opts: StatementOptions = {}): StatementClaim[] {
  const out: StatementClaim[] = [];
  for (const b of blocksOf(section)) {
    if (b.type === 'details') continue;
    let asked: string | undefined;
    let named: string | undefined;
    const sentences = b.text.split(/(?<=[.!?])\s+(?=[A-Z])/);
    for (const [k, raw] of sentences.entries()) {
      // "Which jobs suit Amazon AppFlow? It can be used to …": "It" is the service the question named.
      const prior = asked ?? (opts.summary ? named : undefined);
      asked = /\?$/.test(raw.trim()) ? new RegExp(`${NAME}\\?$`).exec(raw.trim())?.[1] : undefined;
      const before = out.length;
      // "For operational analytics, Amazon OpenSearch Service can …": the lead-in names a use, the rest describes.
      const it = opts.summary ? /^It (?=[a-z]+s |can |is )/ : /^It (?=can |is )/;
      const s = raw.replace(/^(?:also|then|for example|finally|and),?\s+/i, '').replace(/^for [a-z][^,]{3,40},\s+(?=(?:Amazon|AWS)\s)/i, '').replace(it, prior ? `${prior} ` : 'It ').trim();
      const situation = SITUATION.exec(s);
      claim(situation ? s.slice(situation[0].length) : s, b.line, out, opts);
      if (situation && out.length > before) out[out.length - 1].context = situation[1];
      // A short statement the next "It can …" sentence continues is one description (followUp.ts).
      const whole = out.length > before ? continuedPredicate(out[out.length - 1].predicate, sentences[k + 1]) : undefined;
      if (whole) out[out.length - 1].predicate = whole;
      named = out.length > before ? out[out.length - 1].subject : undefined;
    }
  }
  return out;
}

function claim(s: string, line: number, out: StatementClaim[], opts: StatementOptions): void {
  const before = out.length;
  add(s, line, out, opts);
  // A predicate longer than the patterns take is cut mid-sentence: a summary keeps it up to its last
  // comma or parenthesis, or drops it rather than ask a stem that ends mid-phrase ("…, and?").
  const c = out[before];
  if (!c || !opts.summary) return;
  // "… compute resources (e.g., CPU or memory) based on the jobs submitted": the "e." of "e.g." ended
  // the match, and what follows the parenthesis qualifies the claim; without it the stem is too vague.
  const open = c.predicate.lastIndexOf('(') > c.predicate.lastIndexOf(')');
  if (open) {
    const after = s.slice(s.indexOf(c.predicate.slice(-20)) + 20);
    if (after.replace(/^[^)]*\)\s*[.!]?\s*$/, '').trim()) out.pop();
    return;
  }
  const rest = s.slice(s.indexOf(c.predicate.replace(/^(?:is|can you use) /, '')) + c.predicate.replace(/^(?:is|can you use) /, '').length);
  if (!rest.trim() || /^[.;!?]/.test(rest.trim())) return;
  const cut = c.predicate.slice(0, Math.max(c.predicate.lastIndexOf(','), c.predicate.lastIndexOf(' (')));
  if (cut.split(/\s+/).length >= 7) c.predicate = cut;
  else out.pop();
}

function add(s: string, line: number, out: StatementClaim[], opts: StatementOptions): void {
  const is = IS.exec(s);
  if (is) { out.push({ kind: 'statement', subject: is[1], predicate: `is ${is[2]}`, line }); return; }
  const used = USED.exec(s);
  if (used) { out.push({ kind: 'statement', subject: used[1], predicate: `can you use ${used[2]}`, line }); return; }
  const there = THERE_IS.exec(s);
  if (there && DOES.test(there[2])) { out.push({ kind: 'statement', subject: there[1], predicate: there[2], line }); return; }
  const use = USE.exec(s);
  if (use) { out.push({ kind: 'statement', subject: use[1], predicate: `can you use ${use[2]}`, line }); return; }
  const verb = VERB.exec(s);
  if (verb && (DOES.test(verb[2]) || (opts.summary && SUMMARY_DOES.test(verb[2])))) out.push({ kind: 'statement', subject: verb[1], predicate: verb[2], line });
}
