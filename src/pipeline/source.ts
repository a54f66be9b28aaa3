// Where DocumentAnalysis results come from: the cache, this thread, or a worker pool; always in corpus order.
// A file is loaded, checked against the cache and analysed in one place (a worker when there are
// several), so the main thread only folds results and writes tables.
import type { BoilerplateRules, Corpus, Rejection } from '../corpus/index.ts';
import { loadDocument, openCorpus, readBoilerplateRules } from '../corpus/index.ts';
import { compileLexicon, readLexicon, type CompiledLexicon } from '../lexicon/index.ts';
import { sha256 } from '../provenance/hash.ts';
import { scorersByName } from '../sentiment/index.ts';
import type { Scorer } from '../sentiment/scorer.ts';
import { analyzeDocument, type DocumentOptions } from './analyze-document.ts';
import { AnalysisCache } from './cache.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import { AnalysisPool } from './pool.ts';

export type FileResult = { ok: true; analysis: DocumentAnalysis } | { ok: false; rejection: Rejection };

export interface SourceStats { fresh: number; cached: number; corrupt: number; skipped: number }

/** Everything a thread needs to process files on its own: plain data, sent to workers as it is. */
export interface SourceSettings {
  corpusDir: string;
  boilerplateFile: string;
  lexiconFile: string;
  scorerNames: string[];
  options: DocumentOptions;
  cache: { dir: string; settings: Record<string, unknown> } | null;
  shard: { index: number; count: number } | null;
}

export type FileOutcome =
  | { kind: 'analysis'; analysis: DocumentAnalysis; cache: 'hit' | 'miss' | 'corrupt' | 'off' }
  | { kind: 'rejection'; rejection: Rejection }
  | { kind: 'skipped' };

/** Shard of a document (by fingerprint) or of a rejected file (by path), 1-based. */
export function shardOf(key: string, count: number): number {
  return (parseInt(sha256(key).slice(0, 8), 16) % count) + 1;
}

/** The per-thread state for processing files: corpus listing, rules, compiled lexicon, scorers, cache. */
export class FileProcessor {
  readonly corpus: Corpus;
  private readonly rules: BoilerplateRules;
  private readonly lexicon: CompiledLexicon;
  private readonly scorers: readonly Scorer[];
  private readonly cache: AnalysisCache | null;

  constructor(private readonly s: SourceSettings, corpus?: Corpus) {
    this.corpus = corpus ?? openCorpus(s.corpusDir);
    this.rules = readBoilerplateRules(s.boilerplateFile);
    this.lexicon = compileLexicon(readLexicon(s.lexiconFile));
    this.scorers = scorersByName(s.scorerNames);
    this.cache = s.cache ? new AnalysisCache(s.cache.dir, s.cache.settings) : null;
  }

  process(file: string): FileOutcome {
    const mine = (key: string) => this.s.shard === null || shardOf(key, this.s.shard.count) === this.s.shard.index;
    const loaded = loadDocument(this.corpus, file, this.rules);
    if (!loaded.ok) return mine(`path:${loaded.rejection.path}`) ? { kind: 'rejection', rejection: loaded.rejection } : { kind: 'skipped' };
    const doc = loaded.document;
    if (!mine(doc.fingerprint)) return { kind: 'skipped' };
    let cache: 'hit' | 'miss' | 'corrupt' | 'off' = 'off';
    if (this.cache) {
      const found = this.cache.get(doc);
      if (found.status === 'hit') return { kind: 'analysis', analysis: found.analysis, cache: 'hit' };
      cache = found.status;
    }
    const analysis = analyzeDocument(doc, this.lexicon, this.scorers, this.s.options);
    this.cache?.put(doc, analysis);
    return { kind: 'analysis', analysis, cache };
  }
}

/** Every file of the corpus, in corpus order: rejections, analyses, and nothing for other shards' files. */
export async function* analysedFiles(
  settings: SourceSettings, workers: number, stats: SourceStats, corpus?: Corpus,
): AsyncGenerator<FileResult> {
  const local = new FileProcessor(settings, corpus);
  const files = local.corpus.files;
  // Threads only pay off with more than one document; never more threads than documents.
  const threads = Math.min(workers, files.length);
  const pool = threads > 1 ? new AnalysisPool(threads, settings) : null;
  // Bounded look-ahead keeps every worker busy while memory stays flat.
  const ahead = Math.max(4, threads * 8);
  const queue: Promise<FileOutcome>[] = [];
  try {
    let seq = 0;
    for (const file of files) {
      queue.push(pool ? pool.process(seq++, file) : Promise.resolve(local.process(file)));
      while (queue.length >= ahead) {
        const r = account(await queue.shift()!, stats);
        if (r) yield r;
      }
    }
    while (queue.length > 0) {
      const r = account(await queue.shift()!, stats);
      if (r) yield r;
    }
  } finally {
    await pool?.close();
  }
}

function account(o: FileOutcome, stats: SourceStats): FileResult | null {
  if (o.kind === 'skipped') { stats.skipped++; return null; }
  if (o.kind === 'rejection') return { ok: false, rejection: o.rejection };
  if (o.cache === 'hit') stats.cached++;
  else stats.fresh++;
  if (o.cache === 'corrupt') stats.corrupt++;
  return { ok: true, analysis: o.analysis };
}
