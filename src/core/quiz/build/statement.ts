// A service statement as a question: "Which AWS service ingests streaming data, buffers it for a set
// time and writes it to a store?" Notes describe a service in words that often fit its rivals too, so the
// distractors come from other service families: one defensible answer over a hard one.
import { NoteDocument, Section } from '../../model';
import { QuizContext } from '../context';
import { categoryFamily } from '../serviceTraits';
import { ownKindFirst } from '../plausibleRivals';
import { serviceDistractors } from '../distractors';
import { Draft } from '../draft';
import { StatementClaim } from '../extract/statements';
import { sameKind, sharesCapability } from '../serviceKinds';
import { sentence, stems } from '../text';
import { currentNames } from './practice';

/** "ingests streaming data" → "ingests streaming data"; "can ingest" → "can ingest"; "is a …" → "is a …". */
function stemOf(predicate: string): string {
  const p = predicate.replace(/[,;:]+$/, '').trim();
  if (/^(?:can|is) /.test(p)) return `Which AWS service ${p}?`;
  // "Kinesis Data Streams ingest data" (a plural-looking name): the stem's "Which service" is singular.
  // An adverb before the verb ("dynamically provisions") stays as it is.
  const words = p.split(' ');
  const at = /ly$/.test(words[0]) && words.length > 1 ? 1 : 0;
  const verb = words[at];
  const third = /s$/.test(verb) ? verb : /(?:ch|sh|x|ss|o)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  return `Which AWS service ${[...words.slice(0, at), third, ...words.slice(at + 1)].join(' ')}?`;
}

// Words every service description uses: they tell no two services apart.
// Function words ("to", "or", "in") tell nothing either: "helps to … write" is not "retries writes to".
const GENERIC = new Set(['amazon', 'aw', 'service', 'data', 'managed', 'fully', 'serverles', 'scal', 'use', 'run', 'with', 'that', 'the', 'and', 'for', 'from', 'your', 'any', 'without', 'make', 'easy', 'using',
  'to', 'or', 'of', 'in', 'on', 'at', 'by', 'as', 'is', 'it', 'an', 'into', 'onto', 'its', 'their', 'this', 'these', 'can', 'are', 'be']);

/**
 * The situation as a sentence of its own. Its "the" pointed back at what the note's sentence before it named
 * ("the data", "the files"), which the stem does not carry: said without it, the lead-in stands alone
 * ("Data is stored in an S3 bucket."; blind review r10).
 */
export function leadIn(situation: string): string {
  const own = situation.trim().replace(/^the\s+/i, '');
  return `${own.charAt(0).toUpperCase()}${own.slice(1)}.`;
}

/** Content words a predicate shares with a service's own description ("queries … S3" beside Redshift Spectrum). */
export function describedAlike(predicate: string, description: string): boolean {
  const own = stems(predicate);
  let shared = 0;
  for (const w of stems(description)) if (w.length > 1 && !GENERIC.has(w) && own.has(w) && ++shared >= 2) return true;
  return false;
}

export interface StatementBuildOptions {
  /**
   * A summary says what a service is in broad words that often fit a rival too ("an interactive query
   * service to analyze data in S3 with SQL" fits Redshift Spectrum): a service whose own description
   * shares two content words with the predicate is never a distractor.
   */
  summary?: boolean;
}

/** The text without the names of the services it mentions. */
function unnamed(ctx: QuizContext, text: string): string {
  let out = text;
  for (const id of ctx.servicesIn(text)) {
    const x = ctx.service(id)!;
    const names = [x.name, x.shortName, ...x.aliases, ...x.formerNames].filter((n): n is string => !!n && n.length > 2).sort((a, b) => b.length - a.length);
    for (const n of names) out = out.split(n).join(' ');
  }
  return out;
}

