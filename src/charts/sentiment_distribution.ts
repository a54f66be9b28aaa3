// Distribution of sentence sentiment, one histogram per scorer: the scorers use different scales.
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { requireFinite, topLevel, uniq, wholeCorpusNotes } from './spec.ts';
import { facetTickCount, theme } from './theme.ts';
import type { ChartContext, SentimentScoreRow } from './types.ts';

const MAX_BINS = 30;
const HEIGHT = 160;
// The y scale is made nice for the axis's own tick count (Vega's default niceness counts 10 ticks), so the
// top of every panel is a labelled tick: 1,792 sentences end at 2,000, not at an unlabelled 1,800.
const Y_TICKS = Math.ceil(HEIGHT / 40);
// facetTickCount: AFINN's default ticks every 2 put "−6" and "−4" label to label.
const X_TICKS = facetTickCount;
// vega exports vega-statistics' binning rule at run time; its typings omit it.
const bin = (vega as unknown as { bin(o: { maxbins: number; extent: [number, number] }): { start: number; stop: number; step: number } }).bin;

interface BinRow { scorer: string; bin_start: number; bin_end: number; sentences: number }

/**
 * Counts per bin, computed here with Vega's own binning rule (nice steps, at most 30 bins per
 * scorer): the spec then carries ~30 rows per scorer instead of one per sentence, so it stays
 * small for a million sentences.
 */
export function binScores(rows: readonly SentimentScoreRow[]): BinRow[] {
  const series = new Map<string, number[]>();
  for (const r of rows) {
    let list = series.get(r.scorer);
    if (!list) series.set(r.scorer, (list = []));
    list.push(r.score);
  }
  return binSeries([...series].map(([scorer, scores]) => ({ scorer, scores })));
}

/** The same, for scores already grouped by scorer (a run's million sentences need no row objects). */
export function binSeries(series: readonly SentimentSeries[]): BinRow[] {
  const out: BinRow[] = [];
  for (const { scorer, scores } of series) {
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < scores.length; i++) { lo = Math.min(lo, scores[i]!); hi = Math.max(hi, scores[i]!); }
    if (scores.length === 0) continue;
    // A single value still needs a bin of some width.
    const b = bin({ maxbins: MAX_BINS, extent: lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi] });
    const n = Math.max(1, Math.round((b.stop - b.start) / b.step));
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < scores.length; i++) {
      counts[Math.min(n - 1, Math.max(0, Math.floor((scores[i]! - b.start) / b.step)))]!++;
    }
    counts.forEach((sentences, i) => {
      // Rounded to the step's decimals so bin edges print cleanly (0.1 + 0.2 is not 0.3).
      const edge = (k: number) => Number((b.start + k * b.step).toFixed(10));
      out.push({ scorer, bin_start: edge(i), bin_end: edge(i + 1), sentences });
    });
  }
  return out;
}

export interface SentimentSeries { scorer: string; scores: ArrayLike<number> }

/**
 * One panel per scorer (concat, not facet): a shared x scale would squeeze a [-1, 1] scorer into a
 * bin or two next to an unbounded sum (AFINN).
 */
export function sentimentDistribution(rows: SentimentScoreRow[] | SentimentSeries[], ctx: ChartContext): TopLevelSpec {
  const isSeries = (r: unknown[]): r is SentimentSeries[] => r.length > 0 && 'scores' in (r[0] as object);
  if (!isSeries(rows)) requireFinite(rows, ['score'], 'sentiment_distribution');
  const binned = isSeries(rows) ? binSeries(rows) : binScores(rows);
  const panel = (scorer: string) => ({
    title: { text: scorer, fontSize: theme.fontSize.header, anchor: 'middle', subtitle: '' },
    transform: [{ filter: { field: 'scorer', equal: scorer } }],
    width: theme.layout.facetWidth,
    height: HEIGHT,
    mark: { type: 'bar', color: theme.colors.single, stroke: theme.colors.background, strokeWidth: 0.5 },
    encoding: {
      x: { field: 'bin_start', type: 'quantitative', bin: 'binned', title: 'Sentence score (scorer’s own units)', axis: { tickCount: X_TICKS } },
      x2: { field: 'bin_end' },
      y: { field: 'sentences', type: 'quantitative', title: 'Sentences (count)', scale: { nice: Y_TICKS }, axis: { tickCount: Y_TICKS } },
      tooltip: [
        { field: 'bin_start', type: 'quantitative', title: 'From' },
        { field: 'bin_end', type: 'quantitative', title: 'To' },
        { field: 'sentences', type: 'quantitative', title: 'Sentences' },
      ],
    },
  });
  return topLevel('Sentence sentiment by scorer', ctx, {
    data: { values: binned },
    columns: theme.layout.facetColumns,
    concat: uniq(binned.map((r) => r.scorer)).map(panel),
  }, wholeCorpusNotes(ctx));
}
