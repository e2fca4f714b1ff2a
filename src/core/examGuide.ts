// The exam guide's outline (DEA-C01, guide v1.1): the four domains and the 17 task statements, with
// the names the guide gives them. The one list every face uses (quiz, search filter, CLI), so a
// domain is called the same everywhere.

export const DOMAIN_NAMES: Readonly<Record<number, string>> = {
  1: 'Data Ingestion and Transformation',
  2: 'Data Store Management',
  3: 'Data Operations and Support',
  4: 'Data Security and Governance',
};

export const DOMAINS: readonly number[] = [1, 2, 3, 4];

export const TASK_STATEMENTS: Readonly<Record<string, string>> = {
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

/** "Domain 1: Data Ingestion and Transformation", or "All domains". */
export function domainLabel(domain: number | undefined): string {
  return domain && DOMAIN_NAMES[domain] ? `Domain ${domain}: ${DOMAIN_NAMES[domain]}` : 'All domains';
}

/** "1.2 Transform and process data"; an id the guide does not have is returned as it is. */
export function taskLabel(task: string): string {
  const name = TASK_STATEMENTS[task];
  return name ? `${task} ${name}` : task;
}

/** The domain a task statement belongs to ("3.2" → 3). */
export function taskDomain(task: string): number | undefined {
  const d = Number(task.split('.')[0]);
  return DOMAIN_NAMES[d] ? d : undefined;
}
