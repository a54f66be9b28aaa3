// The library's analysis: every document analysed once, in this thread, and kept; corpus tables are then folds
// over the kept analyses, so a new grouping or subset is a new fold, not a new reading of the texts.
import { KNOWN_FIELDS, type Document } from '../corpus/index.ts';
import { compileLexicon, readLexicons, type Lexicon } from '../lexicon/index.ts';
import { PROJECT_ROOT } from '../provenance/versions.ts';
import { DEFAULT_SCORERS, scorersByName } from '../sentiment/index.ts';
import type { Row } from '../tables/csv.ts';
import { analyzeDocument } from './analyze-document.ts';
import { compareCodePoints as cmp } from '../corpus/index.ts';
import { prepareResamples } from '../outputs/resamples.ts';
import { readStopWords } from '../outputs/item-filter.ts';
import { categoriesOf, categoryKeynessOf, collocationsOf, dispersionOf, frameToneOf, keynessChunks, ratesOf, resampleSettings, trendsOf, type Fold } from '../outputs/rows.ts';
// The command's defaults, from its one options table, so the verbs cannot drift from it.
import { DEFAULTS } from '../cli/options.ts';
import { CorpusState } from './corpus-state.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import { NO_GROUP, summarize, summaryConfigOf } from './summary.ts';
import { documentColumns, documentRow, hitRow, sentenceColumns, sentenceRow, withMetadata } from './document-rows.ts';
import { ALL, TABLES } from '../tables/schema.ts';


export interface AnalyzeOptions {
  /** lexicon file of any registered format, or several combined (default: the bundled lexicons/framing.yaml), or a lexicon already read */
  lexicon?: string | string[] | Lexicon;
  /** sentence scorers (default: wink, afinn, vader) */
  sentiment?: string[];
  /** characters of hit context (default 60) and collocation window in words (default 5), as the command's --context and --window */
  context?: number;
  window?: number;
}

export interface AnalysedCorpus {
  lexicon: Lexicon;
  sentiment: string[];
  /** one analysis per document, in the order given: hits, sentences and their scores, word counts */
  analyses: DocumentAnalysis[];
}

/** Analyses every document as the command does (same tokenizer, lexicon matcher and scorers), keeping the results. */
export function analyzeCorpus(documents: Iterable<Document>, options: AnalyzeOptions = {}): AnalysedCorpus {
  const given = options.lexicon ?? `${PROJECT_ROOT}lexicons/framing.yaml`;
  const lexicon = typeof given === 'string' ? readLexicons([given]) : Array.isArray(given) ? readLexicons(given) : given;
  const sentiment = options.sentiment ?? [...DEFAULT_SCORERS];
  const compiled = compileLexicon(lexicon);
  const scorers = scorersByName(sentiment);
  const opts = { contextChars: options.context ?? DEFAULTS.context, window: options.window ?? DEFAULTS.window };
  const analyses = [...documents].map((d) => analyzeDocument(d, compiled, scorers, opts));
  return { lexicon, sentiment, analyses };
}

export interface FoldOptions {
  /** metadata field whose values are the groups (default: issuer) */
  groupBy?: string;
  /** keep only the documents for which this returns true (a subset by any metadata, a date range) */
  where?: (meta: Readonly<Record<string, string>>) => boolean;
  keynessUnit?: 'word' | 'lemma';
  /** calendar period of trends (default month, as --period) */
  period?: 'month' | 'quarter' | 'year';
}

/** The corpus state of a grouping: every kept analysis (or those `where` keeps) folded as the command folds them. */
export function foldAnalyses(a: AnalysedCorpus, o: FoldOptions = {}): CorpusState {
  const cfg = summaryConfigOf(a.lexicon, a.sentiment, o.groupBy ?? 'issuer', o.keynessUnit ?? 'word');
  const state = new CorpusState(cfg.categoryIds, cfg.pol.map((p) => p.column), {
    groupBy: cfg.groupBy, period: o.period ?? DEFAULTS.period, keynessUnit: cfg.keynessUnit, knownFields: KNOWN_FIELDS,
  });
  for (const analysis of a.analyses) {
    if (o.where && !o.where(analysis.meta)) continue;
    state.add(summarize(analysis, cfg, state.counts));
  }
  return state;
}

