// A fixed pool of worker threads that load and analyse corpus files; answers come back per task.
import { Worker } from 'node:worker_threads';
import type { MetadataRow } from '../corpus/index.ts';
import type { FileResult, FileStatus } from './file-task.ts';
import type { SparseClusters } from '../stats/index.ts';
import { CountFold } from './summary.ts';
import type { WorkerInit, WorkerReply, WorkerTask } from './worker.ts';

/** Tasks queued in each worker's port at once, so a worker never waits while the main thread is busy writing. */
const DEPTH = 4;

type Answer = { status: FileStatus; result: FileResult | null };

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  /** tasks each worker has been sent and not yet answered */
  private readonly outstanding: number[] = [];
  private readonly queue: Exclude<WorkerTask, { type: 'counts' }>[] = [];
  private readonly pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  private readonly countWaiters: { resolve: (c: CountFold) => void; reject: (e: Error) => void }[] = [];
  private readonly resamples = new Map<number, { resolve: (x: Float64Array) => void; reject: (e: Error) => void }>();
  private nextResample = 0;
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

  get size(): number {
    return this.workers.length;
  }

  /** Loads and analyses a file on the next free worker. */
  process(seq: number, file: string, row: MetadataRow | undefined, owner: string | undefined): Promise<Answer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.queue.push({ type: 'file', seq, file, row, owner });
      this.dispatch();
    });
  }

  /** One block of cluster-bootstrap resamples (resampleBlock) on the next free worker; the data are shared, not copied. */
  resample(data: SparseClusters, seed: number, iterations: number, block: number): Promise<Float64Array> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const id = this.nextResample++;
      this.resamples.set(id, { resolve, reject });
      this.queue.push({ type: 'resample', id, data, seed, iterations, block });
      this.dispatch();
    });
  }

  /** Every worker's word counts; call after the last file's answer. */
  async counts(): Promise<CountFold[]> {
    if (this.failure) throw this.failure;
    const all = this.workers.map((w, i) => new Promise<CountFold>((resolve, reject) => {
      this.countWaiters[i] = { resolve, reject };
      w.postMessage({ type: 'counts' } satisfies WorkerTask);
    }));
    return Promise.all(all);
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
    if (r.type === 'counts') {
      this.countWaiters[worker]!.resolve(CountFold.from(r.counts));
      return;
    }
    if (r.type === 'resample') {
      this.resamples.get(r.id)!.resolve(r.replicates);
      this.resamples.delete(r.id);
      this.outstanding[worker]!--;
      this.dispatch();
      return;
    }
    const p = this.pending.get(r.seq)!;
    this.pending.delete(r.seq);
    if (r.ok) p.resolve({ status: r.status, result: r.result });
    else p.reject(new Error(`worker failed on a document: ${r.error}`));
    this.outstanding[worker]!--;
    this.dispatch();
  }

  private fail(e: Error): void {
    this.failure = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    for (const p of this.resamples.values()) p.reject(e);
    this.resamples.clear();
    for (const p of this.countWaiters) p?.reject(e);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
