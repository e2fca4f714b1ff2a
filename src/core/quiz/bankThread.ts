// Builds quiz banks on a worker thread (bankWorker.ts), so that the thread that asks, the extension host, stays
// responsive while a bank is built (about 1.5 s for the bundled notes): a saved note used to freeze hovers and
// completions for that long while the status bar and the Study view asked for the new bank. Only sending the notes
// (a structured clone of the parsed documents) and restoring the bank that comes back run on the caller's thread.
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { KnowledgeBase } from '../knowledgeBase';
import { knowledgeTransfer } from '../knowledgeTransfer';
import { QuestionBank } from './bank';
import type { BankData } from './bankCache';
import type { BankReply } from './bankWorker';

interface Pending { resolve(data: BankData): void; reject(e: Error): void }

/** How long an idle worker is kept for the next build before it is stopped (its own copy of the notes freed). */
const IDLE_MS = 60_000;

export class BankThread {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private idle: NodeJS.Timeout | undefined;
  /** Banks the worker has sent back (the host tests read it to see where a bank was built). */
  built = 0;

  /**
   * `script`: the worker's file, beside this module's (dist/bankWorker.js in the bundled extension,
   * out/src/core/quiz/bankWorker.js in the compiled tests).
   */
  constructor(readonly script: string = path.join(__dirname, 'bankWorker.js')) {}

  /** False when the worker's file is missing (a build without it): callers build on their own thread. */
  get available(): boolean { return fs.existsSync(this.script); }

  /** The bank of the notes as they are now, built on the worker. Rejects if the worker fails or stops. */
  build(kb: KnowledgeBase): Promise<QuestionBank> {
    const worker = this.start();
    clearTimeout(this.idle);
    const id = this.nextId++;
    const data = new Promise<BankData>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    // A pending build keeps the process alive; an idle worker never does (tests, a closing window).
    worker.ref();
    worker.postMessage({ id, notes: knowledgeTransfer(kb) });
    return data.then((d) => QuestionBank.restore(d));
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (m: BankReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (!this.pending.size) {
        worker.unref();
        this.idle = setTimeout(() => { if (!this.pending.size && this.worker === worker) this.dispose(); }, IDLE_MS);
        this.idle.unref();
      }
      if ('error' in m) p.reject(new Error(`quiz bank worker: ${m.error}`)); else { this.built++; p.resolve(m.data); }
    });
    worker.on('error', (e) => this.stopped(worker, e));
    worker.on('exit', (code) => this.stopped(worker, new Error(`quiz bank worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  /** The worker is gone: every build it held fails (the caller builds on its own thread), the next starts a new one. */
  private stopped(worker: Worker, e: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const failed = [...this.pending.values()];
    this.pending.clear();
    for (const p of failed) p.reject(e);
  }

  dispose(): void {
    clearTimeout(this.idle);
    const worker = this.worker;
    if (!worker) return;
    this.stopped(worker, new Error('quiz bank worker disposed'));
    void worker.terminate();
  }
}
