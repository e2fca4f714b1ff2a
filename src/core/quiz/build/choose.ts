// Table rows as questions: a cue → its row ("Which service fits best when …"), a mapping row → its
// choice ("Which format matches this description …"), two workloads → two rows (Select TWO), and which
// TWO cues point to one row. The sibling rows are the distractors; "Why not the others" cells explain them.
import { readableQuote } from './quote';
import { NoteDocument, Service } from '../../model';
import { QuizContext } from '../context';
import { serviceDistractors } from '../distractors';
import { Draft } from '../draft';
import { ChoiceTable } from '../extract/tables';
import { leaksKey } from '../keyLeak';
import { noteSubject } from './headingFamily';
import { alsoPointsTo } from '../rowRequires';
import { claimAt } from '../claimLedger';
import { clauseNamesOption } from '../optionNoteMention';
import { statesNeed } from '../choiceStem';
import { rng, shuffle } from '../random';
import { labelForms, mergeNotes, namesService, orList, plural, sentence, sentencesOf, stripMd, withoutVendor } from '../text';
import { WhyNotPart } from '../whyNot';
import { decidedBetween } from '../overlaps';

const partsCache = new WeakMap<object, WhyNotPart[]>();
const whyNotCache = new WeakMap<object, Map<string, string>>();

/** The "Why not the others" cell of row `i`, split on ';', each part with the labels of the other rows it names. */
export function whyNotParts(ctx: QuizContext, t: ChoiceTable, i: number): WhyNotPart[] {
  let parts = partsCache.get(t.rows[i]);
  if (parts) return parts;
  parts = [];
  partsCache.set(t.rows[i], parts);
  const whyNot = t.rows[i].whyNot;
  if (!whyNot) return parts;
  const forms = t.forms ??= labelForms(t.rows.map((r) => stripMd(r.choice)));
  for (const part of stripMd(whyNot).split(/;\s*/)) {
    if (!part.trim()) continue;
    const ids = new Set(ctx.mentioned(part, t.section));
    const rows: string[] = [];
    t.rows.forEach((_, j) => {
      if (j === i) return;
      const named = (t.rowIds && ids.has(t.rowIds[j])) || forms[j].some((f) => clauseNamesOption(part, f, stripMd(t.rows[j].choice)) && !part.toLowerCase().includes(`${f.toLowerCase()}-`));
      if (named) rows.push(t.labels[j]);
    });
    parts.push({ text: part, rows });
  }
  return parts;
}

/** The "Why not the others" cell of row `i` as notes on the other rows: each row gets the parts that name it. */
export function whyNotNotes(ctx: QuizContext, t: ChoiceTable, i: number): Map<string, string> {
  let notes = whyNotCache.get(t.rows[i]);
  if (notes) return notes;
  notes = notesOf(whyNotParts(ctx, t, i));
  whyNotCache.set(t.rows[i], notes);
  return notes;
}

/** Each row named by the parts gets the parts that name it, but for the parts that also name `without`. */
function notesOf(parts: readonly WhyNotPart[], without?: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const part of parts) {
    if (without !== undefined && part.rows.includes(without)) continue;
    for (const label of part.rows) {
      const prev = notes.get(label);
      notes.set(label, prev ? `${prev} ${sentence(part.text)}` : sentence(part.text));
    }
  }
  return notes;
}

/** Row `i`'s notes without its cell's parts that name `label` (the cached notes when no part does). */
function notesNotNaming(ctx: QuizContext, t: ChoiceTable, i: number, label: string): Map<string, string> {
  const parts = whyNotParts(ctx, t, i);
  return parts.some((p) => p.rows.includes(label)) ? notesOf(parts, label) : whyNotNotes(ctx, t, i);
}

/**
 * The rows the key's "Why not the others" cell names come first: the note's author says they are the near misses
 * (key policies beside grants). Drawn at random, a KMS grant stood among imported material, custom key stores and
 * rotation, none of them a permission at all, and the question answered itself (blind review r46).
 */
