// Amazon S3 has dozens of features, and a note's table of them mixes areas: encryption, protection, replication,
// insight, transfer, access, storage cost. A question whose key is one feature and whose wrong options come from
// other areas ("S3 Bucket Keys" for a KMS cost need beside Object Lock, Versioning and Replication) is answered by
// elimination: only one option is about the need at all (blind reviews r14, r15). The areas below are AWS's own
// grouping of the features in the S3 user guide; an option outside every area is not judged.
const AREAS: Record<string, RegExp> = {
  encryption: /\b(?:sse-s3|sse-kms|dsse-kms|sse-c|bucket keys?|client-side encryption|server-side encryption|kms keys?)\b/i,
  protection: /\b(?:versioning|object lock|compliance mode|governance mode|legal hold|mfa delete)\b/i,
  replication: /\breplication\b/i,
  insight: /\b(?:storage lens|inventory|storage class analysis|server access log(?:ging|s)?|event notifications?)\b/i,
  transfer: /\b(?:transfer acceleration|byte-range fetch(?:es)?|multipart upload|express one zone|gateway vpc endpoint|interface endpoint)\b/i,
  access: /\b(?:access points?|block public access|bucket polic(?:y|ies)|object ownership|presigned urls?|access grants|acls?)\b/i,
  cost: /\b(?:lifecycle(?: rules?| policies)?|intelligent-tiering|requester pays|storage class(?:es)?(?! analysis))\b/i,
  // Table buckets for Apache Iceberg: a storage product of S3's own, never a fair rival of an encryption key.
  tables: /\bs3 tables\b/i,
};

/** The area of one S3 feature option, if it names exactly one. */
export function s3Area(option: string): string | undefined {
  const hits = Object.entries(AREAS).filter(([, re]) => re.test(option)).map(([area]) => area);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Why every wrong option is an S3 feature of another area than the key's, else undefined. */
export function s3OffArea(correct: readonly string[], distractors: readonly string[]): string | undefined {
  if (correct.length !== 1 || distractors.length < 3) return undefined;
  const key = s3Area(correct[0]);
  if (!key) return undefined;
  const areas = distractors.map(s3Area);
  // Only a set of S3 features is judged: services or plain terms beside an S3 key are the other rules' business.
  if (areas.some((a) => a === undefined)) return undefined;
  // One rival from the key's own area is enough for a fair question (Versioning beside Object Lock); none leaves
  // the key as the only option about the need.
  return areas.includes(key) ? undefined : `${correct[0]} (${key}) beside S3 features of other areas only: ${distractors.join(', ')}`;
}

/**
 * The wrong options with those of the key's own area first (stable otherwise): the gate takes the first three it
 * accepts, and a shuffled pool of a user's S3 features put three of other areas first, so a fair question
 * (Object Lock compliance mode beside Versioning) was dropped as off-topic.
 */
export function ownAreaFirst(key: string, options: readonly string[]): string[] {
  const area = s3Area(key);
  if (!area) return [...options];
  return [...options.filter((o) => s3Area(o) === area), ...options.filter((o) => s3Area(o) !== area)];
}
