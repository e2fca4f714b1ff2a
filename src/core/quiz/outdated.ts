// Content that AWS changes of 2023–2026 made wrong to teach as an answer: features closed to new
// customers, discontinued or legacy. Users' notes (and practice questions they copied) still teach them;
// a question whose key relies on one is dropped (generated, gate rule `outdated`) or held back with a
// diagnostic (a practice question the user wrote: its key is never changed). One list, each entry with
// the AWS page that says so. Current names: Amazon Managed Service for Apache Flink (formerly Amazon
// Kinesis Data Analytics); Amazon Timestream for LiveAnalytics (the original Timestream engine) beside
// Amazon Timestream for InfluxDB.

export interface OutdatedRule {
  id: string;
  /** What a student is told: the change, and what to learn instead. */
  reason: string;
  /** Where the rule looks: the key only (a distractor may well be the outdated thing), or stem and key together. */
  where: 'key' | 'stem+key';
  test: RegExp;
  /** When set, `test` applies only if this matches too (in stem + options + key). */
  also?: RegExp;
  /** When set, only a key that matches: the closed feature is that service's. */
  keyIs?: RegExp;
  /** Words that show the question already points to the current offering. */
  unless?: RegExp;
  source: string;
}

export const OUTDATED: OutdatedRule[] = [
  {
    // BufferingHints IntervalInSeconds: "Valid Range: Minimum value of 0. Maximum value of 900." Zero
    // buffering (December 2023) lets a Firehose stream deliver at once; notes written before still say 60 s.
    id: 'firehose-buffer-interval-60',
    reason: 'Amazon Data Firehose buffer intervals run from 0 to 900 seconds since zero buffering (December 2023), no longer from 60 seconds',
    where: 'stem+key', test: /\bbuffer(?:ing)?[ -]?interval\b[^.?”]{0,20}?\b60\s?(?:s|secs?|seconds)\b|\b60\s?(?:s|secs?|seconds)\b[^.?”]{0,12}(?:-|–|to)\s*900\s?(?:s|secs?|seconds)\b|\bbuffer(?:ing)?[ -]?interval\b[^|]*\s60\s?(?:s|secs?|seconds)$/i,
    also: /\bFirehose\b/i,
    source: 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html',
  },
  {
    // "Amazon Comprehend topic modeling, event detection, and prompt safety classification features will no
    // longer be available to new customers, effective April 30, 2026."
    id: 'comprehend-topic-modeling',
    reason: 'Amazon Comprehend topic modeling and event detection are closed to new customers since 30 April 2026 (AWS suggests Amazon Bedrock)',
    where: 'stem+key', test: /\btopic[- ]model(?:l)?ing\b|\bevent detection\b|\bprompt safety classification\b/i, keyIs: /\bComprehend\b/i,
    source: 'https://docs.aws.amazon.com/comprehend/latest/dg/comprehend-availability-change.html',
  },
  {
    // "we have made the decision to close new customer access to Amazon Timestream for LiveAnalytics,
    // effective 6/20/25"; the docs point to Timestream for InfluxDB. The memory/magnetic store tiering is
    // LiveAnalytics' own feature.
    id: 'timestream-liveanalytics',
    reason: 'Amazon Timestream for LiveAnalytics (memory and magnetic store tiering) is closed to new customers since 20 June 2025; AWS points to Amazon Timestream for InfluxDB',
    where: 'stem+key', test: /\bLiveAnalytics\b|\bmagnetic\b|(?<!-)\bmemory store\b|\b(?:time-based|automated|automatic) (?:tiering|lifecycle)\b/i, keyIs: /\bTimestream\b(?! for InfluxDB)/i, unless: /\bInfluxDB\b/i,
    source: 'https://docs.aws.amazon.com/timestream/latest/developerguide/AmazonTimestreamForLiveAnalytics-availability-change.html',
  },
  {
    // "From October 15, 2025, you will not be able to create new Kinesis Data Analytics for SQL
    // applications. We will delete your applications starting January 27, 2026."
    id: 'kinesis-analytics-sql',
    reason: 'Amazon Kinesis Data Analytics for SQL applications is discontinued (no new applications since 15 October 2025, deleted from 27 January 2026); its successor, Amazon Managed Service for Apache Flink, runs Flink (Studio notebooks for SQL)',
    where: 'key', test: /\bKinesis (?:Data )?Analytics\b/i, also: /\bSQL\b/,
    source: 'https://docs.aws.amazon.com/kinesisanalytics/latest/dev/discontinuation.html',
  },
  {
    // The worker-type list has G.1X … G.16X and R.1X … R.8X; "Standard" (Glue 0.9/1.0 era) is gone.
    id: 'glue-standard-worker',
    reason: 'the AWS Glue "Standard" worker type is legacy (Glue 0.9/1.0) and no longer among the worker types (G.1X, G.2X … and R types)',
    where: 'key', test: /\bStandard worker\b|\binstead of Standard\b|\bworker type[^.]{0,20}\bStandard\b|\bStandard\b[^.]{0,20}\bworker type/i,
    source: 'https://docs.aws.amazon.com/glue/latest/dg/worker-types.html',
  },
  {
    // "The console experience for dev endpoints has been removed as of March 31, 2023 … We strongly
    // recommend migrating from dev endpoints to interactive sessions"; dev endpoints support Glue 0.9 and 1.0 only.
    id: 'glue-dev-endpoints',
    reason: 'AWS Glue development endpoints are legacy (Glue 0.9/1.0 only, console removed 31 March 2023); AWS recommends interactive sessions',
    where: 'key', test: /\b(?:development|dev) endpoints?\b/i,
    source: 'https://docs.aws.amazon.com/glue/latest/dg/development.html',
  },
  {
    // "Starting April 2026, SSE-C is disabled by default for all new general purpose buckets … Most modern
    // workloads use SSE-S3 or SSE-KMS instead"; SSE-KMS with imported or external (XKS) keys also keeps
    // the key material with the customer, so "customer holds the keys" no longer singles SSE-C out.
    id: 's3-sse-c',
    reason: 'SSE-C is disabled by default for new S3 general purpose buckets since April 2026, and SSE-KMS with imported or external (XKS) keys also leaves the keys with the customer',
    // As the answer to a need for holding or controlling the keys; what SSE-C is (a described feature) stays true.
    where: 'key', test: /\bSSE-C\b|\bcustomer-provided (?:encryption )?keys\b/i,
    also: /\b(?:holds?|control(?:s|led)?|owns?|full|manages?)\b.{0,25}\bkeys?\b|\bkeys?\b.{0,25}\b(?:control|outside|on[- ]premises)\b/i,
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html',
  },
  {
    // "AWS CloudTrail Lake will no longer be open to new customers starting May 31, 2026 … Existing
    // customers can continue to use the service as normal" (CloudTrail document history, 31 March 2026).
    id: 'cloudtrail-lake',
    reason: 'AWS CloudTrail Lake is closed to new customers since 31 May 2026 (existing customers keep it); for new designs, query a trail delivered to Amazon S3 with Amazon Athena',
    where: 'key', test: /\bCloudTrail Lake\b/i,
    source: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-lake-service-availability-change.html',
  },
  {
    // "Amazon S3 Select is no longer available to new customers"; the page points to a post on querying S3
    // with Athena, S3 Object Lambda or client-side filtering: no single replacement, so "which service
    // replaced S3 Select" has no one key (blind review r5).
    id: 's3-select-replacement',
    reason: 'AWS names no single replacement for Amazon S3 Select (closed to new customers): it lists Amazon Athena, S3 Object Lambda or client-side filtering',
    where: 'stem+key', test: /\b(?:replace[sd]?|replacement|successor|superseded?)\b[^.?]{0,40}\bS3 Select\b|\bS3 Select\b[^.?]{0,40}\b(?:replace[sd]?|replacement|successor|superseded)\b/i,
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/selecting-content-from-objects.html',
  },
  {
    // "As of November 7th, 2025, S3 Object Lambda is available only to existing customers that are currently
    // using the service as well as to select Amazon Partner Network (APN) partners" (blind review r8).
    id: 's3-object-lambda',
    reason: 'Amazon S3 Object Lambda is closed to new customers since 7 November 2025 (existing customers and select APN partners keep it)',
    where: 'key', test: /\bObject Lambda\b/i,
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazons3-ol-change.html',
  },
  {
    // "Amazon Kinesis Data Streams supports records up to 10 mebibytes (MiBs) … The default maximum record size
    // for existing, and newly created streams is set to 1 MiB" (UpdateMaxRecordSize: 1,024–10,240 KiB).
    id: 'kinesis-record-size-1mb',
    reason: 'Kinesis Data Streams takes records of up to 10 MiB since 2025: 1 MiB is only the default maximum of a stream, raised with UpdateMaxRecordSize',
    where: 'stem+key', test: /\bmax(?:imum)? record size\b.*\s1\s?(?:MB|MiB)$/i,
    also: /\bKinesis Data Streams\b|\bKDS\b/, unless: /\bdefault\b/i,
    source: 'https://docs.aws.amazon.com/streams/latest/dev/large-records.html',
  },
];

/**
 * The rule a question breaks, if any: its key relies on content AWS closed, discontinued or made legacy.
 * `stem` and `keys` as shown; `options` are all options (the `also` context may sit in any of them).
 */
export function outdatedContent(stem: string, keys: string[], options: string[] = []): OutdatedRule | undefined {
  const key = keys.join(' | ');
  const all = `${stem} ${options.join(' ')} ${key}`;
  for (const r of OUTDATED) {
    const text = r.where === 'key' ? key : `${stem} ${key}`;
    if (!r.test.test(text)) continue;
    if (r.also && !r.also.test(all)) continue;
    if (r.keyIs && !r.keyIs.test(key)) continue;
    if (r.unless && r.unless.test(all)) continue;
    return r;
  }
  return undefined;
}
