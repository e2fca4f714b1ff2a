// Recall cards of a student's exam decision rules whose answer is an action (issue 9). Service notes end with a
// callout of rules, "> - **<need>**: <what to do>". A rule whose answer is one bolded service or feature ("Choose
// **X**") is a requirement the choice form asks (extract/requirements.ts, needRecall.ts); a rule whose answer is an
// action or a setting ("Delete the **Delete Marker**", "Set S3 Object Ownership to **Bucket Owner Enforced**") has
// no options to choose among, yet it is what the exam asks: the need becomes the front, asked within the note's
// subject ("In Amazon S3 Versioning, how do you re-activate a deleted file …?"), the action the back. Left out: rules
// a kept question already asks (same line; one fact, one question through the bank's ledger), needs that are bare
// labels ("**Cost Optimization**:") unless the rest states the situation ("If …, …", "To …, …"), answers that are no
// action ("Must wait …", a diagnosis), residue (wiki links, LaTeX other than arrows), advice that is wrong, and a rule
// another note already gave as a card (the same action in three notes is one card).
import { NoteDocument, Section, Service } from '../../model';
import { QuizContext } from '../context';
import { blocksOf } from '../extract/blocks';
import { outdatedContent } from '../outdated';
import { Question } from '../types';
import { isRetired } from '../serviceTraits';
import { askedName, cleanSummary } from './summaryRecall';
import { cardBack, TermCard } from './termRecall';

const RULE = /^\*\*([^*]{8,160})\*\*\s*:\s*(.{6,400})$/;

// The choice form: one bolded name to choose and nothing else to do ("Use **AWS Glue Data Quality**."); its
// parenthesis is the reason. Those are requirement questions or need cards, not rules to act on.
const CHOICE = /^(?:choose|use|pick|prefer|select)\s+(?:an?\s+|the\s+)?\*\*[^*]+\*\*\s*(?:\([^)]*\))?\s*[.!]?$/i;

// Needs that open with what the student wants done: "Re-activate a deleted file …", "Prevent infinite loops".
const NEED_VERB = /^(?:re-?activate|restore|prevent|fix|enforce|disable|replicate|stop|reduce|retain|clean up|remove|automate|trigger|buffer|broadcast|speed up|avoid|require|protect|aggregate|eliminate|ensure|convert|migrate|load)\b/i;
// Gerund needs the front asks as a verb ("Migrating Oracle … to Aurora" → "how do you migrate Oracle … to Aurora").
const GERUND: Record<string, string> = { migrating: 'migrate', loading: 'load' };

// Answers that act: the card's back must tell what to do, not state a limit ("Must wait at least 30 days") or a cause.
const ACTION_VERB = /^(?:enable|disable|configure|set|delete|remove|add|create|leave|provide|update|use|convert|increase|split|route|send|import|enforce|migrate|query|grant|apply|compress|turn on)\b/i;

// Advice a card would teach wrong. KMS throttling is a ThrottlingException (KMSInvalidStateException says a key is
// disabled or pending deletion); Redshift COPY loads from S3, DynamoDB, EMR and SSH hosts, never from EFS.
const WRONG: RegExp[] = [/KMSInvalidStateException/, /\bCOPY\b[^.]*\bEFS\b/];

// Names the note gets wrong that a card corrects: the lifecycle element is ExpiredObjectDeleteMarker (singular).
// "Parquet + Snappy" is one format with its compression, not two things to do.
const FIXES: [RegExp, string][] = [
  [/\bExpiredObjectDeleteMarkers?\b(?:\*\*)?:\s*true\b/g, 'ExpiredObjectDeleteMarker to true'],
  [/\bExpiredObjectDeleteMarkers\b/g, 'ExpiredObjectDeleteMarker'],
  [/\bParquet(\*\*)?\s*\+\s*(\*\*)?Snappy\b/g, 'Parquet$1 with $2Snappy compression'],
];
// A topic a note is about is not a feature the front can name ("Amazon S3 Performance & Optimization" → Amazon S3).
const TOPIC = /\s+(?:performance|security|encryption|optimi[sz]ation|access management|best practices)$/i;

const core = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^(?:amazon|aws)\s+/i, '').trim().toLowerCase();

