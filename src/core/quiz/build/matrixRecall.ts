// A student's comparison matrices as self-graded recall cards (issue 9): a table whose header row is an
// attribute column followed by two to four compared things ("| Feature | AWS Step Functions | Amazon MWAA |")
// gives one card per attribute row: the front asks the comparison on that attribute ("Compare AWS Step Functions
// and Amazon MWAA by workflow definition."), the back gives each column's cell. A matrix of two or three columns
// has no fair fourth option for a choice question, yet each row is a contrast the student wrote down to learn.
// Left out: rows a kept question already asks (the "Best For" row the choice path reads), rows with nothing to
// recall (empty, ✓/✗ only, the same in every column), prices and obscure limits, residue (LaTeX, HTML, links),
// outdated content, study-admin tables, and tables that are lists rather than matrices.
import { NoteDocument, Section, Service } from '../../model';
import { QuizContext } from '../context';
import { markdownTables } from '../extract/tables';
import { isRetired } from '../serviceTraits';
import { outdatedContent } from '../outdated';
import { Question } from '../types';
import { isFactHeading } from '../extract/facts';
import { noteService } from './headingFamily';
import { cardBack, TermCard } from './termRecall';
import { matrixFront, matrixProblem, tableProblem } from './matrixFront';

const core = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^(?:amazon|aws)\s+/i, '').trim().toLowerCase();

/** A compared column's header as a name: wiki links and "(e.g. …)" asides dropped, markdown stripped. */
export function columnText(head: string): string {
  return head.replace(/\s*\((?:e\.g\.|i\.e\.|for example)[^)]*\)/gi, '').replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_, a, b) => b ?? a)
    .replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim()
    // Amazon FSx is an Amazon service: "AWS FSx for Lustre" is no name the catalog knows.
    .replace(/^AWS FSx\b/, 'Amazon FSx');
}

/** The service a header is, named by its current name ("AWS FSx for Lustre" → Amazon FSx for Lustre). */
function columnService(ctx: QuizContext, text: string): Service | undefined {
  const bare = text.replace(/\s*\([^)]*\)\s*$/, '').trim();
  // An exact name or alias of the catalog ("SSM Parameter Store") is the service.
  const exact = ctx.exactService(bare) ?? ctx.exactService(text);
  const id = exact ?? ctx.serviceAnswer(bare);
  const s = id ? ctx.service(id) : undefined;
  if (!s || /\bfamily\b/i.test(s.name)) return undefined;
  // Otherwise only a header that is one of the service's names: "S3 Storage Lens Free" is a tier, not the service.
  return exact || [s.name, s.shortName, ...s.formerNames].some((n) => n && core(n) === core(bare)) ? s : undefined;
}

/** "Amazon MSK" rather than "Amazon Managed Streaming for Apache Kafka (Amazon MSK)". */
const serviceName = (s: Service) => (s.shortName && /^(?:Amazon|AWS) /.test(s.shortName) ? s.shortName : s.name).replace(/\s*\([^)]*\)\s*$/, '');

/** The service the table is about when its columns are not services: the nearest heading that names one, else the note's. */
function subjectOf(ctx: QuizContext, doc: NoteDocument, section: Section): Service | undefined {
  for (const h of [...section.headingPath].reverse()) {
    if (isFactHeading(h)) continue;
    const ids = ctx.servicesIn(h);
    if (ids.length === 1) return ctx.service(ids[0]);
  }
  const id = noteService(ctx, doc);
  return id ? ctx.service(id) : undefined;
}

/** A cell as the back shows it: markdown, ❌/✅ marks and shouting gone, current names. */
function cellText(ctx: QuizContext, cell: string): string {
  // Capitals for emphasis ("data LOST", "FREE") are shouting, not names or acronyms.
  const t = cell.replace(/[❌✅✔✖]\uFE0F?\s*/gu, '').replace(/\b(?:FREE|LOST|ALL|NO|MUST|NONE)\b/g, (w) => w.toLowerCase()).replace(/\*\*|__/g, '').replace(/`([^`]+)`/g, '$1').replace(/\s+/g, ' ').trim();
  return cardBack(ctx, t).replace(/\.$/, '');
}

/**
 * Recall cards of the comparison matrices in users' notes. `sections`: the minable sections of each user note;
 * `kept`: the questions kept so far (a row one of them asks is no card).
 */
export function buildMatrixRecall(ctx: QuizContext, sections: Map<NoteDocument, Section[]>, kept: Iterable<Question>): TermCard[] {
  const keptLines = new Set<string>();
  for (const q of kept) keptLines.add(`${q.source.file}:${q.source.line}`);
  const out: TermCard[] = [];
  for (const [doc, list] of sections) {
    for (const section of list) {
      for (const t of markdownTables(section)) {
        if (tableProblem([doc.title, doc.relPath, ...section.headingPath].join(' › '), t.head)) continue;
        const columns: { at: number; name: string; service?: Service }[] = [];
        for (let i = 1; i < t.head.length; i++) {
          const text = columnText(t.head[i]);
          const s = columnService(ctx, text);
          // A retired service (AWS Snowmobile) is no longer an answer; its column is left out of the comparison.
          if (s && isRetired(s)) continue;
          columns.push({ at: i, name: s ? serviceName(s) : text, service: s });
        }
        // Fewer than two left (DataSync beside three retired Snow devices) is no comparison.
        if (columns.length < 2 || new Set(columns.map((c) => c.name.toLowerCase())).size < columns.length) continue;
        // Compared things that are not services ("Standard Workflows") are asked within the service they belong to.
        const subject = columns.some((c) => c.service) ? undefined : subjectOf(ctx, doc, section);
        // The subject is said unless a column already names it ("S3 Standard" in a note on Amazon S3).
        const named = subject && columns.some((c) => [subject.name, subject.shortName].some((n) => n && c.name.toLowerCase().includes(core(n))));
        const where = subject && !named ? serviceName(subject) : '';
        for (const row of t.rows) {
          if (keptLines.has(`${doc.file}:${row.line}`)) continue;
          const attribute = columnText(row.cells[0] ?? '');
          const cells = columns.map((c) => row.cells[c.at] ?? '');
          if (matrixProblem(attribute, cells)) continue;
          const backs = cells.map((c) => cellText(ctx, c));
          if (backs.some((b) => !b)) continue;
          const front = matrixFront(columns.map((c) => c.name), attribute, where, ctx.isName);
          if (!front) continue;
          const back = columns.map((c, i) => `${c.name}: ${backs[i]}.`).join(' ');
          if (outdatedContent(front, [back])) continue;
          const ids = [...new Set([...columns.flatMap((c) => (c.service ? [c.service.id] : [])), ...(subject ? [subject.id] : []), ...ctx.mentioned(back, section)])].slice(0, 3);
          const key = `${attribute.toLowerCase()}: ${columns.map((c) => c.name).join(' vs ')}`;
          out.push({
            key,
            draft: {
              doc, section, line: row.line, kind: 'recall', stem: front, correct: [], distractors: [], optionKind: 'text',
              answerText: back, cue: back, explanation: back, serviceIds: ids, answerServiceIds: [],
            },
          });
        }
      }
    }
  }
  return out;
}
