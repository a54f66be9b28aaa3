// The tone of each frame by group: mean sentence score with the frame minus without it, with its
// 95% interval, the groups side by side in each category's band and one panel per scorer.
import type { TopLevelSpec } from 'vega-lite';
import { hasInterval } from './frame_tone.ts';
import { MAX_SERIES, groupLabels, groupView, noteLines, requireFinite, topLevel, uniq, wrappedNames } from './spec.ts';
import { MULTILINE_LABEL, facetTickCount, theme } from './theme.ts';
import type { ChartContext, FrameToneGroupRow } from './types.ts';

/** Returns null when no group is left to compare. */
export function frameToneByGroup(rows: FrameToneGroupRow[], ctx: ChartContext): TopLevelSpec | null {
  requireFinite(rows, ['difference', 'n_sentences_with', 'n_documents_with'], 'frame_tone_by_group');
  const view = groupView(rows.map((r) => r.group), ctx, { max: MAX_SERIES });
  const kept = rows.filter((r) => view.shown.includes(r.group));
  if (kept.length === 0) return null;
  const labels = uniq(kept.map((r) => r.label)).sort((a, b) => a.localeCompare(b, 'en'));
  const names = wrappedNames(labels);
  const grpNames = groupLabels(view.shown, view.documents, 40, 2);
  const domain = view.shown.map((g) => grpNames.map.get(g)!);
  const values = kept.map((r) => ({
    ...r, label_display: names.map.get(r.label), group_display: grpNames.map.get(r.group),
    interval: hasInterval(r, r.n_documents_with),
  }));
  const legend = { orient: 'top', direction: 'vertical', title: ctx.grouping?.field ?? 'Group', labelExpr: MULTILINE_LABEL, labelLimit: 0 };
  const y = { field: 'label_display', type: 'nominal', title: null, sort: labels.map((l) => names.map.get(l)), axis: names.axis };
  const yOffset = { field: 'group_display', type: 'nominal', sort: domain, scale: { paddingInner: 0.15 } };
  const color = { field: 'group_display', type: 'nominal', scale: { domain, range: theme.palette.okabeIto.slice(0, domain.length) }, legend };
  const shape = { field: 'group_display', type: 'nominal', scale: { domain, range: theme.shapes.slice(0, domain.length) }, legend };
  const xAxis = {
    type: 'quantitative', title: ['With the frame minus without', '(mean score, scorer’s units)'],
    scale: { padding: 8 }, axis: { tickCount: facetTickCount },
  };
  const tooltip = [
    { field: 'group', type: 'nominal', title: ctx.grouping?.field ?? 'Group' },
    { field: 'label', type: 'nominal', title: 'Category' },
    { field: 'scorer', type: 'nominal', title: 'Scorer' },
    { field: 'difference', type: 'quantitative', title: 'With minus without', format: '.3f' },
    { field: 'ci_low', type: 'quantitative', title: '95% CI low', format: '.3f' },
    { field: 'ci_high', type: 'quantitative', title: '95% CI high', format: '.3f' },
    { field: 'n_sentences_with', type: 'quantitative', title: 'Sentences with the frame', format: ',' },
    { field: 'n_documents_with', type: 'quantitative', title: 'Documents with the frame', format: ',' },
  ];
  const missing = values.filter((v) => !v.interval).length;
  const notes = [
    ...view.notes,
    ...noteLines('Left of 0: the sentences using the frame are more negative than the group\'s other sentences, scored with the frame\'s own markers left out (markers such as "atrocity" carry sentiment themselves; frame_tone.csv difference_unmarked). Bars: 95% intervals from a bootstrap that resamples the group\'s documents. A frame a group never uses has no point.'),
    ...(missing > 0
      ? noteLines(`Hollow points have no interval (${missing} of ${values.length}): fewer than two of the group's documents use the frame, and resampling one document says nothing about variation.`)
      : []),
  ];
  // Room for every group's point in a category's band.
  const band = Math.max(theme.layout.step + 8, view.shown.length * 9 + 8, names.lines * theme.layout.labelLineHeight + 8);
  return topLevel('Tone of each frame by group: sentence score with the frame minus without (95% CI)', ctx, {
    data: { values },
    facet: { column: { field: 'scorer', type: 'nominal', title: null, header: { labelFontWeight: 'bold' } } },
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: theme.layout.facetWidth,
      // With yOffset the step is that of one offset band.
      height: { step: Math.ceil(band / view.shown.length) },
      layer: [
        { mark: { type: 'rule', color: theme.colors.reference, strokeDash: [3, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        {
          transform: [{ filter: 'datum.interval' }],
          mark: { type: 'rule', strokeWidth: 1.5 },
          encoding: { y, yOffset, color, tooltip, x: { ...xAxis, field: 'ci_low' }, x2: { field: 'ci_high' } },
        },
        {
          transform: [{ filter: 'datum.interval' }],
          mark: { type: 'point', filled: true, size: 40, opacity: 1 },
          encoding: { y, yOffset, color, shape, tooltip, x: { ...xAxis, field: 'difference' } },
        },
        {
          transform: [{ filter: '!datum.interval' }],
          mark: { type: 'point', filled: false, fill: theme.colors.background, strokeWidth: 1.5, size: 40, opacity: 1 },
          encoding: { y, yOffset, color, shape, tooltip, x: { ...xAxis, field: 'difference' } },
        },
      ],
    },
  }, notes);
}
