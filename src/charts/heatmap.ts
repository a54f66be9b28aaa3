// Category x group heatmap of marker rates: viridis fill, value in each cell in a contrasting colour.
import type { TopLevelSpec } from 'vega-lite';
import { requireFinite, topLevel, uniq, wrappedNames } from './spec.ts';
import { theme } from './theme.ts';
import type { ChartContext, GroupRateRow } from './types.ts';

// Viridis darkens towards 0: below this share of the maximum, white text reads better than black.
const DARK_SHARE = 0.55;

export function heatmap(rows: GroupRateRow[], ctx: ChartContext): TopLevelSpec {
  requireFinite(rows, ['rate_per_1000_words', 'hits', 'words'], 'heatmap');
  // Categories ordered by their pooled rate across groups (sum of hits / sum of words).
  const pooled = new Map<string, { hits: number; words: number }>();
  for (const r of rows) {
    const p = pooled.get(r.label) ?? { hits: 0, words: 0 };
    p.hits += r.hits; p.words += r.words;
    pooled.set(r.label, p);
  }
  const rate = (l: string) => { const p = pooled.get(l)!; return p.words > 0 ? p.hits / p.words : 0; };
  const categories = uniq(rows.map((r) => r.label)).sort((a, b) => rate(b) - rate(a) || a.localeCompare(b, 'en'));
  const groups = uniq(rows.map((r) => r.group)).sort((a, b) => a.localeCompare(b, 'en'));
  const names = wrappedNames(groups);
  const values = rows.map((r) => ({ ...r, group_display: names.map.get(r.group) }));
  const max = Math.max(0, ...rows.map((r) => r.rate_per_1000_words));
  const threshold = DARK_SHARE * max;
  const cell = theme.layout.step * 2;
  const tooltip = [
    { field: 'group', type: 'nominal', title: 'Group' },
    { field: 'label', type: 'nominal', title: 'Category' },
    { field: 'rate_per_1000_words', type: 'quantitative', title: 'Per 1,000 words', format: '.3f' },
    { field: 'hits', type: 'quantitative', title: 'Hits' },
    { field: 'words', type: 'quantitative', title: 'Words', format: ',' },
  ];
  return topLevel('Framing marker rates by group and category', ctx, {
    data: { values },
    width: { step: cell },
    height: { step: names.step(Math.round(cell * 0.75)) },
    encoding: {
      x: {
        field: 'label', type: 'nominal', title: 'Category', sort: categories,
        axis: { orient: 'top', labelAngle: -40, labelAlign: 'left', labelLimit: theme.layout.labelWidth },
      },
      y: { field: 'group_display', type: 'nominal', title: 'Group', sort: groups.map((g) => names.map.get(g)), axis: names.axis },
      tooltip,
    },
    layer: [
      {
        mark: { type: 'rect', stroke: theme.colors.background, strokeWidth: 1 },
        encoding: {
          color: {
            field: 'rate_per_1000_words', type: 'quantitative', title: ['Markers per', '1,000 words'],
            scale: { scheme: theme.palette.sequential, domain: [0, max > 0 ? max : 1] },
            legend: { orient: 'right', gradientLength: 160 },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: theme.fontSize.markText },
        encoding: {
          text: { field: 'rate_per_1000_words', type: 'quantitative', format: '.2f' },
          color: {
            condition: { test: `datum.rate_per_1000_words < ${threshold}`, value: theme.colors.textOnDark },
            value: theme.colors.textOnLight,
          },
        },
      },
    ],
  });
}