/** Whether a block of the section sits in a callout ("> - …"): the decision rules are written there. */
function inCallout(section: Section, line: number): boolean {
  return /^\s*>/.test(section.markdown.split('\n')[line - section.startLine] ?? '');
}

/** "Amazon S3" rather than "Amazon Simple Storage Service (Amazon S3)"; a former name the note writes is said. */
function frontName(s: Service, title: string): string {
  const asked = askedName(s, title);
  if (/\(formerly /.test(asked)) return asked;
  // A user's note may enter the service under its title ("Amazon S3 (Simple Storage Service)"): the name, not the aside.
  return (s.shortName && /^(?:Amazon|AWS) /.test(s.shortName) ? s.shortName : s.name).replace(/\s*\([^)]*\)\s*$/, '');
}

/** The note's subject as the front names it: a catalog service by its asked name, else the title's first part. */
function subjectOf(ctx: QuizContext, doc: NoteDocument, need: string, rule: string): { name: string; service?: Service } | undefined {
  // A need that names one service ("Kinesis Scaling" in a note on the Kinesis family) is about that service.
  const named = ctx.servicesIn(need).map((id) => ctx.service(id)).filter((s): s is Service => !!s && !/\bfamily\b/i.test(s.name) && !isRetired(s));
  if (named.length === 1 && /^(?:amazon\s+|aws\s+)?\S+\s+scaling$/i.test(need)) return { name: frontName(named[0], doc.title), service: named[0] };
  // Shards are the capacity unit of Kinesis Data Streams alone (Firehose and Flink have none): a shard rule in a
  // note on the Kinesis family is about that member.
  if (/\bkinesis\b.*\bfamily\b/i.test(doc.title) && /\bshards?\b|ProvisionedThroughputExceeded/.test(rule)) {
    const id = ctx.serviceAnswer('Kinesis Data Streams');
    const kds = id ? ctx.service(id) : undefined;
    if (kds) return { name: frontName(kds, doc.title), service: kds };
  }
  const title = doc.title.replace(/^[^\w(]+/u, '').replace(/\s*\([^)]*\)\s*$/, '').split(/\s+&\s+/)[0].trim().replace(TOPIC, '');
  if (!/^(?:Amazon|AWS)\s+\S/.test(title) || /\bfamily\b/i.test(title)) return undefined;
  const id = ctx.exactService(title);
  const s = id ? ctx.service(id) : undefined;
  if (s && (isRetired(s) || /\bfamily\b/i.test(s.name))) return undefined;
  return s ? { name: frontName(s, doc.title), service: s } : { name: title };
}

/** The front's question and the action to recall, from a rule's need and answer; undefined for a bare label. */
export function questionOf(need: string, answer: string): { ask: string; action: string } | undefined {
  const plain = need.trim();
  const first = plain.split(/\s+/)[0].toLowerCase();
  const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);
  if (NEED_VERB.test(plain)) return { ask: `how do you ${lower(plain)}?`, action: answer };
  if (GERUND[first]) return { ask: `how do you ${GERUND[first]} ${plain.split(/\s+/).slice(1).join(' ')}?`, action: answer };
  // "**Kinesis Scaling**: If getting `X`, increase …": the rest states the situation.
  const when = /^If\s+(?:you\s+are\s+|you're\s+)?getting\s+([^,]{4,80}),\s*(.+)$/i.exec(answer);
  if (when) return { ask: `what do you do when you get ${when[1]}?`, action: when[2].charAt(0).toUpperCase() + when[2].slice(1) };
  // "**Cost Optimization**: To reduce Athena cost, convert …".
  const to = /^To\s+([a-z][^,]{6,80}),\s*(.+)$/.exec(answer);
  if (to) return { ask: `how do you ${to[1]}?`, action: to[2].charAt(0).toUpperCase() + to[2].slice(1) };
  return undefined;
}

