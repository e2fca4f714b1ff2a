// What an S3 feature does, by kind (blind review r10): a need to protect data against deletion asked beside
// Byte-Range Fetches, Storage Lens groups and a gateway endpoint is won by elimination. A user's S3 feature
// question keeps distractors of the key's own kind (protection beside protection, speed beside speed); a
// feature of another kind is dropped, and with fewer than three left the question is (gate `off-topic`).

type S3Kind = 'protection' | 'performance' | 'network' | 'visibility' | 'encryption';

const KINDS: [RegExp, S3Kind][] = [
  [/\bversioning\b|\bobject lock\b|\bMFA delete\b|\breplication\b|\bRTC\b|\b(?:CRR|SRR)\b|\blegal hold\b|\bretention mode\b/i, 'protection'],
  [/\btransfer acceleration\b|\bbyte-range\b|\bmultipart\b|\bexpress one zone\b|\bprefix(?:es)? (?:parallel|scal)|\bS3 Select\b/i, 'performance'],
  [/\bVPC endpoint\b|\bPrivateLink\b|\baccess points?\b|\bmulti-region access point\b/i, 'network'],
  [/\bstorage lens\b|\binventory\b|\bstorage class analysis\b|\bserver access logs?\b|\bevent notifications?\b/i, 'visibility'],
  [/\bSSE-(?:S3|KMS|C)\b|\bDSSE-KMS\b|\bbucket keys?\b|\bclient-side encryption\b|\bencryption\b/i, 'encryption'],
];

/** The kind of an S3 feature named `name`, else undefined (not a feature this list knows). */
export function s3FeatureKind(name: string): S3Kind | undefined {
  return KINDS.find(([re]) => re.test(name))?.[1];
}

/** A distractor of another kind than the key's, in a question about an S3 feature. */
export function otherS3Kind(stem: string, key: string, option: string): boolean {
  if (!/\bS3\b/.test(stem) && !/\bS3\b/.test(key)) return false;
  const k = s3FeatureKind(key);
  const o = s3FeatureKind(option);
  return !!k && !!o && k !== o;
}
