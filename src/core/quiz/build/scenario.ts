// A question the notes ask and answer, as a choice question: the key is the service (or the row of a
// comparison table) the answer starts with; services the answer names as wrong ("X is the usual
// distractor, but …") are the best distractors. An answer that lists services ("Amazon S3, Amazon
// Kinesis or Amazon EventBridge") becomes a multiple response question. Anything else is a recall card.
import { NoteDocument, Section, Service } from '../../model';
import { QuizContext } from '../context';
import { isRetired } from '../serviceTraits';
import { serviceDistractors } from '../distractors';
import { Draft } from '../draft';
import { QaClaim } from '../extract/claims';
import { labelRow, ownedStem } from '../extract/tables';
import { alsoPointsTo } from '../rowRequires';
import { rng, shuffle } from '../random';
import { leadClause, namesService, NEGATIVE, sentence, stripMd } from '../text';
import { namedFirst, whyNotNotes, whyNotParts } from './choose';
import { currentNames } from './practice';
import { kindsOf } from '../serviceKinds';


const SERVICE_NOUNS = /^(?:which|what)\s+(?:(?:are|is)\s+)?(?:(?:some|the)\s+)?(?:(?:aws|amazon|managed|serverless|relational|streaming|container|storage|nosql|in-memory|graph|analytics|orchestration|single)\s+)*(service|services|database|store|data store|orchestrator|option|deployment option|tool|catalog|engine|cache|control|warehouse|platform)\b(?!\s+(?:command|feature|statement|setting|mode|type|operation|function|clause|api|call|property|parameter|option|class|tier|key|policy|format|engine|layer|index|style|rule)\b)/i;

/** The services a list answer names, when the first sentence is nothing but a list of them. */
export function listAnswer(ctx: QuizContext, answer: string): string[] | undefined {
  const first = answer.split(/(?<=[.!?])\s+/)[0].replace(/[.!]$/, '');
  const parts = first.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((p) => p.trim()).filter(Boolean)
    .filter((p) => !/^(?:a few others|others|more|many more|etc\.?|and more|a few more)$/i.test(p));
  if (parts.length < 2 || parts.length > 5) return undefined;
  const ids = parts.map((p) => ctx.serviceAnswer(p.replace(/^(?:the|an?)\s+/i, '')));
  if (ids.some((x) => !x)) return undefined;
  // An umbrella brand is never an option (blind review r7: "Amazon Kinesis (service family)"): it stands for the
  // one member of the same kinds as a service listed beside it (Kinesis beside MSK → Kinesis Data Streams).
  for (let i = 0; i < ids.length; i++) {
    const u = ctx.service(ids[i]!)!;
    if (!/\bfamily\b/i.test(u.name)) continue;
    const member = umbrellaMember(ctx, u, ids.filter((x, j) => j !== i) as string[]);
    if (!member) return undefined;
    ids[i] = member;
  }
  // "AWS Glue and an AWS Glue crawler" is one answer, not two: related services collapse into the first.
  const unique: string[] = [];
  for (const id of ids as string[]) {
    const s = ctx.service(id)!;
    if (!unique.some((u) => u === id || ctx.related(s, ctx.service(u)!))) unique.push(id);
  }
  return unique.length >= 2 ? unique : undefined;
}

/** The member of an umbrella brand whose kinds are those of a service listed beside it, when exactly one is. */
function umbrellaMember(ctx: QuizContext, umbrella: Service, beside: string[]): string | undefined {
  const brand = umbrella.name.replace(/\s*\(.*\)$/, '');
  const key = (s: Service) => kindsOf(s).slice().sort().join('|');
  const wanted = new Set(beside.map((id) => key(ctx.service(id)!)));
  const members = ctx.services.filter((s) => s.id !== umbrella.id && s.name.startsWith(`${brand} `) && !isRetired(s) && wanted.has(key(s)));
  return members.length === 1 ? members[0].id : undefined;
}

/**
 * "Mount it with network file system, NFS, or server message block, SMB, shares" → "Mount it with NFS or SMB
 * shares": an expansion followed by its acronym (its words' initials, in order) is left out.
 */
