// The indexes every builder and the gate share, built once per bank from the whole knowledge base:
// service names, families and rivals, the notes' choice tables, the numbers of each service's facts,
// and which answers the notes tie to each cue (so that no distractor is another defensible answer).
// What needs none of these indexes lives beside it: a service's own traits (serviceTraits.ts), the pseudo-
// service test (pseudoService.ts), the cue key (cueKey.ts) and a question's domain and task (placement.ts).
import { serviceNames } from '../catalog';
import { KnowledgeBase } from '../knowledgeBase';
import { Match } from '../matcher';
import { NoteDocument, Section, Service } from '../model';
import { ChoiceTable, indexChoiceTables } from './extract/tables';
import { ServiceNameIndex } from './nameIndex';
import { NUMBER_G } from './numbers';
import { namesService, sentence, stripMd, withoutVendor } from './text';
import { cueKey, forgetCueKeys } from './cueKey';
import { Draft } from './draft';
import { PlacementSource, QuestionPlacement } from './placement';
import { isPseudoService } from './pseudoService';
import { categoryFamily } from './serviceTraits';

export const unitKey = (unit: string) => unit.toLowerCase().replace(/(?:ies)$/, 'y').replace(/s$/, '');


export class QuizContext implements PlacementSource {
  readonly services: Service[];
  readonly byName = new Map<string, Service>();
  /** Every name, short name, former name, alias and ambiguous name (lower case) → its one service. */
  readonly exactNames = new Map<string, string | null>();
  readonly byFamily = new Map<string, Service[]>();
  readonly topLevel: Service[] = [];
  readonly competitors = new Map<string, Set<string>>();
  readonly tableBySection = new Map<Section, ChoiceTable>();
  /** Lower-cased row label → the table and row it names (labels of tables that are not service tables). */
  readonly labelIndex = new Map<string, { table: ChoiceTable; row: number }>();
  readonly factNumbers = new Map<string, Set<string>>();
  /** Service id → services its own note names under "When not to choose it" or "Exam traps". */
  readonly alternatives = new Map<string, string[]>();
  /** Service id → ids of its parent, sub-features and services named like it ("CloudWatch" / "CloudWatch Logs"). */
  readonly relatives = new Map<string, Set<string>>();
  /** cueKey → the answers (lower case) any note ties to that cue. */
  readonly cueAnswers = new Map<string, Set<string>>();
  /** Unit (lower case, singular) → every value the notes give in that unit: real limits make the best wrong numbers. */
  readonly unitValues = new Map<string, number[]>();
  private readonly descriptions = new Map<string, string>();
  private readonly idsCache = new Map<string, string[]>();
  private readonly namesCache = new Map<string, Match[]>();
  private readonly linesCache = new Map<Section, string[]>();
  private formerCores: string[] | undefined;
  private nameIndex: ServiceNameIndex | undefined;
  private readonly placer = new QuestionPlacement(this);

  /** Ids of user service notes that are not one service (see isPseudoService): never a key or a distractor. */
  readonly pseudo = new Set<string>();

