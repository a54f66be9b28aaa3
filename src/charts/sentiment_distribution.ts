// Distribution of sentence sentiment, one histogram per scorer: the scorers use different scales.
import type { TopLevelSpec } from 'vega-lite';
import { requireFinite, topLevel, uniq } from './spec.ts';
import { theme } from './theme.ts';
import type { ChartContext, SentimentScoreRow } from './types.ts';

/**
 * One panel per scorer (concat, not facet): Vega-Lite bins a facet's data once across all panels,
 * which would squeeze a [-1, 1] scorer into a bin or two next to an unbounded sum (AFINN).
 */
export function sentimentDistribution(rows: SentimentScoreRow[], ctx: ChartContext): TopLevelSpec {
  requireFinite(rows, ['score'], 'sentiment_distribution');
  const scorers = uniq(rows.map((r) => r.scorer));
  const panel = (scorer: string) => ({
    title: { text: scorer, fontSize: theme.fontSize.header, anchor: 'middle', subtitle: '' },
    transform: [{ filter: { field: 'scorer', equal: scorer } }],
    width: theme.layout.facetWidth,
    height: 160,
    mark: { type: 'bar', color: theme.colors.single, stroke: theme.colors.background, strokeWidth: 0.5 },
    encoding: {
      x: { field: 'score', type: 'quantitative', bin: { maxbins: 30 }, title: 'Sentence score (scorer’s own units)' },
      y: { aggregate: 'count', type: 'quantitative', title: 'Sentences (count)' },
      tooltip: [
        { field: 'score', type: 'quantitative', bin: { maxbins: 30 }, title: 'Score bin' },
        { aggregate: 'count', type: 'quantitative', title: 'Sentences' },
      ],
    },
  });
  return topLevel('Sentence sentiment by scorer', ctx, {
    data: { values: rows },
    columns: theme.layout.facetColumns,
    concat: scorers.map(panel),
  });
}