export function acronymsOnly(text: string): string {
  return text.replace(/(?:\b(?:the|a|an)\s+)?((?:[A-Za-z][\w-]*\s+){0,5}[A-Za-z][\w-]*),\s+(?:or\s+)?([A-Z]{2,6}),?/g, (whole, words: string, acronym: string) => {
    const list = words.split(/\s+/);
    // The expansion is the shortest tail of the words whose initials spell the acronym.
    for (let start = list.length - 1; start >= 0; start--) {
      const tail = list.slice(start);
      if (tail.map((w) => w[0].toUpperCase()).join('') === acronym) {
        const head = list.slice(0, start).join(' ');
        return `${head ? `${head} ` : ''}${acronym}`;
      }
    }
    return whole;
  }).replace(/\s+,/g, ',');
}

/** "What are AWS services that support X?" → "Which TWO AWS services support X? (Select TWO.)" */
export function pluralStem(question: string): string {
  const q = question.replace(/\?$/, '');
  let m = /^(?:what|which) are (?:some |the )?((?:aws |amazon )?(?:[a-z-]+ )?services?)\s+(?:that\s+)?(.*)$/i.exec(q);
  if (m) {
    const rest = /^(?:for|to|in|with|on)\b/i.test(m[2]) ? `are used ${m[2]}` : m[2];
    return `Which TWO ${m[1].replace(/services?$/i, 'services')} ${rest}? (Select TWO.)`;
  }
  m = /^(?:what|which) ((?:aws |amazon )?(?:[a-z-]+ )?services?) (.*)$/i.exec(q);
  if (m) return `Which TWO ${m[1].replace(/services?$/i, 'services')} ${m[2]}? (Select TWO.)`;
  return `${q}? (Select TWO.)`;
}

/**
 * The clause of an answer that names it: "Amazon EMR, because …" → "Amazon EMR". A service whose name holds
 * a word the clause cut stops at ("EMR on EKS", "Managed Service for Apache Flink") is kept whole: cut at
 * " on ", "EMR on EKS, because …" keyed Amazon EMR (a wrong key in the bundled bank).
 */
export function serviceLead(ctx: QuizContext, answer: string): string {
  const lead = leadClause(answer);
  const first = ctx.nameMatches(answer.slice(0, 120))[0];
  if (!first || first.column > 4 || first.endColumn <= lead.length) return lead;
  return (answer.slice(0, first.endColumn) + leadClause(answer.slice(first.endColumn))).trim();
}

/**
 * "Which Airflow offering on AWS …?" beside EventBridge and Step Functions gives the key away: the stem's
 * category must fit every option, so a product word no distractor carries is dropped ("Which offering on AWS
 * …?", blind review r8).
 */
export function fairCategory(stem: string, distractors: string[]): string {
  const m = /^(Which|What)\s+([A-Z][\w-]*)\s+(?=(?:offering|option|deployment|flavou?r|edition|variant)s?\b)/.exec(stem);
  if (!m || /^(?:AWS|Amazon)$/.test(m[2])) return stem;
  const word = new RegExp(`\\b${m[2]}\\b`, 'i');
  return distractors.every((x) => word.test(x)) ? stem : `${m[1]} ${stem.slice(m[0].length)}`;
}

export function buildScenario(ctx: QuizContext, doc: NoteDocument, section: Section, p: QaClaim): Draft | undefined {
  const d = choiceOrRecall(ctx, doc, section, p);
  // A user's choice form keeps the passage's card as a spare (bank.ts asks it if the gate drops the choice form).
  if (d && d.kind !== 'recall' && doc.source === 'user') d.recallSpare = recallOf(ctx, doc, section, p);
  return d;
}

