// The exam outline of DEA-C01 (exam guide v1.1): 4 domains and their 17 task statements. The titles are
// the guide's task headings, as the bundled domain notes give them; the view, the dashboard and the CLI
// name tasks from here so every face says the same thing.
import { DOMAIN_NAMES, EXAM_WEIGHTS } from '../quiz/generator';

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

const TITLES: Record<string, string> = {
  '1.1': 'Perform data ingestion',
  '1.2': 'Transform and process data',
  '1.3': 'Orchestrate data pipelines',
  '1.4': 'Apply programming concepts',
  '2.1': 'Choose a data store',
  '2.2': 'Understand data cataloging systems',
  '2.3': 'Manage the lifecycle of data',
  '2.4': 'Design data models and schema evolution',
  '3.1': 'Automate data processing by using AWS services',
  '3.2': 'Analyze data by using AWS services',
  '3.3': 'Maintain and monitor data pipelines',
  '3.4': 'Ensure data quality',
  '4.1': 'Apply authentication mechanisms',
  '4.2': 'Apply authorization mechanisms',
  '4.3': 'Ensure data encryption and masking',
  '4.4': 'Prepare logs for audit',
  '4.5': 'Understand data privacy and governance',
};

export const TASK_STATEMENTS: readonly TaskStatement[] = Object.entries(TITLES)
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