export function namedFirst(labels: string[], parts: readonly WhyNotPart[]): string[] {
  const named = new Set(parts.flatMap((p) => p.rows));
  return [...labels.filter((l) => named.has(l)), ...labels.filter((l) => !named.has(l))];
}

/**
 * What the note's own section about a row says ("## Versioning": "Every overwrite or delete keeps the previous
 * version, so …"), as the explanation of a question keyed to that row: it teaches what the key is, where "Choose
 * Versioning when the scenario mentions: <the stem again>" only repeated the question (blind review r46).
 */
function labelDefinition(doc: NoteDocument, label: string): string | undefined {
  // A heading that adds its acronym ("## DynamoDB Accelerator (DAX)") is the row's own section too (blind review r55:
  // without it, the explanation listed the row's cues, the stem's among them).
  const bare = (t: string) => stripMd(t).toLowerCase().replace(/\s*\([^)]*\)\s*$/, '');
  const want = bare(label);
  const section = doc.sections.find((x) => x.level >= 2 && !x.choiceRows.length && bare(x.title) === want);
  if (!section) return undefined;
  const [first, second] = sentencesOf(section);
  if (!first || first.length < 25) return undefined;
  const text = second && first.length + second.length <= 320 ? `${first} ${second}` : first;
  // "Amazon Redshift is a columnar …" names its subject already.
  return text.toLowerCase().startsWith(want) ? sentence(text) : `${label}: ${sentence(text)}`;
}

function cueNotes(t: ChoiceTable, i: number): Map<string, string> {
  const notes = new Map<string, string>();
  t.rows.forEach((r, j) => { if (j !== i) for (const c of r.cues) notes.set(stripMd(c), `This points to ${t.labels[j]}.`); });
  return notes;
}

// "Which integration feature …" over bare feature names (Rules, Pipes) never says whose features they are
// (blind review r10): a bundled comparison titled "<service> features: …" lends the stem its service.
export function titledNoun(ctx: QuizContext, title: string, noun: string): string {
  if (noun === 'service' || ctx.servicesIn(noun).length || !/:/.test(title)) return noun;
  const head = title.split(':')[0];
  if (!/\b(?:features?|options?|settings?|capabilit(?:y|ies))\s*$/i.test(head)) return noun;
  const ids = ctx.servicesIn(head);
  const s = ids.length === 1 ? ctx.service(ids[0]) : undefined;
  const short = s ? withoutVendor(s.shortName ?? s.name) : undefined;
  return short && !noun.toLowerCase().includes(short.toLowerCase()) ? `${short} ${noun}` : noun;
}

