// "Which SageMaker AI tool lets a data scientist profile a data set …?" beside AWS Glue Studio and AWS Glue DataBrew:
// the stem's own family name rules out every option outside the family, and the key wins by elimination (blind
// review r48). When a stem asks for a tool or feature of a named service and the key belongs to it, every wrong
// option must belong to it too.
import { Service } from '../model';
import { QuizContext } from './context';

const FAMILY_STEM = /^Which ((?:Amazon |AWS )?[A-Z][\w-]*(?: (?:AI|[A-Z][\w-]*)){0,2}) (?:tools?|features?|capabilit(?:y|ies)|options?|settings?|modes?)\b/;

/** The service whose tools the stem asks for, when the key is one of them ("Which SageMaker AI tool" → SageMaker AI). */
export function stemFamily(ctx: QuizContext, stem: string, keys: readonly Service[]): Service | undefined {
  const m = FAMILY_STEM.exec(stem.trim());
  if (!m || !keys.length) return undefined;
  const id = ctx.exactService(m[1]);
  const family = id ? ctx.service(id) : undefined;
  if (!family || !keys.every((k) => inFamily(k, family))) return undefined;
  return family;
}

/** The service itself or one of its sub-features. */
export function inFamily(s: Service, family: Service): boolean {
  return s.id === family.id || s.parent === family.id;
}
