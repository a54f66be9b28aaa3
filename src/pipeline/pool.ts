// A fixed pool of worker threads that analyse documents; results are handed back in submission order.
import { Worker } from 'node:worker_threads';
import type { Document } from '../corpus/index.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import type { WorkerInit, WorkerReply, WorkerTask } from './worker.ts';

/** Tasks queued in each worker's port at once, so a worker never waits while the main thread is busy folding. */
const DEPTH = 4;

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  /** tasks each worker has been sent and not yet answered */
  private readonly outstanding: number[] = [];
  private readonly queue: WorkerTask[] = [];
  private readonly pending = new Map<number, { resolve: (a: DocumentAnalysis) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;

  constructor(size: number, init: WorkerInit) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: init });
      w.on('message', (r: WorkerReply) => this.done(i, r));
      w.on('error', (e) => this.fail(e));
      this.workers.push(w);
      this.outstanding.push(0);
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
    while (this.queue.length > 0) {
      // The least loaded worker, the lowest index on ties.
      let best = 0;
      for (let i = 1; i < this.workers.length; i++) if (this.outstanding[i]! < this.outstanding[best]!) best = i;
      if (this.outstanding[best]! >= DEPTH) return;
      this.outstanding[best]!++;
      this.workers[best]!.postMessage(this.queue.shift()!);
    }
  }

  private done(worker: number, r: WorkerReply): void {
    const p = this.pending.get(r.seq)!;
    this.pending.delete(r.seq);
    if (r.ok) p.resolve(r.analysis);
    else p.reject(new Error(`worker failed on a document: ${r.error}`));
    this.outstanding[worker]!--;
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
