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
import { ALL } from '../tables/schema.ts';
import {
  entryRows, fightinWordsRows, frameToneGroupRows, frameToneRows, groupIntervalRows, groupRateRows, keynessChartRows, keynessComparison, rateRows, thinForPlot, trendChartRows,
} from '../charts/table-rows.ts';

export { thinForPlot } from '../charts/table-rows.ts';

export interface ChartTables {
  categories: Row[];
  frameTone: Row[];
  ratesByGroup: Row[];
  keyness: Row[];
  trends: Row[];
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

  const categoryRows = rateRows(t.categories);
  add('rates', categoryRows.length === 0 ? 'the lexicon has no categories' : null, () => rates(categoryRows, context), '');
  const entries = entryRows(t.categories);
  add('top_entries', entries.length === 0 ? 'no lexicon entry matched any document' : null, () => topEntries(entries, context), '');
  add('sentiment_distribution', pol.length === 0 || state.sentences === 0 ? 'no sentence scores (no sentiment scorer, or no sentences)' : null,
    () => sentimentDistribution(pol.map((p) => ({ scorer: p.scorer, scores: state.sentenceColumn(p.column) })), context), '');
  const toneRows = frameToneRows(t.frameTone);
  add('frame_tone', toneRows.length === 0 ? 'no sentence scores to compare (no sentiment scorer, or no sentence uses a frame)' : null, () => frameTone(toneRows, context), '');

  // Comparisons need two groups of at least --min-docs documents.
  const view = groupView(grouping.groups.map((g) => g.group), context);
  const compareReason = view.shown.length >= 2 ? null : grouping.groups.length < 2
    ? `the documents form ${grouping.groups.length === 1 ? `one group by ${grouping.field} (${withN(grouping.groups[0]!.group, grouping.groups[0]!.documents)})` : 'no group'}: nothing to compare`
    : `fewer than two groups by ${grouping.field} have at least ${grouping.minDocs} documents (--min-docs): ${grouping.groups.map((g) => withN(g.group, g.documents)).join(', ')}`;

  // Trends: by group when groups can be compared, else the whole corpus.
  const periods = [...new Set(t.trends.filter((r) => r.group === ALL).map((r) => String(r.period)))];
  add('trends',
    periods.length === 0 ? 'no document has a date' : periods.length < 2 ? `every dated document falls in one period (${periods[0]}): a trend needs two` : null,
    () => trends(trendChartRows(t.trends, compareReason === null), context), 'no period has documents in the groups drawn');

  add('heatmap', compareReason, () => heatmap(groupRateRows(t.ratesByGroup), context), 'no rates by group');
  add('rates_by_group', compareReason, () => ratesByGroup(groupIntervalRows(t.ratesByGroup), context), 'no rates by group');
  const toneByGroup = frameToneGroupRows(t.frameTone);
  add('frame_tone_by_group', compareReason ?? (toneByGroup.length === 0 ? 'no group uses a frame in a scored sentence' : null),
    () => frameToneByGroup(toneByGroup, context), 'no group drawn uses a frame in a scored sentence');
  const { rows: compared, reference } = keynessComparison(t.keyness);
  add('keyness', compareReason, () => keyness(keynessChartRows(compared), context, reference), 'no keyword is significant (adjusted p < 0.05) in the groups drawn');
  const fightin = fightinWordsRows(compared);
  add('fightin_words', compareReason ?? (fightin.length === 0 ? 'no word reaches --min-freq in keyness.csv' : null),
    () => fightinWords(thinForPlot(fightin), context, reference), 'no word of the groups drawn reaches --min-freq');

  const files: string[] = [];
  for (const [name, spec] of specs) {
    await writeChart(join(out, 'charts'), name, spec);
    files.push(`charts/${name}.vl.json`, `charts/${name}.svg`, `charts/${name}.png`);
  }
  return { files, skipped, [Symbol.iterator]: () => files[Symbol.iterator]() };
}
