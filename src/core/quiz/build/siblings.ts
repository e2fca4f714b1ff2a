// A family of three named features of one service ("Which Amazon Athena capability is described here …"
// with CTAS, Federated Query and Workgroups) has one option too few. Other notes, the bundled ones
// included, name more features of that service (Partition Projection): one of them is the fourth option.
// Only families that the stem calls a service's features, capabilities or components are padded: a
// family with its own noun ("object lock mode") has no fair outsider.
import { QuizContext } from '../context';
import { cueKey } from '../cueKey';
import { isRetired } from '../serviceTraits';
import { Draft } from '../draft';
import { rng, shuffle } from '../random';
import { FeatureChoice } from './requirement';
import { stems } from '../text';

const FEATURE_STEM = /^Which (?:advanced )?(.+?) (?:feature|capability|component) is described here: /i;
// Other questions of a user's note that ask among one service's named techniques or options ("Which Athena
// technique fits …": Partition Projection): their options are more of that service's features (a same-kind
// sibling the notes name elsewhere), offered to a family of three of the same user's notes only.
const NAMED_OPTIONS_STEM = /^Which (?:advanced )?(.+?) (?:feature|capability|component|technique|option|setting)s? (?:is described here|fits this (?:requirement|use case) best): /i;

export const norm = (a: string) => a.toLowerCase().replace(/\s*\([^)]*\)/g, '').replace(/^(?:amazon|aws)\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** The service a "Which <service> feature …" stem names, if any (`re`: the stem's form). */
export function ownerOf(ctx: QuizContext, d: Draft, re = FEATURE_STEM): string | undefined {
  const m = re.exec(d.stem);
  // "advanced athena capability": the family noun may be written in lower case.
  if (!m) return undefined;
  const cap = m[1].replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return ctx.serviceAnswer(m[1]) ?? ctx.serviceAnswer(cap) ?? ctx.serviceAnswer(`Amazon ${cap}`) ?? ctx.serviceAnswer(`AWS ${cap}`);
}

/**
 * A part of its owner: the owner itself, a sub-feature of it or of one of its parts, or a service named
 * after it (CloudWatch Logs Insights, under CloudWatch Logs, is a CloudWatch feature).
 */
function partOf(ctx: QuizContext, sid: string, owner: string): boolean {
  const o = ctx.service(owner);
  for (let s = ctx.service(sid), depth = 0; s && depth < 4; s = s.parent ? ctx.service(s.parent) : undefined, depth++) {
    if (s.id === owner || s.parent === owner) return true;
    if (o && s.name.startsWith(`${o.name} `)) return true;
  }
  return false;
}

/**
 * Content words of an option, without the owner's own name ("CloudWatch Alarms" → alarm); what stands in
 * parentheses is left out unless `withParenthesised` (then "st1" in "(st1)" counts).
 */
export function ownWords(ctx: QuizContext, label: string, owner: string, withParenthesised = false): Set<string> {
  const o = ctx.service(owner);
  const names = new Set([...stems([o?.name, o?.shortName].filter(Boolean).join(' '))]);
  return new Set([...stems(label.replace(withParenthesised ? /[()]/g : /\([^)]*\)/g, ' '))].filter((w) => w.length > 2 && !names.has(w)));
}

/** A named feature: short, capitalised, and not another service than a part of its owner. */
export function featureOf(ctx: QuizContext, label: string, owner: string): boolean {
  if (label.split(/\s+/).length > 5 || !/^[A-Z]/.test(label) || /,|\s(?:or|and|with)\s/.test(label)) return false;
  const sid = ctx.serviceAnswer(label);
  return !sid || partOf(ctx, sid, owner);
}

/**
 * An outsider fit to be the fourth option: a feature that names no other service ("S3 EventBridge
 * Integration" is S3's), no brand of its own ("Amazon Textract" beside SageMaker components) and is
 * not a combination ("AWS DMS + CDC").
 */
export function fairSibling(ctx: QuizContext, label: string, owner: string): boolean {
  if (/[+&]/.test(label) || (/^(?:Amazon|AWS)\s/.test(label) && !ctx.serviceAnswer(label))) return false;
  const named = [...ctx.servicesIn(label), ...label.split(/\s+/).map((w) => ctx.serviceAnswer(w) ?? ctx.serviceAnswer(`Amazon ${w}`)).filter((x): x is string => !!x)];
  return named.every((sid) => partOf(ctx, sid, owner));
}

export function padFromSiblings(ctx: QuizContext, drafts: Draft[], features: FeatureChoice[]): void {
  const pool = new Map<string, Set<string>>();
  const put = (owner: string | undefined, label: string) => {
    if (!owner || !featureOf(ctx, label, owner)) return;
    let set = pool.get(owner);
    if (!set) pool.set(owner, (set = new Set()));
    set.add(label);
  };
  const owners = new Map<Draft, string | undefined>();
  const userPool = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (d.optionKind !== 'text') continue;
    const owner = ownerOf(ctx, d);
    owners.set(d, owner);
    for (const x of [...d.correct, ...d.distractors]) put(owner, x);
    const named = d.doc.source === 'user' && !owner ? ownerOf(ctx, d, NAMED_OPTIONS_STEM) : undefined;
    if (named) for (const x of [...d.correct, ...d.distractors]) if (featureOf(ctx, x, named)) userPool.set(named, new Set([...(userPool.get(named) ?? []), x]));
  }
  for (const f of features) put(f.owner, f.answer);
  // The catalog's own sub-features of an owner (SageMaker ML Lineage Tracking) are the last resort: the notes'
  // features come first (EventBridge Pipes also routes events to targets, where Scheduler does not).
  const catalog = new Map<string, string[]>();
  for (const sv of ctx.services) {
    if (sv.parent && pool.has(sv.parent) && !isRetired(sv) && featureOf(ctx, sv.shortName ?? sv.name, sv.parent)) catalog.set(sv.parent, [...(catalog.get(sv.parent) ?? []), sv.shortName ?? sv.name]);
  }
  for (const d of drafts) {
    const owner = owners.get(d);
    if (!owner || d.correct.length !== 1 || d.distractors.length !== 2) continue;
    const options = [...d.correct, ...d.distractors];
    // A member that is a service of its own (FSx for Lustre under an EFS heading) says the family is misnamed.
    if (options.some((o) => !featureOf(ctx, o, owner))) continue;
    // A member that combines two others ("Full Load + CDC") fits what each of them does: no fair family.
    if (options.some((o) => /\s\+\s/.test(o))) continue;
    const taken = options.map(norm);
    const keyWords = ownWords(ctx, d.correct[0], owner);
    const tied = d.cue ? ctx.cueAnswers.get(cueKey(d.cue)) : undefined;
    const fair = (list: Iterable<string>) => [...list].filter((x) => {
      const k = norm(x);
      // An outsider that shares a word with the key ("Composite alarms" beside "CloudWatch Alarms") may fit its description too.
      return k && fairSibling(ctx, x, owner) && !taken.some((t) => t === k || t.includes(k) || k.includes(t)) && !tied?.has(x.toLowerCase())
        && ![...ownWords(ctx, x, owner)].some((w) => keyWords.has(w));
    }).sort();
    const fromNotes = fair([...(pool.get(owner) ?? []), ...(d.doc.source === 'user' ? userPool.get(owner) ?? [] : [])]);
    const candidates = fromNotes.length ? fromNotes : fair(catalog.get(owner) ?? []);
    const pick = shuffle(candidates, rng(`${d.section.id}:${d.line}:sibling`))[0];
    if (pick) d.distractors = [...d.distractors, pick];
  }
}
