// Where per-document results come from: this thread or a worker pool (each with the cache); always in corpus order.
import { documentId, fileContext, releaseFileContexts, type BoilerplateRules, type Corpus } from '../corpus/index.ts';
import { knownSplits, type CompiledLexicon, type Lexicon } from '../lexicon/index.ts';
import type { Scorer } from '../sentiment/scorer.ts';
import type { DocumentOptions } from './analyze-document.ts';
import { AnalysisCache } from './cache.ts';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { AUTO_WORKERS } from '../cli/options.ts';
import { processFile, type FileAnswer, type FileResult, type FileStages, type FileStatus } from './file-task.ts';
import { AnalysisPool } from './pool.ts';
import type { SummaryConfig } from './summary.ts';

export { shardOf, type FileResult } from './file-task.ts';

export interface SourceStats {
  fresh: number; cached: number; corrupt: number; skipped: number;
  /** a shard run: sha256 over the identities of every file of the corpus in corpus order (FileAnswer), set after the last file */
  corpus?: { fingerprint: string; files: number };
}

export interface SourceConfig {
  corpus: Corpus;
  rules: BoilerplateRules;
  lexicon: CompiledLexicon;
  /** the lexicon as read: sent to the workers, which compile it without reading the files again */
  lexiconRead: Lexicon;
  scorers: readonly Scorer[];
  scorerNames: string[];
  options: DocumentOptions;
  workers: number;
  /** the per-document cache's folder and settings (AnalysisCache), or null */
  cache: { dir: string; settings: Record<string, unknown> } | null;
  shard: { index: number; count: number } | null;
  /** --max-document-mb in bytes */
  maxDocumentBytes: number;
  /** how workers summarise documents for the fold; null for a shard run, whose analyses are stored whole */
  summary: SummaryConfig | null;
}

function count(stats: SourceStats, status: FileStatus): void {
  if (status === 'skipped') stats.skipped++;
  else if (status === 'cached') stats.cached++;
  else if (status === 'corrupt') { stats.corrupt++; stats.fresh++; }
  else if (status === 'fresh') stats.fresh++;
}

/**
 * Below this much text a run is fastest on one thread: each worker loads the modules and the model (~0.5 s) and
 * spends a third more CPU per document. Measured on 2 cores (bench/README.md): 2 workers took 5.0 s against 3.8 s for
 * 1 on the 500-document test corpus (3 MB), 9.1 s against 8.7 s at 7 MB, and were 1.4 times as fast at 32 MB.
 */
export const SMALL_CORPUS_BYTES = 10e6;

/** Threads for --workers not given: one for a corpus of less than SMALL_CORPUS_BYTES, else one per core. */
export function autoWorkers(dir: string, files: readonly string[]): number {
  let bytes = 0;
  for (const f of files) {
    try { bytes += statSync(join(dir, f)).size; } catch { /* unreadable: loading rejects it with the reason */ }
    if (bytes >= SMALL_CORPUS_BYTES) return Math.max(1, availableParallelism());
  }
  return 1;
}

/** The worker pool of a run, or null when documents are analysed on this thread (one worker, or one document). */
export function openPool(cfg: SourceConfig): AnalysisPool | null {
  const workers = cfg.workers === AUTO_WORKERS ? autoWorkers(cfg.corpus.dir, cfg.corpus.files) : cfg.workers;
  // Threads only pay off with more than one document; never more threads than documents.
  const threads = Math.min(workers, cfg.corpus.files.length);
  if (threads <= 1) return null;
  return new AnalysisPool(threads, {
    dir: cfg.corpus.dir, rules: cfg.rules, lexicon: cfg.lexiconRead, patternSplits: knownSplits(), scorers: cfg.scorerNames, options: cfg.options,
    cache: cfg.cache, shard: cfg.shard, maxDocumentBytes: cfg.maxDocumentBytes, summary: cfg.summary,
  });
}

/**
 * Per-document results in corpus order. On this thread, analyses are yielded whole (the fold summarises
 * them); from a pool, workers load and summarise files themselves and, after the last file, each worker's
 * word counts are yielded. Shard runs yield each analysis as a JSON line.
 */
export async function* analysedFiles(cfg: SourceConfig, stats: SourceStats, pool: AnalysisPool | null): AsyncGenerator<FileResult> {
  const stages: FileStages | null = pool ? null : {
    dir: cfg.corpus.dir, rules: cfg.rules, lexicon: cfg.lexicon, scorers: cfg.scorers, options: cfg.options,
    cache: cfg.cache ? new AnalysisCache(cfg.cache.dir, cfg.cache.settings) : null, shard: cfg.shard, maxDocumentBytes: cfg.maxDocumentBytes,
    yields: cfg.summary ? { kind: 'analysis' } : { kind: 'partial' },
  };
  // Bounded look-ahead keeps every worker busy while memory stays flat; on this thread, one file at a time.
  const ahead = pool ? Math.max(4, pool.size * 32) : 1;
  const queue: Promise<FileAnswer>[] = [];
  const identities = cfg.shard ? createHash('sha256') : null;
  let files = 0;
  const next = async function* () {
    const { status, result, identity } = await queue.shift()!;
    count(stats, status);
    if (identities) { identities.update(`${identity}\n`); files++; }
    if (result) yield result;
  };
  for (const file of cfg.corpus.files) {
    const { row, owner } = fileContext(cfg.corpus, file);
    queue.push(pool ? pool.process(file, row, owner) : Promise.resolve(processFile(stages!, file, row, owner)));
    // Each metadata row serves one document (the file that owns the id): released once handed on.
    if (owner === file) cfg.corpus.metadata.delete(documentId(file));
    while (queue.length >= ahead) yield* next();
  }
  releaseFileContexts(cfg.corpus);
  while (queue.length > 0) yield* next();
  if (identities) stats.corpus = { fingerprint: identities.digest('hex'), files };
  if (pool && cfg.summary) for (const counts of await pool.counts()) yield { kind: 'counts', counts };
}
