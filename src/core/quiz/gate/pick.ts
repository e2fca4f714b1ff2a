// The gate's choice of three wrong options from the draft's pool: each of the key's kind, none another answer the
// notes tie to the same cue, none named by the stem; too few left is a named rejection.
import { QuizContext } from '../context';
import { cueKey } from '../cueKey';
import { Draft } from '../draft';
import { NUMBER } from '../numbers';
import { hasWord, namesService } from '../text';
import { entangled, kindsOf, nearKind, sameKind, sharesCapability } from '../serviceKinds';
import { Service } from '../../model';
import { sharedFit } from '../overlaps';
import { refinesKey } from '../refinement';
import { offExamProduct } from '../stemChecks';
import { asksPort, notePorts } from '../numberTrivia';
import { umbrellaOfKey } from '../umbrella';
import { partOfChosen } from '../optionParts';
import { freshFirst } from '../userOptionSets';
import { secondVariant } from '../variants';
import { namedAsWrong } from '../namedRivals';
import { thinKind } from '../thinKind';
import { s3OffArea } from '../s3Areas';
import { outsideAskedKinds } from '../plausibleRivals';
import { crowdsFamily } from '../familyCrowd';
import { offResource } from '../resourceFit';
import { notADeploymentOption, otherFunction } from '../functionCategory';
import { offClientKind, serviceNounForClient } from '../clientSoftware';
import { reject, Rejection, RESIDUE } from './rules';
import { pairKindTell, pairWordTell } from '../pairKindTell';
import { productParts } from '../builtOn';
import { inFamily, stemFamily } from '../stemFamily';
import { relationalTell } from '../dataModel';

// Stems that name the kind of service they ask for.
const STEM_KINDS: [RegExp, string][] = [
  [/^Which (?:\w+ )?vector (?:store|database|index)\b/i, 'vector'],
  [/^Which (?:\w+ )?warehouse\b/i, 'warehouse'],
  [/^Which (?:\w+ )?(?:database|data store)\b/i, 'database'],
  [/^Which (?:\w+ )?(?:orchestrator|workflow service)\b/i, 'orchestration'],
  // "Which TWO AWS storage services …": Step Functions beside S3 makes the pick trivial (r4).
  [/^Which (?:\w+ ){0,2}storage services?\b/i, 'storage'],
];

