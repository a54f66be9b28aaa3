// Marker rates with intervals by group: one panel per category, the groups side by side on its axis
// (each with its n), one x scale for every panel, so a group's rate is read against the others'.
import type { TopLevelSpec } from 'vega-lite';
import { MAX_SERIES, groupLabels, groupView, noteLines, requireFinite, topLevel, uniq, wrappedHeader, wrappedNames } from './spec.ts';
import { MULTILINE_LABEL, facetTickCount, theme } from './theme.ts';
import type { ChartContext, GroupIntervalRow } from './types.ts';

// facetTickCount, and the shared scale made nice for that count: it ends at a labelled tick.
const X_TICKS = facetTickCount;
/** Characters a group name is wrapped at on the y axis (two lines, then "…"; the tooltip has the full name). */
const GROUP_WRAP = 26;
const PANEL_WIDTH = 190;

/** Returns null when no group is left to compare. */
export function ratesByGroup(rows: GroupIntervalRow[], ctx: ChartContext): TopLevelSpec | null {
  requireFinite(rows, ['rate_per_1000_words', 'hits', 'documents'], 'rates_by_group');
  // Documents per group from the rows, where the context does not say.
  const fromRows = new Map(rows.map((r) => [r.group, r.documents]));
  const view = groupView(rows.map((r) => r.group), ctx, { documents: fromRows });
  const kept = rows.filter((r) => view.shown.includes(r.group));
  if (kept.length === 0) return null;
  // Categories in the order of their mean rate across groups.
  const mean = new Map<string, number>();
  for (const l of uniq(kept.map((r) => r.label))) {
    const rs = kept.filter((r) => r.label === l);
    mean.set(l, rs.reduce((s, r) => s + r.rate_per_1000_words, 0) / rs.length);
  }
  const labels = [...mean.keys()].sort((a, b) => mean.get(b)! - mean.get(a)! || a.localeCompare(b, 'en'));
  const labelNames = wrappedNames(labels, theme.layout.headerWrapChars);
  const groupNames = groupLabels(view.shown, view.documents, GROUP_WRAP, 2);
  const domain = view.shown.map((g) => groupNames.map.get(g)!);
  const noInterval = kept.filter((r) => r.ci_low === null || r.ci_high === null);
  const values = kept.map((r) => ({
    ...r, group_display: groupNames.map.get(r.group), label_display: labelNames.map.get(r.label),
    interval: r.ci_low !== null && r.ci_high !== null,
  }));
  const coloured = view.shown.length <= MAX_SERIES;
  const color = coloured
    ? { field: 'group_display', type: 'nominal', scale: { domain, range: theme.palette.okabeIto.slice(0, domain.length) }, legend: null }
    : { value: theme.colors.single };
  const y = {
    field: 'group_display', type: 'nominal', title: null, sort: domain,
    axis: { labelExpr: MULTILINE_LABEL, labelLimit: 240, labelLineHeight: theme.layout.labelLineHeight },
    scale: { paddingInner: 0.3, paddingOuter: 0.3 },
  };
  const tooltip = [
    { field: 'group', type: 'nominal', title: ctx.grouping?.field ?? 'Group' },
    { field: 'label', type: 'nominal', title: 'Category' },
    { field: 'rate_per_1000_words', type: 'quantitative', title: 'Per 1,000 words', format: '.3f' },
    { field: 'ci_low', type: 'quantitative', title: '95% CI low', format: '.3f' },
    { field: 'ci_high', type: 'quantitative', title: '95% CI high', format: '.3f' },
    { field: 'hits', type: 'quantitative', title: 'Hits' },
    { field: 'documents', type: 'quantitative', title: 'Documents' },
  ];
  const x = {
    field: 'rate_per_1000_words', type: 'quantitative', title: 'Markers per 1,000 words',
    scale: { nice: X_TICKS, zero: true }, axis: { tickCount: X_TICKS },
  };
  const notes = [
    ...view.notes,
    ...noteLines('Point: the group\'s rate (hits ÷ words); bar: 95% interval from a bootstrap that resamples the group\'s documents.'),
    ...(noInterval.length > 0 ? noteLines(`Hollow points have no interval: fewer than two documents in the group (${noInterval.length} of ${kept.length} rates).`) : []),
  ];
  const step = Math.max(theme.layout.facetStep + 2, groupNames.lines * theme.layout.labelLineHeight + 6);
  return topLevel('Framing marker rates by group and category (95% interval)', ctx, {
    data: { values },
    columns: theme.layout.facetColumns,
    facet: { field: 'label_display', type: 'nominal', sort: labels.map((l) => labelNames.map.get(l)), header: wrappedHeader() },
    // An x axis under every panel: with one shared axis per column, a column whose last cell is empty draws it there.
    resolve: { axis: { x: 'independent' } },
    spec: {
      width: PANEL_WIDTH,
      height: { step },
      encoding: { y, tooltip },
      layer: [
        {
          // Intervals are missing (null) for groups of fewer than two documents: no bar is drawn.
          transform: [{ filter: { field: 'ci_low', valid: true } }, { filter: { field: 'ci_high', valid: true } }],
          mark: { type: 'rule', strokeWidth: 1.5 },
          encoding: { x: { ...x, field: 'ci_low' }, x2: { field: 'ci_high' }, color },
        },
        {
          transform: [{ filter: 'datum.interval' }],
          mark: { type: 'point', filled: true, size: 34, opacity: 1 },
          encoding: { x, color },
        },
        {
          transform: [{ filter: '!datum.interval' }],
          mark: { type: 'point', filled: false, fill: theme.colors.background, size: 34, strokeWidth: 1.5, opacity: 1 },
          encoding: { x, color },
        },
      ],
    },
  }, notes);
}
