// A user's service note lists its service's features once ("### Advanced Features" with "**Redshift Data
// Sharing**: …", "**Concurrency Scaling**: …") and ties some of them to needs in its exam rules ("**Cross-account
// data access without ETL**: Choose **Redshift Data Sharing**"). The rule's other features of that list are the
// fair wrong options of the rule's question: the same service, the same author, each meeting another need. Without
// them a note whose rules name one or two features of a service has no question at all.
import { NoteDocument } from '../../model';
import { QuizContext } from '../context';
import { Draft } from '../draft';
import { featureOf, ownerOf, ownWords } from './siblings';

/** Per note, per service: the features its definition lists call that service's ("Which AWS Glue component …"). */
export type NoteFeatures = Map<NoteDocument, Map<string, Set<string>>>;

export function noteFeatures(ctx: QuizContext, drafts: Draft[]): NoteFeatures {
  const out: NoteFeatures = new Map();
  for (const d of drafts) {
    if (d.doc.source !== 'user' || d.optionKind !== 'text' || !d.family) continue;
    const owner = ownerOf(ctx, d);
    if (!owner) continue;
    let byOwner = out.get(d.doc);
    if (!byOwner) out.set(d.doc, (byOwner = new Map()));
    let set = byOwner.get(owner);
    if (!set) byOwner.set(owner, (set = new Set()));
    for (const x of [...d.correct, ...d.distractors]) if (featureOf(ctx, x, owner)) set.add(x);
  }
  return out;
}

/**
 * The features the key's own note lists for its service, as wrong options: never the key, a form of it, or one
 * sharing a word with it ("Glue ETL Jobs" beside "Glue Job Bookmarks" might do the job too).
 */
export function listedRivals(ctx: QuizContext, known: NoteFeatures, doc: NoteDocument, owner: string | undefined, key: string, variant: (a: string, b: string) => boolean): string[] {
  if (!owner || doc.source !== 'user') return [];
  // A product of its own named like one ("Amazon Textract" under a SageMaker note's rules) is no feature of the owner.
  if (/^(?:Amazon|AWS)\s/.test(key) && !ctx.serviceAnswer(key)) return [];
  const listed = known.get(doc)?.get(owner);
  if (!listed) return [];
  // Words in parentheses count too ("st1").
  const mine = ownWords(ctx, key, owner, true);
  return [...listed].filter((x) => x.toLowerCase() !== key.toLowerCase() && !variant(x, key) && ![...ownWords(ctx, x, owner, true)].some((w) => mine.has(w))).sort();
}
