// A stem that lost the context that fixed its key (blind review r9): a lesson says "transactional data
// systems … you could also use AWS DMS to ingest transactional data into AWS", and the question kept only
// "ingest transactional data into AWS". With no source named (a database, SaaS apps, on-premises file
// shares, FTP, a stream) every ingestion service moves data into AWS, so AppFlow fits as well as DMS. A
// stem that asks to bring data into AWS, the cloud or S3 and names nowhere it comes from is dropped (`vague`).

const MOVE_INTO = /\b(?:ingest|move|transfer|bring|copy|load|send|get)\s+(?:[\w-]+\s+){0,3}?data\s+(?:in)?to\s+(?:AWS|the (?:AWS )?cloud|(?:Amazon )?S3|(?:an |the )?(?:S3 )?data lake)\s*\??$/i;
// What names a source or a transport: a from-phrase, a protocol, a kind of system.
const SOURCE = /\bfrom\b|\busing\b|\bover\b|\bvia\b|\bthrough\b|\bprotocols?\b|\bFTPS?\b|\bSFTP\b|\bNFS\b|\bSMB\b|\bJDBC\b|\bSaaS\b|\bon-premises\b|\bdatabases?\b|\bstream(?:s|ing)?\b|\bdevices?\b|\bsensors?\b/i;

/** The stem asks to bring data into AWS with no source or transport named. */
export function sourcelessMove(stem: string): boolean {
  const m = MOVE_INTO.exec(stem);
  return !!m && !SOURCE.test(stem);
}
