// Requirement → choice lines as questions: "Which AWS service fits best when the requirement is “…”?"
// when the choice is essentially one service (or a row of a comparison table, whose siblings are then
// the distractors). A choice that is a feature of a service ("Enable Glue job bookmarks", "S3 Object
// Lock in compliance mode") becomes a question when the same section has at least three other such
// lines: their choices are the distractors (each answers a different requirement).
import { readableQuote } from './quote';
import { NoteDocument, Section, Service } from '../../model';
import { QuizContext } from '../context';
import { categoryFamily } from '../serviceTraits';
import { serviceDistractors } from '../distractors';
import { Draft } from '../draft';
import { CueClaim } from '../extract/claims';
import { labelRow } from '../extract/tables';
import { rowsOfKeyKind } from '../rowKinds';
import { rng, shuffle } from '../random';
import { noteService } from './headingFamily';
import { featureVariant } from './featureVariant';
import { listedRivals, NoteFeatures } from './noteFeatures';
import { titledNoun } from './choose';
import { namesService, sentence, stripMd, withoutVendor } from '../text';
import { ownAreaFirst } from '../s3Areas';

/** "If requirement asks for X" → "X"; a wiki link slug with its name ("kinesis (Kinesis Data Streams)") → the name. */
function cleanCue(cue: string): string {
  return stripMd(cue)
    .replace(/^[-–—:\s]+|[-–—:\s]+$/g, '')
    .replace(/^(?:if|when)\s+(?:the\s+)?(?:requirement|scenario|question|use case)?\s*(?:asks (?:to|for)|says|mentions|is|needs?|requires?)?\s*/i, '')
    .replace(/^(?:the )?requirement (?:is )?/i, '')
    .replace(/^for (?=[a-z]+,)/i, '')
    .trim();
}

/**
 * A cue without the stop its note line ended with: quoted before the stem's "?" it read `unencrypted.”?`, and
 * before the explanation's arrow "unencrypted. → …" (blind review r25; every form of this builder, the table one too).
 */
export const unstopped = (cue: string) => cue.replace(/[.;:]+$/, '');

function cleanAnswer(answer: string): string {
  const a = stripMd(answer).replace(/[.!]+$/, '').trim();
  const slug = /^[a-z0-9-]+\s+\(([^)]+)\)$/.exec(a);
  if (slug) return slug[1];
  // "Turn on S3 Bucket Keys to cut the number of KMS calls" → "Turn on S3 Bucket Keys": the reason is not the choice.
  // Lower case only: "Time To Live (TTL)" is a name, not a reason.
  return a.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+(?:to|so that|which|because|in order to|instead of)\s+.*$/, '').trim();
}

/** A choice the note writes as code (`MaxResults`) or calls a parameter or setting: an API element, not a feature. */
export function apiSetting(markdown: string, answer: string, because?: string): boolean {
  return markdown.includes(`\`${answer}\``) || /^(?:an?\s+|the\s+)?(?:api\s+)?(?:parameter|setting|property|field|flag|argument|attribute|header)s?\b/i.test(because ?? '');
}

/** A requirement whose choice is a feature, not a service ("Glue Job Bookmarks", "Time To Live (TTL)"). */
export interface FeatureChoice { doc: NoteDocument; section: Section; cue: string; answer: string; claim: CueClaim; /** The service it belongs to: the one it names, else the note's own. */ owner?: string }

/**
 * A service's name followed by a capitalised name of its own ("AWS CloudFormation StackSets", "Amazon Athena Federated
 * Query"): a feature of that service, not the service. Read as the service, the key lost the feature that answers the
 * need (blind review r52: "AWS CloudFormation" for multi-Region deployments). A name the catalog knows whole stays a service.
 */
