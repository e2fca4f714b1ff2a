// A definition list as questions: which of the sibling terms a definition describes.
import { letterPlurals, readableQuote } from './quote';
import { NoteDocument, Section } from '../../model';
import { QuizContext } from '../context';
import { serviceDistractors } from '../distractors';
import { Draft } from '../draft';
import { TermListClaim } from '../extract/claims';
import { rng, shuffle } from '../random';
import { sentence, withoutVendor } from '../text';
import { subjectOf } from './cloze';
import { acronymOf } from './headingFamily';

const GENERIC_LABEL = /^(?:security|performance|cost|costs|pricing|scalability|availability|durability|compatibility|monitoring|use cases?|benefits?|overview|features?|limits?|integration|integrations|management|reliability|flexibility|simplicity|speed|storage|compute|networking|example|examples|note|notes|tip|tips|summary|definition|purpose)$/i;

// The labels of a note's story template ("Problem Solved", "Solution", "Impact"): never members of a family, whatever
// the heading calls it (blind review r37 saw them offered as S3 features).
const STORY_LABEL = /^(?:problem(?: solved)?|solution|impact|mechanism|addressing|challenge|result|outcome|root cause|fix|context|scenario)$/i;

// A study label after the family's name is no part of it: "SQL Window Functions Review" names window functions.
const FAMILY_REVIEW = /\s+(?:review|recap|refresher|overview|cheat ?sheet)$/i;

/** "Distribution Styles" → "distribution style"; a title that is not a short plural noun phrase gives undefined. */
function familyNoun(title: string, isName: (w: string) => boolean): string | undefined {
  // The author's qualifier is no part of the family's name ("High-Level AWS AI Services" → AWS AI service).
  const t = title.replace(/^[\d.]+\s*/, '').replace(/^[^\w]+/u, '').replace(/\s*\(.*\)$/, '').replace(/^(?:high-level|key|main|core|common|important|essential|top|popular|other)\s+/i, '').replace(FAMILY_REVIEW, '').trim();
  if (!/^[A-Za-z][A-Za-z -]{2,40}s$/.test(t) || t.split(/\s+/).length > 4 || /\b(?:and|or|vs|key|tips|notes|concepts|facts|limits)\b/i.test(t)) return undefined;
  const singular = /ies$/.test(t) ? t.slice(0, -3) + 'y' : /(?:ss|sh|ch|x)es$/.test(t) ? t.slice(0, -2) : t.slice(0, -1);
  // Names keep their capitals ("Amazon CloudWatch feature"); ordinary words do not.
  return singular.split(' ').map((w) => (/^(?:Amazon|AWS)$|[A-Z].*[A-Z]/.test(w) || isName(w) ? w : w.toLowerCase())).join(' ');
}

