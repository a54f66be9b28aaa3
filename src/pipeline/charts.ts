// The figures of a run: chart rows taken from the corpus tables, rendered by src/charts.
import { join } from 'node:path';
import {
  fightinWords, frameTone, frameToneByGroup, groupView, heatmap, keyness, rates, ratesByGroup, sentimentDistribution, topEntries, trends,
  withN, writeChart, type ChartContext, type Grouping,
} from '../charts/index.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { describeCorpus, type CorpusDescription } from '../provenance/citation.ts';
import type { Row } from '../tables/csv.ts';
import type { CorpusState } from './corpus-state.ts';
import type { PolarityColumns } from './summary.ts';
import { ALL } from './tone-tables.ts';

export interface ChartTables {
  categories: Row[];
  frameTone: Row[];
  ratesByGroup: Row[];
  keyness: Row[];
  trends: Row[];
}

const num = (x: unknown) => (typeof x === 'number' ? x : NaN);
/** A missing interval bound (null in the table) stays null in the chart data. */
const bound = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown) => String(x ?? '');

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

/** A chart the run did not draw, and why (for the run summary). */
export interface SkippedChart {
  chart: string;
  reason: string;
}

/**
 * What writeCharts did: the files written (relative to OUT) and the charts it skipped with the reason.
 * Iterating it gives the files, as the first callers of writeCharts expect.
 */
export interface ChartsWritten extends Iterable<string> {
  files: string[];
  skipped: SkippedChart[];
}

/** --min-docs's default (src/cli/options.ts), for a caller that does not pass the run's value. */
export const DEFAULT_MIN_DOCS = 5;

/** The comparison charts: they need two groups of at least --min-docs documents. */
export const COMPARISON_CHARTS = ['heatmap', 'rates_by_group', 'frame_tone_by_group', 'keyness', 'fightin_words'] as const;

type Spec = NonNullable<ReturnType<typeof rates>>;

/**
 * Writes every chart that has data into OUT/charts; returns the written paths relative to OUT and,
 * for every chart not drawn, the reason. `minDocs` is the run's --min-docs: groups with fewer
 * documents are left out of the comparison charts (and named in their captions).
 */
