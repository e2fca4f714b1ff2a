// The dashboard's data from a study snapshot: readiness by domain and task, the weakest tasks, accuracy
// per day and the 30-day review forecast, all computed by src/core/study.
import { accuracyByDay, dueForecast } from '../../core/study/history';
import { taskLabel } from '../../core/study/outline';
import { accuracy, overall, Tally, TaskReadiness, weakestTasks } from '../../core/study/readiness';
import { DashboardData, ReadinessRow } from '../../shared/dashboardProtocol';
import type { StudySnapshot } from '../study/snapshot';

function row(id: string, label: string, t: Tally): ReadinessRow {
  return { id, label, questions: t.questions, answered: t.answered, accuracy: accuracy(t), due: t.due };
}

const taskRow = (t: TaskReadiness) => row(t.task.id, taskLabel(t.task), t);

export function dashboardData(snap: StudySnapshot): DashboardData {
  const all = overall(snap.bank.questions, snap.items, snap.now);
  const history = accuracyByDay(snap.daily, snap.now, 30);
  const known = (id: string) => snap.bank.byId.has(id);
  return {
    totals: {
      questions: all.questions, answered: all.answered, accuracy: accuracy(all), dueNow: all.due,
      answersLast30: history.reduce((n, d) => n + d.answered, 0),
    },
    domains: snap.domains.map((d) => ({
      ...row(String(d.domain), `Domain ${d.domain}: ${d.name}`, d), weight: Math.round(d.weight * 100), tasks: d.tasks.map(taskRow),
    })),
    weakest: weakestTasks(snap.domains).map(taskRow),
    history: history.map((d) => ({ day: d.day, answered: d.answered, accuracy: d.accuracy })),
    forecast: dueForecast(snap.items, snap.now, 30, known),
  };
}
