// Mean sentence sentiment with 95% interval per category, for sentences with and without the frame.
import type { TopLevelSpec } from 'vega-lite';
import { noteLines, requireFinite, topLevel, uniq, wholeCorpusNotes, wrappedNames } from './spec.ts';
import { facetTickCount, theme } from './theme.ts';
import type { ChartContext, FrameToneRow } from './types.ts';

export const WITH_FRAME = 'Sentences with a marker';
export const WITHOUT_FRAME = 'Sentences without';

// facetTickCount: by default AFINN's panel labelled every unit and "−5" touched "−4".
const X_TICKS = facetTickCount;

/** Whether a row's interval can be drawn: both bounds, and (where known) at least two documents resampled. */
export function hasInterval(r: { ci_low: number | null; ci_high: number | null }, documents?: number): boolean {
  return r.ci_low !== null && r.ci_high !== null && (documents === undefined || documents >= 2);
}

export function frameTone(rows: FrameToneRow[], ctx: ChartContext): TopLevelSpec {
  requireFinite(rows, ['mean', 'n_sentences'], 'frame_tone');
  const labels = uniq(rows.map((r) => r.label)).sort((a, b) => a.localeCompare(b, 'en'));
  const names = wrappedNames(labels);
  const values = rows.map((r) => ({
    ...r, label_display: names.map.get(r.label), frame: r.with_frame ? WITH_FRAME : WITHOUT_FRAME,
    interval: hasInterval(r, r.n_documents),
  }));
  const frames = [WITH_FRAME, WITHOUT_FRAME];
  const legend = { orient: 'top', direction: 'horizontal', title: null, symbolStrokeWidth: 2 };
  const y = { field: 'label_display', type: 'nominal', title: 'Category', sort: labels.map((l) => names.map.get(l)), axis: names.axis };
  const yOffset = { field: 'frame', type: 'nominal', sort: frames, scale: { paddingInner: 0.2 } };
  const color = { field: 'frame', type: 'nominal', scale: { domain: frames, range: theme.palette.pair }, legend };
  const shape = { field: 'frame', type: 'nominal', scale: { domain: frames, range: theme.shapes.slice(0, 2) }, legend };
  const tooltip = [
    { field: 'label', type: 'nominal', title: 'Category' },
    { field: 'scorer', type: 'nominal', title: 'Scorer' },
    { field: 'frame', type: 'nominal', title: 'Sentences' },
    { field: 'mean', type: 'quantitative', title: 'Mean', format: '.3f' },
    { field: 'ci_low', type: 'quantitative', title: '95% CI low', format: '.3f' },
    { field: 'ci_high', type: 'quantitative', title: '95% CI high', format: '.3f' },
    { field: 'n_sentences', type: 'quantitative', title: 'Sentences (n)', format: ',' },
    { field: 'n_documents', type: 'quantitative', title: 'Documents (n)', format: ',' },
  ];
  // The same title, scale and axis on every layer: a layer with no data (no interval anywhere) still labels the axis.
  const xAxis = { type: 'quantitative', title: 'Mean sentence score (scorer’s units)', scale: { padding: 8 }, axis: { tickCount: X_TICKS } };
  const missing = values.filter((v) => !v.interval).length;
  const notes = [
    ...wholeCorpusNotes(ctx),
    ...noteLines('Bars: 95% intervals from a bootstrap that resamples documents (the sentences of one document are not independent).'),
    ...(missing > 0
      ? noteLines(`Hollow points have no interval (${missing} of ${values.length} means): fewer than two documents behind them, and resampling one document says nothing about variation.`)
      : []),
  ];
  return topLevel('Sentence sentiment with and without each frame (mean, 95% CI)', ctx, {
    data: { values },
    facet: { column: { field: 'scorer', type: 'nominal', title: null, header: { labelFontWeight: 'bold' } } },
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: theme.layout.facetWidth,
      // With yOffset the step is that of one offset band: two of them share a category's band.
      height: { step: Math.ceil(names.step(theme.layout.step + 8) / 2) },
      layer: [
        { mark: { type: 'rule', color: theme.colors.reference, strokeDash: [3, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        {
          transform: [{ filter: 'datum.interval' }],
          mark: { type: 'rule', strokeWidth: 1.5 },
          encoding: {
            y, yOffset, color, tooltip,
            x: { ...xAxis, field: 'ci_low' },
            x2: { field: 'ci_high' },
          },
        },
        {
          transform: [{ filter: 'datum.interval' }],
          mark: { type: 'point', filled: true, size: theme.layout.pointSize, opacity: 1 },
          encoding: { y, yOffset, color, tooltip, shape, x: { ...xAxis, field: 'mean' } },
        },
        {
          transform: [{ filter: '!datum.interval' }],
          mark: { type: 'point', filled: false, fill: theme.colors.background, strokeWidth: 1.5, size: theme.layout.pointSize, opacity: 1 },
          encoding: { y, yOffset, color, tooltip, shape, x: { ...xAxis, field: 'mean' } },
        },
      ],
    },
  }, notes);
}
