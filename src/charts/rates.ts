// Marker rate per 1,000 words by category: horizontal bars sorted by rate, counts in the tooltip.
import type { TopLevelSpec } from 'vega-lite';
import { byDesc, requireFinite, topLevel, wrappedNames, wholeCorpusNotes } from './spec.ts';
import { theme } from './theme.ts';
import type { ChartContext, RateRow } from './types.ts';

const X_TICKS = Math.round(theme.layout.width / 70);

export function rates(rows: RateRow[], ctx: ChartContext): TopLevelSpec {
  requireFinite(rows, ['rate_per_1000_words', 'hits', 'hits_non_negated', 'documents'], 'rates');
  const sorted = [...rows].sort(byDesc((r) => r.rate_per_1000_words, (r) => r.label));
  const names = wrappedNames(sorted.map((r) => r.label));
  const values = sorted.map((r) => ({ ...r, label_display: names.map.get(r.label) }));
  const y = {
    field: 'label_display', type: 'nominal', title: 'Category',
    sort: values.map((v) => v.label_display), axis: names.axis,
  };
  // Room right of the longest bar for its value label.
  const max = Math.max(0, ...rows.map((r) => r.rate_per_1000_words));
  const x = {
    field: 'rate_per_1000_words', type: 'quantitative', title: 'Markers per 1,000 words',
    // A tick every ~70 px (Vega's default, one per 40 px, put 0.0 and 0.2 label to label on a 420 px axis),
    // and the domain made nice for that count, so the axis ends at a labelled tick (30, not an unlabelled 28).
    scale: { domain: [0, max > 0 ? max * 1.12 : 1], nice: X_TICKS },
    axis: { tickCount: X_TICKS },
  };
  const tooltip = [
    { field: 'label', type: 'nominal', title: 'Category' },
    { field: 'category', type: 'nominal', title: 'Category id' },
    { field: 'rate_per_1000_words', type: 'quantitative', title: 'Per 1,000 words', format: '.3f' },
    { field: 'hits', type: 'quantitative', title: 'Hits' },
    { field: 'hits_non_negated', type: 'quantitative', title: 'Hits not negated' },
    { field: 'documents', type: 'quantitative', title: 'Documents with a hit' },
  ];
  return topLevel('Framing marker rates by category', ctx, {
    data: { values },
    width: theme.layout.width,
    height: { step: names.step(theme.layout.step) },
    encoding: { y, x, tooltip },
    layer: [
      { mark: { type: 'bar', color: theme.colors.single } },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: theme.colors.text },
        encoding: { text: { field: 'rate_per_1000_words', type: 'quantitative', format: '.2f' } },
      },
    ],
  }, wholeCorpusNotes(ctx));
}
