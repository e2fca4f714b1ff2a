// A bundled card or scenario whose key's kind lends it fewer than two wrong options (blind reviews r11–r14): the
// rest come from a near kind and read as fillers ("Where should a Glue connection take its credentials from?" with
// AWS Shield and Amazon Macie beside Secrets Manager and KMS: only one option competes). A wrong option counts when it
// is of the key's own kind or a near one (CodeBuild beside CloudFormation, EMR beside DataBrew), a rival the notes
// compare with the key, or one the note names as wrong with a reason. The security kinds are near one another only
// to fill a pool: a DDoS shield or a PII scanner never competes with a credential store, nor an identity service with
// a firewall, so there only the key's own kind counts.
import { QuizContext } from './context';
import { Draft } from './draft';
import { namedAsWrong } from './namedRivals';
import { kindsOf, nearKind, sameKind } from './serviceKinds';

const SECURITY = new Set(['identity', 'secrets', 'protection']);
const security = (kinds: readonly string[]) => kinds.length > 0 && kinds.every((k) => SECURITY.has(k));

/** The least number of credible wrong options a bundled service card or scenario keeps. */
export const CREDIBLE_MIN = 2;

/** Why a bundled service card or scenario has too few credible wrong options, else undefined. */
export function thinKind(ctx: QuizContext, d: Draft, correct: readonly string[], distractors: readonly string[]): string | undefined {
  if (d.doc.source === 'user') return aloneOfKind(ctx, d, correct, distractors);
  if (d.optionKind !== 'service' || correct.length !== 1 || (d.kind !== 'card' && d.kind !== 'scenario')) return undefined;
  const key = ctx.byName.get(correct[0]);
  if (!key) return undefined;
  const credible = distractors.filter((x) => {
    const s = ctx.byName.get(x);
    if (!s) return false;
    const near = nearKind(key, s) && !(security(kindsOf(key)) && security(kindsOf(s)));
    return sameKind(key, s) || near || !!ctx.competitors.get(key.id)?.has(s.id) || namedAsWrong(d, x);
  });
  return credible.length < CREDIBLE_MIN ? `${credible.length} credible wrong options beside ${correct[0]}: ${distractors.join(', ')}` : undefined;
}

/**
 * A user's service question whose key is the only option of its own kind: CloudFormation, the one infrastructure-as-
 * code tool, beside CodePipeline, CodeDeploy and CodeBuild for "IaC stack deployment" (blind review r50, corpora): a
 * candidate picks by kind alone. At least one wrong option shares a kind with the key or is a rival the notes compare
 * it with. A query engine was exempt until blind review r52 (its users' pool is databases, USER_NEAR, r10, as the
 * engines that also run SQL on S3 would fit too), but a reviewer then read Athena among MemoryDB, DynamoDB and Aurora
 * for "query the data in S3 with standard SQL" as the only option of its kind: such a need has no fair wrong options.
 */
function aloneOfKind(ctx: QuizContext, d: Draft, correct: readonly string[], distractors: readonly string[]): string | undefined {
  if (d.optionKind !== 'service' || correct.length !== 1) return undefined;
  const key = ctx.byName.get(correct[0]);
  const kinds = key ? kindsOf(key) : [];
  if (!key || !kinds.length || kinds[0].startsWith('category:')) return undefined;
  const rival = distractors.some((x) => {
    const s = ctx.byName.get(x);
    return !!s && (sameKind(key, s) || !!ctx.competitors.get(key.id)?.has(s.id));
  });
  return rival ? undefined : `${correct[0]} is the only option of its kind: ${distractors.join(', ')}`;
}
