// Category x group heatmap of marker rates: categories down the side (their long names read
// horizontally), one column per group with its n, viridis fill, the value in each cell in a contrasting colour.
import type { TopLevelSpec } from 'vega-lite';
import { groupLabels, groupView, requireFinite, topLevel, uniq, wrappedNames } from './spec.ts';
import { MULTILINE_LABEL, theme } from './theme.ts';
import type { ChartContext, GroupRateRow } from './types.ts';

// Viridis darkens towards 0: below this share of the maximum, white text reads better than black.
const DARK_SHARE = 0.55;
/** Width the group columns share at most (px), so the chart with its labels and legend stays under 1,200 px. */
const COLUMNS_WIDTH = 820;
const MAX_CELL = 130;
const MIN_CELL = 56;

/** Returns null when no group is left to compare. */
export function heatmap(rows: GroupRateRow[], ctx: ChartContext): TopLevelSpec | null {
  requireFinite(rows, ['rate_per_1000_words', 'hits', 'words'], 'heatmap');
  const view = groupView(rows.map((r) => r.group), ctx);
  const kept = rows.filter((r) => view.shown.includes(r.group));
  if (kept.length === 0) return null;
  // Categories ordered by their pooled rate across the groups drawn (sum of hits / sum of words).
  const pooled = new Map<string, { hits: number; words: number }>();
  for (const r of kept) {
    const p = pooled.get(r.label) ?? { hits: 0, words: 0 };
    p.hits += r.hits; p.words += r.words;
    pooled.set(r.label, p);
  }
  const rate = (l: string) => { const p = pooled.get(l)!; return p.words > 0 ? p.hits / p.words : 0; };
  const categories = uniq(kept.map((r) => r.label)).sort((a, b) => rate(b) - rate(a) || a.localeCompare(b, 'en'));
  const catNames = wrappedNames(categories);
  const groups = view.shown;
  const cell = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(COLUMNS_WIDTH / groups.length)));
  // Group names wrapped to the column width (about 6.5 px a character at 11 px), n on a line of its own.
  const grpNames = groupLabels(groups, view.documents, Math.max(8, Math.floor((cell - 6) / 6.5)), 3, true);
  // Vega sets a multi-line label's first line at the anchor: every label gets the same number of lines
  // (blank ones first) and the padding of the extra lines, so the last line of each sits on the grid.
  const pad = (d: string) => `${'\n'.repeat(grpNames.lines - d.split('\n').length)}${d}`;
  const values = kept.map((r) => ({ ...r, group_display: pad(grpNames.map.get(r.group)!), label_display: catNames.map.get(r.label) }));
  const max = Math.max(0, ...kept.map((r) => r.rate_per_1000_words));
  const threshold = DARK_SHARE * max;
  const rowStep = catNames.step(Math.round(theme.layout.step * 1.4));
  const tooltip = [
    { field: 'group', type: 'nominal', title: ctx.grouping?.field ?? 'Group' },
    { field: 'label', type: 'nominal', title: 'Category' },
    { field: 'rate_per_1000_words', type: 'quantitative', title: 'Per 1,000 words', format: '.3f' },
    { field: 'hits', type: 'quantitative', title: 'Hits' },
    { field: 'words', type: 'quantitative', title: 'Words', format: ',' },
  ];
  return topLevel('Framing marker rates by group and category', ctx, {
    data: { values },
    width: { step: cell },
    height: { step: rowStep },
    encoding: {
      x: {
        field: 'group_display', type: 'nominal', title: null, sort: groups.map((g) => pad(grpNames.map.get(g)!)),
        axis: {
          orient: 'top', labelAngle: 0, labelAlign: 'center', labelBaseline: 'bottom', labelExpr: MULTILINE_LABEL, labelLimit: 0,
          labelLineHeight: theme.layout.labelLineHeight, labelPadding: 4 + (grpNames.lines - 1) * theme.layout.labelLineHeight, domain: false, ticks: false,
        },
      },
      y: { field: 'label_display', type: 'nominal', title: null, sort: categories.map((c) => catNames.map.get(c)), axis: { ...catNames.axis, domain: false, ticks: false } },
      tooltip,
    },
    layer: [
      {
        mark: { type: 'rect', stroke: theme.colors.background, strokeWidth: 1 },
        encoding: {
          color: {
            field: 'rate_per_1000_words', type: 'quantitative', title: ['Markers per', '1,000 words'],
            scale: { scheme: theme.palette.sequential, domain: [0, max > 0 ? max : 1] },
            legend: { orient: 'right', gradientLength: Math.min(240, Math.max(120, categories.length * rowStep - 40)) },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: theme.fontSize.markText + 1 },
        encoding: {
          text: { field: 'rate_per_1000_words', type: 'quantitative', format: '.2f' },
          color: {
            condition: { test: `datum.rate_per_1000_words < ${threshold}`, value: theme.colors.textOnDark },
            value: theme.colors.textOnLight,
          },
        },
      },
    ],
  }, view.notes);
}
