// Where the bundled notes live, and the catalog snapshot written at build time.
import * as fs from 'fs';
import * as path from 'path';
import { KnowledgeBase } from './knowledgeBase';
import { MatcherTables } from './matcher';
import { Service } from './model';

/** The bundled notes folder, found from a file inside dist/ or out/src/…, or the project root. */
export function findBundledNotes(from: string): string | undefined {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'notes');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

export interface CatalogSnapshot {
  version: 1;
  services: Service[];
  /** The matcher built from these services, ready to load (see ServiceMatcher's tables). */
  matcher: MatcherTables;
  /** For each service id, the bundled sections that discuss it best (paths relative to notes/). */
  topSections: Record<string, { title: string; headingPath: string[]; relPath: string; line: number }[]>;
}

/** The service catalog plus each service's top bundled sections, with paths relative to the notes folder. */
export function catalogSnapshot(kb: KnowledgeBase, notesRoot: string): CatalogSnapshot {
  const rel = (file: string) => path.relative(notesRoot, file).split(path.sep).join('/');
  const services = [...kb.services.values()].map((s) => ({ ...s, file: rel(s.file) }));
  const topSections: CatalogSnapshot['topSections'] = {};
  for (const s of services) {
    topSections[s.id] = kb.sectionsForService(s.id).slice(0, 3).map(({ doc, section }) => ({
      title: section.title, headingPath: section.headingPath, relPath: rel(doc.file), line: section.startLine,
    }));
  }
  return { version: 1, services, matcher: kb.matcher.toTables(), topSections };
}
