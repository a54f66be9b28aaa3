// The pipeline: corpus -> documents -> per-document analysis -> corpus tables -> charts, manifest.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { resultOptions, UsageError, type Options } from '../cli/options.ts';
import type { Notice, OutputContext, Progress, RunReport } from './context.ts';
import { KNOWN_FIELDS, openCorpus, readBoilerplateRules, type Rejection } from '../corpus/index.ts';
import { filterCorpus, FilterError, parseFilter } from '../corpus/filter.ts';
import { compileLexicon, readLexicons, sourceOf, warningLine, type Lexicon } from '../lexicon/index.ts';
import { citationMarkdown, type CorpusDescription } from '../provenance/citation.ts';
import { codebookMarkdown } from '../provenance/codebook.ts';
import { runningCodeFingerprint } from '../provenance/code.ts';
import { canonicalJson, corpusFingerprint } from '../provenance/hash.ts';
import { nestingProblem, refuseIfBusy, withOutputFolder, type Staging } from '../output-folder/index.ts';
import { hashOutputs, MANIFEST, manifestPieces, RUN_INFO, runFingerprint, type Manifest, type ManifestInputs } from '../provenance/manifest.ts';
import { runInfo } from '../provenance/run-info.ts';
import { FRAMESCOPE_VERSION, libraryVersions, nodeMajor } from '../provenance/versions.ts';
import { scorersByName } from '../sentiment/index.ts';
import { writeFileAtomic, writePiecesAtomic } from '../tables/atomic.ts';
import { CsvSink, type Row } from '../tables/csv.ts';
import { writeArrowCopy } from '../tables/arrow.ts';
import { TABLES, type TableName } from '../tables/schema.ts';
import { registeredTables, type TableContext, type TableDefinition } from '../outputs/tables.ts';
import { CorpusState, NO_GROUP } from './corpus-state.ts';
import { categoryTotals } from '../outputs/categories.ts';
import { documentColumnsOf, writeDocumentsCsv } from '../outputs/documents.ts';
import { collectGarbageIfLong, HeapKeeper } from './heap.ts';
import { readStopWords } from '../outputs/item-filter.ts';
import { resampleSettings, tableOptionsOf } from '../outputs/rows.ts';
import { PARTIAL, writePartial } from './partial.ts';
import { analysedFiles, openPool, type FileResult, type SourceConfig, type SourceStats } from './source.ts';
import { sentenceColumns, summarize, summaryConfigOf, type SummaryConfig } from './summary.ts';
import { prepareResamples, type BlockRunner } from '../outputs/resamples.ts';

export type { Notice, OutputContext, Progress, RunReport } from './context.ts';

const cols = (t: { columns: { name: string }[] }) => t.columns.map((c) => c.name);

/** How documents are summarised for the fold: the same wherever that happens (this thread, workers, a merge). */
export function summaryConfig(o: Options, lexicon: Lexicon): SummaryConfig {
  return summaryConfigOf(lexicon, o.sentiment, o.groupBy ?? 'issuer', o.keynessUnit);
}

