// Messages between the progress dashboard (src/vscode/dashboard) and its webview (media/dashboard.ts).
// Plain data: the webview renders every string as text, never as HTML.

export const DASHBOARD_VIEW_TYPE = 'deStudy.dashboard';
export const DASHBOARD_TITLE = 'DE Study: Progress';

export interface ReadinessRow {
  /** "1" for a domain, "1.2" for a task statement. */
  id: string;
  label: string;
  questions: number;
  answered: number;
  /** Whole percent of answers right; absent before the first answer. */
  accuracy?: number;
  due: number;
}

export interface DomainRow extends ReadinessRow {
  /** Share of the scored exam in whole percent. */
  weight: number;
  tasks: ReadinessRow[];
}

export interface DashboardData {
  totals: { questions: number; answered: number; accuracy?: number; dueNow: number; answersLast30: number };
  domains: DomainRow[];
  /** Task statements, weakest first (never practised last). */
  weakest: ReadinessRow[];
  /** The last 30 days, oldest first. */
  history: { day: string; answered: number; accuracy?: number }[];
  /** The next 30 days, today first (today includes overdue). */
  forecast: { day: string; due: number }[];
}

export type DashboardMessage = { type: 'data'; data: DashboardData };

export type DashboardRequest =
  | { type: 'ready' }
  | { type: 'quizTask'; task: string }
  | { type: 'quizDomain'; domain: number }
  | { type: 'reviewDue' };

export function isDashboardRequest(x: unknown): x is DashboardRequest {
  const m = x as DashboardRequest;
  if (!m || typeof m !== 'object') return false;
  switch (m.type) {
    case 'ready': case 'reviewDue': return true;
    case 'quizTask': return typeof m.task === 'string' && /^[1-4]\.[1-5]$/.test(m.task);
    case 'quizDomain': return Number.isInteger(m.domain) && m.domain >= 1 && m.domain <= 4;
    default: return false;
  }
}

export function isDashboardMessage(x: unknown): x is DashboardMessage {
  const m = x as DashboardMessage;
  return !!m && typeof m === 'object' && m.type === 'data' && !!m.data && Array.isArray(m.data.domains);
}
