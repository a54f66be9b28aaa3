// A fixed pool of worker threads that process corpus files; each call resolves with its own file's outcome.
import { Worker } from 'node:worker_threads';
import type { FileOutcome, SourceSettings } from './source.ts';
import type { WorkerReply, WorkerTask } from './worker.ts';

/** Tasks queued in each worker's port at once, so a worker never waits while the main thread is busy folding. */
const DEPTH = 4;

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  /** tasks each worker has been sent and not yet answered */
  private readonly outstanding: number[] = [];
  private readonly queue: WorkerTask[] = [];
  private readonly pending = new Map<number, { resolve: (a: FileOutcome) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;

  constructor(size: number, init: SourceSettings) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: init });
      w.on('message', (r: WorkerReply) => this.done(i, r));
      w.on('error', (e) => this.fail(e));
      this.workers.push(w);
      this.outstanding.push(0);
    }
  }

  /** Processes a corpus file on the next free worker. */
  process(seq: number, file: string): Promise<FileOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.queue.push({ seq, file });
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
    if (r.ok) p.resolve(r.outcome);
    else p.reject(new Error(`worker failed on a file: ${r.error}`));
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
