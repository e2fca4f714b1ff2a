// What the DE Study view and the dashboard read at one moment: the knowledge base, its question bank
// and the progress items, with the questions indexed by note for per-note readiness.
import { KnowledgeBase } from '../../core/knowledgeBase';
import { QuestionBank } from '../../core/quiz/generator';
import { DayTally, ProgressItem } from '../../core/quiz/progress';
import { Question } from '../../core/quiz/types';
import { DomainReadiness, readiness } from '../../core/study/readiness';
import type { QuizFeature } from '../quiz';

export interface StudySnapshot {
  kb: KnowledgeBase;
  bank: QuestionBank;
  items: Readonly<Record<string, ProgressItem>>;
  daily: Readonly<Record<string, DayTally>> | undefined;
  now: Date;
  domains: DomainReadiness[];
  byFile: Map<string, Question[]>;
}

export async function studySnapshot(feature: QuizFeature): Promise<StudySnapshot> {
  const bank = await feature.bank();
  const kb = await feature.knowledge.ready();
  const { items, daily } = feature.store.data;
  const now = new Date();
  const byFile = new Map<string, Question[]>();
  for (const q of bank.questions) {
    const list = byFile.get(q.source.file);
    if (list) list.push(q); else byFile.set(q.source.file, [q]);
  }
  return { kb, bank, items, daily, now, domains: readiness(bank.questions, items, now), byFile };
}