const folds = new WeakMap<AnalysedCorpus, Map<string, CorpusState>>();
/**
 * The fold of a grouping and subset, made once per analysis and shared by the verbs that only read it (every
 * textstat verb but the bootstrap ones, which resample on a state of their own).
 */
function foldedOnce(a: AnalysedCorpus, o: FoldOptions): Fold {
  const key = JSON.stringify([o.groupBy, o.keynessUnit, o.period, o.where ? idOf(o.where) : 0]);
  let made = folds.get(a);
  if (!made) folds.set(a, (made = new Map()));
  let state = made.get(key);
  if (!state) made.set(key, (state = foldAnalyses(a, o)));
  return { state, lexicon: a.lexicon };
}

export interface KeynessOptions extends FoldOptions {
  /** minimum corpus frequency (default 5, as --min-freq) */
  minFreq?: number;
  /** one comparison, group A against group B (as --compare A,B); default: each group against the rest */
  compare?: readonly [string, string];
  /** keep stop words and proper names (as --keep-stopwords, --keep-names) */
  keepStopwords?: boolean;
  keepNames?: boolean;
}

/** keyness.csv's rows for any grouping or subset of an analysed corpus. */
export function keynessRows(a: AnalysedCorpus, o: KeynessOptions = {}): Row[] {
  return [...keynessChunks(foldedOnce(a, o), o)].flat();
}

/** category_keyness.csv's rows for any grouping or subset of an analysed corpus. */
export function categoryKeynessRowsOf(a: AnalysedCorpus, o: FoldOptions & { compare?: readonly [string, string] } = {}): Row[] {
  return categoryKeynessOf(foldedOnce(a, o), o);
}

/** dispersion.csv's rows (range, Juilland's D, Gries' DP per entry) for a subset; the grouping does not change them. */
export function dispersionRowsOf(a: AnalysedCorpus, o: FoldOptions = {}): Row[] {
  return dispersionOf(foldedOnce(a, o));
}

/** collocations.csv's rows for a subset, with the command's --min-freq and stop-word and name rules. */
export function collocationRowsOf(a: AnalysedCorpus, o: Omit<KeynessOptions, 'compare'> = {}): Row[] {
  return collocationsOf(foldedOnce(a, o), o);
}

export interface BootstrapOptions extends FoldOptions {
  /** as --seed, --bootstrap and --min-docs, with their defaults */
  seed?: number;
  bootstrap?: number;
  minDocs?: number;
}

/** rates_by_group.csv's and frame_tone.csv's rows for any grouping or subset: both resample documents. */
export function bootstrapRowsOf(a: AnalysedCorpus, o: BootstrapOptions = {}): Promise<{ rates: Row[]; frameTone: Row[] }> {
  const boot = resampleSettings(o);
  const minDocs = o.minDocs ?? DEFAULTS.minDocs;
  // textstatRates and textstatFrameTone come from the same resamples: made once per analysis and options.
  const key = JSON.stringify([o.groupBy, o.keynessUnit, o.period, boot.seed, boot.iterations, minDocs, o.where ? idOf(o.where) : 0]);
  let made = resampled.get(a);
  if (!made) resampled.set(a, (made = new Map()));
  let rows = made.get(key);
  if (!rows) {
    rows = (async () => {
      const fold = { state: foldAnalyses(a, o), lexicon: a.lexicon };
      try {
        await prepareResamples(fold.state, boot, null);
        return { rates: ratesOf(fold, o), frameTone: frameToneOf(fold, o) };
      } finally {
        fold.state.sentenceScores.dispose();
      }
    })();
    made.set(key, rows);
    // A failed computation is not kept: the next call tries again.
    rows.catch(() => made!.delete(key));
  }
  return rows;
}

const resampled = new WeakMap<AnalysedCorpus, Map<string, Promise<{ rates: Row[]; frameTone: Row[] }>>>();
const whereIds = new WeakMap<object, number>();
let lastWhereId = 0;
/** A `where` function's identity, for the memo key: the same function object gives the same subset. */
function idOf(f: object): number {
  let id = whereIds.get(f);
  if (id === undefined) whereIds.set(f, (id = ++lastWhereId));
  return id;
}

/** categories.csv's rows (hits, documents and rate per category and per entry) for a subset. */
export function categoryRowsOf(a: AnalysedCorpus, o: FoldOptions = {}): Row[] {
  return categoriesOf(foldedOnce(a, o));
}