export async function runAnalysis(given: Options, progress?: Progress, notice: Notice = () => {}): Promise<RunReport> {
  const startedAt = new Date();
  const nested = nestingProblem(given.corpus, given.out);
  if (nested !== null) throw new UsageError(nested);
  if (!given.wait) refuseIfBusy(given.out);
  // Inputs are read and checked before anything is written, so a bad input leaves outputs untouched.
  const corpus = openCorpus(given.corpus);
  // A run of nothing would replace the earlier outputs with empty tables.
  if (corpus.files.length === 0) throw new UsageError(`${given.corpus}: no documents in the corpus folder (.txt or .md files${corpus.documentation.length > 0 ? `; ${corpus.documentation.join(', ')} only ${corpus.documentation.length > 1 ? 'describe' : 'describes'} it` : ''})`);
  let filteredOut = 0;
  try {
    filteredOut = filterCorpus(corpus, given.filter.map(parseFilter));
  } catch (e) {
    if (e instanceof FilterError) throw new UsageError(e.message);
    throw e;
  }
  if (given.filter.length > 0 && corpus.files.length === 0) throw new UsageError(`--filter ${given.filter.join(' --filter ')}: no document of ${given.corpus} matches`);
  // Without --group-by, a corpus's own `group` field (its documented comparison) comes first, then the issuer.
  const o: Options = { ...given, groupBy: given.groupBy ?? (corpus.metadataFields.includes('group') ? 'group' : 'issuer') };
  const rules = readBoilerplateRules(o.boilerplate);
  const lexicon = readLexicons(o.lexicon);
  const compiled = compileLexicon(lexicon);
  // Parsing metadata.csv leaves garbage the size of the table: collected before the documents start.
  collectGarbageIfLong({ documents: corpus.files.length, words: 0 });
  const scorers = scorersByName(o.sentiment);
  const docOptions = { contextChars: o.context, window: o.window };
  const cache = o.cache
    ? {
      dir: join(o.out, '.cache'),
      settings: {
        framescope: FRAMESCOPE_VERSION, code: runningCodeFingerprint(), node: nodeMajor(), libraries: libraryVersions(),
        lexicon: lexicon.sha256, negation: lexicon.negation.sha256, scorers: o.sentiment, ...docOptions,
      },
    }
    : null;
  const stats: SourceStats = { fresh: 0, cached: 0, corrupt: 0, skipped: 0 };
  let done = 0;
  const source: SourceConfig = {
    corpus, rules, lexicon: compiled, lexiconRead: lexicon, scorers, scorerNames: o.sentiment,
    options: docOptions, workers: o.workers, cache, shard: o.shard, maxDocumentBytes: o.maxDocumentMb * 1e6,
    summary: o.shard ? null : summaryConfig(o, lexicon),
  };
  // The run writes into a staging folder (the cache stays in OUT, shared by the runs of this folder).
  return withOutputFolder(o.out, { wait: o.wait, notice }, async (staging) => {
    const pool = openPool(source);
    const stream = (async function* () {
      for await (const r of analysedFiles(source, stats, pool)) {
        yield r;
        if (r.kind !== 'counts') progress?.(++done + stats.skipped, corpus.files.length);
      }
    })();
    const ctx: OutputContext = {
      options: { ...o, out: staging.dir }, lexicon, boilerplate: { file: rules.file, sha256: rules.sha256 },
      filesRead: corpus.files.length, unmatchedMetadata: corpus.unmatchedMetadata, documentation: corpus.documentation, scorerNames: o.sentiment,
      startedAt, groupByGiven: given.groupBy !== null, filteredOut,
    };
    try {
      if (o.shard) {
        const partial = await writePartial(ctx, o.shard, stream, stats);
        // A partial result replaces only the partial result before it.
        staging.commit({ files: partial.written, last: PARTIAL, replaceListed: false });
        return { ...partial, out: o.out };
      }
      // The pool, idle once the documents are done, then computes blocks of the bootstrap resamples.
      const run: BlockRunner | null = pool ? (data, seed, iterations, block) => pool.resample(data, seed, iterations, block) : null;
      return { ...commitRun(staging, await writeOutputs(ctx, stream, run), o.out), source: stats };
    } finally {
      await pool?.close();
    }
  });
}

/** writeOutputs into a staging folder of OUT (locked), then every file moved into place at once: the merge of partial results. */
export async function writeRun(ctx: OutputContext, stream: AsyncIterable<FileResult>, notice: Notice = () => {}): Promise<Omit<RunReport, 'source'>> {
  const out = ctx.options.out;
  return withOutputFolder(out, { wait: ctx.options.wait, notice }, async (staging) => (
    commitRun(staging, await writeOutputs({ ...ctx, options: { ...ctx.options, out: staging.dir } }, stream), out)
  ));
}

/** Moves a complete run from its staging folder into OUT, the manifest last; earlier outputs it did not write are removed. */
function commitRun(staging: Staging, report: Omit<RunReport, 'source'>, out: string): Omit<RunReport, 'source'> {
  staging.commit({ files: [...report.written, RUN_INFO, MANIFEST], last: MANIFEST, replaceListed: true });
  return { ...report, out };
}

/**
 * Folds analyses (in corpus order) into every table, chart, codebook, citation and the manifest, written into `ctx.options.out`
 * as into an empty folder: runAnalysis and writeRun give it a staging folder and move the finished run into place.
 */
