// Checked facts that contradict a practice question a user wrote (blind review r7: a shard sum that gives
// another option, Firehose reading files already in S3, shards placed in zones). Each check computes or
// matches what the question says against a documented fact; a question it catches is held back with the
// reason (practiceFit.ts), never re-keyed: the student fixes the note.

/** One Kinesis Data Streams shard takes up to 1 MiB/s and 1,000 records/s of writes. */
const SHARD_MB = 1;
const SHARD_RECORDS = 1000;

const num = (s: string) => Number(s.replace(/,/g, ''));

/** Record size in KB: "1.5KB", "2 KB records", "500 bytes". */
function recordKb(stem: string): number | undefined {
  const kb = /(\d+(?:\.\d+)?)\s*KB\b/i.exec(stem);
  if (kb) return Number(kb[1]);
  const bytes = /(\d[\d,]*)\s*bytes\b/i.exec(stem);
  return bytes ? num(bytes[1]) / 1024 : undefined;
}

/**
 * "5 shards … 10,000 records per second … 1.5 KB": the write rate against the shards' capacity. When the
 * rate exceeds it, the option that says so is the answer; when it does not, that option is wrong.
 */
export function shardArithmetic(stem: string, options: string[], keys: number[]): string | undefined {
  const shards = /(\d[\d,]*)\s+shards?\b/i.exec(stem);
  const records = /(\d[\d,]*)\s+records?\s+(?:per second|\/\s*s(?:ec)?\b|a second)/i.exec(stem);
  const kb = recordKb(stem);
  if (!shards || !records || kb === undefined) return undefined;
  const n = num(shards[1]);
  const rate = num(records[1]);
  const mb = (rate * kb) / 1024;
  const over = mb > n * SHARD_MB || rate > n * SHARD_RECORDS;
  const capacity = options.findIndex((o) => /\b(?:exceed|over)\w*\b.*\b(?:capacity|limit|throughput)\b|\b(?:too few|insufficient|not enough) shards\b/i.test(o));
  if (capacity < 0 || over === keys.includes(capacity)) return undefined;
  const sum = `${rate.toLocaleString('en-US')} records/s × ${kb} KB ≈ ${mb.toFixed(1)} MB/s against ${n} shards × ${SHARD_MB} MB/s and ${(n * SHARD_RECORDS).toLocaleString('en-US')} records/s`;
  return over ? `its key is contradicted by the shard arithmetic: ${sum} exceeds the stream's write capacity` : `its key is contradicted by the shard arithmetic: ${sum} is within the stream's write capacity`;
}

interface FactRule {
  /** What the student is told. */
  reason: string;
  /** Matched against the stem. */
  stem?: RegExp;
  /** Matched against the keyed options. */
  key?: RegExp;
  /** Matched against any option or the stem. */
  any?: RegExp;
  /** The stem already says what makes the key right. */
  unless?: RegExp;
  source: string;
}

