// The gate's leak checks once the options are known: the stem's words, a feature of the key's family, or the
// key's own definition must not give a non-number key away.
import { QuizContext } from '../context';
import { Draft } from '../draft';
import { leaksKey } from '../keyLeak';
import { namedByFrame } from '../leakSwap';
import { featureLeak } from '../featureLeak';
import { definingCue } from '../definingCue';
import { likeButLeak } from '../likeButLeak';
import { camelLeak } from '../camelLeak';
import { reject, Rejection } from './rules';

/** The rejection of a stem that gives away one of its (non-number) keys among these wrong options, if any. */
export function optionLeak(ctx: QuizContext, d: Draft, stem: string, correct: string[], distractors: string[]): Rejection | undefined {
  // A two-workload question is read by its two needs: the frame's words ("One mentions", "workloads", "storage
  // classes") are no words of a need ("S3 Express One Zone", "Workload management").
  const framed = /^A team has two separate workloads\./.test(stem) ? [...stem.matchAll(/“([^”]+)”/g)].map((m) => m[1]).join('; ') : stem;
  for (const c of correct) {
    // A text key that is a service written short ("Amazon MWAA") is leaked by its full name's words too.
    const sid = d.optionKind === 'text' ? ctx.serviceAnswer(c) : undefined;
    const full = sid ? ctx.service(sid)!.name : undefined;
    const fullLeak = full && full !== c ? leaksKey(framed, full, distractors) : undefined;
    // A user's text key leaked only by its service's kind words, which the frame names too (leakSwap.ts), is no leak.
    const leak = leaksKey(framed, c, distractors) ?? (fullLeak && !(d.doc.source === 'user' && namedByFrame(stem, fullLeak)) ? fullLeak : undefined);
    // Only "Which TWO requirements point to <row>" names its row by design; two workloads keyed by two text rows are
    // checked like any question ("… in one AZ" beside S3 Express One Zone, blind review r11).
    if (leak && !(d.kind === 'choose-two' && d.optionKind === 'text' && /^Which TWO requirements\b/.test(stem))) return reject('leak-word', `${leak} → ${c}`);
    // A feature of the key's own family named in the stem (bundled stems; blind review r10).
    const feature = d.doc.source !== 'user' && d.optionKind === 'service' ? featureLeak(ctx, stem, c, distractors) : undefined;
    if (feature) return reject('leak', `${feature} → ${c}`);
    // The need states the key's own definition ("delimited plain text" for CSV; definingCue.ts, blind review r17).
    const defining = d.optionKind === 'text' ? definingCue(stem, c, distractors) : undefined;
    if (defining) return reject('leak-word', `${defining} defines ${c}`);
    // "Like <sibling> but …" beside a key named like that sibling (likeButLeak.ts, blind review r33).
    const like = likeButLeak(stem, c, distractors);
    if (like) return reject('leak-word', `defined as ${like} but different → ${c}`);
    // A key word inside a compound identifier of the stem ("OpenLineage" → Data lineage; camelLeak.ts, r34).
    const compound = d.optionKind === 'text' ? camelLeak(stem, c, distractors) : undefined;
    if (compound) return reject('leak-word', `${compound} → ${c}`);
  }
  return undefined;
}