export function buildStatement(ctx: QuizContext, doc: NoteDocument, section: Section, c: StatementClaim, opts: StatementBuildOptions = {}): Draft | undefined {
  const sid = ctx.serviceAnswer(c.subject);
  if (!sid) return undefined;
  const s = ctx.service(sid)!;
  // A doubled word is a slip of the pen ("software as a service service"), not part of the question.
  // A second clause with its own subject ("… frameworks and some of the tools can be used …") does not read
  // as part of a stem: the question keeps the first clause.
  let predicate = c.predicate.trim().replace(/\b(\w+) \1\b/gi, '$1')
    .replace(/,?\s+(?:and|but)\s+(?:some|many|most|the|these|those|it|they|its|their)\b[^,;]*?\b(?:can|is|are|will|may|must)\b.*$/i, '')
    // A parenthesis the sentence split cut open ("(e.g." ends a sentence) is left out.
    .replace(/,?\s*\([^)]*$/, '')
    // A clause whose subject is another service ("…, and AWS Database Migration Service replicates changes …") is that
    // service's statement, not part of this one (blind review r55).
    .replace(/,\s+(?:and|but|while|whereas)\s+(?:Amazon|AWS)\s+(?:[A-Z][\w-]*\s+){0,5}(?:[a-z]+s|can|does|is|has)\s.*$/, '');
  // What a service does not do ("copies files and objects but takes no database snapshots") is a why-not of another
  // answer: it describes no service well enough to be asked which one it is (blind review r55).
  if (/\bbut\s+(?:\w+\s+)?(?:no|not|never|cannot|none)\b|\bbut\s+(?:does|do|is|are|can|has|have)n't\b/i.test(predicate)) return undefined;
  // A user's former name is asked by the current one ("Kinesis Data Firehose" → "Amazon Data Firehose").
  if (doc.source === 'user') predicate = currentNames(ctx, predicate);
  // A predicate that names other services is about them too ("… writes to Amazon S3, Redshift …"): those are
  // never distractors; one that is mostly a list of other services says little about this one.
  const named = ctx.servicesIn(predicate).filter((id) => id !== sid);
  // A short predicate ("ingests data in real time") fits many services: too vague to have one key.
  if (named.length > 2 || predicate.split(/\s+/).length < 7) return undefined;
  const family = categoryFamily(s.category);
  // A summary's rivals of the same family are fair once those described alike are left out.
  const excluded = new Set([...named, ...ctx.services.filter((x) => (opts.summary ? describedAlike(predicate, x.description) : categoryFamily(x.category) === family)).map((x) => x.id)]);
  // With its situation ("the data is stored in an S3 bucket"), a service described alike fits too (Redshift
  // queries S3 with SQL through Spectrum): never a distractor.
  if (c.context) for (const x of ctx.services) if (describedAlike(`${predicate} ${c.context}`, x.description)) excluded.add(x.id);
  // A capability the key shares with others for this need (SQL over S3: Athena, Redshift Spectrum, an
  // OpenSearch domain): none is a distractor, so others of the kind are drawn instead of the question dropped.
  const need = `${c.context ?? ''} ${predicate}`;
  for (const x of ctx.services) if (x.id !== sid && sharesCapability(need, s, x)) excluded.add(x.id);
  // A user's statement with too few rivals from other families takes the rest from its own kind, those
  // described alike left out (a student's notes name few families of one kind: "deploy Hadoop frameworks").
  // The names of services the predicate mentions say where the data goes, not what the key does ("write it
  // into a stream with Kinesis Data Streams" is not the KPL's "writes to Kinesis Data Streams"): left out of
  // the comparison.
  const said = unnamed(ctx, predicate);
  const more = doc.source === 'user' && !opts.summary
    ? serviceDistractors(ctx, [sid], new Set([...named, ...ctx.services.filter((x) => describedAlike(said, unnamed(ctx, x.description)) || sharesCapability(need, s, x)).map((x) => x.id)]), `${section.id}:${c.line}:stmt+`).filter((x) => sameKind(s, x))
    : [];
  ctx.tieCue(predicate, s.name);
  return {
    doc, section, line: c.line, kind: 'identify', cue: predicate,
    // The situation the note set first ("The data is stored in an S3 bucket.") leads the stem.
    stem: c.context ? `${leadIn(c.context)} ${stemOf(predicate)}` : stemOf(predicate), correct: [s.name],
    // A summary's rivals are of the key's own kind only: a stream beside a workflow engine is no rival.
    distractors: [...new Set(ownKindFirst(doc.source === 'user', s, [...serviceDistractors(ctx, [sid], excluded, `${section.id}:${c.line}:stmt`, [], doc.source === 'user').filter((x) => !opts.summary || sameKind(s, x)), ...more]).map((x) => x.name))],
    optionKind: 'service', explanation: sentence(`${s.name} ${predicate.replace(/^can you use /, 'is used ')}`),
    serviceIds: [sid, ...named], answerServiceIds: [sid],
  };
}