/** trends.csv's rows (rates per period, whole corpus and by group) for any grouping, subset and period. */
export function trendRowsOf(a: AnalysedCorpus, o: FoldOptions = {}): Row[] {
  return trendsOf(foldedOnce(a, o));
}

export interface FrequencyOptions extends Omit<FoldOptions, 'keynessUnit' | 'period'> {
  /** count word forms (lowercased) or lemmas (default word) */
  unit?: 'word' | 'lemma';
  /** group by this metadata field (default: the whole corpus as one group, "(all)") */
  groupBy?: string;
  /** keep only the n most frequent features of each group */
  n?: number;
  /** leave out the stop words of lexicons/stopwords.txt */
  removeStopwords?: boolean;
}

/** The columns of textstatFrequency, as quanteda's textstat_frequency names them. */
export const FREQUENCY_COLUMNS = ['feature', 'frequency', 'rank', 'docfreq', 'group'] as const;

/**
 * Feature frequencies by group (quanteda's textstat_frequency): frequency, rank (ties share the lowest rank, as
 * quanteda's ties.method "min"), docfreq (documents with the feature); most frequent first, ties in code-point order.
 */
export function frequencyRows(a: AnalysedCorpus, o: FrequencyOptions = {}): Row[] {
  const stop = o.removeStopwords ? readStopWords().words : null;
  const groups = new Map<string, { freq: Map<string, number>; docs: Map<string, number> }>();
  for (const analysis of a.analyses) {
    if (o.where && !o.where(analysis.meta)) continue;
    const group = o.groupBy === undefined ? ALL : analysis.meta[o.groupBy] ?? NO_GROUP;
    let g = groups.get(group);
    if (!g) groups.set(group, (g = { freq: new Map(), docs: new Map() }));
    for (const [feature, n] of Object.entries(o.unit === 'lemma' ? analysis.lemmas : analysis.words)) {
      if (stop?.has(feature)) continue;
      g.freq.set(feature, (g.freq.get(feature) ?? 0) + n);
      g.docs.set(feature, (g.docs.get(feature) ?? 0) + 1);
    }
  }
  const rows: Row[] = [];
  for (const group of [...groups.keys()].sort(cmp)) {
    const { freq, docs } = groups.get(group)!;
    const sorted = [...freq.entries()].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]));
    let rank = 0;
    sorted.slice(0, o.n ?? sorted.length).forEach(([feature, frequency], i) => {
      if (i === 0 || frequency !== sorted[i - 1]![1]) rank = i + 1;
      rows.push({ feature, frequency, rank, docfreq: docs.get(feature)!, group });
    });
  }
  return rows;
}

/** The per-document tables of the documents kept (`where`), as the command writes them: their columns and rows. */
export interface DocumentTable {
  columns: string[];
  rows: Row[];
}

const kept = (a: AnalysedCorpus, where?: FoldOptions['where']) => a.analyses.filter((x) => !where || where(x.meta));

/** hits.csv: one row per hit, in document order. */
export function hitTable(a: AnalysedCorpus, o: Pick<FoldOptions, 'where'> = {}): DocumentTable {
  return { columns: TABLES.hits.columns.map((c) => c.name), rows: kept(a, o.where).flatMap((x) => x.hits.map((h) => hitRow(x, h))) };
}

/** sentences.csv: one row per sentence with every scorer's columns, in document order. */
export function sentenceTable(a: AnalysedCorpus, o: Pick<FoldOptions, 'where'> = {}): DocumentTable {
  const cfg = summaryConfigOf(a.lexicon, a.sentiment, 'issuer', 'word');
  return { columns: sentenceColumns(cfg), rows: kept(a, o.where).flatMap((x) => x.sentences.map((s) => sentenceRow(x, s, cfg))) };
}

/** documents.csv: one row per document with its metadata (fields other than the known ones as `meta_` + name). */
export function documentTable(a: AnalysedCorpus, o: Pick<FoldOptions, 'where'> = {}): DocumentTable {
  const { pol } = summaryConfigOf(a.lexicon, a.sentiment, 'issuer', 'word');
  const docs = kept(a, o.where);
  const free = new Set(docs.flatMap((x) => Object.keys(x.meta)).filter((k) => !(KNOWN_FIELDS as readonly string[]).includes(k)));
  return { columns: documentColumns(free, pol), rows: docs.map((x) => withMetadata(documentRow(x, pol), x.meta)) };
}
