// Three wrong options from one service family beside a key outside it (blind review r17: "Which AWS service runs
// a distributed Trino engine for you?" with Redshift provisioned, Redshift Serverless and Redshift Spectrum beside
// Amazon Athena): a reader picks the only option that is not a Redshift variant without knowing either service.
// At most two wrong options of one family, unless a key belongs to that family too (then the question is about
// telling its members apart).
import { Service } from '../model';
import { withoutVendor } from './text';

/** The word a family's members share ("Redshift", "Kinesis", "Glue"), not a generic name word ("Simple", "Elastic"). */
const GENERIC_FIRST = /^(?:Simple|Elastic|Managed|Data|Cloud|Application|Database|Key|Identity|Relational)$/i;

/** The family of a service: its parent's, else the brand word of its name, else its own id. */
export function familyOf(s: Service, parentOf: (id: string) => Service | undefined): string {
  const root = (s.parent && parentOf(s.parent)) || s;
  const brand = withoutVendor(root.name).split(/\s+/)[0];
  return brand && !GENERIC_FIRST.test(brand) ? brand.toLowerCase() : root.id;
}

/** True when `option` would be a third wrong option of a family that no key belongs to. */
export function crowdsFamily(option: Service, taken: readonly Service[], keys: readonly Service[], parentOf: (id: string) => Service | undefined): boolean {
  const family = familyOf(option, parentOf);
  if (keys.some((k) => familyOf(k, parentOf) === family)) return false;
  return taken.filter((t) => familyOf(t, parentOf) === family).length >= 2;
}
