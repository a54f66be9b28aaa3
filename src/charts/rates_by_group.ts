// Marker rates with intervals by group: one panel per group, categories on y, a shared x scale.
import type { TopLevelSpec } from 'vega-lite';
import { requireFinite, topLevel, uniq, wrappedHeader, wrappedNames } from './spec.ts';
import { facetTickCount, theme } from './theme.ts';
import type { ChartContext, GroupIntervalRow } from './types.ts';

// facetTickCount, and the shared scale made nice for that count: it ends at a labelled tick.
const X_TICKS = facetTickCount;

export function ratesByGroup(rows: GroupIntervalRow[], ctx: ChartContext): TopLevelSpec {
  requireFinite(rows, ['rate_per_1000_words', 'hits', 'documents'], 'rates_by_group');
  // Categories in the order of their mean rate across groups, so panels read alike.
  const mean = new Map<string, number>();
  for (const l of uniq(rows.map((r) => r.label))) {
    const rs = rows.filter((r) => r.label === l);
    mean.set(l, rs.reduce((s, r) => s + r.rate_per_1000_words, 0) / rs.length);
  }
  const labels = [...mean.keys()].sort((a, b) => mean.get(b)! - mean.get(a)! || a.localeCompare(b, 'en'));
  const groups = uniq(rows.map((r) => r.group)).sort((a, b) => a.localeCompare(b, 'en'));
  // Headers wrapped to about the panel width so panels sit close together.
  const groupNames = wrappedNames(groups, 30);
  const labelNames = wrappedNames(labels, 40);
  const values = rows.map((r) => ({ ...r, group_display: groupNames.map.get(r.group), label_display: labelNames.map.get(r.label) }));
  const y = {
    field: 'label_display', type: 'nominal', title: null, sort: labels.map((l) => labelNames.map.get(l)), axis: labelNames.axis,
  };
  const tooltip = [
    { field: 'group', type: 'nominal', title: 'Group' },
    { field: 'label', type: 'nominal', title: 'Category' },
    { field: 'rate_per_1000_words', type: 'quantitative', title: 'Per 1,000 words', format: '.3f' },
    { field: 'ci_low', type: 'quantitative', title: '95% CI low', format: '.3f' },
    { field: 'ci_high', type: 'quantitative', title: '95% CI high', format: '.3f' },
    { field: 'hits', type: 'quantitative', title: 'Hits' },
    { field: 'documents', type: 'quantitative', title: 'Documents' },
  ];
  return topLevel('Framing marker rates by group (95% interval)', ctx, {
    data: { values },
    columns: theme.layout.facetColumns,
    facet: { field: 'group_display', type: 'nominal', sort: groups.map((g) => groupNames.map.get(g)), header: wrappedHeader() },
    spec: {
      width: theme.layout.facetWidth,
      height: { step: labelNames.step(theme.layout.facetStep) },
      encoding: { y, tooltip },
      layer: [
        {
          // Intervals are missing (null) for groups of fewer than two documents: no bar is drawn.
          transform: [{ filter: { field: 'ci_low', valid: true } }, { filter: { field: 'ci_high', valid: true } }],
          mark: { type: 'rule', color: theme.colors.single, strokeWidth: 1.5 },
          encoding: {
            x: { field: 'ci_low', type: 'quantitative', title: 'Markers per 1,000 words', scale: { nice: X_TICKS }, axis: { tickCount: X_TICKS } },
            x2: { field: 'ci_high' },
          },
        },
        {
          mark: { type: 'point', filled: true, color: theme.colors.single, size: 30, opacity: 1 },
          encoding: { x: { field: 'rate_per_1000_words', type: 'quantitative' } },
        },
      ],
    },
  });
}