/** The sentence is nothing but service names ("Amazon S3, Amazon Kinesis, or Amazon EventBridge."). */
function namesOnly(ctx: QuizContext, sentence: string): boolean {
  const parts = sentence.replace(/[.!]$/, '').split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((x) => x.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((x) => ctx.serviceAnswer(x.replace(/^(?:the|an?)\s+/i, '')));
}

/** The passage as a recall card: the note's question on the front, its answer on the back. */
function recallOf(ctx: QuizContext, doc: NoteDocument, section: Section, p: QaClaim): Draft {
  const question = stripMd(p.question);
  const full = stripMd(p.answer);
  // A list of services that answers "Which services …?" is the whole answer: what follows it is the next point of
  // the talk ("… or Amazon EventBridge. It is best practice to test …"), not part of the card.
  const first = full.split(/(?<=[.!?])\s+/)[0];
  const answer = doc.source === 'user' && first !== full && SERVICE_NOUNS.test(question) && namesOnly(ctx, first) ? first : full;
  return {
    doc, section, line: p.line, kind: 'recall', stem: question, correct: [], distractors: [], optionKind: 'text',
    answerText: answer, explanation: answer, serviceIds: ctx.servicesIn(answer).slice(0, 3), answerServiceIds: [],
  };
}

function choiceOrRecall(ctx: QuizContext, doc: NoteDocument, section: Section, p: QaClaim): Draft | undefined {
  // Two spoken questions joined into one read as the note's talk, not as an exam's stem: a card, never a choice.
  if (p.joined) return recallOf(ctx, doc, section, p);
  const base = { doc, section, line: p.line, ...(p.hedged ? { hedged: true } : {}) };
  const question = stripMd(p.question);
  const answer = stripMd(p.answer);
  const lead = serviceLead(ctx, answer);
  const recall = (): Draft => ({ ...recallOf(ctx, doc, section, p), ...base });
  // The answer is a row of a comparison table whose rows are not services (a storage class …).
  const label = labelRow(ctx, lead, doc);
  if (label) {
    const { table, row } = label;
    ctx.tieCue(question, table.labels[row]);
    return {
      ...base, kind: 'scenario', stem: ownedStem(table, question), correct: [table.labels[row]], cue: question,
      // A row the key only runs inside (Standard workflows for a task-token wait) is no wrong option.
      // The rows the key's "Why not the others" cell names come first, as in the table's own questions (choose.ts).
      distractors: namedFirst(shuffle(table.labels.filter((l, i) => i !== row && !alsoPointsTo(l, table.labels[row]) && !alsoPointsTo(l, question)), rng(`${section.id}:${p.line}`)), whyNotParts(ctx, table, row)), optionKind: 'text',
      explanation: answer, optionNotes: whyNotNotes(ctx, table, row),
      serviceIds: ctx.servicesIn(table.rows[row].choice), answerServiceIds: [],
    };
  }
  const asksService = SERVICE_NOUNS.test(question);
  const list = asksService ? listAnswer(ctx, answer) : undefined;
  if (list) {
    // Two of the listed services are the key; the others listed are right too, so never distractors.
    const correct = shuffle(list, rng(`${section.id}:${p.line}:list`)).slice(0, 2);
    // The notes name only some of the services that fit: distractors come from other families, so
    // that none of them fits too (S3 listed, EFS offered as "wrong" for large volumes of data).
    const families = new Set(list.map((id) => ctx.service(id)!.category.replace(/\s*\(.*$/, '')));
    const excluded = new Set<string>([...list, ...ctx.servicesIn(question), ...ctx.services.filter((s) => families.has(s.category.replace(/\s*\(.*$/, ''))).map((s) => s.id)]);
    for (const id of list) ctx.tieCue(question, ctx.service(id)!.name);
    const keys = correct.map((id) => ctx.service(id)!.name);
    const distractors = serviceDistractors(ctx, correct, excluded, `${section.id}:${p.line}`).map((s) => s.name);
    // A former name in the note's question: a user's is replaced by the current one, a bundled one patched.
    const stem = currentNames(ctx, pluralStem(question), undefined, doc.source !== 'user');
    return {
      ...base, kind: 'scenario', stem, correct: keys, cue: question,
      distractors,
      optionKind: 'service', explanation: answer, serviceIds: list, answerServiceIds: list,
    };
  }
  const exact = ctx.exactService(lead);
  const ms = exact ? [{ line: 0, column: 0, endColumn: lead.length, text: lead, serviceId: exact, kind: 'name' as const }] : ctx.nameMatches(lead);
  const lead0 = lead.replace(/^(?:the|an?)\s+/i, '');
  const offset = lead.length - lead0.length;
  if (!ms.length || ms[0].column > offset) return recall();
  const ids = [...new Set(ms.map((m) => m.serviceId))];
  const covered = ms.reduce((n, m) => n + (m.endColumn - m.column), 0);
  let correct = [ids[0]];
  if (ids.length === 2 && ms.length === 2) {
    const between = lead.slice(ms[0].endColumn, ms[1].column);
    if (/^\s*(?:and|plus)\s*$/i.test(between) && ms[1].endColumn >= lead.length - 1) correct = ids;
  }
  const coverage = covered / Math.max(1, lead0.length);
  if (coverage < 0.75 && !asksService) return recall();
  // Services elsewhere in the answer: named as wrong they are the best distractors; otherwise they may
  // be part of the answer, so they are left out.
  const excluded = new Set<string>([...ids, ...ctx.servicesIn(question)]);
  const preferred: string[] = [];
  const notes = new Map<string, string>();
  const rest = answer.slice(answer.indexOf(lead) + lead.length);
  rest.split(/(?<=[.;])\s+/).forEach((whole, index) => {
    const namesCorrect = (t: string) => correct.some((id) => namesService(t, ctx.service(id)!));
    const contrast = /,\s*(?:while|whereas|but)\s+(.*)$/i.exec(whole);
    const clause = contrast && (index === 0 || namesCorrect(whole)) ? contrast[1] : index === 0 ? '' : whole;
    const named = ctx.servicesIn(whole).filter((id) => !correct.includes(id));
    if (!named.length) return;
    const inClause = new Set(clause ? ctx.servicesIn(clause) : []);
    const negative = !!clause && (NEGATIVE.test(clause) || !!contrast) && !namesCorrect(clause);
    for (const id of named) {
      if (negative && inClause.has(id) && !excluded.has(id)) {
        preferred.push(id);
        notes.set(ctx.service(id)!.name, sentence(ownPart(ctx, clause.replace(/^(?:while|whereas|but)\s+/i, ''), id)));
      } else excluded.add(id);
    }
  });
  const two = correct.length === 2;
  // A user's question that spells out an acronym ("network file system, NFS,") keeps the acronym: the
  // words would give away a key named after them (Transfer Family) and an exam writes "FTP".
  const asked = doc.source === 'user' ? acronymsOnly(question) : question;
  const distractors = serviceDistractors(ctx, correct, excluded, `${section.id}:${p.line}`, preferred).map((s) => s.name);
  const stem = fairCategory(two ? pluralStem(asked) : asked, distractors);
  for (const id of correct) ctx.tieCue(question, ctx.service(id)!.name);
  return {
    ...base, kind: 'scenario', stem, correct: correct.map((id) => ctx.service(id)!.name), cue: question,
    distractors,
    optionKind: 'service', explanation: explained(p, answer), optionNotes: notes,
    serviceIds: correct, answerServiceIds: correct,
  };
}

/**
 * The part of a clause that is about one of the services it names: "Aurora can hold the index, but only on instances
 * you size, and S3 Vectors needs no sizing but answers slowly" gives Aurora its half and S3 Vectors its own, where the
 * whole clause under both options read as one note pasted twice (blind reviews r53, r54). The whole clause when its
 * parts do not each name one service.
 */
function ownPart(ctx: QuizContext, clause: string, id: string): string {
  const parts = clause.split(/,\s+and\s+(?=(?:Amazon|AWS)\s)|;\s+/);
  // "… so neither launches …" says something of both: the clause stays whole.
  if (parts.length < 2 || /\b(?:neither|both|either)\b/i.test(clause)) return clause;
  const named = parts.map((p) => ctx.servicesIn(p));
  const mine = parts.filter((_, k) => named[k].includes(id));
  return mine.length === 1 && named.every((ids) => ids.length > 0) ? mine[0] : clause;
}

/**
 * The explanation of a question built from a note's answer: the sentence as the note wrote it when a lead-in was cut
 * for the key ("You can use the AWS Transfer Family for …"), not the lower-case remainder, which blind review r46
 * read as a fragment ("the AWS Transfer Family for file transfers …").
 */
function explained(p: QaClaim, answer: string): string {
  const said = p.said ? stripMd(p.said).trim() : '';
  if (!said || !/^[a-z]/.test(answer.trim())) return answer;
  return sentence(said);
}
