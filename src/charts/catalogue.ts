// The charts a run draws, by name: what each is drawn from, when it cannot be drawn, and its builder.
// A run walks this list (src/outputs/charts.ts); a new chart is one builder file and one registerChart call.
import type { TopLevelSpec } from 'vega-lite';
import type { Row } from '../tables/csv.ts';
import { fightinWords } from './fightin_words.ts';
import { frameTone } from './frame_tone.ts';
import { frameToneByGroup } from './frame_tone_by_group.ts';
import { heatmap } from './heatmap.ts';
import { keyness } from './keyness.ts';
import { rates } from './rates.ts';
import { ratesByGroup } from './rates_by_group.ts';
import { sentimentDistribution, type SentimentSeries } from './sentiment_distribution.ts';
import {
  entryRows, fightinWordsRows, frameToneGroupRows, frameToneRows, groupIntervalRows, groupRateRows, keynessChartRows, keynessComparison, rateRows,
  thinForPlot, trendChartRows,
} from './table-rows.ts';
import { topEntries } from './top_entries.ts';
import { trends } from './trends.ts';
import type { ChartContext } from './types.ts';
import { ALL } from '../tables/schema.ts';

/** The corpus tables of a run (rows as written), and the sentence scores, which no table holds in one column. */
export interface ChartInputs {
  categories: Row[];
  frameTone: Row[];
  ratesByGroup: Row[];
  keyness: Row[];
  trends: Row[];
  /** each scorer's polarity column over every sentence (read only by the charts that need it) */
  sentenceScores: () => SentimentSeries[];
  /** sentences with scores: 0 without a scorer */
  scoredSentences: number;
  /** two groups have at least --min-docs documents: comparison charts can be drawn, trends by group */
  comparable: boolean;
}

export interface ChartDefinition {
  /** file stem under charts/: lowercase letters, digits and _ */
  name: string;
  /** drawn only when two groups have at least --min-docs documents */
  comparison: boolean;
  /** why the chart cannot be drawn from these inputs, or null */
  cannot?: (t: ChartInputs) => string | null;
  /** the spec, or null when the groups drawn leave nothing to show */
  build: (t: ChartInputs, ctx: ChartContext) => TopLevelSpec | null;
  /** the reason given when build returns null */
  empty: string;
}

const charts = new Map<string, ChartDefinition>();
const NAME = /^[a-z][a-z0-9_]*$/;

/** Adds a chart to every run; a taken name is refused unless `override` (arquero's addFunction rule). */
export function registerChart(chart: ChartDefinition, options: { override?: boolean } = {}): void {
  if (!NAME.test(chart.name)) throw new Error(`chart name ${JSON.stringify(chart.name)} must be lowercase letters, digits and _ (it names files)`);
  if (charts.has(chart.name) && !options.override) throw new Error(`chart "${chart.name}" is already registered (pass { override: true } to replace it)`);
  charts.set(chart.name, chart);
}

/** Removes a chart (a test's own, or a built-in a project does not want). */
export function unregisterChart(name: string): void {
  charts.delete(name);
}

/** The registered charts, in the order a run draws them. */
export function registeredCharts(): ChartDefinition[] {
  return [...charts.values()];
}

const none = (n: number, reason: string) => (n === 0 ? reason : null);

for (const chart of [
  {
    name: 'rates', comparison: false, empty: '',
    cannot: (t) => none(rateRows(t.categories).length, 'the lexicon has no categories'),
    build: (t, ctx) => rates(rateRows(t.categories), ctx),
  },
  {
    name: 'top_entries', comparison: false, empty: '',
    cannot: (t) => none(entryRows(t.categories).length, 'no lexicon entry matched any document'),
    build: (t, ctx) => topEntries(entryRows(t.categories), ctx),
  },
  {
    name: 'sentiment_distribution', comparison: false, empty: '',
    cannot: (t) => none(t.scoredSentences, 'no sentence scores (no sentiment scorer, or no sentences)'),
    build: (t, ctx) => sentimentDistribution(t.sentenceScores(), ctx),
  },
  {
    name: 'frame_tone', comparison: false, empty: '',
    cannot: (t) => none(frameToneRows(t.frameTone).length, 'no sentence scores to compare (no sentiment scorer, or no sentence uses a frame)'),
    build: (t, ctx) => frameTone(frameToneRows(t.frameTone), ctx),
  },
  {
    // By group when groups can be compared, else the whole corpus.
    name: 'trends', comparison: false, empty: 'no period has documents in the groups drawn',
    cannot: (t) => {
      const periods = [...new Set(t.trends.filter((r) => r.group === ALL).map((r) => String(r.period)))];
      return periods.length === 0 ? 'no document has a date' : periods.length < 2 ? `every dated document falls in one period (${periods[0]}): a trend needs two` : null;
    },
    build: (t, ctx) => trends(trendChartRows(t.trends, t.comparable), ctx),
  },
  { name: 'heatmap', comparison: true, empty: 'no rates by group', build: (t, ctx) => heatmap(groupRateRows(t.ratesByGroup), ctx) },
  { name: 'rates_by_group', comparison: true, empty: 'no rates by group', build: (t, ctx) => ratesByGroup(groupIntervalRows(t.ratesByGroup), ctx) },
  {
    name: 'frame_tone_by_group', comparison: true, empty: 'no group drawn uses a frame in a scored sentence',
    cannot: (t) => none(frameToneGroupRows(t.frameTone).length, 'no group uses a frame in a scored sentence'),
    build: (t, ctx) => frameToneByGroup(frameToneGroupRows(t.frameTone), ctx),
  },
  {
    name: 'keyness', comparison: true, empty: 'no keyword is significant (adjusted p < 0.05) in the groups drawn',
    build: (t, ctx) => {
      const { rows, reference } = keynessComparison(t.keyness);
      return keyness(keynessChartRows(rows), ctx, reference);
    },
  },
  {
    name: 'fightin_words', comparison: true, empty: 'no word of the groups drawn reaches --min-freq',
    cannot: (t) => none(fightinWordsRows(keynessComparison(t.keyness).rows).length, 'no word reaches --min-freq in keyness.csv'),
    build: (t, ctx) => {
      const { rows, reference } = keynessComparison(t.keyness);
      return fightinWords(thinForPlot(fightinWordsRows(rows)), ctx, reference);
    },
  },
] satisfies ChartDefinition[]) registerChart(chart);
