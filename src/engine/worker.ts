// A worker thread: compiles the lexicon it is given once, then loads, analyses and summarises the files it is sent,
// keeping its documents' word counts (CountFold) until the main thread asks for them at the end.
import { parentPort, workerData } from 'node:worker_threads';
import type { BoilerplateRules, MetadataRow } from '../corpus/index.ts';
import { compileLexicon, rememberSplits, type Lexicon } from '../lexicon/index.ts';
import { scorersByName } from '../sentiment/index.ts';
import { resampleBlock, type SparseClusters } from '../stats/index.ts';
import type { DocumentOptions } from './analyze-document.ts';
import { AnalysisCache } from './cache.ts';
import { processFile, type FileAnswer, type Yield } from './file-task.ts';
import { HeapKeeper } from './heap.ts';
import { CountFold, type SettledCounts, type SummaryConfig } from './summary.ts';

export interface WorkerInit {
  dir: string;
  /** plain data and regular expressions: structured clone carries them */
  rules: BoilerplateRules;
  /** the lexicon the main thread read (plain data: structured clone carries it), compiled by each worker */
  lexicon: Lexicon;
  /** the main thread's pattern splits (knownSplits): compiling then tokenizes no pattern again */
  patternSplits: [string, string[]][];
  scorers: string[];
  options: DocumentOptions;
  cache: { dir: string; settings: Record<string, unknown> } | null;
  shard: { index: number; count: number } | null;
  maxDocumentBytes: number;
  /** null: a shard run (analyses go out as JSON lines) */
  summary: SummaryConfig | null;
}
/** Work for a worker; `id` pairs each task with its reply. */
export type WorkerTask = { id: number } & (
  | { type: 'file'; file: string; row: MetadataRow | undefined; owner: string | undefined }
  | { type: 'counts' }
  | { type: 'resample'; data: SparseClusters; seed: number; iterations: number; block: number });
export type WorkerReply = { id: number } & (
  | { ok: true; value: FileAnswer | Float64Array | SettledCounts }
  // A system error's code and path go back too, so the command can say what the machine refused.
  | { ok: false; error: string; code?: string; path?: string });

const init = workerData as WorkerInit;
rememberSplits(init.patternSplits);
const heap = new HeapKeeper();
const counts = new CountFold(init.summary?.keynessUnit ?? 'word');
const yields: Yield = init.summary ? { kind: 'summary', config: init.summary, counts } : { kind: 'partial' };
const stages = {
  dir: init.dir,
  rules: init.rules,
  lexicon: compileLexicon(init.lexicon),
  scorers: scorersByName(init.scorers),
  options: init.options,
  cache: init.cache ? new AnalysisCache(init.cache.dir, init.cache.settings) : null,
  shard: init.shard,
  maxDocumentBytes: init.maxDocumentBytes,
  yields,
};

function perform(task: WorkerTask): FileAnswer | Float64Array | SettledCounts {
  if (task.type === 'counts') return counts.transferable();
  if (task.type === 'resample') return resampleBlock(task.data, task.seed, task.iterations, task.block);
  heap.tick();
  return processFile(stages, task.file, task.row, task.owner);
}

parentPort!.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id: task.id, ok: true, value: perform(task) };
  } catch (e) {
    const { code, path } = e as { code?: unknown; path?: unknown };
    reply = {
      id: task.id, ok: false, error: (e as Error).stack ?? String(e),
      ...(typeof code === 'string' ? { code } : {}), ...(typeof path === 'string' ? { path } : {}),
    };
  }
  // A block of resamples is moved, not copied, back to the main thread.
  const v = reply.ok ? reply.value : null;
  parentPort!.postMessage(reply, v instanceof Float64Array ? [v.buffer as ArrayBuffer] : []);
});
