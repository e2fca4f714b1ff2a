// Which notes and sections cover each task statement: a section whose heading (or an ancestor's) names
// the task ("## 1.2 Transform and process data"), and a note whose front matter lists the task.
import type { NoteDocument, Section } from '../model';

export interface TaskNote {
  doc: NoteDocument;
  /** The note's sections on this task (empty when only its front matter names the task). */
  sections: Section[];
}

/**
 * Task id → its notes, bundled and the user's: the user's first, then notes with sections on the task
 * (a domain note's "## 1.2 …") before those that only list it in front matter, then by title.
 */
export function notesByTask(docs: readonly NoteDocument[]): Map<string, TaskNote[]> {
  const out = new Map<string, TaskNote[]>();
  for (const doc of docs) {
    const byTask = new Map<string, Section[]>();
    for (const t of doc.tasks) byTask.set(t, []);
    // Only the section that names the task, not each subsection that inherits it from that heading.
    const stack: Section[] = [];
    for (const s of doc.sections) {
      while (stack.length && stack[stack.length - 1].level >= s.level) stack.pop();
      const parent = stack[stack.length - 1];
      stack.push(s);
      if (!s.task || parent?.task === s.task) continue;
      byTask.set(s.task, [...(byTask.get(s.task) ?? []), s]);
    }
    for (const [task, sections] of byTask) {
      const list = out.get(task) ?? [];
      list.push({ doc, sections });
      out.set(task, list);
    }
  }
  for (const list of out.values()) {
    list.sort((a, b) => (a.doc.source === b.doc.source ? 0 : a.doc.source === 'user' ? -1 : 1)
      || Number(b.sections.length > 0) - Number(a.sections.length > 0)
      || a.doc.title.localeCompare(b.doc.title));
  }
  return out;
}
