// Where a question sits in the exam guide (domain and task statement), for the exam's domain weights and the
// result by domain. Many notes say neither, so the answer is pieced together from the section, the note, the
// services it is about, the domain notes it links to and the services' catalog categories. Apart from
// QuizContext's name indexes: this only reads the context (a note's service, a service by id).
import { NoteDocument, Service } from '../model';
import { Draft } from './draft';
import { categoryDomain } from './serviceTraits';

/** What placing a question asks of the context (QuizContext). */
export interface PlacementSource {
  docService(doc: NoteDocument): string | undefined;
  service(id: string): Service | undefined;
}

export class QuestionPlacement {
  /** docService of each note (null: none), asked for every question placed. */
  private readonly ownService = new Map<NoteDocument, string | null>();
  private readonly linkedDomains = new Map<NoteDocument, number[]>();

  constructor(private readonly ctx: PlacementSource) {}

  /** Domain and task: the section's task heading, else the note's, else those of the services it is about. */
  place(d: Pick<Draft, 'section' | 'doc' | 'serviceIds'>): { domain?: number; task?: string } {
    if (d.section.task) return { domain: Number(d.section.task[0]), task: d.section.task };
    let own = this.ownService.get(d.doc);
    if (own === undefined) { own = this.ctx.docService(d.doc) ?? null; this.ownService.set(d.doc, own); }
    const svcs = [...d.serviceIds, ...(own && !d.serviceIds.includes(own) ? [own] : [])].map((id) => this.ctx.service(id)).filter((s): s is Service => !!s);
    const candidates = d.doc.domains.length ? [...d.doc.domains] : [...new Set(svcs.flatMap((s) => s.domains))].sort();
    // A user's notes rarely say their domain: the domain notes it links to ("[[domain-2-…]]"), else the
    // catalog category of the services it is about.
    if (!candidates.length) candidates.push(...this.domainsLinkedFrom(d.doc));
    // A user's note about several services ("Amazon SQS & Amazon SNS") still has the category it gave.
    const noteOwn = d.doc.serviceId ? this.ctx.service(d.doc.serviceId) : undefined;
    if (!candidates.length) candidates.push(...new Set([...svcs, ...(noteOwn ? [noteOwn] : [])].map((s) => categoryDomain(s.category)).filter((x): x is number => !!x)));
    let domain = candidates[0];
    let best = -1;
    for (const c of candidates) {
      const score = svcs.filter((s) => s.domains.includes(c)).length;
      if (score > best) { best = score; domain = c; }
    }
    if (!domain) return {};
    // The note's own tasks first, then its services' (no concatenated copy: this runs for every question).
    const prefix = `${domain}.`;
    let task = d.doc.tasks.find((t) => t.startsWith(prefix));
    for (let k = 0; !task && k < svcs.length; k++) task = svcs[k].tasks.find((t) => t.startsWith(prefix));
    return { domain, task };
  }

  /** Frees the per-note service cache once the bank is built (the linked domains are kept, as they always were). */
  release(): void { this.ownService.clear(); }

  /** Domains of the "domain-N-…" notes a document links to (`[[domain-1-ingestion]]`). */
  private domainsLinkedFrom(doc: NoteDocument): number[] {
    let v = this.linkedDomains.get(doc);
    if (!v) {
      // A domain note's own title ("Domain 2: Data Store Management") says it first.
      const own = /^\W*domain\s*([1-4])\b/i.exec(doc.title);
      v = own ? [Number(own[1])] : [...new Set(doc.sections.flatMap((s) => [...s.markdown.matchAll(/\[\[domain[-_ ]?([1-4])\b/gi)].map((m) => Number(m[1]))))].sort();
      this.linkedDomains.set(doc, v);
    }
    return v;
  }
}
