// A stem that names a feature of the key's own family gives the key away: "application logs queried with
// Logs Insights" points at CloudWatch, whose feature CloudWatch Logs Insights is, although the stem never
// says "CloudWatch" (blind review r10). The word-level leak check (keyLeak.ts) cannot see it: the feature's
// short name shares no word with the key's name.
import { QuizContext } from './context';
import { withoutVendor } from './text';

/** The feature of the key's family that the stem names and no distractor's family holds, if any. */
export function featureLeak(ctx: QuizContext, stem: string, key: string, distractors: string[]): string | undefined {
  const k = ctx.byName.get(key) ?? ctx.service(ctx.serviceAnswer(key) ?? '');
  if (!k) return undefined;
  const keyFamily = new Set(ctx.family(k).map((s) => s.id));
  const keyWords = withoutVendor(k.name);
  const others = distractors.map((d) => ctx.byName.get(d) ?? ctx.service(ctx.serviceAnswer(d) ?? '')).filter((s) => !!s);
  for (const s of ctx.servicesNaming(stem)) {
    if (s.id === k.id) continue;
    // Of the key's family, or named after the key ("CloudWatch Logs Insights" beside "Amazon CloudWatch").
    const ofKey = keyFamily.has(s.id) || withoutVendor(s.name).startsWith(`${keyWords} `);
    if (!ofKey) continue;
    if (others.some((o) => ctx.family(o!).some((f) => f.id === s.id))) continue;
    return s.name;
  }
  return undefined;
}

// Blind review r11: "a Glue connection fails until a self-referencing inbound rule is added" quotes the fix as the
// requirement: the answer is the thing the cue already says must be added.
const STATED_FIX = /\b(?:fails?|breaks?|times? out|is refused|is denied|cannot [a-z]+|hangs?)\b[^”?]*?\buntil\b[^”?]*?\b(?:is|are) (?:added|enabled|attached|created|configured|granted|allowed|opened|turned on)\b/i;

/** True when a need is a symptom that names its own fix ("… fails until X is added"). */
export function statesItsFix(stem: string): boolean {
  return STATED_FIX.test(stem);
}
