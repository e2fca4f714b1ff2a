// Blind review r56 (bundled): "MySQL or PostgreSQL workloads that need higher throughput … beyond standard RDS" keyed
// Aurora beside MemoryDB, Keyspaces and DynamoDB. The stem names a relational engine and every wrong option is a
// non-relational store, so the key is the only option that runs MySQL or PostgreSQL: picked by data model alone. The
// catalog's kinds put all of them among databases, so the kind rules let it through. A stem that names a relational
// engine asks among relational options: at least one wrong option must be one too (RDS beside Aurora), else the
// question is dropped. (Redshift speaks PostgreSQL's dialect but is a warehouse: it does not count.)
import { Service } from '../model';

const RELATIONAL = new Set(['rds', 'aurora']);
const NAMES_RELATIONAL = /\b(?:MySQL|PostgreSQL|MariaDB|Oracle|SQL Server|relational|OLTP)\b/i;

const relational = (s: Service) => RELATIONAL.has(s.id) || (!!s.parent && RELATIONAL.has(s.parent));

/** Why the options tell a relational key by data model alone, else undefined. */
export function relationalTell(stem: string, keys: readonly Service[], wrong: readonly Service[]): string | undefined {
  if (keys.length !== 1 || !relational(keys[0])) return undefined;
  const named = NAMES_RELATIONAL.exec(stem);
  if (!named || wrong.some(relational)) return undefined;
  return `the stem names "${named[0]}" and ${keys[0].name} is the only relational option: ${wrong.map((s) => s.name).join(', ')}`;
}
