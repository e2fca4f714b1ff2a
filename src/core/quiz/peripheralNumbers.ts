// Numbers of services the DEA-C01 exam guide lists but never makes the subject of a data-engineering task: their
// limits are a solutions architect's or an operator's trivia (blind review r19 failed the RDS read-replica maximum;
// an own reading after it, EBS Multi-Attach's 16 instances and AWS Config's periodic-rule frequencies). Decided per
// service by the guide's emphasis, not per question: the guide's task statements ask data stores by access pattern
// (DocumentDB, Neptune, Keyspaces, MemoryDB, Timestream), compute and containers as where a job runs (EC2, EBS, Batch,
// ECR) and AWS Config and AWS Backup as controls, never their quotas. Their choice questions stay. Bundled notes only.

const PERIPHERAL = new Set(['ebs', 'ec2', 'config', 'documentdb', 'neptune', 'keyspaces', 'memorydb', 'timestream', 'backup', 'batch', 'ecr']);

/** The peripheral service a number question is about (its note's own service, else every service it names), if any. */
export function peripheralNumber(own: string | undefined, about: string[]): string | undefined {
  if (own && PERIPHERAL.has(own)) return own;
  return about.length && about.every((id) => PERIPHERAL.has(id)) ? about[0] : undefined;
}
