// The pipeline: corpus -> documents -> per-document analysis -> corpus tables -> charts, manifest.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from '../cli/options.ts';
import { openCorpus, readBoilerplateRules, type Rejection } from '../corpus/index.ts';
import { compileLexicon, readLexicon } from '../lexicon/index.ts';
import { scorersByName } from '../sentiment/index.ts';
import { CsvSink, writeCsv } from '../tables/csv.ts';
import { TABLES } from '../tables/schema.ts';
import { analyseInProcess } from './sequential.ts';
import { CorpusState } from './corpus-state.ts';
import { categoryRows, categoryTotals, documentColumns, documentRows } from './corpus-tables.ts';
import { hitRows, markerCountRows, sentenceRows, type PolarityColumns } from './emit.ts';

export interface RunReport {
  out: string;
  read: number;
  analysed: number;
  rejected: Rejection[];
  words: number;
  sentences: number;
  hitsByCategory: { category: string; label: string; hits: number }[];
  unmatchedMetadata: string[];
}

export type Progress = (done: number, total: number) => void;

const cols = (t: { columns: { name: string }[] }) => t.columns.map((c) => c.name);

export async function runAnalysis(o: Options, progress?: Progress): Promise<RunReport> {
  // Inputs are read and checked before anything is written, so a bad input leaves outputs untouched.
  const corpus = openCorpus(o.corpus);
  const rules = readBoilerplateRules(o.boilerplate);
  const lexicon = readLexicon(o.lexicon);
  const compiled = compileLexicon(lexicon);
  const scorers = scorersByName(o.sentiment);
  const scoreColumns = scorers.flatMap((s) => [...s.columns]);
  const pol: PolarityColumns = scorers.map((s) => ({ scorer: s.name, column: s.polarityColumn }));
  const categoryIds = lexicon.categories.map((c) => c.id);

  mkdirSync(o.out, { recursive: true });
  const state = new CorpusState(categoryIds, scoreColumns, {
    groupBy: o.groupBy ?? 'issuer', period: o.period, keynessUnit: o.keynessUnit,
  });
  const sentenceColumns = ['doc_id', 'sentence_index', 'char_start', 'char_end', 'text', 'n_words', ...scoreColumns, ...pol.map((p) => `polarity_${p.scorer}`), 'categories', 'negated_hit'];
  const sinks = {
    hits: new CsvSink(join(o.out, TABLES.hits.file), cols(TABLES.hits)),
    markers: new CsvSink(join(o.out, TABLES.marker_counts.file), cols(TABLES.marker_counts)),
    sentences: new CsvSink(join(o.out, 'sentences.csv'), sentenceColumns),
  };
  const rejected: Rejection[] = [];
  let done = 0;
  try {
    const stream = analyseInProcess(corpus, rules, compiled, scorers, { contextChars: o.context, window: o.window });
    for await (const r of stream) {
      if (r.ok) {
        const summary = state.add(r.analysis);
        sinks.hits.append(hitRows(r.analysis));
        sinks.markers.append(markerCountRows(summary, categoryIds));
        sinks.sentences.append(sentenceRows(r.analysis, scoreColumns, pol));
      } else {
        rejected.push(r.rejection);
      }
      progress?.(++done, corpus.files.length);
    }
  } catch (e) {
    for (const s of Object.values(sinks)) s.abort();
    throw e;
  }
  for (const s of Object.values(sinks)) s.close();

  writeCsv(join(o.out, TABLES.documents.file), documentColumns(state, pol), documentRows(state, pol));
  writeCsv(join(o.out, TABLES.categories.file), cols(TABLES.categories), categoryRows(state, lexicon));
  rejected.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  writeCsv(join(o.out, TABLES.rejected.file), cols(TABLES.rejected), rejected.map((r) => ({ path: r.path, reason: r.reason })));

  const read = corpus.files.length;
  if (state.docs.length + rejected.length !== read) {
    throw new Error(`internal error: read ${read} files but analysed ${state.docs.length} and rejected ${rejected.length}`);
  }
  return {
    out: o.out,
    read,
    analysed: state.docs.length,
    rejected,
    words: state.words,
    sentences: state.sentences,
    hitsByCategory: categoryTotals(state, lexicon).map((t) => ({ category: t.category, label: t.label, hits: t.hits })),
    unmatchedMetadata: corpus.unmatchedMetadata,
  };
}
