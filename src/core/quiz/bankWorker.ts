// The quiz bank's worker thread (bankThread.ts starts it): builds the bank of the notes it is sent, away from the
// thread that asked (the extension host), and sends back what the bank cache saves of a bank (BankData).
import { parentPort } from 'worker_threads';
import { knowledgeBaseFrom, KnowledgeTransfer } from '../knowledgeTransfer';
import { QuestionBank } from './bank';
import type { BankData } from './bankCache';

export interface BankRequest { id: number; notes: KnowledgeTransfer }
export type BankReply = { id: number; data: BankData } | { id: number; error: string };

parentPort?.on('message', (m: BankRequest) => {
  let reply: BankReply;
  try {
    const bank = new QuestionBank(knowledgeBaseFrom(m.notes));
    reply = { id: m.id, data: { questions: bank.questions, rejections: bank.rejections, diagnostics: bank.diagnostics } };
  } catch (e) {
    reply = { id: m.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