export async function writeOutputs(ctx: OutputContext, stream: AsyncIterable<FileResult>, run: BlockRunner | null = null): Promise<Omit<RunReport, 'source'>> {
  const { options: o, lexicon } = ctx;
  const cfg = summaryConfig(o, lexicon);

  mkdirSync(o.out, { recursive: true });
  // Corpus-level sentiment (document means, agreement, frame tone) uses each scorer's polarity column.
  const state = new CorpusState(cfg.categoryIds, cfg.pol.map((p) => p.column), {
    groupBy: cfg.groupBy, period: o.period, keynessUnit: cfg.keynessUnit, knownFields: KNOWN_FIELDS,
    spool: join(o.out, '.sentence-scores.bin'),
  });
  try {
    return await foldAndWrite(ctx, cfg, state, stream, run);
  } finally {
    state.sentenceScores.dispose();
  }
}

async function foldAndWrite(
  ctx: OutputContext, cfg: SummaryConfig, state: CorpusState, stream: AsyncIterable<FileResult>, run: BlockRunner | null,
): Promise<Omit<RunReport, 'source'>> {
  const { options: o, lexicon, startedAt } = ctx;
  const pol = cfg.pol;
  const stopWords = readStopWords();
  const sinks = {
    hits: new CsvSink(join(o.out, TABLES.hits.file), cols(TABLES.hits)),
    markers: new CsvSink(join(o.out, TABLES.marker_counts.file), cols(TABLES.marker_counts)),
    sentences: new CsvSink(join(o.out, TABLES.sentences.file), sentenceColumns(cfg)),
    // Document rows wait on disk until every free metadata field (a column of documents.csv) is known.
    documents: new CsvSink(join(o.out, '.documents.jsonl'), []),
  };
  const rejected: Rejection[] = [];
  const heap = new HeapKeeper();
  try {
    for await (const r of stream) {
      if (r.kind === 'rejected') {
        rejected.push(r.rejection);
      } else if (r.kind === 'counts') {
        state.mergeCounts(r.counts);
      } else if (r.kind === 'partial') {
        throw new Error('internal error: a shard analysis reached the output stage');
      } else {
        // Analyses made on this thread are summarised here, their word counts going straight into the state.
        const d = r.kind === 'summary' ? r.summary : summarize(r.analysis, cfg, state.counts);
        state.add(d);
        sinks.documents.raw(d.documentJson);
        sinks.hits.lines(d.hitsCsv, d.nHits);
        sinks.markers.lines(d.markersCsv, cfg.categoryIds.length);
        sinks.sentences.lines(d.sentencesCsv, d.nSentences);
        heap.tick();
      }
    }
    // A --compare group the corpus does not have would give an empty comparison: refused before any output is in place.
    const missing = (o.compare ?? []).filter((g) => !state.groups.includes(g));
    if (missing.length > 0) {
      throw new UsageError(`--compare: no group ${missing.map((g) => `'${g}'`).join(' or ')} by ${cfg.groupBy}; the groups are ${[...state.groups].sort().join(', ')}`);
    }
    // A --group-by field that no document has would put the whole corpus in "(none)": refused before any output is in place.
    if (ctx.groupByGiven && state.n > 0 && state.withoutGroup.length === state.n) {
      const fields = [...state.fieldsSeen].sort();
      throw new UsageError(`--group-by ${cfg.groupBy}: no document has this field; the corpus has ${fields.length > 0 ? fields.join(', ') : 'no metadata fields'}`);
    }
  } catch (e) {
    for (const s of Object.values(sinks)) s.abort();
    throw e;
  }
  for (const s of Object.values(sinks)) s.close();
  const runSize = { documents: state.n, words: state.words };
  // The corpus tables start from the live heap, not from the documents' garbage.
  collectGarbageIfLong(runSize);

  const read = ctx.filesRead;
  if (state.n + rejected.length !== read) {
    throw new Error(`internal error: read ${read} files but analysed ${state.n} and rejected ${rejected.length}`);
  }
  const written = new Set<string>([TABLES.hits.file, TABLES.marker_counts.file, TABLES.sentences.file]);
  // Rows the charts are drawn from are kept as they are written, when charts are drawn.
  const kept = new Map<TableName, Row[]>();
  const charted = new Set<TableName>(o.charts ? ['categories', 'frame_tone', 'rates_by_group', 'keyness', 'trends'] : []);
  const write = (t: TableDefinition, c: TableContext) => {
    const rows = writeTable(join(o.out, TABLES[t.table].file), cols(TABLES[t.table]), t.rows(c), charted.has(t.table));
    if (rows !== null) kept.set(t.table, rows);
    written.add(TABLES[t.table].file);
  };
  // With a worker pool, the workers make the bootstrap resamples while this thread writes every table that needs
  // none; between tables it lets the next group's blocks go out (`breathe`). Alone, the resamples follow scorer
  // agreement, whose per-sentence columns are then garbage.
  const settings = tableOptionsOf(o, stopWords.words);
  const boot = resampleSettings(settings);
  const resampling = run === null ? null : prepareResamples(state, boot, run);
  // Awaited below; a failure meanwhile must not count as unhandled.
  resampling?.catch(() => {});
  const breathe = run === null ? async () => {} : () => new Promise<void>((resolve) => setImmediate(resolve));
  await writeDocumentsCsv(join(o.out, '.documents.jsonl'), join(o.out, TABLES.documents.file), documentColumnsOf(state, pol));
  written.add(TABLES.documents.file);
  // In path order for the summary too, not only in rejected.csv.
  rejected.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const context: TableContext = { state, lexicon, settings, pol, rejected };
  for (const t of registeredTables('early')) {
    write(t, context);
    await breathe();
  }
  collectGarbageIfLong(runSize);
  if (resampling === null) {
    await prepareResamples(state, boot, null);
    // Each group's sparse rows are dead once its resamples are made: gone before the tables are built.
    collectGarbageIfLong(runSize);
  }
  await breathe();
  for (const t of registeredTables('corpus')) {
    write(t, context);
    await breathe();
  }
  if (resampling !== null) await resampling;
  for (const t of registeredTables('resampled')) write(t, context);
  const none: Row[] = [];
  const charts = {
    categories: kept.get('categories') ?? none, frameTone: kept.get('frame_tone') ?? none, ratesByGroup: kept.get('rates_by_group') ?? none,
    keyness: kept.get('keyness') ?? none, trends: kept.get('trends') ?? none,
  };
  if (o.formats.includes('arrow')) {
    // Every table again as Arrow IPC, typed by its schema, read back from the CSV just written.
    for (const t of Object.values(TABLES)) {
      if (!written.has(t.file)) continue;
      const arrow = t.file.replace(/\.csv$/, '.arrow');
      writeArrowCopy(join(o.out, t.file), join(o.out, arrow), t);
      written.add(arrow);
    }
  }

  // The tables' rows are dead: the manifest (a corpus-long document list) starts from the live heap.
  collectGarbageIfLong(runSize);
  const ids = state.ids.toArray();
  const fingerprints = state.fingerprints.toArray();
  // Each lexicon file by name (several --lexicon files: the combined file is each one's name, joined by " + ").
  const sources = (lexicon.sources ?? [sourceOf(lexicon)]).map((s) => ({ ...s, file: basename(s.file) }));
  const inputs: ManifestInputs = {
    framescope: { version: FRAMESCOPE_VERSION, code: runningCodeFingerprint() },
    environment: { node: nodeMajor(), libraries: libraryVersions() },
    corpus: {
      fingerprint: corpusFingerprint(fingerprints),
      documents_read: read,
      documents_analysed: state.n,
      documents_rejected: rejected.length,
      documents_without_date: state.withoutDate,
      files_filtered_out: ctx.filteredOut,
      documents_without_group: state.withoutGroup,
      documents_not_latin: state.notLatin,
      documents_not_english: state.notEnglish,
      documents_without_words: state.withoutWords,
      documentation_files: ctx.documentation,
      words: state.words,
      sentences: state.sentences,
      documents: ids.map((id, i) => ({ id, fingerprint: fingerprints[i]! })),
    },
    lexicon: {
      name: lexicon.name, version: lexicon.version, file: sources.map((s) => s.file).join(' + '), format: lexicon.format ?? 'framescope-yaml', sha256: lexicon.sha256,
      sources,
      categories: lexicon.categories.length, entries: lexicon.categories.reduce((n, c) => n + c.entries.length, 0),
      ...(lexicon.validation === undefined ? {} : { validation: lexicon.validation }),
      negation: { name: lexicon.negation.name, version: lexicon.negation.version, file: basename(lexicon.negation.file), sha256: lexicon.negation.sha256 },
      // What was read with reservations (entries left out, a negation model shared): it changes the counts.
      ...(lexicon.warnings?.length ? { warnings: lexicon.warnings.map(warningLine) } : {}),
    },
    boilerplate: { file: basename(ctx.boilerplate.file), sha256: ctx.boilerplate.sha256 },
    stopwords: { file: basename(stopWords.file), sha256: stopWords.sha256 },
    options: resultOptions(o),
  };
  const fingerprint = runFingerprint(inputs);
  const description = describe(state);
  const chartsSkipped: { chart: string; reason: string }[] = [];
  writeFileAtomic(join(o.out, 'CODEBOOK.md'), codebookMarkdown());
  written.add('CODEBOOK.md');
  writeFileAtomic(join(o.out, 'CITATION.md'), citationMarkdown({ ...inputs, run_fingerprint: fingerprint }, description));
  written.add('CITATION.md');
  if (o.charts) {
    const { writeCharts } = await import('../outputs/charts.ts');
    const drawn = await writeCharts(o.out, state, lexicon, pol, charts, { fingerprint, description, minDocs: o.minDocs });
    for (const f of drawn.files) written.add(f);
    chartsSkipped.push(...drawn.skipped);
  }
  if (o.report) {
    // Last before the manifest: the report shows the tables, charts and citation just written, and the manifest lists it.
    const { writeReport, REPORT } = await import('../report/index.ts');
    writeReport(o.out, { run: { ...inputs, run_fingerprint: fingerprint }, validation: o.validation });
    written.add(REPORT);
  }

  const files = [...written].sort();
  const manifest: Manifest = { ...inputs, run_fingerprint: fingerprint, outputs: hashOutputs(o.out, files) };
  writePiecesAtomic(join(o.out, MANIFEST), manifestPieces(manifest));
  writeFileAtomic(join(o.out, RUN_INFO), `${canonicalJson({ run_fingerprint: fingerprint, ...runInfo(startedAt, new Date()) }, 2)}\n`);

  return {
    out: o.out,
    read,
    analysed: state.n,
    rejected,
    words: state.words,
    sentences: state.sentences,
    hitsByCategory: categoryTotals(state, lexicon).map((t) => ({ category: t.category, label: t.label, hits: t.hits })),
    unmatchedMetadata: ctx.unmatchedMetadata,
    documentation: ctx.documentation,
    groupBy: cfg.groupBy,
    withoutGroup: state.withoutGroup,
    notLatin: state.notLatin,
    notEnglish: state.notEnglish,
    withoutWords: state.withoutWords,
    withoutDate: state.withoutDate,
    smallGroups: smallGroups(state, o.minDocs),
    filter: o.filter,
    filteredOut: ctx.filteredOut,
    chartsSkipped,
    lostPair: lostPair(state, o.compare),
    lexiconWarnings: (lexicon.warnings ?? []).map(warningLine),
    runFingerprint: fingerprint,
    written: files,
  };
}

