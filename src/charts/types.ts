// Row shapes the chart builders accept: plain arrays, as the corpus tables produce them.

/** Names the data behind a figure so a chart pasted into a paper stays traceable. */
export interface ChartContext {
  /** Already formatted by the caller, e.g. "500 documents, 2021-05-21 to 2026-03-09". */
  corpus: string;
  /** e.g. "framescope framing lexicon 1.0.0". */
  lexicon: string;
  /** Short run fingerprint, e.g. the first 12 hex characters. */
  run: string;
  /**
   * How the run split its documents. With it every caption names the field and the documents behind
   * each group, and comparison charts leave out groups below `minDocs`; without it (a notebook's own
   * subset) the charts say nothing about groups.
   */
  grouping?: Grouping;
}

export interface Grouping {
  /** The metadata field the documents were grouped by, e.g. "group" or "speaker". */
  field: string;
  /** Every group of the run with its documents. */
  groups: GroupSize[];
  /** Groups with fewer documents are left out of comparison charts and named in the caption. */
  minDocs: number;
}

export interface GroupSize {
  group: string;
  documents: number;
}

export interface RateRow {
  category: string;
  label: string;
  hits: number;
  hits_non_negated: number;
  documents: number;
  rate_per_1000_words: number;
}

export interface GroupRateRow {
  group: string;
  category: string;
  label: string;
  hits: number;
  words: number;
  rate_per_1000_words: number;
}

export interface TrendRow {
  /** 'YYYY-MM' */
  period: string;
  category: string;
  label: string;
  group?: string;
  hits: number;
  words: number;
  /** Documents in the period (and group): below 3 the point is drawn hollow and labelled with n. */
  documents: number;
  rate_per_1000_words: number;
}

export interface SentimentScoreRow {
  scorer: string;
  score: number;
}

export interface FrameToneRow {
  category: string;
  label: string;
  scorer: string;
  with_frame: boolean;
  mean: number;
  /** null when the interval is missing (fewer than two documents) */
  ci_low: number | null;
  ci_high: number | null;
  n_sentences: number;
  /** Documents with such sentences: an interval resampled from fewer than two documents is not drawn. */
  n_documents?: number;
}

/** The tone of a frame in one group: mean score with the frame minus without it (frame_tone.csv). */
export interface FrameToneGroupRow {
  group: string;
  category: string;
  label: string;
  scorer: string;
  difference: number;
  /** null when the interval is missing (fewer than two documents) */
  ci_low: number | null;
  ci_high: number | null;
  n_sentences_with: number;
  n_documents_with: number;
}

export interface EntryRow {
  category: string;
  label: string;
  entry: string;
  hits: number;
}

export interface KeynessRow {
  group: string;
  item: string;
  log_ratio: number;
  g2: number;
  p_adjusted: number;
  freq_target: number;
  freq_reference: number;
}

export interface FightinWordsRow {
  group: string;
  item: string;
  z: number;
  freq: number;
}

export interface GroupIntervalRow {
  group: string;
  category: string;
  label: string;
  rate_per_1000_words: number;
  /** null when the interval is missing (fewer than two documents) */
  ci_low: number | null;
  ci_high: number | null;
  hits: number;
  documents: number;
}