export function buildChoose(ctx: QuizContext, t: ChoiceTable): Draft[] {
  const out: Draft[] = [];
  const { doc, section, rows, rowIds, labels, noun } = t;
  const base = { doc, section };
  // A user's table of storage classes or formats sits in a note about one service: the stem names it.
  const about = doc.source === 'user' && noun !== 'service' ? noteSubject(ctx, doc) : undefined;
  const named = noun === 'service' ? 'AWS service' : about && !ctx.servicesIn(noun).length && !/^[A-Z0-9]{2,}\b/.test(noun) ? `${about} ${noun}` : noun;
  const asked = doc.source === 'user' ? noun : titledNoun(ctx, doc.title, noun);
  const cueOwners = new Map<string, number>();
  rows.forEach((r) => r.cues.forEach((c) => cueOwners.set(c.toLowerCase(), (cueOwners.get(c.toLowerCase()) ?? 0) + 1)));
  const uniqueCue = (c: string) => cueOwners.get(c.toLowerCase()) === 1;
  // A cue quoted as a requirement must read as one: a bare name or two words ("Memcached", "directory bucket")
  // is a note fragment (blind review r9); a user's terse cell needs four words (r7).
  const fullRequirement = (cue: string) => cue.split(/\s+/).length >= (doc.source === 'user' ? 4 : 3);
  const rowServices = (i: number) => (rowIds ? [rowIds[i]] : ctx.servicesIn(rows[i].choice));
  // In a user's list of services, a row that is the key's parent or part of it (S3 Glacier storage classes beside
  // Amazon S3) fits the key's use too; a comparison table sets such rows against each other on purpose.
  const relativeRow = (i: number, j: number) => !!rowIds && doc.source === 'user' && t.style === 'mapping' && rowIds[i] !== rowIds[j] && !!ctx.relatives.get(rowIds[i])?.has(rowIds[j]);
  // Services beyond the table's rows (tables of 2–4 rows need them), never a row or a row's relative,
  // nor a service the cue names. Picked once per row, filtered per cue.
  const rowFamily = rowIds ? new Set(rowIds.flatMap((id) => [...(ctx.relatives.get(id) ?? [id])])) : new Set<string>();
  const extraPool = new Map<string, Service[]>();
  const extras = (answerIds: string[], key: string, cueText: string): string[] => {
    if (!rowIds) return [];
    const poolKey = answerIds.join('|');
    let pool = extraPool.get(poolKey);
    if (!pool) { pool = serviceDistractors(ctx, answerIds, rowFamily, `${section.id}:${poolKey}`); extraPool.set(poolKey, pool); }
    const named = new Set(ctx.mentioned(cueText, section));
    // A rival the comparison tables set against a row (MemoryDB beside ElastiCache) may fit the cue too;
    // an umbrella brand ("Amazon Kinesis (service family)") is no answer to anything.
    // A user's mapping line that states what tells them apart ("open-source streaming": MSK, not Kinesis Data Streams)
    // takes such a rival first: without it the key stood alone of its kind (blind review r50).
    const rivals = new Set(answerIds.flatMap((id) => [...(ctx.competitors.get(id) ?? [])]));
    const keyName = ctx.service(answerIds[0])?.name ?? '';
    const decided = (x: Service) => doc.source === 'user' && answerIds.length === 1 && decidedBetween(cueText, keyName, x.name);
    const fair = pool.filter((s) => !named.has(s.id) && (!rivals.has(s.id) || decided(s)) && !/\bfamily\b/i.test(s.name));
    return [...fair.filter((s) => rivals.has(s.id)), ...shuffle(fair.filter((s) => !rivals.has(s.id)), rng(`${section.id}:${key}`))].map((s) => s.name);
  };
  // The part of a cue's fairness that is the same for every row, asked once per cue rather than once per row.
  const fairCues = new Map<string, boolean>();
  const needCues = new Map<string, boolean>();
  const fairCue = (c: string) => {
    let v = fairCues.get(c);
    if (v === undefined) {
      v = uniqueCue(c) && !labels.some((l) => leaksKey(stripMd(c), l, []) || c.toLowerCase().includes(l.toLowerCase()))
        && !(rowIds ?? []).some((id) => namesService(c, ctx.service(id)!));
      fairCues.set(c, v);
    }
    return v;
  };
  const explain = (i: number) => (t.style === 'mapping'
    ? `${labels[i]}: ${sentence(stripMd(rows[i].cues[0]))}`
    : labelDefinition(doc, labels[i]) ?? `Choose ${labels[i]} when the scenario mentions: ${rows[i].cues.map(stripMd).join('; ')}.`);
  // A requirement option stands for the row whose cue it is (the why-not parts the explanation keeps follow it).
  const cueRows = new Map(rows.flatMap((o, x) => o.cues.map((c) => [stripMd(c), labels[x]] as const)));
  rows.forEach((row, i) => {
    const answerIds = rowServices(i);
    const notes = whyNotNotes(ctx, t, i);
    // The cell's parts ride on the draft: which of them the explanation says depends on the options shown (whyNot.ts).
    const parts = whyNotParts(ctx, t, i);
    const whyNot = parts.length ? { parts } : undefined;
    row.cues.forEach((rawCue, k) => {
      const cue = stripMd(rawCue);
      if (!uniqueCue(rawCue)) return;
      if (!fullRequirement(cue)) return;
      ctx.tieCue(cue, labels[i]);
      const stem = t.style === 'mapping'
        ? (t.useCase ? `Which ${named} fits this use case best: “${readableQuote(cue.replace(/[.]$/, ''), doc.source === 'user')}”?` : `Which ${named} ${noun === 'service' ? 'does this describe' : 'matches this description'}: “${readableQuote(cue.replace(/[.]$/, ''), doc.source === 'user')}”?`)
        : `Which ${asked} fits best when the scenario mentions “${cue}”?`;
      const line = row.cueLines?.[k] ?? row.line;
      out.push({
        ...base, line, kind: 'choose', stem, cue, claims: [claimAt(line, cue)],
        correct: [labels[i]],
        distractors: [...namedFirst(shuffle(labels.filter((l, j) => j !== i && !alsoPointsTo(l, cue) && !relativeRow(i, j)), rng(`${section.id}:c${i}.${k}`)), parts), ...extras(answerIds, `c${i}.${k}`, cue)],
        optionKind: rowIds ? 'service' : 'text',
        explanation: explain(i), whyNot, optionNotes: notes,
        serviceIds: answerIds, answerServiceIds: rowIds ? answerIds : [],
      });
    });
    if (t.style === 'mapping') return;
    // Two workloads, two rows: the next row, and in tables of four rows or more the one after it too
    // (the form blind reviews found the most reliable); in four rows that pair comes once, not twice;
    // in tables of seven rows or more (the S3 storage classes) also the third row on.
    const steps = rows.length >= 7 ? [1, 2, 3] : rows.length >= 5 || (rows.length === 4 && i < 2) ? [1, 2] : [1];
    // Each pair of a row takes the row's next cue: the same cue in two pairs of one row read as one
    // question asked twice (own reading after blind review r8).
    const pairCue = (c: string) => uniqueCue(c) && (doc.source === 'user' || fullRequirement(stripMd(c)));
    const ownCues = row.cues.filter(pairCue);
    const firstA = Math.floor(rng(`${section.id}:m${i}:a`)() * ownCues.length);
    steps.forEach((step, n) => {
      const j = (i + step) % rows.length;
      if (rows.length < 3 || j === i) return;
      const r = rng(`${section.id}:m${i}${step === 1 ? '' : `+${step}`}`);
      const otherCues = rows[j].cues.filter(pairCue);
      if (!ownCues.length || !otherCues.length) return;
      const a0 = (firstA + n) % ownCues.length;
      r();
      const b0 = Math.floor(r() * otherCues.length);
      const both = [...new Set([...answerIds, ...rowServices(j)])];
      const distractors = [...shuffle(labels.filter((_, x) => x !== i && x !== j), r), ...extras(both, `m${i}${step === 1 ? '' : `+${step}`}`, `${ownCues[a0]} ${otherCues[b0]}`)];
      // Every pair of cues, the usual one first: the bank keeps the first whose cues no other question asks
      // (claimLedger.ts, bundled notes), and one per pair of rows. A user's table keeps the usual pair only.
      const [na, nb] = doc.source === 'user' ? [1, 1] : [ownCues.length, otherCues.length];
      // The same for every pair of these two rows (the notes are only read): made once, not per pair.
      const explanation = `${explain(i)} ${explain(j)}`;
      // A part of one key's cell that also names the other key ("Bisect … and an on-failure destination deal with
      // failures") argues against a right answer of this pair: it is no note on a wrong option here (blind review r56).
      const optionNotes = mergeNotes(notesNotNaming(ctx, t, i, labels[j]), notesNotNaming(ctx, t, j, labels[i]), [labels[i], labels[j]]);
      for (let da = 0; da < na; da++) for (let db = 0; db < nb; db++) {
        const cueA = stripMd(ownCues[(a0 + da) % ownCues.length]);
        const cueB = stripMd(otherCues[(b0 + db) % otherCues.length]);
        out.push({
          ...base, line: row.line, kind: 'choose-two',
          stem: `A team has two separate workloads. One mentions “${cueA}”; the other mentions “${cueB}”. Which TWO ${plural(asked)} should the team choose? (Select TWO.)`,
          correct: [labels[i], labels[j]], distractors,
          claims: [claimAt(row.line, cueA), claimAt(rows[j].line, cueB), `pair:${section.id}:${Math.min(i, j)}-${Math.max(i, j)}`],
          optionKind: rowIds ? 'service' : 'text',
          explanation, optionNotes,
          serviceIds: both, answerServiceIds: rowIds ? both : [],
        });
      }
    });
    // Which TWO cues point to this row?
    // A cue that echoes any row's name eliminates itself (or gives the row away).
    // In a bundled note each option is a requirement: a bare feature name ("visibility timeout", "MariaDB") or a
    // clause cut from a note ("which API actions a user may call") does not read as one (blind review r11).
    const readsAsNeed = (c: string) => {
      // Asked of every cue of the table for each row: read once per cue (needCues, beside fairCues).
      let v = needCues.get(c);
      if (v === undefined) {
        v = doc.source === 'user' || (statesNeed(stripMd(c)) && !/^(?:which|what|who|whom|how|when|where|whether|point to)\b/i.test(stripMd(c)));
        needCues.set(c, v);
      }
      return v;
    };
    const fair = (c: string) => fairCue(c) && readsAsNeed(c) && !answerIds.some((id) => namesService(c, ctx.service(id)!));
    const own = row.cues.filter(fair);
    // A cue of a feature that only runs inside this row (a ".sync" wait in Standard workflows) points here too.
    const foreign = rows.flatMap((o, x) => (x === i || alsoPointsTo(labels[i], labels[x]) ? [] : o.cues.filter((c) => fair(c) && !alsoPointsTo(labels[i], stripMd(c)))));
    if (own.length >= 2 && foreign.length >= 3) {
      const r = rng(`${section.id}:w${i}`);
      const order = shuffle(own, r).map(stripMd);
      const distractors = shuffle(foreign, r).map(stripMd);
      // Every pair of the row's cues, the usual one first; the bank keeps one whose cues are still unasked
      // (bundled notes; a user's table keeps the usual pair only).
      const last = doc.source === 'user' ? 1 : order.length;
      for (let x = 0; x < last; x++) for (let y = x + 1; y < (doc.source === 'user' ? 2 : order.length); y++) {
        // Two keys that open alike ("Reads of the same hot items …", "Reads of the same items …") pair themselves
        // off against wrong options that do not (blind review r52).
        if (sameOpening(order[x], order[y])) continue;
        out.push({
          ...base, line: row.line, kind: 'choose-two',
          stem: `Which TWO requirements point to ${labels[i]} rather than ${rows.length <= 4 ? orList(labels.filter((_, z) => z !== i)) : `the other ${plural(noun)}`}? (Select TWO.)`,
          correct: [order[x], order[y]], distractors, optionKind: 'text',
          claims: [claimAt(row.line, order[x]), claimAt(row.line, order[y]), `point:${section.id}:${i}`],
          explanation: explain(i), optionNotes: cueNotes(t, i),
          // The options are cues: each stands for its row; a stem of four rows or fewer names every row.
          whyNot: whyNot && { parts, rowOf: cueRows, named: rows.length <= 4 ? labels : undefined },
          serviceIds: answerIds, answerServiceIds: [],
        });
      }
    }
  });
  return out;
}

/** The first three words of two options are the same (case aside). */
export function sameOpening(a: string, b: string): boolean {
  const head = (t: string) => t.toLowerCase().split(/\s+/).slice(0, 3).join(' ');
  return a.split(/\s+/).length > 3 && b.split(/\s+/).length > 3 && head(a) === head(b);
}
