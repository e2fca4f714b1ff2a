// The front of a term's recall card, in the grammar a person would ask it: "What is Amazon Kinesis Data
// Streams?", "In AWS Batch, what are job queues?", "In Amazon S3, what does snapshot expiration do?". The
// term keeps its number (a plural heading word is asked with "are"), its acronyms and product names keep
// their capitals, ordinary words are lower-cased, and a singular count noun gets its article.

// Last words that end in "s" yet name one thing ("CloudWatch Logs Insights", "Kinesis Data Streams").
const SINGULAR_S = /^(?:insights|streams|logs|lens|kinesis|analytics|express|access|status|series|bus|gas|ds|fs|emrfs)$/i;
// Nouns that are asked without an article: processes, qualities and materials ("snapshot expiration").
const MASS = /(?:tion|sion|ment|ing|ance|ence|ity|age|ure|ness|ics|ism|cy|ware|data|compute|scaling|security|storage|capacity|throughput|access)$/i;
// One of a fixed set in its subject ("the infrequent access tier"), not one of many ("a core node").
const UNIQUE = /(?:tier|layer|zone|mode|class)$/i;
// The words before a qualifier carry the term's number: "RA3 Nodes with Managed Storage" are nodes.
const QUALIFIER = /\s+(?:with|for|of|on|in|by|to)\s+.*$/i;
// Definitions that open with what the thing does ("Executes tasks …", "Automatically purges …").
const ADVERB = /^(?:automatically|continuously|securely|dynamically|permanently|instantly|directly)\s+/i;
// Third-person verbs are told from plural nouns by the word after them: "Merges small files" (verb + object)
// against "Objects smaller than" (noun + comparison); the common noun openings are listed.
const NOUN_S = /^(?:objects|rules|data|tables|files|records|jobs|queues|pre-built|users?|resources|sets|documents|managed|primary)$/i;
// Imperatives a student writes for what a feature lets one do ("Query data …", "Run Spark …").
const IMPERATIVE = /^(?:query|run|grant|filter|move|apply|train|precompute|execute|specify|convert|resize|store|send|share|read|write|load|create|deliver|stream|process|analy[sz]e|encrypt|mask|track|build|deploy|connect|retain|delete|replicate|copy|access|permanently)$/i;

/** A word shown as written: an acronym, a product name with inner capitals, code, a number, a service's own word. */
export function keepsCase(word: string, isName: (w: string) => boolean): boolean {
  // "Open-Source" and "Self-Healing" are ordinary words in title case; "SageMaker", "DAGs", "RA3", "gp3" are not.
  return word.split('-').some((w) => /[A-Z]{2}|[a-z][A-Z]|[0-9_():*]/.test(w)) || /^(?:Amazon|AWS)$/.test(word) || isName(word.replace(/[^\w-]/g, ''));
}

/** A term in code ("ROW_NUMBER()", "NoncurrentVersionExpiration", "s3:ObjectCreated:*"). */
export const isCodeTerm = (term: string) => /[_:]|\(\)$|^[a-z0-9]+[A-Z]|^[A-Z][a-z]+[A-Z]/.test(term);

export interface TermShape {
  /** The term as the front shows it ("job queues", "EMR Serverless", "ROW_NUMBER()"). */
  text: string;
  plural: boolean;
  /** "a" / "an" for a singular count noun, else ''. */
  article: string;
}

/** How the term reads inside a question. */
export function termShape(term: string, isName: (w: string) => boolean): TermShape {
  // "()" after a function's name reads as an empty aside: "ROW_NUMBER" is the function.
  const t = term.replace(/\s*&\s*/g, ' and ').replace(/\(\)$/, '').trim();
  const head = t.replace(/\s*\([^)]*\)\s*$/, '').replace(QUALIFIER, '');
  const code = isCodeTerm(term);
  const words = head.split(/\s+/);
  const last = words[words.length - 1];
  // A product or code name ("EMR Serverless", "MSK Connect", "ROW_NUMBER()") is written as the note writes it.
  const proper = keepsCase(words[0], isName);
  const text = proper ? t : t.split(/(\s*\([^)]*\)\s*)/).map((part, i) => (i % 2 ? part.replace(/\(([A-Z][a-z]+)\)/, (_, w: string) => `(${keepsCase(w, isName) ? w : w.toLowerCase()})`) : part.split(/\s+/).map((w) => (keepsCase(w, isName) ? w : w.toLowerCase())).join(' '))).join('');
  const plural = !code && (/ and /.test(head) || (/[a-z]s$/.test(last) && !/(?:ss|us|is)$/.test(last) && !SINGULAR_S.test(last)) || /^[A-Z]{2,}s$/.test(last));
  const article = plural || proper || MASS.test(last) ? '' : UNIQUE.test(last) ? 'the ' : /^[aeiou]/i.test(text) ? 'an ' : 'a ';
  return { text, plural, article };
}

export type DefinitionForm = 'thing' | 'does' | 'lets' | 'works' | 'examples';

// A list of names and nothing else ("API Gateway, CloudFront, SNS"): examples of the term, not what it is.
const NAME_LIST = /^[A-Z][\w./-]*(?:\s+[\w./-]+){0,3}(?:\s*\([^)]*\))?(?:,\s*(?:or\s+|and\s+)?[A-Z][\w./-]*(?:\s+[\w./-]+){0,3}(?:\s*\([^)]*\))?)+\.?$/;

/** What kind of answer the definition is: a noun phrase, what the thing does, or what it lets one do. */
export function definitionForm(definition: string): DefinitionForm {
  const d = definition.replace(ADVERB, '');
  const [first, second = '', third = ''] = d.split(/\s+/);
  if (NAME_LIST.test(definition.trim()) && !/\b[a-z]+ing\b/.test(definition)) return 'examples';
  // A sentence with its own subject ("Aurora continuously scans disk blocks …") tells how the thing works.
  if (/^[A-Z]/.test(first) && /^(?:automatically|continuously|always)$/i.test(second) && /^[a-z]+s$/.test(third)) return 'works';
  if (IMPERATIVE.test(first) && /^[A-Z]/.test(definition)) return 'lets';
  if (/^[A-Z][a-z]+(?:es|s)$/.test(first) && !/ss$/.test(first) && !NOUN_S.test(first) && !/^(?:than|of|in|with|from|that|are|is)$/i.test(second)) return 'does';
  return ADVERB.test(definition) ? 'does' : 'thing';
}

/**
 * The question for a term of a subject: `subject` is the service's name (or '' when the term names its
 * subject itself), `noun` a family word for a code term ("SQL window function").
 */
export function termQuestion(shape: TermShape, form: DefinitionForm, subject: string, noun = ''): string {
  const named = noun ? `the ${noun} ${shape.text}` : `${shape.article}${shape.text}`;
  const plural = shape.plural && !noun;
  const ask = form === 'works' ? `how ${plural ? 'do' : 'does'} ${named} work`
    : form === 'examples' ? `what are examples of ${shape.article === 'the ' ? named : shape.text}`
    : form === 'does' ? `what ${plural ? 'do' : 'does'} ${named} do`
      : form === 'lets' ? `what ${plural ? 'do' : 'does'} ${named} let you do`
        : `what ${plural ? 'are' : 'is'} ${named}`;
  return subject ? `In ${subject}, ${ask}?` : `${ask.charAt(0).toUpperCase()}${ask.slice(1)}?`;
}
