// Reads the canonical practice-exam format (docs: practice-format) into Questions, for the host test
// of the practice exam forms while the real importer lives on another branch. Only the canonical
// form is read; anything else throws, so a broken fixture fails loudly. Once the importer is merged,
// the host test puts the fixture folder in deStudy.notesFolders instead and this helper goes.
import { Question } from '../../src/core/quiz/types';

export function readPracticeNote(text: string, file: string): Question[] {
  const exam = Number(/^exam:\s*(\d+)\s*$/m.exec(text)?.[1]);
  if (!exam) throw new Error(`${file}: no "exam:" in the front matter`);
  const lines = text.split('\n');
  const out: Question[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^##\s+Question\s+(\d+)\s*$/.exec(lines[i]);
    if (!head) continue;
    const number = Number(head[1]);
    const start = i + 1;
    let end = lines.findIndex((l, k) => k > i && /^##\s/.test(l));
    if (end < 0) end = lines.length;
    const block = lines.slice(start, end);
    const firstOption = block.findIndex((l) => /^[A-E]\.\s/.test(l));
    if (firstOption < 0) throw new Error(`${file}:${start}: question ${number} has no options`);
    const stem = block.slice(0, firstOption).join('\n').trim().replace(/\n(?!\n)/g, ' ');
    const options: string[] = [];
    for (let k = firstOption; k < block.length && /^[A-E]\.\s/.test(block[k]); k++) options.push(block[k].slice(3).trim());
    const field = (name: string) => new RegExp(`\\*\\*${name}:\\*\\*\\s*([^*\\n]+)`).exec(block.join('\n'))?.[1].trim();
    const key = field('Answer');
    if (!key) throw new Error(`${file}:${start}: question ${number} has no answer`);
    const answers = key.split(/\s*,\s*/).map((k) => k.charCodeAt(0) - 65).sort((a, b) => a - b);
    const optionNotes = options.map((_, o) => {
      const why = block.find((l) => l.startsWith(`- **${String.fromCharCode(65 + o)}:**`));
      return why ? why.replace(/^- \*\*[A-E]:\*\*\s*/, '') : '';
    });
    const task = field('Task')?.replace(/\s*·\s*$/, '');
    out.push({
      id: `practice-${exam}-${number}`, kind: 'practice', format: answers.length > 1 ? 'multiple' : 'single',
      stem, options, answers, explanation: field('Explanation') ?? '', optionNotes,
      source: { file, line: start, headingPath: [`Practice Exam ${exam}`, `Question ${number}`] },
      domain: task ? Number(task.split('.')[0]) : undefined, task,
      serviceIds: (field('Services') ?? '').split(/\s*,\s*/).filter(Boolean),
      origin: 'authored', practice: { exam, number }, reference: field('Reference'),
    });
  }
  return out;
}