const FACTS: FactRule[] = [
  {
    // Firehose sources are Direct PUT, Kinesis Data Streams and MSK; it does not pick up objects already in S3.
    reason: 'Amazon Data Firehose does not read objects already stored in Amazon S3 (its sources are Direct PUT, Kinesis Data Streams and Amazon MSK); files landing in S3 are converted by an S3-triggered Lambda function or a Glue job',
    stem: /\b(?:files?|objects?|data)\b[^.]{0,40}\b(?:stored|already|land(?:s|ing)?|uploaded|arriv\w*)\b[^.]{0,20}\b(?:in|to|into) (?:an? )?(?:Amazon )?S3\b|\bwhen new files are uploaded\b/i,
    key: /\bFirehose\b/i,
    source: 'https://docs.aws.amazon.com/firehose/latest/dev/create-name.html',
  },
  {
    // A Firehose record is at most 1,000 KiB: whole files of megabytes are uploaded to S3, not streamed as records.
    reason: 'Amazon Data Firehose takes records of up to 1,000 KiB each; files of many megabytes that already exist are uploaded to Amazon S3 directly (multipart upload), not streamed through Firehose',
    stem: /\bfiles?\b[^.]*\(?\b\d+(?:\.\d+)?\s*(?:MB|GB|TB)\b|\b\d+(?:\.\d+)?\s*(?:MB|GB|TB)\b[^.]*\bfiles?\b/i,
    key: /\bFirehose\b/i,
    source: 'https://docs.aws.amazon.com/firehose/latest/dev/limits.html',
  },
  {
    // Firehose takes records from producers; "files that arrive" are objects, written to S3 and processed there.
    reason: 'Amazon Data Firehose receives records from producers, not files: files that arrive are written to Amazon S3 and processed from there, so no Firehose buffer setting applies to them',
    stem: /\bfiles?\b[^.]{0,30}\barriv/i,
    any: /\bFirehose\b/i,
    source: 'https://docs.aws.amazon.com/firehose/latest/dev/basic-write.html',
  },
  {
    // A broadcast join copies the smaller table to every executor: it helps when one side is small, not two large ones.
    reason: 'a broadcast join copies one side to every executor and only helps when that side is small; two large datasets are joined by a shuffle (sort-merge) join',
    stem: /\btwo large\b|\b(?:both|each)\b[^.]*\b\d+\s*(?:GB|TB)\b|\(\s*\d+\s*(?:GB|TB) each\s*\)/i,
    key: /\bbroadcast\b/i,
    source: 'https://spark.apache.org/docs/latest/sql-performance-tuning.html#join-strategy-hints-for-sql-queries',
  },
  {
    // Every Kinesis data stream is replicated synchronously across three Availability Zones; shards have no zone.
    reason: 'Kinesis Data Streams replicates every stream across three Availability Zones itself; shards are not placed in zones, so no option configures that',
    any: /\bshards?\b[^.]{0,30}\b(?:in|across) (?:one|a single|multiple|two|three|\d+) (?:AZs?|Availability Zones?)\b/i,
    source: 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-record-processor-ha.html',
  },
  {
    // For stream event sources Lambda retries the batch and sends failures to the mapping's on-failure destination;
    // a function's dead-letter queue serves asynchronous invocations only.
    reason: 'for a Kinesis or DynamoDB stream event source, Lambda sends failed batches to an on-failure destination set on the event source mapping (with MaximumRetryAttempts and bisect on error); a dead-letter queue serves asynchronous invocations only',
    stem: /\b(?:Kinesis|DynamoDB)\b[^.]*\bstreams?\b|\bstream\b[^.]*\bLambda\b/i,
    key: /\bdead[- ]letter queue\b|\bDLQ\b/i,
    unless: /\basynchronous/i,
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html',
  },
  {
    // On-demand streams are billed per GB written and read and per stream-hour; shards drive cost only in provisioned mode.
    reason: 'Kinesis Data Streams on-demand mode is billed by data volume and stream-hours; the number of shards drives cost only in provisioned mode, which the question does not state',
    stem: /\bcost\b/i,
    key: /\bshards?\b/i,
    any: /\bKinesis Data Streams?\b/i,
    unless: /\bprovisioned\b/i,
    source: 'https://aws.amazon.com/kinesis/data-streams/pricing/',
  },
  {
    // Blind review r57 (corpora): "choose Batch over Lambda when jobs … run containerized binaries". Lambda runs
    // container images and custom runtimes too; the 15-minute limit and GPUs are what rule it out.
    reason: 'AWS Lambda runs container images (up to 10 GB) and custom-runtime binaries too; what rules Lambda out for a batch job is the 15-minute limit or the need for GPUs, not containers',
    stem: /\bBatch\b[^?]*\bLambda\b|\bLambda\b[^?]*\bBatch\b/,
    key: /\bcontaineri[sz]ed\b|\bcontainers?\b[^.;]*\b(?:binar(?:y|ies)|images?)\b/i,
    unless: /\b(?:GPU|15 minutes|fifteen minutes)\b/i,
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
  },
  {
    // Blind review r8: a database of terabytes moved "within a 4-hour maintenance window" by a full load alone.
    // DMS copies the bulk while the source stays live and replicates ongoing changes (CDC), so the window
    // covers only the cutover; a full-load-only key is not the practice AWS describes.
    reason: 'AWS DMS moves a large database with a full load plus ongoing replication (CDC) while the source stays in use, so the downtime window covers only the cutover; a full load alone is not how a terabyte-scale migration fits a window of hours',
    stem: /^(?=[\s\S]*\b(?:maintenance|downtime|cutover|outage) window\b)(?=[\s\S]*\b\d+(?:\.\d+)?\s*TB\b)[\s\S]*\bmigrat/i,
    key: /^(?![\s\S]*\b(?:CDC|change data capture|ongoing replication)\b)[\s\S]*\bfull[- ]load\b/i,
    source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Task.CDC.html',
  },
];

/**
 * "Which Amazon Kinesis service …" whose key was renamed out of the family (Kinesis Data Firehose → Amazon
 * Data Firehose): the stem's family no longer holds the current name.
 */
export function familyRenamed(stem: string, key: string, current: string): string | undefined {
  const m = /\b[Ww]hich (?:Amazon |AWS )?([A-Z]\w+) (?:service|services|option)\b/.exec(stem);
  if (!m || !new RegExp(`\\b${m[1]}\\b`).test(key) || new RegExp(`\\b${m[1]}\\b`).test(current)) return undefined;
  return `the question asks for a ${m[1]} service, and its answer is now ${current}, no longer named so`;
}

/** A documented fact the question's key contradicts, or undefined. */
export function contradictedFact(stem: string, options: string[], keys: number[]): string | undefined {
  const arithmetic = shardArithmetic(stem, options, keys);
  if (arithmetic) return arithmetic;
  const keyText = keys.map((k) => options[k] ?? '').join(' ');
  const all = `${stem} ${options.join(' ')}`;
  for (const f of FACTS) {
    if (f.stem && !f.stem.test(stem)) continue;
    if (f.key && !f.key.test(keyText)) continue;
    if (f.any && !f.any.test(all)) continue;
    if (f.unless?.test(stem)) continue;
    return `${f.reason} (${f.source})`;
  }
  return undefined;
}