function namedFeature(ctx: QuizContext, answer: string): boolean {
  const a = answer.replace(/[.*_`]/g, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  const named = (tail: string) => /^[A-Z][A-Za-z0-9]+/.test(tail) && !/^(?:Service|Services|Console|API|CLI|SDK|Family)\b/.test(tail);
  // An alias the catalog lists for hovers ("AWS CloudFormation StackSets") is still the service's name plus a feature's.
  const exact = ctx.exactService(a);
  if (exact) {
    const s = ctx.service(exact)!;
    const names = [s.name, s.shortName, ...s.formerNames].filter((n): n is string => !!n);
    return !names.includes(a) && names.some((n) => a.startsWith(`${n} `) && named(a.slice(n.length + 1)));
  }
  const m = ctx.nameMatches(a)[0];
  return !!m && m.column === 0 && named(a.slice(m.endColumn).trim());
}

/** The service a claim's answer is: its words, the other reading of a wiki link, or the linked service note. */
function answerService(ctx: QuizContext, answer: string, alt?: string): string | undefined {
  const direct = namedFeature(ctx, answer) ? undefined : ctx.serviceAnswer(answer) ?? ctx.serviceAnswer(answer.replace(/-/g, ' '));
  if (direct || !alt) return direct;
  const viaAlt = ctx.serviceAnswer(alt);
  if (viaAlt) return viaAlt;
  const linked = ctx.service(alt.toLowerCase());
  return linked && !ctx.pseudo.has(linked.id) ? linked.id : undefined;
}

/** The former name of `s` a user wrote for it ("Kinesis Data Firehose" in "Kinesis Data Firehose (KDF)"), if any. */
export function formerNameIn(s: { name: string; formerNames: string[] }, written: string): string | undefined {
  if (written.includes(s.name)) return undefined;
  const hit = [...s.formerNames].sort((a, b) => b.length - a.length).find((f) => new RegExp(`(?<![A-Za-z0-9])${withoutVendor(f).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'i').test(written));
  return hit && /^(?:Amazon|AWS) /.test(hit) ? hit : hit ? `${/^Amazon /.test(s.name) ? 'Amazon ' : /^AWS /.test(s.name) ? 'AWS ' : ''}${hit}` : undefined;
}

/**
 * The service a wiki link names: the linked note's own service, or its title with the words written after the
 * link ("[[kinesis]] Data Firehose": "Amazon Kinesis Family" → Amazon Kinesis Data Firehose, now Amazon Data
 * Firehose). Words that name no service with the title leave it unresolved rather than guessed.
 */
function linkedService(ctx: QuizContext, link: { slug: string; qualifier?: string }): string | undefined {
  const slug = link.slug.toLowerCase();
  const doc = ctx.docs.find((d) => (d.file.split('/').pop() ?? '').replace(/\.md$/i, '').toLowerCase() === slug);
  if (!doc) return undefined;
  const title = doc.title.replace(/\s*\(.*\)\s*$/, '').replace(/\s+family$/i, '').trim();
  const id = link.qualifier ? ctx.serviceAnswer(`${title} ${link.qualifier}`) : doc.serviceId ?? ctx.serviceAnswer(title);
  return id && !ctx.pseudo.has(id) && !/\bfamily\b/i.test(ctx.service(id)?.name ?? '') ? id : undefined;
}

/** The service a "Choose X over Y" line set against the key first (the gate still judges its kind), then the others. */
function withRival(ctx: QuizContext, key: string, rival: string | undefined, others: string[]): string[] {
  const id = rival ? answerService(ctx, rival) ?? ctx.serviceAnswer(`AWS ${rival}`) ?? ctx.serviceAnswer(`Amazon ${rival}`) : undefined;
  const s = id && id !== key && !ctx.pseudo.has(id) ? ctx.service(id) : undefined;
  return s ? [s.name, ...others.filter((n) => n !== s.name)] : others;
}

/**
 * The requirement lines of one note (each with its section). Lines whose choice is a feature are
 * returned in `features`: they become questions across all notes at once (buildFeatureChoices), where
 * the other features are the distractors.
 */
/** "<cue> → <answer> (<because>)." : how a requirement line explains its key. */
function arrowExplanation(cue: string, answer: string, because: string | undefined): string {
  return sentence(`${unstopped(cue)} → ${answer}${because ? ` (${stripMd(because)})` : ''}`);
}

export function buildRequirements(ctx: QuizContext, doc: NoteDocument, claims: { section: Section; claim: CueClaim }[], features: FeatureChoice[] = []): Draft[] {
  const out: Draft[] = [];
  for (const { section, claim: c } of claims) {
    const cue = cleanCue(c.cue);
    const answer = cleanAnswer(c.answer);
    // "data lakes", "big data processing": too thin a requirement to have one defensible answer.
    if (cue.split(/\s+/).length < 4 || cue.length > 180 || !answer) continue;
    const base = { doc, section, line: c.line, cue };
    const explanation = arrowExplanation(cue, stripMd(c.answer).replace(/[.!]+$/, ''), c.because);
    // A wiki link names a note, so a service: never a row of some table that happens to share the slug ("Athena").
    const linked = c.link ? linkedService(ctx, c.link) : undefined;
    const label = linked ? undefined : labelRow(ctx, answer, doc);
    if (label) {
      const { table, row } = label;
      ctx.tieCue(cue, table.labels[row]);
      // A user's use case keyed to a table of mixed kinds is asked among the rows of the key's kind (rowKinds.ts, r25).
      const kind = doc.source === 'user' && table.noun !== 'service' ? rowsOfKeyKind(table, row) : undefined;
      const noun = table.noun === 'service' ? 'AWS service' : kind ? kind.noun : doc.source === 'user' ? table.noun : titledNoun(ctx, table.doc.title, table.noun);
      out.push({
        ...base, kind: 'choose', stem: `Which ${noun} fits this requirement best: “${readableQuote(unstopped(cue), doc.source === 'user')}”?`, correct: [table.labels[row]],
        distractors: shuffle(table.labels.filter((_, i) => (kind ? kind.rows.includes(i) : i !== row)), rng(`${section.id}:${c.line}`)), optionKind: 'text',
        explanation, serviceIds: ctx.servicesIn(table.rows[row].choice), answerServiceIds: [],
      });
      continue;
    }
    // A choice written in lower case is a concept, not a service: "Choose **batch** when …" is batch
    // processing, never AWS Batch (a wrong key in the bundled notes' batch-vs-streaming rules).
    const sid = linked ?? (/^[a-z]/.test(answer) && !c.alt ? undefined : answerService(ctx, answer, c.alt));
    // An umbrella brand ("Amazon Kinesis (service family)") is no key: its members are separate services (r3).
    if (sid && /\bfamily\b/i.test(ctx.service(sid)!.name)) continue;
    if (sid) {
      const s = ctx.service(sid)!;
      ctx.tieCue(cue, s.name);
      // A user's former name ("Kinesis Data Firehose (KDF)") is asked by the current one, and the explanation says so.
      const former = doc.source === 'user' ? formerNameIn(s, stripMd(c.answer)) : undefined;
      // A wiki link's slug ("[[athena]]") is a file name: the explanation says the service's name (blind review r33).
      const explained = former ? arrowExplanation(cue, `${s.name} (formerly ${former})`, c.because)
        : linked ? arrowExplanation(cue, `${s.name}${c.link?.qualifier ? ` ${c.link.qualifier}` : ''}`, c.because) : explanation;
      // A use or description written under the service's own heading says nothing about its rivals:
      // distractors then come from other families, so that none of them fits too.
      const excluded = new Set(ctx.servicesIn(`${cue} ${c.because ?? ''}`));
      if (c.fromHeading) for (const x of ctx.services) if (categoryFamily(x.category) === categoryFamily(s.category)) excluded.add(x.id);
      // Its rivals in the comparison tables (Redshift Spectrum beside Athena) answer a one-line use too.
      if (c.fromHeading) for (const id of ctx.competitors.get(sid) ?? []) excluded.add(id);
      for (const x of ctx.services) if (/\bfamily\b/i.test(x.name)) excluded.add(x.id);
      out.push({
        ...base, kind: c.style === 'describe' ? 'identify' : 'choose',
        stem: c.style === 'describe' ? `Which AWS service is described here: “${readableQuote(unstopped(cue), doc.source === 'user')}”?` : `Which AWS service fits this requirement best: “${readableQuote(unstopped(cue), doc.source === 'user')}”?`, correct: [s.name],
        distractors: withRival(ctx, sid, c.rival, serviceDistractors(ctx, [sid], excluded, `${section.id}:${c.line}:req`).map((x) => x.name)),
        optionKind: 'service', explanation: explained, serviceIds: [sid], answerServiceIds: [sid],
      });
      continue;
    }
    // A feature of a service: short, named, and not a sentence ("Enable … to …" was cut to its choice).
    if (c.fromHeading || answer.split(/\s+/).length > 7 || !/^[A-Z0-9`"]/.test(answer) || /^(?:use|enable|add|route|configure|set)\b/i.test(answer)) continue;
    // A name, not a phrase: no list ("SQS, Kafka"), no alternatives ("Valkey or Redis OSS"), no trailing
    // lower-case words ("… with raised retention", "… subscribed"), no lone common word ("Serverless").
    if (/,|\s(?:or|and|with|only)\s|\s(?:or|and|with|only)$/.test(answer) || /\s[a-z][a-z]+$/.test(answer) || /^[A-Z][a-z]+$/.test(answer)) continue;
    // An API or rule setting is no product feature (blind review r8: `NewerNoncurrentVersions` among S3
    // features): the note writes it as code, or calls it a parameter.
    if (apiSetting(section.markdown, answer, c.because)) continue;
    // "S3 Versioning" is S3's even where the matcher reads no service in it: the name's first word decides.
    const lead = /^(?:(?:Amazon|AWS)\s+)?([A-Z][\w-]*)\s/.exec(answer)?.[1];
    // A bare word names a service with its prefix too ("S3" → Amazon S3, "Athena" → Amazon Athena).
    const named = (w: string) => ctx.serviceAnswer(w) ?? ctx.serviceAnswer(`Amazon ${w}`) ?? ctx.serviceAnswer(`AWS ${w}`);
    const byLead = lead && doc.source === 'user' ? named(lead) : undefined;
    // "Avoid metastore lookups in Athena" → Partition Projection is Athena's, though written in an S3 note.
    const own = noteService(ctx, doc) ?? doc.serviceId;
    const byCue = doc.source === 'user'
      ? [...ctx.servicesIn(cue), ...(cue.match(/\b[A-Z][\w-]+\b/g) ?? []).map(named)].find((id): id is string => !!id && !ctx.pseudo.has(id) && id !== own && id !== ctx.service(own ?? '')?.parent)
      : undefined;
    const owner = ctx.servicesIn(answer).find((id) => !ctx.pseudo.has(id)) ?? (byLead && !ctx.pseudo.has(byLead) ? byLead : undefined) ?? byCue ?? own;
    features.push({ doc, section, cue, answer: answer.replace(/\s+in\s+(?=[A-Z][a-z]+ Mode$)/, ' '), claim: c, owner });
  }
  return out;
}

/**
 * A bundled concept note's choices with no service ("Type 2" of slowly changing dimensions) are asked by the
 * note's subject: "Which slowly changing dimension option …", not a bare "Which solution …" (blind review r8:
 * a stem names its subject).
 */
export function conceptNoun(doc: NoteDocument): string | undefined {
  if (doc.source === 'user' || doc.kind !== 'concept') return undefined;
  const title = doc.title.split(/[:(]/)[0].trim();
  if (!title || title.split(/\s+/).length > 4 || /\bvs\.?\b|,|\band\b/i.test(title)) return undefined;
  return `${title.charAt(0).toLowerCase()}${title.slice(1).replace(/ies$/, 'y').replace(/([^s])s$/, '$1')} option`;
}

const featureKey = (a: string) => a.toLowerCase().replace(/\s*\([^)]*\)/g, '').replace(/^(?:amazon|aws)\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Feature choices of all notes as questions: "Which solution fits this requirement best: “…”?" with other
 * features as distractors — those of the same service first, then those of services in the same catalog
 * family. One question per feature: several notes pointing to S3 Bucket Keys are one fact.
 */
export function buildFeatureChoices(ctx: QuizContext, features: FeatureChoice[], known: NoteFeatures = new Map(), short: ShortFeatureChoice[] = [], spares: { draft: Draft; first: Draft }[] = []): Draft[] {
  const out: Draft[] = [];
  const byKey = new Map<string, FeatureChoice>();
  for (const f of features) if (!byKey.has(featureKey(f.answer))) byKey.set(featureKey(f.answer), f);
  const pool = [...byKey.values()];
  const familyOf = (f: FeatureChoice) => { const s = f.owner ? ctx.service(f.owner) : undefined; return s ? categoryFamily(s.category) : ''; };
  /** The question of one feature choice, with its wrong options (fewer than three when short), or undefined. */
  const draftOf = (f: FeatureChoice): { draft: Draft; owner?: Service } | undefined => {
    const key = featureKey(f.answer);
    const r = rng(`${f.section.id}:${f.claim.line}:feature`);
    // Never a feature the same note ties to a cue like this one (two answers to one need).
    // Nor one that contains the other ("S3 Storage Lens" / "S3 Storage Lens Advanced metrics"): both would fit.
    // Distractors from notes of the same kind (the user's or the bundled ones): each set is written alike.
    const others = pool.filter((o) => { const k = featureKey(o.answer); return o.doc.source === f.doc.source && !k.startsWith(key) && !key.startsWith(k) && !featureVariant(o.answer, f.answer) && o.cue.toLowerCase() !== f.cue.toLowerCase(); });
    // The key's own list first (one section's decision lines: the same topic); features of the same service
    // or family elsewhere answer other topics (Object Lock beside a KMS cost need), so a question that
    // needs them is dropped by the gate as off-topic (blind review r4).
    // A user's line names its category: "Which Amazon S3 feature …" with features of that service only; a
    // bare "Which solution …" beside a quoted line never said what is compared (blind review r7).
    const owner = f.doc.source === 'user' && f.owner ? ctx.service(f.owner) : undefined;
    if (f.doc.source === 'user' && !owner) return undefined;
    // A product of its own name ("Amazon Comprehend" in a SageMaker note's tips) is no feature of the note's service:
    // "Which SageMaker feature …" keyed to it would teach that it is (blind review r52).
    if (owner && otherProduct(f.answer, owner)) return undefined;
    // Nor is such a product a wrong option of "Which SageMaker feature …": the stem would rule it out.
    const mine = (o: FeatureChoice) => !owner || (o.owner === f.owner && !otherProduct(o.answer, owner));
    const list = shuffle(others.filter((o) => o.section === f.section && mine(o)), r);
    const same = shuffle(others.filter((o) => o.section !== f.section && o.owner && o.owner === f.owner), r);
    const near = owner ? [] : shuffle(others.filter((o) => o.section !== f.section && o.owner !== f.owner && familyOf(o) && familyOf(o) === familyOf(f)), r);
    // The features the key's own note lists for its service come after its own rule lines (noteFeatures.ts).
    const listed = shuffle(listedRivals(ctx, known, f.doc, owner?.id, f.answer, featureVariant).filter((a) => !owner || !otherProduct(a, owner)), r);
    const pooled = [...new Set([...list, ...same, ...near].map((o) => o.answer).concat(listed))];
    // A user's S3 feature takes rivals of its own area first (s3Areas.ts): the gate's off-area test needs one.
    const distractors = f.doc.source === 'user' ? ownAreaFirst(f.answer, pooled) : pooled;
    // A user's feature with too few rivals among the choice lines may take more from that user's feature families (featurePad.ts).
    if (distractors.length < 3 && !owner) return undefined;
    const siblings = new Set(list.map((o) => o.answer));
    const noun = owner ? `${(owner.shortName ?? owner.name).replace(/\s*\(.*\)$/, '')} feature` : conceptNoun(f.doc) ?? 'solution';
    return {
      owner, draft: {
        doc: f.doc, section: f.section, line: f.claim.line, cue: f.cue, kind: 'choose',
        stem: `Which ${noun} fits this requirement best: “${readableQuote(unstopped(f.cue), f.doc.source === 'user')}”?`, correct: [f.answer],
        distractors, optionKind: 'text', siblings: f.doc.source === 'user' && !owner ? siblings : undefined,
        explanation: arrowExplanation(f.cue, stripMd(f.claim.answer).replace(/[.!]+$/, ''), f.claim.because),
        serviceIds: [...new Set([...(f.owner ? [f.owner] : []), ...ctx.servicesIn(f.answer)])].slice(0, 3), answerServiceIds: [],
      },
    };
  };
  for (const f of pool) {
    const built = draftOf(f);
    if (!built) continue;
    const { draft } = built;
    if (draft.distractors.length < 3) { short.push({ draft, owner: f.owner! }); continue; }
    ctx.tieCue(f.cue, f.answer);
    out.push(draft);
    // The same feature written again elsewhere in a user's notes: one question, but a spare should this one be
    // dropped for what it says ("objects" beside Object Lock leaks its name; a WORM line elsewhere does not).
    if (f.doc.source !== 'user') continue;
    for (const g of features) {
      if (g === f || g.doc.source !== 'user' || featureKey(g.answer) !== featureKey(f.answer)) continue;
      const spare = draftOf(g)?.draft;
      if (spare && spare.distractors.length >= 3) spares.push({ draft: spare, first: draft });
    }
  }
  return out;
}

/** A choice that is a product of its own ("Amazon Comprehend"), not a feature of `owner` ("Amazon SageMaker Feature Store" is one). */
const otherProduct = (answer: string, owner: Service) => /^(?:Amazon|AWS)\s/.test(answer) && !namesService(answer, owner);

/** A user's feature choice with fewer than three wrong options, and the service the feature belongs to. */
export interface ShortFeatureChoice { draft: Draft; owner: string }
