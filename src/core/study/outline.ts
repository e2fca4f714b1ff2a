// The exam outline of DEA-C01 (exam guide v1.1): 4 domains and their 17 task statements. The titles are
// the guide's task headings, as the bundled domain notes give them; the view, the dashboard and the CLI
// name tasks from here so every face says the same thing.
import { DOMAIN_NAMES, EXAM_WEIGHTS } from '../quiz/generator';
import { TASK_STATEMENTS as TASK_TITLES } from '../examGuide';

export interface TaskStatement {
  /** "1.1" … "4.5". */
  id: string;
  domain: number;
  title: string;
}

export interface ExamDomain {
  domain: number;
  name: string;
  /** Share of the scored content (0.34 for domain 1). */
  weight: number;
  tasks: TaskStatement[];
}


export const TASK_STATEMENTS: readonly TaskStatement[] = Object.entries(TASK_TITLES)
  .map(([id, title]) => ({ id, domain: Number(id[0]), title }));

export const EXAM_OUTLINE: readonly ExamDomain[] = [1, 2, 3, 4].map((domain) => ({
  domain,
  name: DOMAIN_NAMES[domain],
  weight: EXAM_WEIGHTS[domain],
  tasks: TASK_STATEMENTS.filter((t) => t.domain === domain),
}));

export function taskStatement(id: string | undefined): TaskStatement | undefined {
  return id ? TASK_STATEMENTS.find((t) => t.id === id) : undefined;
}

/** "Task 1.2: Transform and process data". */
export function taskLabel(t: TaskStatement): string {
  return `Task ${t.id}: ${t.title}`;
}

/** "Domain 1: Data Ingestion and Transformation". */
export function domainTitle(domain: number): string {
  return `Domain ${domain}: ${DOMAIN_NAMES[domain]}`;
}
