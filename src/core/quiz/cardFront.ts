// A card's front turned into a choice stem (build/stems.ts) must read as an exam question about AWS. Blind
// review r9 found card lines that did not: "What is the S3 GET/HEAD requests per second per partitioned
// prefix?" (a plural noun phrase after "What is the") and "What is the spark default broadcast join
// threshold?" (an open-source Spark setting, trivia for this exam). Bundled cards only: users' cards are
// their own wording, kept as they are.
import { QuizContext } from './context';
import { Draft } from './draft';
import { withoutVendor } from './text';

// Words that end a noun phrase's head: "requests per second", "size of one item".
const AFTER_HEAD = /\s(?:per|in|of|for|on|at|with|by|from|before|after|when|that|under|across|covered|included|provided|allowed)\s/i;

/** "What is the S3 GET/HEAD requests per second …": "is" before a plural head noun. */
export function pluralAfterIs(stem: string): boolean {
  const m = /^What is the (.+)\?$/i.exec(stem);
  if (!m) return false;
  const phrase = m[1].split(AFTER_HEAD)[0].trim();
  // "the most state a Lambda window keeps": a relative clause, its last word a verb, not the head.
  if (/\s(?:a|an|the|one|each|every)\s/i.test(` ${phrase} `.slice(1))) return false;
  const head = phrase.split(/\s+/).pop() ?? '';
  return /^[a-z]+[^su']s$/.test(head) && !/(?:ss|ics|ous|sis)$/.test(head);
}

/** A question word turned into "does … should" ("Where does a Glue connection should take …?"). */
export const doubleVerb = (stem: string) => /^(?:Where|What|How|When|Why|Which \w+) (?:does|do)\b(?: [\w-]+){1,5} (?:should|must|can|will|may|is|are)\b/i.test(stem);

// Open-source engine settings: Spark, Hadoop, Hive and YARN defaults are not AWS knowledge.
const ENGINE_SETTING = /\b(?:spark|hadoop|hdfs|yarn|hive|mapreduce|presto|trino)\b/i;

// First words of service names too common to name one ("Simple", "Elastic", "Data", "Managed").
const COMMON_FIRST = new Set(['Simple', 'Elastic', 'Data', 'Managed', 'Cloud', 'Application', 'Database', 'Identity', 'Key', 'Storage', 'Step', 'Certificate', 'Direct', 'Well', 'Security', 'Systems', 'Transfer', 'Virtual', 'Mainframe', 'Service', 'Serverless', 'Clean', 'Entity', 'Fault', 'Global', 'Resource', 'Control', 'Trusted', 'Billing', 'Cost']);
const familyWords = new WeakMap<QuizContext, RegExp>();

/**
 * The stem names a service family by the distinctive first word of its name ("a Kinesis data stream", which the
 * service matcher leaves to "Kinesis Data Streams"): the subject is still AWS.
 */
function namesFamily(ctx: QuizContext, stem: string): boolean {
  let re = familyWords.get(ctx);
  if (!re) {
    const words = new Set<string>();
    for (const name of ctx.byName.keys()) {
      const first = withoutVendor(name).split(/\s+/)[0];
      if (/^[A-Z][A-Za-z0-9]{3,}$/.test(first) && !COMMON_FIRST.has(first)) words.add(first);
    }
    re = new RegExp(`\\b(?:${[...words].join('|')})\\b`);
    familyWords.set(ctx, re);
  }
  return re.test(stem);
}

// A definite reference ("the server migration", "after discovery") or a bare "option": what they point at is the
// note's subject, which the card's front never names.
const POINTS_BACK = /\b(?:the|after|before)\s+[a-z]|^Which option\b/;

/**
 * A service card's front that names no AWS service or family yet points back at something ("Which service performs
 * the server migration after discovery?" in the Application Discovery Service note, blind review r12): the reader
 * does not know whose migration or what was discovered. Self-contained fronts ("Which service offers managed SFTP
 * endpoints?") name no antecedent and stay.
 */
export function leansOnNote(ctx: QuizContext, stem: string): boolean {
  const body = stem.replace(/^Which (?:AWS )?service\b/, '');
  return POINTS_BACK.test(stem.startsWith('Which option') ? stem : body)
    && !ctx.servicesNaming(stem, (s) => !/\(brand\)/i.test(s.category)).length && !namesFamily(ctx, stem);
}

/** Why a bundled card's stem is not asked by choice, else undefined. */
export function cardFrontProblem(ctx: QuizContext, d: Draft, stem: string): string | undefined {
  if (d.kind !== 'card' || d.doc.source === 'user' || stem.startsWith('Fill in the blank')) return undefined;
  if (pluralAfterIs(stem) || doubleVerb(stem)) return `not a grammatical question: ${stem}`;
  if (d.optionKind === 'service' && leansOnNote(ctx, stem)) return `leans on its note's context: ${stem}`;
  if (d.optionKind !== 'number') return undefined;
  // A number needs its AWS subject in the stem: "the maximum parallelization factor per shard" of what?
  if (!ctx.servicesNaming(stem, (s) => !/\(brand\)/i.test(s.category)).length && !namesFamily(ctx, stem)) return ENGINE_SETTING.test(stem) ? `an open-source engine setting: ${stem}` : `names no AWS service: ${stem}`;
  return undefined;
}
