// One corpus file through the per-document stages: load, cache lookup, analysis, and what the run needs of it.
// The same code runs on the main thread (one worker) and in worker threads, so outputs cannot depend on where.
import { loadFile, type BoilerplateRules, type Document, type MetadataRow, type Rejection } from '../corpus/index.ts';
import type { CompiledLexicon } from '../lexicon/index.ts';
import { canonicalJson, sha256 } from '../provenance/hash.ts';
import type { Scorer } from '../sentiment/scorer.ts';
import { analyzeDocument, type DocumentOptions } from './analyze-document.ts';
import type { AnalysisCache } from './cache.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import { summarize, type CountFold, type DocumentSummary, type SettledCounts, type SummaryConfig } from './summary.ts';

/** What comes out of the source, in corpus order. */
export type FileResult =
  | { kind: 'analysis'; analysis: DocumentAnalysis }
  | { kind: 'summary'; summary: DocumentSummary }
  /** a shard run's analysis, as the JSON line its partial result stores */
  | { kind: 'partial'; json: string; nWords: number; nSentences: number }
  /** a worker thread's word counts, after its last document */
  | { kind: 'counts'; counts: SettledCounts }
  | { kind: 'rejected'; rejection: Rejection };

/** corrupt: a cache entry failed its checks and the document was analysed afresh */
export type FileStatus = 'fresh' | 'cached' | 'corrupt' | 'skipped' | 'rejected';

/** How far a file goes: the analysis itself, its summary (with counts into `counts`), or a shard's JSON line. */
export type Yield = { kind: 'analysis' } | { kind: 'summary'; config: SummaryConfig; counts: CountFold } | { kind: 'partial' };

export interface FileStages {
  dir: string;
  rules: BoilerplateRules;
  lexicon: CompiledLexicon;
  scorers: readonly Scorer[];
  options: DocumentOptions;
  cache: AnalysisCache | null;
  shard: { index: number; count: number } | null;
  /** --max-document-mb in bytes */
  maxDocumentBytes: number;
  yields: Yield;
}

/** Shard of a document (by fingerprint) or of a rejected file (by path), 1-based. */
export function shardOf(key: string, count: number): number {
  return (parseInt(sha256(key).slice(0, 8), 16) % count) + 1;
}

/**
 * What a file came to, and in a shard run its identity: one line naming the file and what it holds (text
 * fingerprint and metadata, or why it was rejected), whether this shard keeps it or not. Every shard hashes
 * the identities of all files, so a merge can tell shards of different corpora apart.
 */
export interface FileAnswer { status: FileStatus; result: FileResult | null; identity?: string }

export function processFile(st: FileStages, file: string, row: MetadataRow | undefined, owner: string | undefined): FileAnswer {
  const mine = (key: string) => st.shard === null || shardOf(key, st.shard.count) === st.shard.index;
  const loaded = loadFile(st.dir, file, row, owner, st.rules, st.maxDocumentBytes);
  if (!loaded.ok) {
    const identity = st.shard === null ? undefined : `${JSON.stringify(file)} rejected ${JSON.stringify(loaded.rejection.reason)}`;
    if (!mine(`path:${loaded.rejection.path}`)) return { status: 'skipped', result: null, identity };
    return { status: 'rejected', result: { kind: 'rejected', rejection: loaded.rejection }, identity };
  }
  const doc = loaded.document;
  const identity = st.shard === null ? undefined : `${JSON.stringify(file)} ${doc.fingerprint} ${sha256(canonicalJson(doc.meta))}`;
  if (!mine(doc.fingerprint)) return { status: 'skipped', result: null, identity };
  return { ...analyseLoaded(st, doc), identity };
}

function analyseLoaded(st: FileStages, doc: Document): { status: FileStatus; result: FileResult } {
  let status: FileStatus = 'fresh';
  let analysis: DocumentAnalysis | null = null;
  if (st.cache) {
    const hit = st.cache.get(doc);
    if (hit.status === 'hit') { analysis = hit.analysis; status = 'cached'; }
    if (hit.status === 'corrupt') status = 'corrupt';
  }
  if (analysis === null) {
    analysis = analyzeDocument(doc, st.lexicon, st.scorers, st.options);
    st.cache?.put(doc, analysis);
  }
  const y = st.yields;
  if (y.kind === 'analysis') return { status, result: { kind: 'analysis', analysis } };
  if (y.kind === 'partial') return { status, result: { kind: 'partial', json: JSON.stringify(analysis), nWords: analysis.nWords, nSentences: analysis.nSentences } };
  return { status, result: { kind: 'summary', summary: summarize(analysis, y.config, y.counts) } };
}
