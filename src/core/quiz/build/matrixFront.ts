// Which tables are comparison matrices, which of their rows are worth a recall card, and the card's front
// ("Compare Amazon EFS and Amazon FSx for Lustre by S3 integration."). An imperative names the compared things
// as the header wrote them, so the front needs no number or article agreement with each of them.

// The first header of a matrix names the attribute column; anything else is a list or a mapping table.
const ATTRIBUTE_HEAD = /^(?:features?|characteristics?|aspects?|attributes?|criteri(?:a|on)|dimensions?|propert(?:y|ies)|comparison|factors?|capabilit(?:y|ies)|)$/i;
// A later header that is an attribute, not a compared thing: "Feature | Description | Exam Tip" is a list.
const NOT_COMPARED = /\b(?:description|use cases?|purpose|notes?|examples?|benefits?|when|why|details?|meaning|exam|tips?|status|weight(?:ing)?|links?|explanation|definition|value|keywords?)\b/i;
// Study admin: plans, schedules, scoring and resources are no knowledge.
const ADMIN = /\b(?:study (?:guide|plan|timeline|schedule)|schedule|timeline|scoring|weights?|weighting|resources|roadmap|progress|labs?|capstone|exam (?:strateg(?:y|ies)|preparation|day)|readme)\b/i;
// Residue a card must not show: LaTeX (and prices, which are trivia anyway), HTML, links.
const RESIDUE = /[$\\]|<[^>]*>|\[\[|\]\(|https?:/;
// A cell that says only yes or no, or nothing.
const MARK = /^(?:[✓✗✔✖❌✅]\uFE0F?|yes|no|n\/a|-|—|–|)$/iu;
// Quantities that are obscure limits rather than what tells the compared things apart.
const QUANTITY = /\b(?:rate|size|limit|quota|metrics|count|rps)\b/i;
// AWS KMS keys are no longer called customer master keys (CMKs) since 2021.
const OLD_TERMS = /\bcustomer master keys?\b|\bCMKs?\b/i;
// Rows the student got wrong, checked against AWS documentation.
const WRONG: { attribute: RegExp; cell: RegExp; why: string }[] = [
  // S3 Storage Lens exports metrics daily to S3 (CSV or Parquet) in the free tier too; CloudWatch publishing is the
  // advanced tier's (https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage_lens_view_metrics_export.html).
  { attribute: /\bexport\b/i, cell: /^console only$/i, why: 'free-tier Storage Lens metrics export to S3 too' },
  // An SNS dead-letter queue is set on a subscription of any protocol, not only HTTP and Lambda ones
  // (https://docs.aws.amazon.com/sns/latest/dg/sns-dead-letter-queues.html).
  // Redshift Spectrum queries run on a fleet of Spectrum nodes AWS manages apart from the cluster
  // (https://docs.aws.amazon.com/redshift/latest/dg/c-using-spectrum.html).
  { attribute: /\binfrastructure\b/i, cell: /^runs on redshift cluster nodes$/i, why: 'Redshift Spectrum runs on its own fleet, not on the cluster nodes' },
  // Apache Iceberg is a table format, not a query engine.
  { attribute: /\bquery engines?\b/i, cell: /\bIceberg$/, why: 'Apache Iceberg is a table format, not a query engine' },
  { attribute: /\bdead[- ]letter\b/i, cell: /\bHTTP\/Lambda subscriptions\b/i, why: 'SNS dead-letter queues serve every subscription type' },
];
// Use-case rows are asked as what each is for.
const USE_ROW = /^(?:(?:ideal|primary|typical|best|main|common)\s+)?(?:data\s+)?use cases?$|^best (?:for|used for)$/i;

const strip = (s: string) => s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

/** Why a table is no comparison matrix (or one in study admin), else undefined. `path`: note title, file and headings. */
export function tableProblem(path: string, head: string[]): string | undefined {
  if (head.length < 3 || head.length > 5) return 'not two to four compared columns';
  if (!ATTRIBUTE_HEAD.test(strip(head[0]))) return 'no attribute column';
  if (head.slice(1).some((h) => !strip(h) || NOT_COMPARED.test(strip(h)))) return 'columns are attributes, not compared things';
  if (ADMIN.test(path)) return 'study admin';
  return undefined;
}

/** Why an attribute row gives no card, else undefined. */
export function matrixProblem(attribute: string, cells: string[]): string | undefined {
  const a = strip(attribute);
  const c = cells.map((x) => strip(x.replace(/[❌✅]\uFE0F?/gu, '')));
  if (!a || /\?$/.test(a)) return 'no attribute';
  if (c.some((x) => !x)) return 'an empty cell';
  if (cells.every((x) => MARK.test(strip(x)))) return 'marks only';
  if (new Set(c.map((x) => x.toLowerCase())).size === 1) return 'the same in every column';
  if (RESIDUE.test(a) || cells.some((x) => RESIDUE.test(x))) return 'residue';
  if (QUANTITY.test(a) && c.some((x) => /\d/.test(x))) return 'an obscure limit';
  if (cells.some((x) => OLD_TERMS.test(x))) return 'a former AWS term';
  const wrong = WRONG.find((w) => w.attribute.test(a) && c.some((x) => w.cell.test(x)));
  if (wrong) return wrong.why;
  return undefined;
}

/** "Max Execution Time" → "maximum execution time"; names and acronyms keep their capitals. */
export function attributePhrase(attribute: string, isName: (w: string) => boolean): string {
  return strip(attribute).replace(/^Max\.?\s/i, 'Maximum ').replace(/^Min\.?\s/i, 'Minimum ').split(' ')
    .map((w) => w.split('-').map((p) => (/^[A-Z][a-z]+$/.test(p) && !isName(p) ? p.toLowerCase() : p)).join('-')).join(' ');
}

/** "A and B", "A, B and C". */
const listed = (names: string[]) => (names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/**
 * The front of a matrix row's card, or undefined when the attribute is no noun phrase to compare by ("Operates
 * At" reads "by the level each operates at"). `where`: the service the compared things belong to, or ''.
 */
export function matrixFront(names: string[], attribute: string, where: string, isName: (w: string) => boolean): string | undefined {
  const a = strip(attribute);
  const scope = where ? `In ${where}, ` : '';
  const start = (s: string) => (scope ? `${scope}${s.charAt(0).toLowerCase()}${s.slice(1)}` : s);
  if (USE_ROW.test(a)) return start(`What is each of ${listed(names)} typically used for?`);
  let phrase = attributePhrase(a, isName);
  const at = /^operates? (at|in|on)$/i.exec(phrase);
  if (at) phrase = `where each operates`;
  // A phrase that ends on a preposition or a participle ("Network Needed") is no noun to compare by.
  else if (/\b(?:at|in|on|by|for|to|of|with|needed|required|allowed|supported)$/i.test(phrase)) return undefined;
  return start(`Compare ${listed(names)} by ${phrase}.`);
}
