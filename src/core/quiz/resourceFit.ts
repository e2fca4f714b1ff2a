// A control that cannot apply to the resource the stem names (blind review r17: "Which data retention control keeps
// a data lake bucket … from growing" with log group retention and stream retention as wrong options): only the key
// is about a bucket, so the reader picks it without knowing any control. When the stem names a resource, a wrong
// option that names another resource (and not the stem's) is dropped; the key must fit the stem's resource itself.
// A quoted description of a feature does not count.

const RESOURCES: [string, RegExp][] = [
  // Objects live in buckets: "delete raw clickstream objects after 400 days" asks about a bucket (own reading after r17).
  ['bucket', /\bbuckets?\b|\bS3\b|\bobjects?\b/i],
  ['log group', /\blog groups?\b|\bCloudWatch Logs\b/i],
  // Not CloudWatch's "metric streams": a stream resource is a data, Kinesis, video or change stream.
  ['stream', /\b(?:data|Kinesis|video|change|a|the|each|one|its) streams?\b|^streams?\b|\bshards?\b|\bKinesis\b/i],
  ['queue', /\bqueues?\b|\bSQS\b/i],
  ['topic', /\btopics?\b|\bSNS\b/i],
  // AWS Backup protects buckets, tables and volumes alike: no resource of its own here.
  ['table', /\btables?\b|\bDynamoDB\b|\bTTL\b/i],
];

/** The resources a text names. */
export function resourcesIn(text: string): Set<string> {
  return new Set(RESOURCES.filter(([, re]) => re.test(text)).map(([name]) => name));
}

/**
 * True when a wrong option names only resources other than those the stem names, while the key fits the stem's
 * resource (or names none). A stem that names no resource, or an option that names none, is never judged here.
 */
export function offResource(stem: string, keys: readonly string[], option: string): boolean {
  // A quoted need is the question's own ("delete landing objects after a year"), but a quoted description of a
  // feature ("described here: 'how busy a queue is'") names an example, not the resource the question is about.
  const asked = resourcesIn(/\bdescribed here\b/i.test(stem) ? stem.replace(/“[^”]*”|"[^"]*"/g, ' ') : stem);
  if (!asked.size) return false;
  const fits = (text: string) => { const r = resourcesIn(text); return !r.size || [...r].some((x) => asked.has(x)); };
  if (!keys.every(fits)) return false;
  const own = resourcesIn(option);
  return own.size > 0 && ![...own].some((x) => asked.has(x));
}
