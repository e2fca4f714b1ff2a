// Blind review r25 (corpora Q23): a user's use case keyed to a row of a comparison table ("Client-side encryption"
// of "S3 data security settings") took every other row as a wrong option, so Bucket Keys (a KMS cost feature) and a
// TLS-only bucket policy stood beside the encryption choices, and the table's noun ("S3 data security setting")
// called client-side encryption an S3 setting. Where the key's name ends in a common noun that names a kind ("…
// encryption") and at least three other rows are of that kind by their own definition ("Server-side encryption with
// …"), the table mixes kinds: the question is asked among the rows of the key's kind, and the stem calls them
// options, not the owner's settings ("Which data security option …"). A table whose key's noun no other row shares
// ("Partition projection") is left as it is.
import { ChoiceTable } from './extract/tables';
import { stripMd } from './text';

/** "encryption" → "encrypt", "replication" → "replicat", "formats" → "format": a prefix the word's forms share. */
const stemOf = (word: string) => word.toLowerCase().replace(/(?:ions?|ings?|ed|es|s)$/, '');

const norm = (s: string) => stripMd(s).toLowerCase().replace(/^(?:amazon|aws|s3)\s+/, '').trim();

/** What a row is, by the note's own words: the opening of a section named after it, else the row's choice cell. */
function definitionOf(table: ChoiceTable, row: number): string {
  const label = norm(table.labels[row]);
  const own = table.doc.sections.find((s) => s !== table.section && s.level > 1 && (norm(s.title) === label || norm(s.title).endsWith(` ${label}`)));
  return `${table.labels[row]} ${own ? own.text.slice(0, 200) : table.rows[row].choice}`;
}

/** The key's kind noun and the rows of that kind, when the table mixes kinds; undefined when it does not. */
export function rowsOfKeyKind(table: ChoiceTable, row: number): { noun: string; rows: number[] } | undefined {
  const words = stripMd(table.labels[row]).split(/[\s-]+/);
  const head = words[words.length - 1];
  // A common noun of some length, after at least one other word ("Client-side encryption"): a name ("Bucket Keys",
  // "Time to Live") or a one-word label says no kind.
  if (words.length < 2 || !/^[a-z]{6,}$/.test(head)) return undefined;
  const re = new RegExp(`\\b${stemOf(head)}\\w*`, 'i');
  const rows = table.labels.map((_, i) => i).filter((i) => i !== row && re.test(definitionOf(table, i)));
  if (rows.length < 3 || rows.length === table.labels.length - 1) return undefined;
  // Said by the table's own words without its owner and its head ("S3 data security setting" → "data security
  // option"): client-side encryption is no S3 setting, and "encryption option" would spell the key's word.
  const plain = table.noun.replace(/^(?:[A-Z0-9][\w-]*\s+)+/, '').split(/\s+/).slice(0, -1).join(' ');
  return { noun: plain ? `${plain} option` : 'option', rows };
}
