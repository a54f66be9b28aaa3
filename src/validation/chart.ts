// The validation chart: precision per category and group with its Wilson interval and n, as a Vega-Lite spec.
import type { TopLevelSpec } from 'vega-lite';
import { theme, VEGA_LITE_SCHEMA, vlConfig } from '../charts/theme.ts';
import type { Row } from '../tables/csv.ts';

/** Precision of each category in each group (not the pooled rows) on one split; null when there is none to draw. */
export function validationChart(rows: readonly Row[], split: string, subtitle: string): TopLevelSpec | null {
  const values = rows
    .filter((r) => r.split === split && r.measure === 'precision' && r.category !== '(all)' && r.group !== '(all)' && typeof r.estimate === 'number')
    .map((r) => ({ category: r.category, group: r.group, precision: r.estimate, lower: r.lower, upper: r.upper, n: r.n, label: `n ${r.n}` }));
  if (values.length === 0) return null;
  const y = { field: 'category', type: 'nominal', title: null, sort: 'ascending' };
  const yOffset = { field: 'group', type: 'nominal' };
  const color = { field: 'group', type: 'nominal', title: 'Group', scale: { range: theme.palette.okabeIto } };
  const tooltip = [
    { field: 'category', type: 'nominal' }, { field: 'group', type: 'nominal' },
    { field: 'precision', type: 'quantitative', format: '.1%' }, { field: 'lower', type: 'quantitative', format: '.1%', title: '95% low' },
    { field: 'upper', type: 'quantitative', format: '.1%', title: '95% high' }, { field: 'n', type: 'quantitative', title: 'coded hits' },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: 'Precision of the lexicon by category and group', subtitle: [subtitle, 'Share of coded hits that express their frame; bars: Wilson 95% intervals; n: coded hits'] },
    data: { values },
    width: theme.layout.width,
    height: { step: 14 },
    layer: [
      // The project's 90% precision target, across every row.
      { mark: { type: 'rule', strokeDash: [4, 3], color: '#888' }, encoding: { x: { datum: 0.9, type: 'quantitative' } } },
      {
        encoding: { y, yOffset, color, tooltip },
        layer: [
          { mark: { type: 'rule' }, encoding: { x: { field: 'lower', type: 'quantitative', scale: { domain: [0, 1.15] }, axis: { format: '%', values: [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1] }, title: 'Precision (dashed: the 90% target)' }, x2: { field: 'upper' } } },
          { mark: { type: 'point', filled: true }, encoding: { x: { field: 'precision', type: 'quantitative' } } },
          { mark: { type: 'text', align: 'left', dx: 4, fontSize: 9 }, encoding: { x: { datum: 1.01, type: 'quantitative' }, text: { field: 'label' } } },
        ],
      },
    ],
    config: vlConfig(),
  } as unknown as TopLevelSpec;
}