/** Writes a table chunk by chunk; returns its rows when `keep` (for the charts), else null. */
function writeTable(file: string, columns: readonly string[], chunks: Iterable<Row[]>, keep: boolean): Row[] | null {
  const sink = new CsvSink(file, columns);
  const kept: Row[] = [];
  try {
    for (const rows of chunks) {
      sink.append(rows);
      if (keep) for (const r of rows) kept.push(r);
    }
  } catch (e) {
    sink.abort();
    throw e;
  }
  sink.close();
  return keep ? kept : null;
}

/** Two named groups that would be compared A vs B but for the "(none)" group beside them (no --compare). */
function lostPair(state: CorpusState, compare: [string, string] | null): [string, string] | null {
  const named = [...state.groups].filter((g) => g !== NO_GROUP).sort();
  return compare === null && state.withoutGroup.length > 0 && named.length === 2 ? [named[0]!, named[1]!] : null;
}

/** Groups with fewer documents than `min`, in code-point order. */
function smallGroups(state: CorpusState, min: number): { group: string; documents: number }[] {
  return state.documentsByGroup('(all)').slice(1).filter(([, docs]) => docs.length < min).map(([group, docs]) => ({ group, documents: docs.length }));
}

function describe(state: CorpusState): CorpusDescription {
  return { documents: state.n, issuers: [...state.issuers].sort(), dateFrom: state.dateFrom, dateTo: state.dateTo };
}
