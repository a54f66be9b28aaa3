// Where DocumentAnalysis results come from: the cache, this thread, or a worker pool; always in corpus order.
import type { BoilerplateRules, Corpus, Document, Rejection } from '../corpus/index.ts';
import { loadDocument } from '../corpus/index.ts';
import type { CompiledLexicon } from '../lexicon/index.ts';
import { sha256 } from '../provenance/hash.ts';
import type { Scorer } from '../sentiment/scorer.ts';
import { analyzeDocument, type DocumentOptions } from './analyze-document.ts';
import type { AnalysisCache } from './cache.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import { AnalysisPool } from './pool.ts';

export type FileResult = { ok: true; analysis: DocumentAnalysis } | { ok: false; rejection: Rejection };

export interface SourceStats { fresh: number; cached: number; corrupt: number; skipped: number }

export interface SourceConfig {
  corpus: Corpus;
  rules: BoilerplateRules;
  lexicon: CompiledLexicon;
  lexiconFile: string;
  scorers: readonly Scorer[];
  scorerNames: string[];
  options: DocumentOptions;
  workers: number;
  cache: AnalysisCache | null;
  shard: { index: number; count: number } | null;
}

/** Shard of a document (by fingerprint) or of a rejected file (by path), 1-based. */
export function shardOf(key: string, count: number): number {
  return (parseInt(sha256(key).slice(0, 8), 16) % count) + 1;
}

export async function* analysedFiles(cfg: SourceConfig, stats: SourceStats): AsyncGenerator<FileResult> {
  // Threads only pay off with more than one document; never more threads than documents.
  const threads = Math.min(cfg.workers, cfg.corpus.files.length);
  const pool = threads > 1 ? new AnalysisPool(threads, { lexiconFile: cfg.lexiconFile, scorers: cfg.scorerNames, options: cfg.options }) : null;
  // Bounded look-ahead keeps every worker busy while memory stays flat.
  const ahead = Math.max(4, cfg.workers * 8);
  const queue: Promise<FileResult>[] = [];
  const mine = (key: string) => cfg.shard === null || shardOf(key, cfg.shard.count) === cfg.shard.index;
  let seq = 0;
  try {
    for (const file of cfg.corpus.files) {
      const loaded = loadDocument(cfg.corpus, file, cfg.rules);
      // Each metadata row serves one document: released once read, so memory does not hold the whole table.
      if (loaded.ok) cfg.corpus.metadata.delete(loaded.document.id);
      if (!loaded.ok) {
        if (mine(`path:${loaded.rejection.path}`)) queue.push(Promise.resolve(loaded));
        else stats.skipped++;
      } else if (!mine(loaded.document.fingerprint)) {
        stats.skipped++;
      } else {
        queue.push(analyse(loaded.document, seq++));
      }
      while (queue.length >= ahead) yield await queue.shift()!;
    }
    while (queue.length > 0) yield await queue.shift()!;
  } finally {
    await pool?.close();
  }

  async function analyse(doc: Document, n: number): Promise<FileResult> {
    if (cfg.cache) {
      const hit = cfg.cache.get(doc);
      if (hit.status === 'hit') {
        stats.cached++;
        return { ok: true, analysis: hit.analysis };
      }
      if (hit.status === 'corrupt') stats.corrupt++;
    }
    const analysis: DocumentAnalysis = pool
      ? await pool.analyse(n, doc)
      : analyzeDocument(doc, cfg.lexicon, cfg.scorers, cfg.options);
    stats.fresh++;
    cfg.cache?.put(doc, analysis);
    return { ok: true, analysis };
  }
}
