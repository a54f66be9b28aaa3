// A worker thread: compiles the lexicon once, then loads, analyses and summarises the files it is sent,
// keeping its documents' word counts (CountFold) until the main thread asks for them at the end.
import { parentPort, workerData } from 'node:worker_threads';
import type { BoilerplateRules, MetadataRow } from '../corpus/index.ts';
import { compileLexicon, readLexicon } from '../lexicon/index.ts';
import { scorersByName } from '../sentiment/index.ts';
import { resampleBlock, type SparseClusters } from '../stats/index.ts';
import type { DocumentOptions } from './analyze-document.ts';
import { AnalysisCache } from './cache.ts';
import { processFile, type FileResult, type FileStatus, type Yield } from './file-task.ts';
import { HeapKeeper } from './heap.ts';
import { CountFold, type SummaryConfig } from './summary.ts';

export interface WorkerInit {
  dir: string;
  /** plain data and regular expressions: structured clone carries them */
  rules: BoilerplateRules;
  lexiconFile: string;
  scorers: string[];
  options: DocumentOptions;
  cache: { dir: string; settings: Record<string, unknown> } | null;
  shard: { index: number; count: number } | null;
  /** null: a shard run (analyses go out as JSON lines) */
  summary: SummaryConfig | null;
}
export type WorkerTask =
  | { type: 'file'; seq: number; file: string; row: MetadataRow | undefined; owner: string | undefined }
  | { type: 'counts' }
  | { type: 'resample'; id: number; data: SparseClusters; seed: number; iterations: number; block: number };
export type WorkerReply =
  | { type: 'resample'; id: number; replicates: Float64Array }
  | { type: 'file'; seq: number; ok: true; status: FileStatus; result: FileResult | null }
  | { type: 'file'; seq: number; ok: false; error: string }
  | { type: 'counts'; counts: CountFold };

const init = workerData as WorkerInit;
const heap = new HeapKeeper();
const counts = new CountFold(init.summary?.keynessUnit ?? 'word');
const yields: Yield = init.summary ? { kind: 'summary', config: init.summary, counts } : { kind: 'partial' };
const stages = {
  dir: init.dir,
  rules: init.rules,
  lexicon: compileLexicon(readLexicon(init.lexiconFile)),
  scorers: scorersByName(init.scorers),
  options: init.options,
  cache: init.cache ? new AnalysisCache(init.cache.dir, init.cache.settings) : null,
  shard: init.shard,
  yields,
};

parentPort!.on('message', (task: WorkerTask) => {
  if (task.type === 'counts') {
    parentPort!.postMessage({ type: 'counts', counts } satisfies WorkerReply);
    return;
  }
  if (task.type === 'resample') {
    const replicates = resampleBlock(task.data, task.seed, task.iterations, task.block);
    parentPort!.postMessage({ type: 'resample', id: task.id, replicates } satisfies WorkerReply, [replicates.buffer as ArrayBuffer]);
    return;
  }
  heap.tick();
  let reply: WorkerReply;
  try {
    const { status, result } = processFile(stages, task.file, task.row, task.owner);
    reply = { type: 'file', seq: task.seq, ok: true, status, result };
  } catch (e) {
    reply = { type: 'file', seq: task.seq, ok: false, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
