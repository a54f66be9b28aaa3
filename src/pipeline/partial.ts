// Partial results of --shard runs, and their merge into outputs identical to a single run.
import { createReadStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Rejection } from '../corpus/index.ts';
import { compareCodePoints } from '../corpus/index.ts';
import { runningCodeFingerprint } from '../provenance/code.ts';
import { canonicalJson } from '../provenance/hash.ts';
import { FRAMESCOPE_VERSION } from '../provenance/versions.ts';
import { writeFileAtomic } from '../tables/atomic.ts';
import { UsageError, type Options } from '../cli/options.ts';
import { CsvSink } from '../tables/csv.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import type { OutputContext, RunReport } from './run.ts';
import type { FileResult } from './source.ts';
import type { SourceStats } from './source.ts';

export const PARTIAL = 'partial.json';
export const ANALYSES = 'analyses.jsonl';

interface PartialHeader {
  format: 'framescope-partial/1';
  framescope: string;
  /** the code fingerprint of the analysing code: a merge by other code would mix two analyses */
  code: string;
  shard: { index: number; count: number };
  /** everything that must agree between the shards of one run */
  run: {
    lexicon: OutputContext['lexicon'];
    boilerplate: OutputContext['boilerplate'];
    filesRead: number;
    filteredOut: number;
    unmatchedMetadata: string[];
    documentation: string[];
    scorerNames: string[];
    /** every option that shapes results, applied again at the merge */
    options: Pick<Options, 'sentiment' | 'groupBy' | 'period' | 'minFreq' | 'keynessUnit' | 'window' | 'context' | 'seed' | 'bootstrap' | 'minDocs' | 'filter' | 'keepStopwords' | 'keepNames' | 'compare' | 'maxDocumentMb'>;
  };
  analysed: number;
  rejected: Rejection[];
}

/** Writes this shard's analyses (one JSON line each, corpus order) and a header; no corpus-level statistics. */
export async function writePartial(
  ctx: OutputContext, shard: { index: number; count: number }, stream: AsyncIterable<FileResult>, stats: SourceStats,
): Promise<RunReport> {
  mkdirSync(ctx.options.out, { recursive: true });
  // A CsvSink with no columns is just an atomic, streamed text file.
  const sink = new CsvSink(join(ctx.options.out, ANALYSES), []);
  const rejected: Rejection[] = [];
  let analysed = 0, words = 0, sentences = 0;
  try {
    for await (const r of stream) {
      if (r.kind === 'partial') {
        sink.raw(`${r.json}\n`);
        analysed++;
        words += r.nWords;
        sentences += r.nSentences;
      } else if (r.kind === 'rejected') rejected.push(r.rejection);
      else throw new Error(`internal error: a shard run received a ${r.kind} result`);
    }
  } catch (e) {
    sink.abort();
    throw e;
  }
  sink.close();
  const header: PartialHeader = {
    format: 'framescope-partial/1',
    framescope: FRAMESCOPE_VERSION,
    code: runningCodeFingerprint(),
    shard,
    run: {
      lexicon: ctx.lexicon, boilerplate: ctx.boilerplate, filesRead: ctx.filesRead, filteredOut: ctx.filteredOut, unmatchedMetadata: ctx.unmatchedMetadata,
      documentation: ctx.documentation, scorerNames: ctx.scorerNames, options: pickResultOptions(ctx.options),
    },
    analysed,
    rejected,
  };
  writeFileAtomic(join(ctx.options.out, PARTIAL), `${canonicalJson(header, 2)}\n`);
  return {
    out: ctx.options.out, read: analysed + rejected.length, analysed, rejected, words, sentences,
    hitsByCategory: [], unmatchedMetadata: ctx.unmatchedMetadata, documentation: ctx.documentation, runFingerprint: '',
    groupBy: ctx.options.groupBy ?? 'issuer', withoutGroup: [], notLatin: [], withoutWords: [], smallGroups: [], filter: ctx.options.filter, filteredOut: ctx.filteredOut, chartsSkipped: [], lostPair: null, written: [PARTIAL, ANALYSES], source: stats,
  };
}

