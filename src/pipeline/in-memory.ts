// The library's analysis: every document analysed once, in this thread, and kept; corpus tables are then folds
// over the kept analyses, so a new grouping or subset is a new fold, not a new reading of the texts.
import { KNOWN_FIELDS, type Document } from '../corpus/index.ts';
import { compileLexicon, readLexicons, type Lexicon } from '../lexicon/index.ts';
import { PROJECT_ROOT } from '../provenance/versions.ts';
import { DEFAULT_SCORERS, scorersByName } from '../sentiment/index.ts';
import type { Row } from '../tables/csv.ts';
import { analyzeDocument } from './analyze-document.ts';
import { categoryKeynessRows, collocationRows, dispersionRows, keywordComparisons, ratesByGroupRows } from './compare-tables.ts';
import { frameToneRows, prepareResamples } from './tone-tables.ts';
import { parseOptions } from '../cli/options.ts';
import { CorpusState } from './corpus-state.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import { excludedItems, readStopWords } from './item-filter.ts';
import { summarize, summaryConfigOf } from './summary.ts';

// The command's defaults, read from its one options table (src/cli/options.ts), so the verbs cannot drift from it.
const DEFAULTS = parseOptions([]).options;

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
}

/** The corpus state of a grouping: every kept analysis (or those `where` keeps) folded as the command folds them. */
export function foldAnalyses(a: AnalysedCorpus, o: FoldOptions = {}): CorpusState {
  const cfg = summaryConfigOf(a.lexicon, a.sentiment, o.groupBy ?? 'issuer', o.keynessUnit ?? 'word');
  const state = new CorpusState(cfg.categoryIds, cfg.pol.map((p) => p.column), {
    groupBy: cfg.groupBy, period: 'month', keynessUnit: cfg.keynessUnit, knownFields: KNOWN_FIELDS,
  });
  for (const analysis of a.analyses) {
    if (o.where && !o.where(analysis.meta)) continue;
    state.add(summarize(analysis, cfg, state.counts));
  }
  return state;
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
  const state = foldAnalyses(a, o);
  const excluded = excludedItems(state, { stopWords: o.keepStopwords ? null : readStopWords().words, names: !o.keepNames });
  const rows: Row[] = [];
  for (const comparison of keywordComparisons(state, o.minFreq ?? DEFAULTS.minFreq, excluded, o.compare ?? null)) rows.push(...comparison);
  return rows;
}

/** category_keyness.csv's rows for any grouping or subset of an analysed corpus. */
export function categoryKeynessRowsOf(a: AnalysedCorpus, o: FoldOptions & { compare?: readonly [string, string] } = {}): Row[] {
  return categoryKeynessRows(foldAnalyses(a, o), a.lexicon, o.compare ?? null);
}

/** dispersion.csv's rows (range, Juilland's D, Gries' DP per entry) for a subset; the grouping does not change them. */
export function dispersionRowsOf(a: AnalysedCorpus, o: FoldOptions = {}): Row[] {
  return dispersionRows(foldAnalyses(a, o), a.lexicon);
}

/** collocations.csv's rows for a subset, with the command's --min-freq and stop-word and name rules. */
export function collocationRowsOf(a: AnalysedCorpus, o: Omit<KeynessOptions, 'compare'> = {}): Row[] {
  const state = foldAnalyses(a, o);
  const excluded = excludedItems(state, { stopWords: o.keepStopwords ? null : readStopWords().words, names: !o.keepNames });
  return collocationRows(state, a.lexicon, o.minFreq ?? DEFAULTS.minFreq, excluded);
}

export interface BootstrapOptions extends FoldOptions {
  /** as --seed, --bootstrap and --min-docs, with their defaults */
  seed?: number;
  bootstrap?: number;
  minDocs?: number;
}

/** rates_by_group.csv's and frame_tone.csv's rows for any grouping or subset: both resample documents. */
export async function bootstrapRowsOf(a: AnalysedCorpus, o: BootstrapOptions = {}): Promise<{ rates: Row[]; frameTone: Row[] }> {
  const state = foldAnalyses(a, o);
  const boot = { seed: o.seed ?? DEFAULTS.seed, iterations: o.bootstrap ?? DEFAULTS.bootstrap };
  try {
    await prepareResamples(state, boot, null);
    return { rates: ratesByGroupRows(state, a.lexicon, { ...boot, minDocs: o.minDocs ?? DEFAULTS.minDocs }), frameTone: frameToneRows(state, a.lexicon, boot) };
  } finally {
    state.sentenceScores.dispose();
  }
}
