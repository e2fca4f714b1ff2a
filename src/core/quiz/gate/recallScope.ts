// Rules for a user's recall card found by blind review r37 (19 of 29 and 18 of 27 sampled cards valid before them):
// a card about a product outside the exam, an open "what is it used for" answered by a list of keywords, a front
// whose long service name already says the back, and a back that is a sample rather than an answer (one service
// asked and two given, "and a few others", "S3, Kinesis or EventBridge" for an open set). Users' cards only, as in
// gate/recall.ts.
import { QuizContext } from '../context';
import { outsideExam } from '../scopeTrivia';
import { cueKey } from '../cueKey';

// An AWS-branded product name: "Amazon Rekognition", "AWS Ground Station", "FSx for NetApp ONTAP".
const PRODUCT = /\b(?:Amazon|AWS)\s+[A-Z][\w-]*|\bFSx\b/;

/**
 * The card is about a product the exam does not ask: a service the catalog marks outside the exam guide, or an
 * AWS-branded name the catalog of the exam's services does not know at all (Rekognition, FSx for NetApp ONTAP).
 */
export function outsideExamSubject(ctx: QuizContext, front: string): string | undefined {
  // The business-analytics taxonomy (descriptive, diagnostic, predictive, prescriptive): drawing conclusions from
  // data is out of the exam's scope (blind reviews r38–r39).
  const taxonomy = /\b(?:types?|kinds?) of analytics\b|\b(?:descriptive|diagnostic|predictive|prescriptive) analytics\b/i.exec(front);
  if (taxonomy) return `the analytics taxonomy is outside the DEA-C01 exam guide: ${taxonomy[0]}`;
  const ids = ctx.servicesIn(front);
  const out = ids.map((id) => ctx.service(id)).find((s) => outsideExam(s));
  if (out) return `${out.name} is outside the DEA-C01 exam guide`;
  const product = PRODUCT.exec(front);
  return product && !ids.length ? `${product[0]} is not among the exam's services` : undefined;
}

/**
 * "What is <service> used for?" answered by a run of keywords ("Centralized Data Lake Storage, Object Backup, Raw
 * Data Landing Zone", "real-time search, log analytics, vector search"): the front has many right answers and the
 * back is one note's tag list, so nobody can grade themselves against it. A sentence that says what the service does
 * ("Interactive SQL queries on data in Amazon S3 using standard SQL") is kept.
 */
export function keywordListBack(front: string, back: string): string | undefined {
  if (!/\bused for\?$/i.test(front.trim())) return undefined;
  const items = back.replace(/\.$/, '').split(/,\s*/).filter(Boolean);
  if (items.length < 3) return undefined;
  const words = back.match(/[A-Za-z][\w-]*/g) ?? [];
  const capital = words.filter((w) => /^[A-Z]/.test(w)).length;
  // Tags in lower case too: most items of four words or fewer ("session storage, key-value lookup").
  const short = items.filter((i) => i.trim().split(/\s+/).length <= 4).length;
  return capital / words.length >= 0.6 || short * 2 > items.length ? `an open "used for" answered by a keyword list: ${back}` : undefined;
}

/**
 * The front's own name says half of the back: "What is Amazon Managed Workflows for Apache Airflow?" → "Managed
 * Apache Airflow for ETL pipelines". Counted on the back's content words, at least half of them in the front.
 */
export function nameGivesBack(front: string, back: string): string | undefined {
  const f = new Set(cueKey(front).split(' ').filter(Boolean));
  const b = cueKey(back).split(' ').filter((w) => w.length > 2);
  // A back that is a name ("Redshift Data Sharing") answers a need by naming it: only descriptions count.
  if (b.length < 4) return undefined;
  const said = b.filter((w) => f.has(w)).length;
  return said * 2 >= b.length ? `the front already says most of the back: ${back}` : undefined;
}

const ONE_SERVICE = /^(?:what|which)(?: (?:aws|amazon))?(?: [\w-]+)? service\b(?!s)/i;
const OPEN_SET = /^what are (?:some |the )?(?:aws |amazon )?services\b/i;
// "Which storage services suit transactional data?": services for a purpose, with no count, are an open set however
// the back joins them (blind review r38: Aurora and others left out of "DynamoDB and Amazon RDS").
const PURPOSE_SET = /^which (?:aws |amazon )?(?:[\w-]+ )?services (?:suit|fit|are (?:best )?(?:for|suited)|support|help|can (?:be used|you use))\b/i;
const MORE = /\b(?:and|or) (?:a few |many |several )?(?:others|more)\b|\betc\.?$|\band so on\b|\bamong others\b/i;

/**
 * A back that samples instead of answering: one service asked and several given ("What AWS service …?" → "Amazon MSK
 * and Amazon Kinesis"), a list that trails off ("… and a few others"), or an open set of services answered by
 * examples joined with "or" ("What are AWS services you can use to …?" → "S3, Kinesis, or EventBridge").
 */
export function sampledBack(ctx: QuizContext, front: string, back: string): string | undefined {
  const more = MORE.exec(back);
  if (more) return `the list trails off (${more[0]}): ${back}`;
  // A sub-feature counts as its service: "AWS Glue and an AWS Glue crawler" names one service, not two.
  const named = new Set(ctx.servicesIn(back).map((id) => ctx.service(id)?.parent ?? id)).size;
  if (ONE_SERVICE.test(front) && named >= 2) return `one service asked and ${named} given: ${back}`;
  if (OPEN_SET.test(front) && /,?\s\bor\b\s/.test(back) && named >= 2) return `an open set answered by examples: ${back}`;
  if (PURPOSE_SET.test(front) && named >= 2) return `services for a purpose are an open set: ${back}`;
  return undefined;
}

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * A front that asks for a counted set ("What are the five V's of data?") answered by a list of another length or
 * one that hedges an item ("…, veracity, or validity, and value": six for five; blind review r46). Counted on a
 * one-sentence back of short items only: a back that explains each item is not a list to count.
 */
export function countedBack(front: string, back: string): string | undefined {
  const m = /\b(?:the )?(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10) (?:main |key |core )?[A-Za-z][\w'’-]*s\b/i.exec(front);
  if (!m) return undefined;
  const want = COUNTS[m[1].toLowerCase()] ?? Number(m[1]);
  const b = back.trim().replace(/\.$/, '');
  if (/[.;:!?]\s/.test(b)) return undefined;
  const items = b.split(/\s*,\s*(?:and |or )?|\s+(?:and|or)\s+/i).map((x) => x.trim()).filter(Boolean);
  if (items.length < 2 || items.some((x) => x.split(/\s+/).length > 5)) return undefined;
  if (/,\s*or\s/i.test(b)) return `a counted set answered with a hedge: ${back}`;
  return items.length !== want ? `asks for ${m[1]} and the back lists ${items.length}: ${back}` : undefined;
}