  constructor(readonly kb: KnowledgeBase, readonly docs: NoteDocument[]) {
    // A user's service note already names the service as the bundled catalog does (the knowledge base merged the
    // entries: serviceOverride.ts).
    const all = [...kb.services.values()];
    const userFiles = new Set(docs.filter((d) => d.source === 'user').map((d) => d.file));
    for (const x of all) if (userFiles.has(x.file) && isPseudoService(x, all)) this.pseudo.add(x.id);
    this.services = all.filter((x) => !this.pseudo.has(x.id)).sort((a, b) => a.id.localeCompare(b.id));
    for (const x of this.services) {
      this.byName.set(x.name, x);
      const f = categoryFamily(x.category);
      this.byFamily.set(f, [...(this.byFamily.get(f) ?? []), x]);
      if (!x.parent) this.topLevel.push(x);
      // A user's service note titled "Amazon S3 (Simple Storage Service)" is still called "Amazon S3".
      // A service with no short name of its own (a user's note titled "Amazon Athena") still makes its one-word
      // name a name: a stem's family noun keeps its capital ("advanced athena capability", blind review r27).
      const plain = x.name.replace(/\s*\([^)]*\)\s*$/, '');
      const bare = !x.shortName && /^(?:Amazon|AWS)\s+\S+$/.test(plain) ? [withoutVendor(plain)] : [];
      for (const n of [...serviceNames(x), ...x.ambiguous, plain, ...bare]) {
        const k = n.toLowerCase();
        this.exactNames.set(k, this.exactNames.has(k) && this.exactNames.get(k) !== x.id ? null : x.id);
      }
    }
    this.indexRelatives();
    indexChoiceTables(this, docs);
    for (const doc of docs) {
      if (!doc.serviceId || this.alternatives.has(doc.serviceId)) continue;
      const ids: string[] = [];
      for (const sec of doc.sections) if (/^(when not to choose|exam traps)/i.test(sec.title)) for (const id of sec.serviceIds) if (!ids.includes(id)) ids.push(id);
      this.alternatives.set(doc.serviceId, ids);
    }
    this.indexFactNumbers(docs);
    for (const doc of docs) for (const s of doc.sections) for (const m of s.text.matchAll(NUMBER_G)) {
      const k = unitKey(m[3]);
      const v = Number(m[1].replace(/,/g, ''));
      const list = this.unitValues.get(k) ?? [];
      if (v > 0 && !list.includes(v)) list.push(v);
      this.unitValues.set(k, list);
    }
  }

  /**
   * The service a note is about: a catalog service note's id, or for a user's service note (front matter
   * `type: aws-service`, as Foam and Obsidian templates write it) the service its title or an alias names.
   */
  docService(doc: NoteDocument): string | undefined {
    if (doc.serviceId && !this.pseudo.has(doc.serviceId)) return doc.serviceId;
    const fm = doc.frontMatter;
    if (!/^aws[-_ ]?service$/i.test(String(fm.type ?? ''))) return undefined;
    const aliases = Array.isArray(fm.aliases) ? fm.aliases.map(String) : [];
    for (const name of [doc.title, ...aliases]) {
      const id = this.serviceAnswer(name.replace(/^[^\w(]+/u, '').replace(/\s*\(.*\)\s*$/, '').replace(/\s+family$/i, '').trim());
      if (id) return id;
    }
    return undefined;
  }

  /** Values the notes give in this unit. */
  valuesIn(unit: string): number[] { return this.unitValues.get(unitKey(unit)) ?? []; }

  /** Called by the builders for every cue → answer they read, before any question is gated. */
  tieCue(cue: string, answer: string): void {
    const k = cueKey(cue);
    if (!k) return;
    const set = this.cueAnswers.get(k) ?? new Set<string>();
    set.add(answer.toLowerCase());
    this.cueAnswers.set(k, set);
  }

  /** A word that is a service's name or alias ("Lambda"), so it keeps its capital. */
  readonly isName = (word: string) => this.exactNames.has(word.toLowerCase());

  service(id: string): Service | undefined { return this.kb.service(id); }

  /**
   * Could the text hold a former service name as currentNames rewrites it (case-sensitive, without its
   * "Amazon"/"AWS")? Most written questions do not: they need no matcher scan.
   */
  mayNameFormer(text: string): boolean {
    this.formerCores ??= [...new Set(this.services.flatMap((s) => s.formerNames.map((f) => withoutVendor(f))))];
    return this.formerCores.some((f) => text.includes(f));
  }

  /** The services (of `services`, in its order) whose names the text holds, as namesService tells. */
  servicesNaming(text: string, accept?: (s: Service) => boolean): Service[] {
    this.nameIndex ??= new ServiceNameIndex(this.services);
    return this.nameIndex.naming(text, accept);
  }

  servicesIn(text: string): string[] {
    let v = this.idsCache.get(text);
    if (!v) { v = this.kb.matcher.servicesIn(text); this.idsCache.set(text, v); }
    return v;
  }

  /** Services of the section that `text` names: cheaper than the matcher for the many short texts of one section. */
  mentioned(text: string, section: Section): string[] {
    return section.serviceIds.filter((id) => { const s = this.service(id); return !!s && namesService(text, s); });
  }

  nameMatches(text: string): Match[] {
    let v = this.namesCache.get(text);
    if (!v) { v = this.kb.matcher.scanText(text).filter((m) => m.kind === 'name'); this.namesCache.set(text, v); }
    return v;
  }

  /** The service whose name (or alias …) the whole text is: "Aurora", "Lake Formation". */
  exactService(text: string): string | undefined {
    const k = text.replace(/\s*\([^)]*\)\s*$/, '').replace(/[.]$/, '').trim().toLowerCase();
    const id = this.exactNames.get(k) ?? undefined;
    return id && this.pseudo.has(id) ? undefined : id;
  }

  /** The service a short text names, when the text is essentially that name ("Amazon MSK", "RDS Proxy"). */
  serviceAnswer(answer: string): string | undefined {
    const exact = this.exactService(answer);
    if (exact) return exact;
    if (answer.length > 80 || /^\d/.test(answer)) return undefined;
    const a = answer.replace(/[.*_`]/g, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
    const ms = this.nameMatches(a);
    if (!ms.length || !ms.every((m) => m.serviceId === ms[0].serviceId) || this.pseudo.has(ms[0].serviceId)) return undefined;
    const covered = ms[0].endColumn - ms[0].column;
    return ms[0].column === 0 && covered >= a.length * 0.6 ? ms[0].serviceId : undefined;
  }

  /** A table cell that is essentially one service's name. */
  essentialService(choice: string): string | undefined {
    const exact = this.exactService(stripMd(choice));
    if (exact) return exact;
    const a = stripMd(choice).replace(/\s*\([^)]*\)\s*$/, '').trim();
    const ms = this.nameMatches(a);
    if (ms.length !== 1 || this.pseudo.has(ms[0].serviceId)) return undefined;
    return ms[0].column === 0 && ms[0].endColumn >= a.length - 1 ? ms[0].serviceId : undefined;
  }

  /** The service, its parent and its sub-features: none may be a distractor for another. */
  family(s: Service): Service[] {
    return [...(this.relatives.get(s.id) ?? [s.id])].map((id) => this.service(id)).filter((x): x is Service => !!x);
  }

  related(x: Service, a: Service): boolean {
    return this.relatives.get(a.id)?.has(x.id) ?? x.id === a.id;
  }

  lineOf(section: Section, item: string): number {
    let lines = this.linesCache.get(section);
    if (!lines) { lines = section.markdown.split('\n'); this.linesCache.set(section, lines); }
    const head = item.slice(0, 40);
    const i = lines.findIndex((l) => l.includes(head));
    return i >= 0 ? section.startLine + i : section.startLine;
  }

  /** Domain and task of a question (placement.ts). */
  placement(d: Pick<Draft, 'section' | 'doc' | 'serviceIds'>): { domain?: number; task?: string } { return this.placer.place(d); }

  /** For a service option the notes say nothing special about: what that service is. */
  describe(option: string): string {
    let v = this.descriptions.get(option);
    if (v === undefined) {
      const s = this.byName.get(option);
      v = s?.description ? `${s.shortName ?? s.name}: ${sentence(stripMd(s.description))}` : '';
      this.descriptions.set(option, v);
    }
    return v;
  }

  /** Frees the per-text caches once the bank is built. */
  release(): void {
    this.idsCache.clear();
    this.namesCache.clear();
    this.linesCache.clear();
    this.placer.release();
    forgetCueKeys();
  }

  private indexFactNumbers(docs: NoteDocument[]): void {
    for (const doc of docs) {
      if (!doc.serviceId) continue;
      const set = this.factNumbers.get(doc.serviceId) ?? new Set<string>();
      for (const s of doc.sections) for (const m of s.text.matchAll(NUMBER_G)) set.add(`${m[1]} ${m[3]}`.toLowerCase());
      this.factNumbers.set(doc.serviceId, set);
    }
  }

  private indexRelatives(): void {
    const core = (n: string) => n.replace(/^(?:amazon|aws)\s+/i, '').toLowerCase();
    const names = new Map(this.services.map((s) => [s.id, [s.name, s.shortName].filter((n): n is string => !!n).map(core)]));
    for (const a of this.services) {
      const set = new Set<string>([a.id]);
      const as = names.get(a.id)!;
      for (const x of this.services) {
        if (x.id === a.parent || x.parent === a.id) { set.add(x.id); continue; }
        const xs = names.get(x.id)!;
        if (xs.some((p) => as.some((q) => p === q || p.startsWith(q + ' ') || q.startsWith(p + ' ')))) set.add(x.id);
      }
      this.relatives.set(a.id, set);
    }
  }
}
