// A fixed pool of worker threads that analyse documents; results are handed back in submission order.
import { Worker } from 'node:worker_threads';
import type { Document } from '../corpus/index.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import type { WorkerInit, WorkerReply, WorkerTask } from './worker.ts';

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: WorkerTask[] = [];
  private readonly pending = new Map<number, { resolve: (a: DocumentAnalysis) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;

  constructor(size: number, init: WorkerInit) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: init });
      w.on('message', (r: WorkerReply) => this.done(w, r));
      w.on('error', (e) => this.fail(e));
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** Analyses a document on the next free worker. */
  analyse(seq: number, document: Document): Promise<DocumentAnalysis> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.queue.push({ seq, document });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) this.idle.pop()!.postMessage(this.queue.shift()!);
  }

  private done(w: Worker, r: WorkerReply): void {
    const p = this.pending.get(r.seq)!;
    this.pending.delete(r.seq);
    if (r.ok) p.resolve(r.analysis);
    else p.reject(new Error(`worker failed on a document: ${r.error}`));
    this.idle.push(w);
    this.dispatch();
  }

  private fail(e: Error): void {
    this.failure = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
