// Each corpus table's rows from a fold, with the library verbs' option names and the command's defaults: the one
// implementation behind both the textstat verbs (src/engine/in-memory.ts folds kept analyses) and the command's
// table list (src/outputs/tables.ts, on the fold its workers streamed), so the two cannot compute differently.
import { DEFAULTS, type Options } from '../cli/options.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { Row } from '../tables/csv.ts';
import { categoryRows } from './categories.ts';
import { collocationRows } from './collocations.ts';
import { dispersionRows } from './dispersion.ts';
import { frameToneRows } from './frame-tone.ts';
import { excludedItems, readStopWords } from './item-filter.ts';
import { categoryKeynessRows, keywordComparisons } from './keyness.ts';
import { ratesByGroupRows } from './rates-by-group.ts';
import { trendRows } from './trends.ts';

/** A corpus folded for one grouping and subset, and the lexicon its hits came from. */
export interface Fold {
  state: CorpusState;
  lexicon: Lexicon;
}

/** The options of the tables (the verbs' names); each left out takes the command's default. */
export interface TableOptions {
  /** minimum corpus frequency of a keyword or collocate (--min-freq) */
  minFreq?: number;
  /** one comparison, group A against group B (--compare A,B); default: each group against the rest */
  compare?: readonly [string, string] | null;
  /** keep stop words and proper names in the keyword and collocate lists (--keep-stopwords, --keep-names) */
  keepStopwords?: boolean;
  keepNames?: boolean;
  /** the stop words left out (default: lexicons/stopwords.txt, read when needed) */
  stopWords?: ReadonlySet<string>;
  /** the bootstrap's seed and resamples, and the groups too small to compare (--seed, --bootstrap, --min-docs) */
  seed?: number;
  bootstrap?: number;
  minDocs?: number;
}

/** The table options the command's flags set; the stop words are the list the run read (and recorded). */
export function tableOptionsOf(o: Options, stopWords: ReadonlySet<string>): TableOptions {
  return {
    minFreq: o.minFreq, compare: o.compare, keepStopwords: o.keepStopwords, keepNames: o.keepNames, stopWords,
    seed: o.seed, bootstrap: o.bootstrap, minDocs: o.minDocs,
  };
}

/** The bootstrap settings the resamples are made with (prepareResamples) and the tables read them by. */
export function resampleSettings(o: TableOptions): { seed: number; iterations: number } {
  return { seed: o.seed ?? DEFAULTS.seed, iterations: o.bootstrap ?? DEFAULTS.bootstrap };
}

/** Stop words and proper names leave the keyword and collocate lists, never the sizes and rates. */
function excludedOf(f: Fold, o: TableOptions): (item: string) => boolean {
  const stopWords = o.keepStopwords ? null : (o.stopWords ?? readStopWords().words);
  return excludedItems(f.state, { stopWords, names: !o.keepNames });
}

/** keyness.csv's rows, one comparison at a time: the keyword rows of a large corpus are never held together. */
export function keynessChunks(f: Fold, o: TableOptions = {}): Iterable<Row[]> {
  return keywordComparisons(f.state, o.minFreq ?? DEFAULTS.minFreq, excludedOf(f, o), o.compare ?? null);
}

export function categoryKeynessOf(f: Fold, o: TableOptions = {}): Row[] {
  return categoryKeynessRows(f.state, f.lexicon, o.compare ?? null);
}

export function dispersionOf(f: Fold): Row[] {
  return dispersionRows(f.state, f.lexicon);
}

export function collocationsOf(f: Fold, o: TableOptions = {}): Row[] {
  return collocationRows(f.state, f.lexicon, o.minFreq ?? DEFAULTS.minFreq, excludedOf(f, o));
}

export function trendsOf(f: Fold): Row[] {
  return trendRows(f.state, f.lexicon);
}

export function categoriesOf(f: Fold): Row[] {
  return categoryRows(f.state, f.lexicon);
}

/** rates_by_group.csv's rows; the fold's resamples must be made first (prepareResamples with resampleSettings). */
export function ratesOf(f: Fold, o: TableOptions = {}): Row[] {
  return ratesByGroupRows(f.state, f.lexicon, { ...resampleSettings(o), minDocs: o.minDocs ?? DEFAULTS.minDocs });
}

/** frame_tone.csv's rows; the fold's resamples must be made first. */
export function frameToneOf(f: Fold, o: TableOptions = {}): Row[] {
  return frameToneRows(f.state, f.lexicon, resampleSettings(o));
}
