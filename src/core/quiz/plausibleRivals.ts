// Wrong options a reader takes seriously (blind review r15, users' notes): a user's service statement drew its
// distractors from other service families first and only then from the key's own kind, so Kinesis Video Streams
// ("audio streams … thermal imagery and radar") stood beside SNS, EventBridge Pipes and DynamoDB Streams, none of
// which takes media, and a reader picked the only option about the need. Rivals of the key's own kind (other
// ingestion and streaming services) go first; a near kind (messaging beside a stream) only fills what is left.
// A Select TWO whose stem names a kind its keys are not of ("Which TWO storage services suit transactional data?"
// keyed to two databases) takes wrong options of that kind or of the keys' kinds only: a compute service such as
// Lambda is no storage at all (blind review r16).
import { Service } from '../model';
import { kindsOf, sameKind } from './serviceKinds';

/** Users' notes: the key's own kind first, keeping each group's order. */
export function ownKindFirst(user: boolean, key: Service, pool: Service[]): Service[] {
  if (!user) return pool;
  return [...pool.filter((x) => sameKind(key, x)), ...pool.filter((x) => !sameKind(key, x))];
}

/** True when a wrong option is of neither the kind the stem names nor any key's kind, for keys not of that kind. */
export function outsideAskedKinds(asked: string | undefined, keys: readonly Service[], option: Service): boolean {
  if (!asked || !keys.length || keys.some((k) => kindsOf(k).includes(asked))) return false;
  const allowed = new Set([asked, ...keys.flatMap((k) => kindsOf(k))]);
  return !kindsOf(option).some((k) => allowed.has(k));
}
