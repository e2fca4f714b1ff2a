// A Select TWO whose keys share a kind that no wrong option has gives its pair away by kind alone: "Which TWO
// AWS storage services suit transactional data?" keyed DynamoDB and RDS (two databases) beside Storage Gateway,
// S3 and AWS Backup (blind review r26). A list answer's own kind is kept out of its wrong options on purpose (the
// notes rarely list every database that fits), so such a question has no fair set and is not asked.
import { Service } from '../model';
import { QuizContext } from './context';
import { kindsOf } from './serviceKinds';

/** Why the wrong options cannot hide a multiple-answer key pair (the kind every key has and none of them), or undefined. */
export function pairKindTell(ctx: QuizContext, keys: readonly Service[], distractors: readonly string[]): string | undefined {
  if (keys.length < 2) return undefined;
  const wrong = distractors.map((x) => ctx.byName.get(x));
  if (wrong.some((s) => !s)) return undefined;
  const shared = kindsOf(keys[0]).filter((k) => keys.every((s) => kindsOf(s).includes(k)));
  const tell = shared.find((k) => !wrong.some((s) => kindsOf(s!).includes(k)));
  return tell ? `every key is a ${tell} service and no wrong option is: ${keys.map((s) => s.name).join(' | ')}` : undefined;
}

/**
 * The same tell among text options: two keys that open with the same word ("S3 current-version expiration", "S3
 * noncurrent-version expiration") beside wrong options none of which does (stream, log group and backup retention)
 * pair themselves off (blind review r54).
 */
export function pairWordTell(kind: string, keys: readonly string[], distractors: readonly string[]): string | undefined {
  if (kind !== 'text' || keys.length !== 2) return undefined;
  const words = (t: string) => t.trim().split(/\s+/);
  const first = (t: string) => words(t)[0].toLowerCase();
  const [a, b] = keys.map(words);
  // A name's first word ("S3", "EventBridge", "Object"), not an article or a cue's opening word ("a step …", "queries …").
  if (!/^[A-Z0-9]/.test(a[0]) || /^(?:a|an|the)$/i.test(a[0])) return undefined;
  if (a.length < 2 || b.length < 2 || b[0].toLowerCase() !== a[0].toLowerCase() || distractors.some((x) => first(x) === a[0].toLowerCase())) return undefined;
  return `both keys open with "${a[0]}" and no wrong option does: ${keys.join(' | ')}`;
}