export function buildDefinitions(ctx: QuizContext, doc: NoteDocument, section: Section, full: TermListClaim): Draft[] {
  const members = serviceMembers(ctx, doc, full);
  const list = { ...members, terms: members.terms.filter((t) => !STORY_LABEL.test(t.term.trim())) };
  const ids = list.terms.map((t) => ctx.serviceAnswer(t.term));
  const services = ids.every((x) => !!x) && new Set(ids).size === ids.length;
  const labels = list.terms.map((t, i) => (services ? ctx.service(ids[i]!)!.name : t.term));
  // Only a family of like things makes fair options: services, or the members of a heading that
  // names the family ("Distribution Styles"). A list of assorted features or study tips does not.
  let noun = services ? 'AWS service' : familyNoun(list.heading !== undefined ? list.heading : section.title, ctx.isName) ?? (list.counted ? `of the ${list.counted}` : undefined);
  // Named features of one service ("MSK Connect", "MSK Serverless", "Tiered Storage") under a heading
  // about that service are a family too; generic labels ("Security", "Cost") are not.
  if (!noun) {
    const named = list.terms.filter((t) => !GENERIC_LABEL.test(t.term) && /[A-Z]/.test(t.term));
    const subject = subjectOf(ctx, doc, section);
    // Exam tips and scenarios under a service heading are advice, not a family of features.
    if (/\b(?:tips?|scenarios?|exam|patterns?|traps?|best practices?|optimi[sz]ation|recommendations?)\b/i.test(section.title)) return [];
    // A "… Features" list one level down in a service's own note: the note's service names the family.
    const own = list.heading === '' ? ctx.docService(doc) : undefined;
    const service = (own ? ctx.service(own) : undefined) ?? [...ctx.byName.values()].find((x) => x.name === subject || x.shortName === subject);
    // "Which option/term is described here" names no subject (blind review r2): only a named family counts.
    if (named.length !== list.terms.length || !service) return [];
    // A user's "… Architecture" list names how the service is built ("Self-Healing Storage"), the author's
    // labels rather than features one chooses (blind review r7).
    // A heading that says "Features" names features all the same.
    if (doc.source === 'user' && /\b(?:architecture|internals|under the hood|how it works)\b/i.test(section.title) && !/\bfeatures?\b/i.test(section.title)) return [];
    noun = `${service.shortName ?? service.name} feature`;
  }
  return list.terms.flatMap((t, i) => {
    // A term defined together with another ("`LAG()` / `LEAD()`: …") is a wrong option only.
    if (t.optionOnly) return [];
    // "machine learning models … in SQL" beside "Redshift ML" spells the key: the term stays an option only.
    if (list.heading !== undefined && spellsAcronym(t.definition, labels[i])) return [];
    // A user's gloss of four words or fewer ("The type of data" for Variety) asks vocabulary, not a description a
    // candidate could tell its term by (blind reviews r26 and r28 failed it as trivia).
    if (doc.source === 'user' && t.definition.trim().split(/\s+/).length <= 4) return [];
    // A user's definition told by its numbers ("Baseline 3,000 IOPS and 125 MB/s") asks to recall figures (r7).
    if (doc.source === 'user' && (t.definition.match(SPEC_NUMBER) ?? []).length >= 2) return [];
    ctx.tieCue(t.definition, labels[i]);
    const def = t.definition.replace(/[.;:,]+$/, '');
    const stem = `Which ${letterPlurals(noun, doc.source === 'user')} is described here: “${readableQuote(def, doc.source === 'user')}”?`;
    return [{
      doc, section, line: t.line, kind: 'identify', stem, cue: t.definition, family: `${section.id}:${full.line}`,
      correct: [labels[i]],
      distractors: [
        ...shuffle(labels.filter((_, j) => j !== i), rng(`${section.id}:${t.line}:def`)),
        ...(services ? serviceDistractors(ctx, [ids[i]!], new Set([...ids as string[], ...ctx.servicesIn(t.definition), ...(list.exclude ?? [])]), `${section.id}:${t.line}:def`).map((s) => s.name) : []),
      ],
      optionKind: services ? 'service' : 'text', explanation: sentence(`${labels[i]}: ${t.definition}`),
      serviceIds: services ? [ids[i]!] : ctx.mentioned(`${t.term} ${t.definition}`, section).slice(0, 3),
      answerServiceIds: services ? [ids[i]!] : [],
    } satisfies Draft];
  });
}

/**
 * A user's list of services with a pair or a brand among them ("Amazon RDS/Aurora", "Amazon Kinesis"): the
 * single services are the family (three at least); the pair's and the brand's members are never options.
 */
function serviceMembers(ctx: QuizContext, doc: NoteDocument, list: TermListClaim): TermListClaim {
  if (doc.source !== 'user') return list;
  const ids = list.terms.map((t) => ctx.serviceAnswer(t.term));
  const single = (i: number) => !!ids[i] && !/\bfamily\b/i.test(ctx.service(ids[i]!)!.name) && !/[/&+]|\band\b/.test(list.terms[i].term);
  const kept = list.terms.filter((_, i) => single(i));
  if (kept.length === list.terms.length || kept.length < 3) return list;
  const others = list.terms.filter((_, i) => !single(i)).map((t) => t.term);
  // Every service the left-out terms name (RDS and Aurora, the Kinesis family's members) stays out of the options.
  const brands = others.map((o) => withoutVendor(o).split(/[\s/&+]+/)[0]).filter((w) => w.length > 2);
  const excluded = new Set([...others.flatMap((o) => ctx.servicesIn(o.replace(/\//g, ' and '))), ...ctx.services.filter((x) => brands.some((b) => withoutVendor(x.name).startsWith(`${b} `) || withoutVendor(x.name) === b)).map((x) => x.id)]);
  return { ...list, terms: kept, exclude: [...excluded] };
}

const SPEC_NUMBER = /\d[\d,.]*\s*(?:IOPS|MB\/s|MiB\/s|GB\/s|GiB\/s|GB|GiB|TB|TiB|ms|ACUs?)\b/gi;

/** A word of the key in capitals ("ML", "SSD") whose letters the definition's words spell in order. */
function spellsAcronym(definition: string, key: string): boolean {
  return key.split(/[\s()/]+/).some((w) => /^[A-Z]{2,5}$/.test(w) && acronymOf(definition, w));
}