/** The action as the back shows it: arrows as "→", "+" as "and", markdown gone, current names, no shouting. */
function backOf(ctx: QuizContext, action: string): string | undefined {
  let t = action;
  for (const [re, to] of FIXES) t = t.replace(re, to);
  t = t.replace(/\s*\$\\(?:rightarrow|to|Rightarrow|longrightarrow)\$\s*/g, ' → ').replace(/\s+\+\s+/g, ' and ').replace(/\s*->\s*/g, ' → ');
  if (/\[\[|\]\(|https?:/.test(t)) return undefined;
  const clean = cleanSummary(t);
  return clean ? cardBack(ctx, clean) : undefined;
}

// A setting's identifier ("ExpiredObjectDeleteMarker") in two rules is one piece of advice, however each is worded.
const identifiers = (t: string) => t.match(/\b[A-Z][a-z]+(?:[A-Z][a-z]+){2,}\b/g) ?? [];

/** Content words of an action, to know the same advice written in another note. */
const words = (t: string) => new Set(t.toLowerCase().replace(/[^a-z0-9:.-]+/g, ' ').split(' ').filter((w) => w.length > 2 && !/^(?:the|and|with|for|use|add|into|from|that)$/.test(w)));

/**
 * Recall cards of the decision rules in users' notes whose answer is an action. `sections`: the minable sections
 * of each user note; `kept`: the questions kept so far (a rule one of them asks is no card).
 */
export function buildRuleRecall(ctx: QuizContext, sections: Map<NoteDocument, Section[]>, kept: Iterable<Question>): TermCard[] {
  const keptLines = new Set<string>();
  for (const q of kept) keptLines.add(`${q.source.file}:${q.source.line}`);
  const out: TermCard[] = [];
  const given: Set<string>[] = [];
  const named = new Set<string>();
  for (const [doc, list] of sections) {
    for (const section of list) {
      for (const b of blocksOf(section)) {
        if (b.type !== 'item' || !inCallout(section, b.line) || keptLines.has(`${doc.file}:${b.line}`)) continue;
        const m = RULE.exec(b.raw.trim());
        if (!m || CHOICE.test(m[2].trim()) || WRONG.some((re) => re.test(b.raw))) continue;
        const need = m[1].replace(/`/g, '').trim();
        const q = questionOf(need, m[2].trim());
        if (!q || !ACTION_VERB.test(q.action.replace(/^\*\*/, '')) || /^must\b/i.test(q.action)) continue;
        const subject = subjectOf(ctx, doc, need, b.raw);
        if (!subject) continue;
        // The front names its subject: an action that is the subject itself ("Migrate tables to **Amazon S3 Tables**"
        // in the note on S3 Tables) would be given away by it.
        const bolded = [...q.action.matchAll(/\*\*([^*]+)\*\*/g)].map((x) => x[1].replace(/`/g, ''));
        const own = core(subject.name).split(/\s+/);
        if (bolded.some((x) => { const w = core(x).split(/\s+/); return own.every((o) => w.includes(o)); })) continue;
        const back = backOf(ctx, q.action);
        const ask = backOf(ctx, q.ask.replace(/`/g, ''));
        if (!back || !ask || back.split(/\s+/).length < 3) continue;
        // A need that already names the subject ("reduce Athena cost") is asked as it is.
        const namesIt = new RegExp(`\\b${core(subject.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(ask);
        const front = namesIt ? ask : `In ${subject.name}, ${ask.charAt(0).toLowerCase()}${ask.slice(1)}`;
        if (outdatedContent(front, [back])) continue;
        // The same advice in another note (HTTPS enforced by a bucket policy in three S3 notes) is one card.
        const w = words(`${need} ${back}`);
        const ident = identifiers(back);
        if (ident.some((x) => named.has(x))) continue;
        if (given.some((g) => { let n = 0; for (const x of w) if (g.has(x)) n++; return n >= Math.max(3, 0.7 * Math.min(w.size, g.size)); })) continue;
        given.push(w);
        for (const x of ident) named.add(x);
        const key = bolded[0] ?? subject.service?.name ?? subject.name;
        const ids = [...new Set([...(subject.service ? [subject.service.id] : ctx.servicesIn(subject.name)), ...ctx.mentioned(`${need} ${back}`, section)])].slice(0, 3);
        out.push({
          key,
          draft: {
            doc, section, line: b.line, kind: 'recall', stem: front, correct: [], distractors: [], optionKind: 'text',
            answerText: back, cue: `${need}: ${back}`, explanation: `${need}: ${back}`, serviceIds: ids, answerServiceIds: [],
          },
        });
      }
    }
  }
  return out;
}
