// Partial results of --shard runs, and their merge into outputs identical to a single run.
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Rejection } from '../corpus/index.ts';
import { compareCodePoints } from '../corpus/index.ts';
import { runningCodeFingerprint } from '../provenance/code.ts';
import { canonicalJson, sha256File } from '../provenance/hash.ts';
import { FRAMESCOPE_VERSION } from '../provenance/versions.ts';
import { writeFileAtomic } from '../tables/atomic.ts';
import { UsageError, type Options } from '../cli/options.ts';
import { CsvSink } from '../tables/csv.ts';
import { analysisShapeProblem, type DocumentAnalysis } from './document-analysis.ts';
import type { OutputContext, RunReport } from './context.ts';
import type { FileResult } from './source.ts';
import type { SourceStats } from './source.ts';
import { warningLine } from '../lexicon/index.ts';

export const PARTIAL = 'partial.json';
export const ANALYSES = 'analyses.jsonl';

const FORMAT = 'framescope-partial/2';

interface PartialHeader {
  format: typeof FORMAT;
  framescope: string;
  /** the code fingerprint of the analysing code: a merge by other code would mix two analyses */
  code: string;
  shard: { index: number; count: number };
  /** every file of the corpus, this shard's or not (SourceStats.corpus): shards of one run read the same corpus */
  corpus: { fingerprint: string; files: number };
  /** the shard's other file, as written before this header (written last): a truncated or changed file shows */
  files: Record<typeof ANALYSES, { bytes: number; sha256: string; lines: number }>;
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
  if (stats.corpus === undefined) throw new Error('internal error: a shard run ended without its corpus fingerprint');
  const analyses = join(ctx.options.out, ANALYSES);
  const header: PartialHeader = {
    format: FORMAT,
    framescope: FRAMESCOPE_VERSION,
    code: runningCodeFingerprint(),
    shard,
    corpus: stats.corpus,
    files: { [ANALYSES]: { bytes: statSync(analyses).size, sha256: sha256File(analyses), lines: analysed } },
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
    groupBy: ctx.options.groupBy ?? 'issuer', withoutGroup: [], notLatin: [], notEnglish: [], withoutWords: [], withoutDate: 0, smallGroups: [], filter: ctx.options.filter, filteredOut: ctx.filteredOut, chartsSkipped: [], lostPair: null,
    lexiconWarnings: (ctx.lexicon.warnings ?? []).map(warningLine), written: [PARTIAL, ANALYSES], source: stats,
  };
}

function pickResultOptions(o: Options): PartialHeader['run']['options'] {
  const { sentiment, groupBy, period, minFreq, keynessUnit, window, context, seed, bootstrap, minDocs, filter, keepStopwords, keepNames, compare, maxDocumentMb } = o;
  return { sentiment, groupBy, period, minFreq, keynessUnit, window, context, seed, bootstrap, minDocs, filter, keepStopwords, keepNames, compare, maxDocumentMb };
}

/** A shard's header, and its analyses checked against the checksum the header gives; errors name the file. */
function readHeader(dir: string): PartialHeader {
  const file = join(dir, PARTIAL);
  const data = join(dir, ANALYSES);
  if (!existsSync(file)) {
    if (existsSync(data)) throw new UsageError(`${dir}: incomplete shard: ${ANALYSES} but no ${PARTIAL} (the shard stopped before it finished); run it again`);
    throw new UsageError(`${dir}: not a partial result (no ${PARTIAL})`);
  }
  let h: PartialHeader;
  try {
    h = JSON.parse(readFileSync(file, 'utf8')) as PartialHeader;
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (h?.format !== FORMAT) throw new UsageError(`${file}: unknown format ${String(h?.format)} (expected ${FORMAT}); run the shard again with this framescope`);
  const want = h.files?.[ANALYSES];
  if (!existsSync(data)) throw new UsageError(`${data}: missing; ${file} lists it`);
  if (want === undefined || statSync(data).size !== want.bytes || sha256File(data) !== want.sha256) {
    throw new UsageError(`${data}: does not match the checksum in ${file} (truncated or changed after the shard finished); run the shard again`);
  }
  return h;
}

/** One shard's analyses; a line that is not an analysis stops the merge with the file and line named. */
async function* lines(file: string): AsyncGenerator<DocumentAnalysis> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (line === '') continue;
    let a: unknown;
    try {
      a = JSON.parse(line);
    } catch (e) {
      throw new UsageError(`${file} line ${n}: not a JSON analysis (${(e as Error).message.split('\n')[0]!.slice(0, 120)})`);
    }
    const problem = analysisShapeProblem(a);
    if (problem !== null) throw new UsageError(`${file} line ${n}: not an analysis: ${problem}`);
    yield a as DocumentAnalysis;
  }
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
  const seen = new Map<number, string>();
  headers.forEach((h, i) => {
    if (canonicalJson(h.run.options) !== canonicalJson(first.run.options)) {
      const differ = Object.keys(first.run.options).filter((k) => canonicalJson((h.run.options as Record<string, unknown>)[k]) !== canonicalJson((first.run.options as Record<string, unknown>)[k]));
      throw new UsageError(`${join(dirs[i]!, PARTIAL)}: made with other options than ${dirs[0]} (${differ.join(', ') || 'options'}); shards of one run only`);
    }
    if (canonicalJson(h.corpus) !== canonicalJson(first.corpus)) {
      throw new UsageError(`${join(dirs[i]!, PARTIAL)}: a shard of another corpus than ${dirs[0]} (corpus fingerprint ${h.corpus.fingerprint.slice(0, 12)} of ${h.corpus.files} files, not ${first.corpus.fingerprint.slice(0, 12)} of ${first.corpus.files}); shards of one corpus only`);
    }
    if (canonicalJson(h.run) !== canonicalJson(first.run) || h.framescope !== first.framescope) {
      throw new UsageError(`${dirs[i]}: made with other inputs or options than ${dirs[0]}; partials of one run only`);
    }
    if (h.code !== runningCodeFingerprint()) {
      throw new UsageError(`${dirs[i]}: analysed by other framescope code (code fingerprint ${String(h.code).slice(0, 12)}, this is ${runningCodeFingerprint().slice(0, 12)}); re-run the shard with this code`);
    }
    if (h.shard.count !== n) throw new UsageError(`${dirs[i]}: shard of ${h.shard.count}, but ${dirs[0]} is a shard of ${n}`);
    if (seen.has(h.shard.index)) throw new UsageError(`${dirs[i]}: shard ${h.shard.index}/${n} given twice (also ${seen.get(h.shard.index)})`);
    seen.set(h.shard.index, dirs[i]!);
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