function pickResultOptions(o: Options): PartialHeader['run']['options'] {
  const { sentiment, groupBy, period, minFreq, keynessUnit, window, context, seed, bootstrap, minDocs, filter, keepStopwords, keepNames, compare, maxDocumentMb } = o;
  return { sentiment, groupBy, period, minFreq, keynessUnit, window, context, seed, bootstrap, minDocs, filter, keepStopwords, keepNames, compare, maxDocumentMb };
}

function readHeader(dir: string): PartialHeader {
  const file = join(dir, PARTIAL);
  if (!existsSync(file)) throw new UsageError(`${dir}: not a partial result (no ${PARTIAL})`);
  const h = JSON.parse(readFileSync(file, 'utf8')) as PartialHeader;
  if (h.format !== 'framescope-partial/1') throw new UsageError(`${file}: unknown format ${String(h.format)}`);
  return h;
}

async function* lines(file: string): AsyncGenerator<DocumentAnalysis> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) if (line !== '') yield JSON.parse(line) as DocumentAnalysis;
}

/** Every analysis of all partials in corpus order (a k-way merge by path), then the rejections. */
async function* merged(dirs: string[], rejected: Rejection[]): AsyncGenerator<FileResult> {
  const its = dirs.map((d) => lines(join(d, ANALYSES))[Symbol.asyncIterator]());
  const heads = await Promise.all(its.map((it) => it.next()));
  const rej = [...rejected].sort((a, b) => compareCodePoints(a.path, b.path));
  let ri = 0;
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i]!;
      if (h.done) continue;
      if (best < 0 || compareCodePoints(h.value.path, (heads[best]!.value as DocumentAnalysis).path) < 0) best = i;
    }
    if (best < 0) break;
    const a = heads[best]!.value as DocumentAnalysis;
    // Rejections interleave by path, as in a single run (their order does not change any output).
    while (ri < rej.length && compareCodePoints(rej[ri]!.path, a.path) < 0) yield { kind: 'rejected', rejection: rej[ri++]! };
    yield { kind: 'analysis', analysis: a };
    heads[best] = await its[best]!.next();
  }
  while (ri < rej.length) yield { kind: 'rejected', rejection: rej[ri++]! };
}

/** Checks that the partials are the shards 1..n of one run, and returns the context to write outputs with. */
export function mergeContext(dirs: string[], options: Options): { ctx: OutputContext; rejected: Rejection[] } {
  if (dirs.length === 0) throw new UsageError('merge needs at least one partial result folder');
  const headers = dirs.map(readHeader);
  const first = headers[0]!;
  const n = first.shard.count;
  const seen = new Set<number>();
  headers.forEach((h, i) => {
    if (canonicalJson(h.run) !== canonicalJson(first.run) || h.framescope !== first.framescope) {
      throw new UsageError(`${dirs[i]}: made with other inputs or options than ${dirs[0]}; partials of one run only`);
    }
    if (h.code !== runningCodeFingerprint()) {
      throw new UsageError(`${dirs[i]}: analysed by other framescope code (code fingerprint ${String(h.code).slice(0, 12)}, this is ${runningCodeFingerprint().slice(0, 12)}); re-run the shard with this code`);
    }
    if (h.shard.count !== n) throw new UsageError(`${dirs[i]}: shard of ${h.shard.count}, but ${dirs[0]} is a shard of ${n}`);
    if (seen.has(h.shard.index)) throw new UsageError(`${dirs[i]}: shard ${h.shard.index}/${n} given twice`);
    seen.add(h.shard.index);
  });
  const missing = [...Array(n).keys()].map((i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new UsageError(`merge: shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${n}`).join(', ')} missing`);
  const opts: Options = { ...options, ...first.run.options };
  return {
    ctx: {
      startedAt: new Date(), groupByGiven: false, filteredOut: first.run.filteredOut,
      options: opts, lexicon: first.run.lexicon, boilerplate: first.run.boilerplate, filesRead: first.run.filesRead,
      unmatchedMetadata: first.run.unmatchedMetadata, documentation: first.run.documentation, scorerNames: first.run.scorerNames,
    },
    rejected: headers.flatMap((h) => h.rejected),
  };
}

export function mergedStream(dirs: string[], rejected: Rejection[]): AsyncIterable<FileResult> {
  return merged(dirs, rejected);
}
