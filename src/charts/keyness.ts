// Keyness: diverging bars of Hardie's log ratio (Hardie 2014, "Log Ratio: an informal introduction",
// CASS blog) for the top significant keywords of each group, over- and under-used.
import type { TopLevelSpec } from 'vega-lite';
import { byDesc, requireFinite, topLevel, uniq, wrappedHeader, wrappedNames } from './spec.ts';
import { theme } from './theme.ts';
import type { ChartContext, KeynessRow } from './types.ts';

export const OVERUSED = 'More frequent in the group';
export const UNDERUSED = 'Less frequent in the group';

export interface KeynessOptions {
  /** Keywords kept in each direction per group. */
  top?: number;
  /** Adjusted p-value a keyword must stay below. */
  alpha?: number;
}

/** Returns null when no keyword is significant after adjustment (nothing to draw). */
export function keyness(rows: KeynessRow[], ctx: ChartContext, options: KeynessOptions = {}): TopLevelSpec | null {
  const { top = 10, alpha = 0.05 } = options;
  requireFinite(rows, ['log_ratio', 'g2', 'p_adjusted', 'freq_target', 'freq_reference'], 'keyness');
  const groups = uniq(rows.map((r) => r.group)).sort((a, b) => a.localeCompare(b, 'en'));
  const kept = groups.flatMap((group) => {
    const sig = rows.filter((r) => r.group === group && r.p_adjusted < alpha && r.log_ratio !== 0);
    // Ranked by the size of the effect drawn (|log ratio|), ties by G2 then item.
    const rank = (a: KeynessRow, b: KeynessRow) =>
      Math.abs(b.log_ratio) - Math.abs(a.log_ratio) || byDesc<KeynessRow>((r) => r.g2, (r) => r.item)(a, b);
    const up = sig.filter((r) => r.log_ratio > 0).sort(rank).slice(0, top);
    const down = sig.filter((r) => r.log_ratio < 0).sort(rank).slice(0, top);
    return [...up, ...down];
  });
  if (kept.length === 0) return null;
  const names = wrappedNames(groups, theme.layout.headerWrapChars);
  const values = kept.map((r) => ({ ...r, group_display: names.map.get(r.group), direction: r.log_ratio > 0 ? OVERUSED : UNDERUSED }));
  const directions = [OVERUSED, UNDERUSED];
  return topLevel(`Keywords by group: log ratio, top ${top} each way (adjusted p < ${alpha})`, ctx, {
    data: { values },
    columns: 2,
    facet: {
      field: 'group_display', type: 'nominal',
      sort: groups.filter((g) => kept.some((r) => r.group === g)).map((g) => names.map.get(g)), header: wrappedHeader(),
    },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: theme.layout.facetWidth + 60,
      height: { step: theme.layout.facetStep },
      encoding: {
        y: {
          field: 'item', type: 'nominal', title: null, sort: { field: 'log_ratio', op: 'max', order: 'descending' },
          axis: { labelLimit: 150 },
        },
        tooltip: [
          { field: 'group', type: 'nominal', title: 'Group' },
          { field: 'item', type: 'nominal', title: 'Keyword' },
          { field: 'log_ratio', type: 'quantitative', title: 'Log ratio', format: '.2f' },
          { field: 'g2', type: 'quantitative', title: 'G2', format: '.1f' },
          { field: 'p_adjusted', type: 'quantitative', title: 'Adjusted p', format: '.2g' },
          { field: 'freq_target', type: 'quantitative', title: 'Frequency in group' },
          { field: 'freq_reference', type: 'quantitative', title: 'Frequency in reference' },
        ],
      },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'log_ratio', type: 'quantitative', title: ['Log ratio', 'log2(relative frequency, group ÷ reference)'] },
            color: {
              field: 'direction', type: 'nominal', scale: { domain: directions, range: theme.palette.pair },
              legend: { orient: 'top', direction: 'horizontal', title: null },
            },
          },
        },
        { mark: { type: 'rule', color: theme.colors.domain }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      ],
    },
  });
}
