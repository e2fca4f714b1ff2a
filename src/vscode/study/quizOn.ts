// "Start Quiz on This" from the DE Study view and the dashboard: a domain quizzes its questions; a task
// statement quizzes the questions of its domain on the services the catalog files under that task; a
// service note quizzes its service; any other note, the AWS services it mentions.
import * as vscode from 'vscode';
import { taskLabel, taskStatement } from '../../core/study/outline';
import type { QuizFeature } from '../quiz';
import type { OutlineNode } from './outlineView';

export async function quizOnTask(feature: QuizFeature, taskId: string): Promise<unknown> {
  const task = taskStatement(taskId);
  if (!task) return undefined;
  const kb = await feature.knowledge.ready();
  const serviceIds = [...kb.services.values()].filter((s) => s.tasks.includes(task.id)).map((s) => s.id);
  if (!serviceIds.length) return vscode.commands.executeCommand('deStudy.openQuiz', { domain: task.domain });
  return vscode.commands.executeCommand('deStudy.openQuiz', { domain: task.domain, serviceIds, focusLabel: `${taskLabel(task)} (its services)` });
}

export async function quizOnNode(feature: QuizFeature, node: OutlineNode | undefined): Promise<unknown> {
  if (!node) return undefined;
  switch (node.kind) {
    case 'domain': return vscode.commands.executeCommand('deStudy.openQuiz', { domain: node.domain.domain });
    case 'task': return quizOnTask(feature, node.task.task.id);
    case 'note':
    case 'section': {
      const doc = node.kind === 'note' ? node.note.doc : node.doc;
      if (doc.serviceId) return vscode.commands.executeCommand('deStudy.quizService', { serviceId: doc.serviceId });
      await vscode.window.showTextDocument(vscode.Uri.file(doc.file), { preview: true });
      return vscode.commands.executeCommand('deStudy.quizServicesInFile');
    }
  }
}
