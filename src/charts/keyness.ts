// Keyness: diverging bars of Hardie's log ratio (Hardie 2014, "Log Ratio: an informal introduction",
// CASS blog) for the top significant keywords of each group, over- and under-used.
import type { TopLevelSpec } from 'vega-lite';
import { byDesc, groupView, noteLines, requireFinite, topLevel, withN, panelHeaders, wrappedHeader } from './spec.ts';
import { MULTILINE_LABEL, theme, wrapLabel } from './theme.ts';
import type { ChartContext, KeynessRow } from './types.ts';

export const OVERUSED = 'More frequent in the group';
export const UNDERUSED = 'Less frequent in the group';

export interface KeynessOptions {
  /** Keywords kept in each direction per group. */
  top?: number;
  /** Adjusted p-value a keyword must stay below. */
  alpha?: number;
  /** The reference group when the rows are one comparison A vs B (--compare), not each group against the rest. */
  reference?: string;
}

/**
 * One panel per group against the rest of the corpus; with exactly two groups in the run, the two
 * panels would mirror each other (A against the rest is A against B), so one panel shows both ways.
 * Returns null when no keyword is significant after adjustment (nothing to draw).
 */
export function keyness(rows: KeynessRow[], ctx: ChartContext, options: KeynessOptions = {}): TopLevelSpec | null {
  const { top = 10, alpha = 0.05 } = options;
  requireFinite(rows, ['log_ratio', 'g2', 'p_adjusted', 'freq_target', 'freq_reference'], 'keyness');
  const view = groupView(rows.map((r) => r.group), ctx, options.reference === undefined ? {} : { reference: options.reference });
  const [a, b] = view.shown;
  const panels = view.pair ? [a!] : view.shown;
  const kept = panels.flatMap((group) => {
    const sig = rows.filter((r) => r.group === group && r.p_adjusted < alpha && r.log_ratio !== 0);
    // Ranked by the size of the effect drawn (|log ratio|), ties by G2 then item.
    const rank = (x: KeynessRow, y: KeynessRow) =>
      Math.abs(y.log_ratio) - Math.abs(x.log_ratio) || byDesc<KeynessRow>((r) => r.g2, (r) => r.item)(x, y);
    const up = sig.filter((r) => r.log_ratio > 0).sort(rank).slice(0, top);
    const down = sig.filter((r) => r.log_ratio < 0).sort(rank).slice(0, top);
    return [...up, ...down];
  });
  if (kept.length === 0) return null;
  const n = (g: string) => withN(g, view.documents.get(g));
  const headers = panelHeaders(view, panels);
  // Legend entries name the groups, wrapped so a long name does not widen the chart.
  const over = view.pair ? wrapLabel(`More frequent in ${a}`, 40, 2) : OVERUSED;
  const under = view.pair ? wrapLabel(`More frequent in ${b}`, 40, 2) : UNDERUSED;
  const values = kept.map((r) => ({ ...r, group_display: headers.get(r.group), direction: r.log_ratio > 0 ? over : under }));
  const directions = [over, under];
  const silent = panels.filter((g) => !kept.some((r) => r.group === g));
  const notes = [
    ...view.notes,
    ...noteLines(view.pair
      ? `Right of 0: more frequent in ${a}; left: more frequent in ${b} (${view.against !== null ? `--compare: ${a} against ${b} only, the other groups left out` : 'with two groups, each against the rest is the one against the other: one panel shows both'}).`
      : 'Each group against the rest of the corpus (every other document, groups left out here included).'),
    ...(silent.length > 0 ? noteLines(`No significant keyword: ${silent.map(n).join(', ')}.`) : []),
  ];
  return topLevel(`Keywords by group: log ratio, top ${top} each way (adjusted p < ${alpha})`, ctx, {
    data: { values },
    columns: 2,
    facet: {
      field: 'group_display', type: 'nominal',
      sort: panels.filter((g) => kept.some((r) => r.group === g)).map((g) => headers.get(g)), header: wrappedHeader(),
    },
    // An x axis under every panel too: with one shared axis per column, a column whose last cell is empty draws it there.
    resolve: { scale: { y: 'independent' }, axis: { x: 'independent' } },
    spec: {
      // One panel (two groups) is wider: its axis title names both groups.
      width: view.pair ? 2 * (theme.layout.facetWidth + 60) : theme.layout.facetWidth + 60,
      height: { step: theme.layout.facetStep },
      encoding: {
        y: {
          field: 'item', type: 'nominal', title: null, sort: { field: 'log_ratio', op: 'max', order: 'descending' },
          axis: { labelLimit: 150 },
        },
        tooltip: [
          { field: 'group', type: 'nominal', title: view.pair ? 'Positive: more in' : ctx.grouping?.field ?? 'Group' },
          { field: 'item', type: 'nominal', title: 'Keyword' },
          { field: 'log_ratio', type: 'quantitative', title: 'Log ratio', format: '.2f' },
          { field: 'g2', type: 'quantitative', title: 'G2', format: '.1f' },
          { field: 'p_adjusted', type: 'quantitative', title: 'Adjusted p', format: '.2g' },
          { field: 'freq_target', type: 'quantitative', title: view.pair ? `Frequency in ${a}` : 'Frequency in group' },
          { field: 'freq_reference', type: 'quantitative', title: view.pair ? `Frequency in ${b}` : 'Frequency in the rest' },
        ],
      },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'log_ratio', type: 'quantitative', title: ['Log ratio', ...(view.pair ? noteLines(`log2(relative frequency, ${a} ÷ ${b})`, 70) : ['log2(relative frequency, group ÷ rest)'])] },
            color: {
              field: 'direction', type: 'nominal', scale: { domain: directions, range: theme.palette.pair },
              legend: { orient: 'top', direction: 'horizontal', title: null, labelLimit: 0, labelExpr: MULTILINE_LABEL },
            },
          },
        },
        { mark: { type: 'rule', color: theme.colors.domain }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      ],
    },
  }, notes);
}
