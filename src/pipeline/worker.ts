// A worker thread: loads, checks the cache for and analyses the corpus files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { FileProcessor, type FileOutcome, type SourceSettings } from './source.ts';

export interface WorkerTask { seq: number; file: string }
export type WorkerReply = { seq: number; ok: true; outcome: FileOutcome } | { seq: number; ok: false; error: string };

const processor = new FileProcessor(workerData as SourceSettings);

parentPort!.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { seq: task.seq, ok: true, outcome: processor.process(task.file) };
  } catch (e) {
    reply = { seq: task.seq, ok: false, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
