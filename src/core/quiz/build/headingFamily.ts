// Sibling headings as questions: "Which AWS Glue component is described here: “…”?" with the other
// siblings as options. Services among them are shown by their current names (Amazon Data Firehose for
// a heading that still says Kinesis Data Firehose).
import { readableQuote } from './quote';
import { NoteDocument } from '../../model';
import { QuizContext } from '../context';
import { Draft } from '../draft';
import { TermListClaim } from '../extract/claims';
import { rng, shuffle } from '../random';
import { sentence } from '../text';

const FAMILY_WORD = /\b(components?|features?|concepts?|types?|options?|variants?|methods?|techniques?|classes|class|modes?|styles?|tiers?|actions?|layers?|entities|entity|roles?|policies|policy|capabilities|capability|services?|engines?)\b/i;

function singular(w: string): string {
  const l = w.toLowerCase();
  return /ies$/.test(l) ? l.slice(0, -3) + 'y' : /(?:ss|sh|ch|x)es$/.test(l) ? l.slice(0, -2) : /ss$/.test(l) ? l : l.replace(/s$/, '');
}

const plainName = (n: string) => n.replace(/\s*\(.*\)\s*$/, '').trim();

/**
 * The service a note is about, for a stem that must name its subject: the note's service, else the
 * longest start of its title that names one ("Amazon S3 Event Notifications & …" → Amazon S3).
 */
export function noteService(ctx: QuizContext, doc: NoteDocument): string | undefined {
  const sid = ctx.docService(doc);
  if (sid) return sid;
  const words = doc.title.replace(/^[^\w(]+/u, '').replace(/\s*[&,(].*$/, '').split(/\s+/);
  for (let n = words.length; n >= 2; n--) {
    const id = ctx.serviceAnswer(words.slice(0, n).join(' '));
    if (id) return id;
  }
  return undefined;
}

export function noteSubject(ctx: QuizContext, doc: NoteDocument): string | undefined {
  const s = ctx.service(noteService(ctx, doc) ?? '');
  return s ? plainName(s.shortName ?? s.name) : undefined;
}

// Study hubs, catalogs and task-statement notes list topics, not members of a family.
const NOT_A_FAMILY = /\b(?:task statement|domain \d|service catalog|index|roadmap|hub|patterns?|scenarios?|traps?|labs?)\b/i;
const NOT_A_MEMBER = /\bpatterns?\b|["“]/i;

export function buildHeadingFamily(ctx: QuizContext, doc: NoteDocument, family: TermListClaim): Draft[] {
  if ([doc.title, family.parent ?? ''].some((x) => NOT_A_FAMILY.test(x)) || family.terms.some((t) => NOT_A_MEMBER.test(t.term))) return [];
  const ids = family.terms.map((t) => ctx.serviceAnswer(t.term));
  const services = ids.every((x) => !!x) && new Set(ids).size === ids.length;
  const labels = family.terms.map((t, i) => (services ? ctx.service(ids[i]!)!.name : t.term));
  // A comparison's title lists its rivals after the colon ("Redshift performance: distribution styles vs sort
  // keys vs …"): the family's own word is before it, never a rival's ("style" named workload management).
  const parent = family.parent ?? '';
  const word = FAMILY_WORD.exec(/\bvs\b/.test(parent) ? parent.split(/:\s/)[0] : parent)?.[1];
  const about = services ? undefined : noteSubject(ctx, doc);
  // A family of features needs the service it belongs to in the stem ("Which option is described" names nothing).
  if (!services && !about) return [];
  const noun = services ? 'AWS service' : `${about} ${word && !/^services?$/i.test(word) ? singular(word) : 'feature'}`;
  return family.terms.flatMap((t, i) => {
    if (acronymOf(t.definition, labels[i])) return [];
    const section = t.section ?? doc.sections[0];
    ctx.tieCue(t.definition, labels[i]);
    return [{
      doc, section, line: t.line, kind: 'identify', cue: t.definition, family: `${doc.file}:${family.line}`,
      stem: `Which ${noun} is described here: “${readableQuote(t.definition, doc.source === 'user')}”?`,
      correct: [labels[i]], distractors: shuffle(labels.filter((_, j) => j !== i), rng(`${section.id}:${t.line}:heading`)),
      optionKind: services ? 'service' : 'text', explanation: sentence(`${labels[i]}: ${t.definition}`),
      serviceIds: services ? [ids[i]!] : ctx.mentioned(`${t.term} ${t.definition}`, section).slice(0, 3),
      answerServiceIds: services ? [ids[i]!] : [],
    } satisfies Draft];
  });
}

/** The description spells the key's acronym ("Dual-Layer Server-Side Encryption …" → DSSE-KMS). */
export function acronymOf(definition: string, key: string): boolean {
  const head = /^[A-Z]{2,}/.exec(key.replace(/^(?:amazon|aws)\s+/i, ''))?.[0];
  if (!head) return false;
  const initials = definition.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w)).map((w) => w[0].toUpperCase()).join('');
  // Its letters in order within a few words ("Dual-Layer Server-Side Encryption": D L S S E holds DSSE).
  for (let i = 0; i < initials.length; i++) {
    if (initials[i] !== head[0]) continue;
    let k = 1;
    for (let j = i + 1; j < initials.length && j <= i + head.length + 1 && k < head.length; j++) if (initials[j] === head[k]) k++;
    if (k === head.length) return true;
  }
  return false;
}