export async function writeCharts(
  out: string, state: CorpusState, lexicon: Lexicon, pol: PolarityColumns, t: ChartTables,
  ctx: { fingerprint: string; description: CorpusDescription; minDocs?: number },
): Promise<ChartsWritten> {
  const grouping: Grouping = {
    field: state.opts.groupBy,
    groups: state.documentsByGroup(ALL).slice(1).map(([group, docs]) => ({ group, documents: docs.length })),
    minDocs: ctx.minDocs ?? DEFAULT_MIN_DOCS,
  };
  const context: ChartContext = {
    corpus: describeCorpus(ctx.description),
    lexicon: `${lexicon.name} ${lexicon.version}`,
    run: ctx.fingerprint.slice(0, 12),
    grouping,
  };
  const skipped: SkippedChart[] = [];
  const specs: [string, Spec][] = [];
  /** Builds a chart; a null spec or a reason given beforehand is recorded as skipped. */
  const add = (chart: string, reason: string | null, build: () => Spec | null, whenNull: string) => {
    if (reason !== null) { skipped.push({ chart, reason }); return; }
    const spec = build();
    if (spec === null) skipped.push({ chart, reason: whenNull });
    else specs.push([chart, spec]);
  };

  const categoryRows = t.categories.filter((r) => r.level === 'category');
  add('rates', categoryRows.length === 0 ? 'the lexicon has no categories' : null, () => rates(categoryRows.map((r) => ({
    category: str(r.category), label: str(r.label), hits: num(r.hits), hits_non_negated: num(r.hits_non_negated),
    documents: num(r.documents), rate_per_1000_words: num(r.rate_per_1000_words),
  })), context), '');
  const entryRows = t.categories.filter((r) => r.level === 'entry');
  add('top_entries', entryRows.length === 0 ? 'no lexicon entry matched any document' : null, () => topEntries(entryRows.map((r) => ({
    category: str(r.category), label: str(r.label), entry: str(r.entry), hits: num(r.hits),
  })), context), '');
  add('sentiment_distribution', pol.length === 0 || state.sentences === 0 ? 'no sentence scores (no sentiment scorer, or no sentences)' : null,
    () => sentimentDistribution(pol.map((p) => ({ scorer: p.scorer, scores: state.sentenceColumn(p.column) })), context), '');
  const toneRows = t.frameTone.filter((r) => r.group === ALL).flatMap((r) => {
    const scorer = pol.find((p) => p.column === r.score)?.scorer ?? str(r.score);
    const base = { category: str(r.category), label: str(r.label), scorer };
    return [
      { ...base, with_frame: true, mean: num(r.mean_with), ci_low: bound(r.ci_low_with), ci_high: bound(r.ci_high_with), n_sentences: num(r.n_sentences_with), n_documents: num(r.n_documents_with) },
      { ...base, with_frame: false, mean: num(r.mean_without), ci_low: bound(r.ci_low_without), ci_high: bound(r.ci_high_without), n_sentences: num(r.n_sentences_without) },
    ];
  }).filter((r) => r.n_sentences > 0 && Number.isFinite(r.mean));
  add('frame_tone', toneRows.length === 0 ? 'no sentence scores to compare (no sentiment scorer, or no sentence uses a frame)' : null, () => frameTone(toneRows, context), '');

  // Comparisons need two groups of at least --min-docs documents.
  const view = groupView(grouping.groups.map((g) => g.group), context);
  const compareReason = view.shown.length >= 2 ? null : grouping.groups.length < 2
    ? `the documents form ${grouping.groups.length === 1 ? `one group by ${grouping.field} (${withN(grouping.groups[0]!.group, grouping.groups[0]!.documents)})` : 'no group'}: nothing to compare`
    : `fewer than two groups by ${grouping.field} have at least ${grouping.minDocs} documents (--min-docs): ${grouping.groups.map((g) => withN(g.group, g.documents)).join(', ')}`;

  // Trends: by group when groups can be compared, else the whole corpus.
  const trendRows = t.trends.filter((r) => (compareReason === null ? r.group !== ALL : r.group === ALL)).map((r) => ({
    period: str(r.period), category: str(r.category), label: str(r.label), hits: num(r.hits), words: num(r.words),
    documents: num(r.documents), rate_per_1000_words: num(r.rate_per_1000_words),
    ...(compareReason === null ? { group: str(r.group) } : {}),
  }));
  const periods = [...new Set(t.trends.filter((r) => r.group === ALL).map((r) => str(r.period)))];
  add('trends',
    periods.length === 0 ? 'no document has a date' : periods.length < 2 ? `every dated document falls in one period (${periods[0]}): a trend needs two` : null,
    () => trends(trendRows, context), 'no period has documents in the groups drawn');

  add('heatmap', compareReason, () => heatmap(t.ratesByGroup.map((r) => ({
    group: str(r.group), category: str(r.category), label: str(r.label), hits: num(r.hits), words: num(r.words),
    rate_per_1000_words: num(r.rate_per_1000_words),
  })), context), 'no rates by group');
  add('rates_by_group', compareReason, () => ratesByGroup(t.ratesByGroup.map((r) => ({
    group: str(r.group), category: str(r.category), label: str(r.label), rate_per_1000_words: num(r.rate_per_1000_words),
    ci_low: bound(r.ci_low), ci_high: bound(r.ci_high), hits: num(r.hits), documents: num(r.documents),
  })), context), 'no rates by group');
  // A frame a group never uses has no mean and no difference: it is not drawn.
  const toneByGroup = t.frameTone.filter((r) => r.group !== ALL && Number.isFinite(num(r.difference_unmarked))).map((r) => ({
    group: str(r.group), category: str(r.category), label: str(r.label), scorer: pol.find((p) => p.column === r.score)?.scorer ?? str(r.score),
    // The tone without the markers' own sentiment: the figure the codebook says to cite.
    difference: num(r.difference_unmarked), ci_low: bound(r.ci_low_difference_unmarked), ci_high: bound(r.ci_high_difference_unmarked),
    n_sentences_with: num(r.n_sentences_with), n_documents_with: num(r.n_documents_with),
  }));
  add('frame_tone_by_group', compareReason ?? (toneByGroup.length === 0 ? 'no group uses a frame in a scored sentence' : null),
    () => frameToneByGroup(toneByGroup, context), 'no group drawn uses a frame in a scored sentence');
  // Each group against the rest; with two groups (or --compare) keyness.csv holds the one comparison A vs B instead.
  const single = new Set(t.keyness.map((r) => r.comparison)).size === 1;
  const vsRest = t.keyness.filter((r) => r.reference === '(rest)' || single);
  // The one comparison of --compare A,B: B is drawn as the other side, not "the rest".
  const reference = single && t.keyness.length > 0 && t.keyness[0]!.reference !== '(rest)' ? { reference: str(t.keyness[0]!.reference) } : {};
  add('keyness', compareReason, () => keyness(vsRest.map((r) => ({
    group: str(r.target), item: str(r.item), log_ratio: num(r.log_ratio), g2: num(r.g2), p_adjusted: num(r.p_adjusted),
    freq_target: num(r.freq_target), freq_reference: num(r.freq_reference),
  })), context, reference), 'no keyword is significant (adjusted p < 0.05) in the groups drawn');
  const fightin = vsRest.filter((r) => Number.isFinite(num(r.fightin_words_z)) && num(r.freq_target) + num(r.freq_reference) > 0);
  add('fightin_words', compareReason ?? (fightin.length === 0 ? 'no word reaches --min-freq in keyness.csv' : null), () => fightinWords(thinForPlot(fightin.map((r) => ({
    group: str(r.target), item: str(r.item), z: num(r.fightin_words_z), freq: num(r.freq_target) + num(r.freq_reference),
  }))), context, reference), 'no word of the groups drawn reaches --min-freq');

  const files: string[] = [];
  for (const [name, spec] of specs) {
    await writeChart(join(out, 'charts'), name, spec);
    files.push(`charts/${name}.vl.json`, `charts/${name}.svg`, `charts/${name}.png`);
  }
  return { files, skipped, [Symbol.iterator]: () => files[Symbol.iterator]() };
}
