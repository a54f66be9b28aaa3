// A fixed pool of worker threads that load and analyse corpus files, then compute bootstrap resamples.
import { Worker } from 'node:worker_threads';
import type { MetadataRow } from '../corpus/index.ts';
import type { SparseClusters } from '../stats/index.ts';
import type { FileAnswer } from './file-task.ts';
import type { SettledCounts } from './summary.ts';
import type { WorkerInit, WorkerReply, WorkerTask } from './worker.ts';

/** Tasks queued in each worker's port at once, so a worker never waits while the main thread is busy writing. */
const DEPTH = 16;

type Answer = FileAnswer;
type Task = WorkerTask extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

export class AnalysisPool {
  private readonly workers: Worker[] = [];
  /** tasks each worker has been sent and not yet answered */
  private readonly outstanding: number[] = [];
  private readonly queue: WorkerTask[] = [];
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 0;
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
  process(file: string, row: MetadataRow | undefined, owner: string | undefined): Promise<Answer> {
    return this.submit({ type: 'file', file, row, owner }, null) as Promise<Answer>;
  }

  /** One block of cluster-bootstrap resamples (resampleBlock) on the next free worker; the data are shared, not copied. */
  resample(data: SparseClusters, seed: number, iterations: number, block: number): Promise<Float64Array> {
    return this.submit({ type: 'resample', data, seed, iterations, block }, null) as Promise<Float64Array>;
  }

  /** Every worker's word counts as plain maps (form ids stay on their thread); call after the last file's answer. */
  counts(): Promise<SettledCounts[]> {
    return Promise.all(this.workers.map((_, i) => this.submit({ type: 'counts' }, i))) as Promise<SettledCounts[]>;
  }

  /** Queues a task for the least loaded worker, or sends it to worker `to`. */
  private submit(task: Task, to: number | null): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const t = { ...task, id: this.nextId++ } as WorkerTask;
      this.pending.set(t.id, { resolve, reject });
      if (to === null) {
        this.queue.push(t);
        this.dispatch();
      } else {
        this.outstanding[to]!++;
        this.workers[to]!.postMessage(t);
      }
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      // The least loaded worker, the lowest index on ties.
      let best = 0;
      for (let i = 1; i < this.workers.length; i++) if (this.outstanding[i]! < this.outstanding[best]!) best = i;
      // Blocks of resamples all go out at once (a group's are 20 of ~50 kB answers): the workers stay busy while
      // this thread computes other tables instead of handing out the next block.
      if (this.outstanding[best]! >= DEPTH && this.queue[0]!.type !== 'resample') return;
      this.outstanding[best]!++;
      this.workers[best]!.postMessage(this.queue.shift()!);
    }
  }

  private done(worker: number, r: WorkerReply): void {
    const p = this.pending.get(r.id)!;
    this.pending.delete(r.id);
    if (r.ok) p.resolve(r.value);
    else p.reject(Object.assign(new Error(`worker failed on a task: ${r.error}`), r.code === undefined ? {} : { code: r.code, path: r.path }));
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
