// Chart rows from the tables as written (categories.csv, frame_tone.csv, trends.csv, rates_by_group.csv, keyness.csv):
// one function per chart input, shared by the command's charts and the library's textplot verbs.
import { registeredScorers } from '../sentiment/index.ts';
import type { Row } from '../tables/csv.ts';
import { ALL } from '../tables/schema.ts';
import type {
  EntryRow, FightinWordsRow, FrameToneGroupRow, FrameToneRow, GroupIntervalRow, GroupRateRow, KeynessRow, RateRow, TrendRow,
} from './types.ts';

const num = (x: unknown) => (typeof x === 'number' ? x : NaN);
/** A missing interval bound (null in the table) stays null in the chart data. */
const bound = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown) => String(x ?? '');

/** The scorer whose polarity column a table's `score` names (frame_tone.csv), else the column itself. */
function scorerOf(column: unknown): string {
  return registeredScorers().find((s) => s.polarityColumn === column)?.name ?? str(column);
}

/** categories.csv's category rows, for the rates chart. */
export function rateRows(categories: readonly Row[]): RateRow[] {
  return categories.filter((r) => r.level === 'category').map((r) => ({
    category: str(r.category), label: str(r.label), hits: num(r.hits), hits_non_negated: num(r.hits_non_negated),
    documents: num(r.documents), rate_per_1000_words: num(r.rate_per_1000_words),
  }));
}

/** categories.csv's entry rows, for the top entries chart. */
export function entryRows(categories: readonly Row[]): EntryRow[] {
  return categories.filter((r) => r.level === 'entry').map((r) => ({
    category: str(r.category), label: str(r.label), entry: str(r.entry), hits: num(r.hits),
  }));
}

/** frame_tone.csv's rows of one group (default: the whole corpus), each split into the sentences with the frame and those without it. */
export function frameToneRows(frameTone: readonly Row[], group: string = ALL): FrameToneRow[] {
  return frameTone.filter((r) => r.group === group).flatMap((r) => {
    const base = { category: str(r.category), label: str(r.label), scorer: scorerOf(r.score) };
    return [
      { ...base, with_frame: true, mean: num(r.mean_with), ci_low: bound(r.ci_low_with), ci_high: bound(r.ci_high_with), n_sentences: num(r.n_sentences_with), n_documents: num(r.n_documents_with) },
      { ...base, with_frame: false, mean: num(r.mean_without), ci_low: bound(r.ci_low_without), ci_high: bound(r.ci_high_without), n_sentences: num(r.n_sentences_without) },
    ];
  }).filter((r) => r.n_sentences > 0 && Number.isFinite(r.mean));
}

/** frame_tone.csv's group rows; a frame a group never uses has no difference and is left out. */
export function frameToneGroupRows(frameTone: readonly Row[]): FrameToneGroupRow[] {
  return frameTone.filter((r) => r.group !== ALL && Number.isFinite(num(r.difference_unmarked))).map((r) => ({
    group: str(r.group), category: str(r.category), label: str(r.label), scorer: scorerOf(r.score),
    // The tone without the markers' own sentiment: the figure the codebook says to cite.
    difference: num(r.difference_unmarked), ci_low: bound(r.ci_low_difference_unmarked), ci_high: bound(r.ci_high_difference_unmarked),
    n_sentences_with: num(r.n_sentences_with), n_documents_with: num(r.n_documents_with),
  }));
}

/** trends.csv's rows by group (`byGroup`) or of the whole corpus. */
export function trendChartRows(trends: readonly Row[], byGroup: boolean): TrendRow[] {
  return trends.filter((r) => (byGroup ? r.group !== ALL : r.group === ALL)).map((r) => ({
    period: str(r.period), category: str(r.category), label: str(r.label), hits: num(r.hits), words: num(r.words),
    documents: num(r.documents), rate_per_1000_words: num(r.rate_per_1000_words),
    ...(byGroup ? { group: str(r.group) } : {}),
  }));
}

/** rates_by_group.csv's rows, for the heatmap. */
export function groupRateRows(ratesByGroup: readonly Row[]): GroupRateRow[] {
  return ratesByGroup.map((r) => ({
    group: str(r.group), category: str(r.category), label: str(r.label), hits: num(r.hits), words: num(r.words),
    rate_per_1000_words: num(r.rate_per_1000_words),
  }));
}

/** rates_by_group.csv's rows with their intervals, for the rates-by-group chart. */
export function groupIntervalRows(ratesByGroup: readonly Row[]): GroupIntervalRow[] {
  return ratesByGroup.map((r) => ({
    group: str(r.group), category: str(r.category), label: str(r.label), rate_per_1000_words: num(r.rate_per_1000_words),
    ci_low: bound(r.ci_low), ci_high: bound(r.ci_high), hits: num(r.hits), documents: num(r.documents),
  }));
}

/**
 * keyness.csv's comparisons a chart draws: each group against the rest or, when the table holds one comparison
 * (two groups, or --compare A,B), that one; `reference` names B when it is a group and not "the rest".
 */
export function keynessComparison(keyness: readonly Row[]): { rows: Row[]; reference: { reference?: string } } {
  const single = new Set(keyness.map((r) => r.comparison)).size === 1;
  const rows = keyness.filter((r) => r.reference === '(rest)' || single);
  const reference = single && keyness.length > 0 && keyness[0]!.reference !== '(rest)' ? { reference: str(keyness[0]!.reference) } : {};
  return { rows, reference };
}

/** keyness.csv's rows (as keynessComparison keeps them), for the keyness chart. */
export function keynessChartRows(rows: readonly Row[]): KeynessRow[] {
  return rows.map((r) => ({
    group: str(r.target), item: str(r.item), log_ratio: num(r.log_ratio), g2: num(r.g2), p_adjusted: num(r.p_adjusted),
    freq_target: num(r.freq_target), freq_reference: num(r.freq_reference),
  }));
}

/** keyness.csv's rows with a Fightin' Words z, for that chart (thin them with thinForPlot). */
export function fightinWordsRows(rows: readonly Row[]): FightinWordsRow[] {
  return rows.filter((r) => Number.isFinite(num(r.fightin_words_z)) && num(r.freq_target) + num(r.freq_reference) > 0).map((r) => ({
    group: str(r.target), item: str(r.item), z: num(r.fightin_words_z), freq: num(r.freq_target) + num(r.freq_reference),
  }));
}

/**
 * A Fightin' Words plot of a whole vocabulary makes a spec of megabytes (5 MB on 500 documents):
 * per group it keeps the 400 words with the largest |z| among |z| > 1.96 and 200 of the others,
 * evenly spaced in frequency order, which keeps the shape of the cloud. keyness.csv has every word.
 */
export function thinForPlot<T extends { group: string; item: string; z: number; freq: number }>(rows: T[]): T[] {
  const byGroup = new Map<string, T[]>();
  for (const r of rows) {
    let list = byGroup.get(r.group);
    if (!list) byGroup.set(r.group, (list = []));
    list.push(r);
  }
  const out: T[] = [];
  for (const list of byGroup.values()) {
    const order = (a: T, b: T) => (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);
    const strong = list.filter((r) => Math.abs(r.z) > 1.96).sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || order(a, b)).slice(0, 400);
    const rest = list.filter((r) => Math.abs(r.z) <= 1.96).sort((a, b) => b.freq - a.freq || order(a, b));
    const every = Math.max(1, Math.ceil(rest.length / 200));
    out.push(...strong, ...rest.filter((_, i) => i % every === 0));
  }
  return out;
}