/** Three wrong options for this key and stem, or the rejection that names why there are fewer. */
export function pickDistractors(ctx: QuizContext, d: Draft, stem: string, correct: string[], seen: Map<string, string>): { distractors: string[] } | Rejection {
  const lower = correct.map((c) => c.toLowerCase());
  const named = (x: string) => {
    const s = d.optionKind === 'service' ? ctx.byName.get(x) : undefined;
    return s ? namesService(stem, s) : hasWord(stem, x);
  };
  const tied = d.cue ? ctx.cueAnswers.get(cueKey(d.cue)) : undefined;
  const distractors: string[] = [];
  let tiedDropped = 0;
  let otherKind = 0;
  let offTopic = 0;
  const asked = STEM_KINDS.find(([re]) => re.test(stem))?.[1];
  const keyServices = d.optionKind === 'service' ? correct.map((c) => ctx.byName.get(c)).filter((x): x is NonNullable<typeof x> => !!x) : [];
  // "Which SageMaker AI tool …": every option one of SageMaker AI's (stemFamily.ts, r48).
  const family = d.optionKind === 'service' ? stemFamily(ctx, stem, keyServices) : undefined;
  // "Which service is underneath <product>": what the product's own note says it uses answers too (builtOn.ts, r35).
  const parts = d.optionKind === 'service' ? productParts(ctx, stem) : undefined;
  // An agent or a library asked as an "AWS service": the stem's noun does not fit the key (clientSoftware.ts, r25).
  const miscalled = serviceNounForClient(stem, keyServices);
  if (miscalled) return reject('same-kind', `the stem calls client software "${miscalled}": ${correct.join(' | ')}`);
  // A port is asked only among the other ports its note gives (numberTrivia.ts).
  const port = d.optionKind === 'number' && asksPort(stem);
  // A user's wrong options not yet offered beside this key come first (userOptionSets.ts, blind review r12).
  const pool = port ? notePorts(d.doc).filter((p) => p !== correct[0].replace(/,/g, '')) : freshFirst(d, correct, d.distractors, seen);
  if (port && pool.length < 3) return reject('trivia', `a port without three other ports in its note: ${stem}`);
  for (const raw of pool) {
    const x = raw.trim();
    if (!x || lower.includes(x.toLowerCase()) || distractors.some((y) => y.toLowerCase() === x.toLowerCase()) || named(x) || RESIDUE.test(x)) continue;
    if (d.doc.source === 'user' && offExamProduct([x])) continue;
    // One defensible answer: a note that ties this distractor to the same cue makes it right too.
    if (tied?.has(x.toLowerCase())) { tiedDropped++; continue; }
    // An option that meets the same need as the key when the stem says nothing to tell them apart (overlaps.ts).
    if (d.optionKind !== 'number' && correct.some((k) => sharedFit(stem, k, x))) { tiedDropped++; continue; }
    // A refinement of the key ("Partition projection" beside "Partitioning") fits the key's cue too (refinement.ts, r20);
    // services have their own umbrella and deployment-variant rules (umbrella.ts).
    if (d.optionKind === 'text' && correct.some((k) => refinesKey(k, x))) { tiedDropped++; continue; }
    if (d.optionKind === 'service') {
      const s = ctx.byName.get(x);
      if (!s) continue;
      // A service a bundled scenario's answer names as wrong, with its reason, is a fair rival whatever its kind
      // (WAF beside API Gateway throttling, blind review r11): only the one-key checks below still apply to it.
      const vouched = namedAsWrong(d, x);
      if (parts?.has(s.id)) { tiedDropped++; continue; }
      // A feature of another option ("CloudWatch Logs Insights" beside CloudWatch Logs) is no separate service (optionParts.ts).
      // The services already chosen as wrong options, read by the checks of this one against them.
      const chosen = distractors.map((y) => ctx.byName.get(y)).filter((y): y is Service => !!y);
      // A service named like the key that the passage names as wrong, with its reason, stays (SageMaker AI beside
      // SageMaker Unified Studio, blind review r56): only its likeness to other wrong options counts.
      if (partOfChosen(ctx, s, vouched ? chosen : [...keyServices, ...chosen])) continue;
      // The umbrella that contains the key ("Amazon EMR" beside EMR Serverless) is a second answer, unless the note
      // says why it fails here (RDS beside Aurora for shared-storage replicas, blind review r28).
      if (!vouched && umbrellaOfKey(keyServices, s)) { tiedDropped++; continue; }
      // Same kind: a storage service beside a storage key, or a rival the notes compare it with.
      const keys = keyServices.filter((k) => !ctx.competitors.get(k.id)?.has(s.id));
      if (!vouched && keys.length === keyServices.length && keys.length === 1 && !keys.some((k) => sameKind(k, s) || nearKind(k, s, d.doc.source === 'user'))) { otherKind++; continue; }
      // Client software (an agent, a library) beside a table feature or a stream mixes kinds (clientSoftware.ts, r25).
      if (!vouched && offClientKind(keyServices, s)) { otherKind++; continue; }
      if (family && !inFamily(s, family)) { otherKind++; continue; }
      // The stem names the kind it asks for ("Which vector store …"): every option is one.
      if (!vouched && asked && keyServices.some((k) => kindsOf(k).includes(asked)) && !kindsOf(s).includes(asked)) { otherKind++; continue; }
      if (d.doc.source === 'user' && outsideAskedKinds(asked, keyServices, s)) { otherKind++; continue; }
      // A pair one cue cannot tell apart (entangled) is still a fair rival where the note says why it fails (r26: DataBrew
      // beside Glue Studio for a job whose generated PySpark is tuned).
      if (keyServices.some((k) => (!vouched && entangled(k, s)) || sharesCapability(stem, k, s))) { tiedDropped++; continue; }
      // Two variants of one service (EMR on EC2 and EMR Serverless) among a user's distractors (r11).
      if (d.doc.source === 'user' && secondVariant(s, chosen, keyServices)) continue;
      // A third wrong option of one family beside a key outside it (familyCrowd.ts, blind review r17).
      if (crowdsFamily(s, chosen, keyServices, (id) => ctx.service(id))) continue;
    }
    if (d.optionKind === 'number' && !NUMBER.test(x) && !/^\d[\d,.]*$/.test(x)) continue;
    // A wrong option of another function category than the key's (a CDN beside DNS, a path beside a filter; functionCategory.ts).
    if (d.optionKind !== 'number' && (otherFunction(correct, x) || notADeploymentOption(stem, correct, x))) { otherKind++; continue; }
    // A control of another resource than the one the stem names (resourceFit.ts, blind review r17); a Select TWO
    // asks for two needs' controls, so it is not judged here.
    if (d.optionKind === 'text' && correct.length === 1 && offResource(stem, correct, x)) { offTopic++; continue; }
    // Off-topic: an option from outside the key's own list (a replication feature beside a KMS cost need).
    if (d.siblings && !d.siblings.has(x)) { offTopic++; continue; }
    distractors.push(x);
    if (distractors.length === 3) break;
  }
  if (distractors.length < 3) return reject(tiedDropped ? 'ambiguous' : otherKind ? 'same-kind' : offTopic ? 'off-topic' : 'few-distractors', `${distractors.length} distractors`);
  if (d.optionKind === 'service' && correct.some((c) => !ctx.byName.has(c))) return reject('same-kind', correct.join(' | '));
  const thin = thinKind(ctx, d, correct, distractors);
  if (thin) return reject('same-kind', thin);
  const wrongServices = d.optionKind === 'service' ? distractors.map((x) => ctx.byName.get(x)).filter((x): x is Service => !!x) : [];
  const told = pairKindTell(ctx, keyServices, distractors) ?? pairWordTell(d.optionKind, correct, distractors) ?? relationalTell(stem, keyServices, wrongServices);
  if (told) return reject('same-kind', told);
  const offArea = d.optionKind === 'service' ? undefined : s3OffArea(correct, distractors);
  if (offArea) return reject('off-topic', offArea);
  return { distractors };
}
