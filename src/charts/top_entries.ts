// The most frequent lexicon entries within each category: bars, one panel per category.
import type { TopLevelSpec } from 'vega-lite';
import { byDesc, requireFinite, topLevel, uniq, wrappedHeader, wrappedNames, wholeCorpusNotes } from './spec.ts';
import { theme } from './theme.ts';
import type { ChartContext, EntryRow } from './types.ts';

/** Share of the largest count the x scale reaches, leaving room for value labels. */
const VALUE_ROOM = 1.2;
/** Widest entry label (px); longer ones end in an ellipsis, the full entry is in the tooltip. */
const LABEL_LIMIT = 160;

/** Keeps the `top` entries of each category by hits (ties broken by entry, so the cut is reproducible). */
export function topEntries(rows: EntryRow[], ctx: ChartContext, top = 10): TopLevelSpec {
  requireFinite(rows, ['hits'], 'top_entries');
  const labels = uniq(rows.map((r) => r.label)).sort((a, b) => a.localeCompare(b, 'en'));
  const names = wrappedNames(labels, theme.layout.headerWrapChars);
  const values = labels.flatMap((label) => {
    const kept = rows.filter((r) => r.label === label).sort(byDesc((r) => r.hits, (r) => r.entry)).slice(0, top);
    // Room right of the longest bar for its value label, per panel (the x scales are independent).
    const x_room = Math.max(1, ...kept.map((r) => r.hits)) * VALUE_ROOM;
    return kept.map((r, i) => ({ ...r, rank: i + 1, label_display: names.map.get(label), x_room }));
  });
  return topLevel(`Top ${top} entries per category`, ctx, {
    data: { values },
    columns: theme.layout.facetColumns,
    facet: { field: 'label_display', type: 'nominal', sort: labels.map((l) => names.map.get(l)), header: wrappedHeader() },
    resolve: { scale: { y: 'independent', x: 'independent' } },
    // Panels placed by their plot areas on a uniform grid: by their full bounds (the default), a panel with
    // long entry labels or a two-line header sat right of or below the others in its column or row. The
    // spacing leaves room for the widest labels and for a two-line header under the x axis above it.
    bounds: 'flush',
    spacing: { column: LABEL_LIMIT + 40, row: 100 },
    spec: {
      width: theme.layout.facetWidth - 60,
      height: { step: theme.layout.facetStep },
      encoding: {
        y: {
          field: 'entry', type: 'nominal', title: null, sort: { field: 'rank', op: 'min', order: 'ascending' },
          axis: { labelLimit: LABEL_LIMIT },
        },
        // Counts: whole-number ticks only, so small panels do not show 0.2, 0.4, ...
        x: { field: 'hits', type: 'quantitative', title: 'Hits (count)', axis: { tickCount: 4, tickMinStep: 1, format: 'd' } },
        tooltip: [
          { field: 'label', type: 'nominal', title: 'Category' },
          { field: 'entry', type: 'nominal', title: 'Entry' },
          { field: 'hits', type: 'quantitative', title: 'Hits' },
          { field: 'rank', type: 'quantitative', title: 'Rank' },
        ],
      },
      layer: [
        { mark: { type: 'bar', color: theme.colors.single } },
        { mark: { type: 'tick', opacity: 0 }, encoding: { x: { field: 'x_room', type: 'quantitative' }, tooltip: null } },
        { mark: { type: 'text', align: 'left', dx: 3, color: theme.colors.text }, encoding: { text: { field: 'hits', type: 'quantitative' } } },
      ],
    },
  }, wholeCorpusNotes(ctx));
}
