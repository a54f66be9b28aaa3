// Fightin' words (Monroe, Colaresi & Quinn 2008, Political Analysis 16(4)): z-score of the
// log-odds ratio against word frequency (log scale), the most extreme words labelled.
import type { TopLevelSpec } from 'vega-lite';
import { requireFinite, topLevel, uniq, wrappedHeader, wrappedNames } from './spec.ts';
import { theme } from './theme.ts';
import type { ChartContext, FightinWordsRow } from './types.ts';

/** Two-sided 5% critical value of the standard normal. */
const Z_CRIT = 1.96;

export interface FightinWordsOptions {
  /** Words labelled per group, the largest |z| first. */
  labels?: number;
}

export function fightinWords(rows: FightinWordsRow[], ctx: ChartContext, options: FightinWordsOptions = {}): TopLevelSpec {
  const { labels = 15 } = options;
  requireFinite(rows, ['z', 'freq'], 'fightin_words');
  rows.forEach((r, i) => { if (r.freq <= 0) throw new Error(`fightin_words: row ${i} field "freq" must be > 0 for a log scale, got ${r.freq}`); });
  const groups = uniq(rows.map((r) => r.group)).sort((a, b) => a.localeCompare(b, 'en'));
  const names = wrappedNames(groups, theme.layout.headerWrapChars);
  // Rank by |z| in code (ties by item) so the labelled set is reproducible; the spec filters on it.
  const values = groups.flatMap((group) =>
    rows.filter((r) => r.group === group)
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0))
      .map((r, i) => ({
        ...r, z_rank: i + 1, group_display: names.map.get(group),
        significance: Math.abs(r.z) > Z_CRIT ? `|z| > ${Z_CRIT}` : `|z| ≤ ${Z_CRIT}`,
      })));
  const x = { field: 'freq', type: 'quantitative', scale: { type: 'log' }, title: 'Word frequency (occurrences, log scale)' };
  const y = { field: 'z', type: 'quantitative', title: 'z-score of log-odds ratio (group vs rest)' };
  const significance = [`|z| > ${Z_CRIT}`, `|z| ≤ ${Z_CRIT}`];
  return topLevel(`Fightin' words: z-score against frequency, ${labels} most extreme words labelled`, ctx, {
    data: { values },
    columns: 2,
    facet: { field: 'group_display', type: 'nominal', sort: groups.map((g) => names.map.get(g)), header: wrappedHeader() },
    spec: {
      width: 320,
      height: 260,
      layer: [
        {
          mark: { type: 'rule', color: theme.colors.reference, strokeDash: [4, 3] },
          encoding: { y: { datum: Z_CRIT, type: 'quantitative' } },
        },
        {
          mark: { type: 'rule', color: theme.colors.reference, strokeDash: [4, 3] },
          encoding: { y: { datum: -Z_CRIT, type: 'quantitative' } },
        },
        {
          mark: { type: 'point', size: 18 },
          encoding: {
            x, y,
            color: { field: 'significance', type: 'nominal', scale: { domain: significance, range: [theme.colors.single, theme.colors.muted] }, legend: { orient: 'top', title: null } },
            shape: { field: 'significance', type: 'nominal', scale: { domain: significance, range: ['circle', 'cross'] }, legend: { orient: 'top', title: null } },
            opacity: { field: 'significance', type: 'nominal', scale: { domain: significance, range: [0.9, 0.5] }, legend: null },
            tooltip: [
              { field: 'item', type: 'nominal', title: 'Word' },
              { field: 'z', type: 'quantitative', title: 'z', format: '.2f' },
              { field: 'freq', type: 'quantitative', title: 'Frequency' },
            ],
          },
        },
        {
          transform: [{ filter: `datum.z_rank <= ${labels}` }],
          mark: { type: 'text', align: 'left', dx: 4, dy: -4, fontSize: theme.fontSize.markText, color: theme.colors.text },
          encoding: { x, y, text: { field: 'item', type: 'nominal' } },
        },
      ],
    },
  });
}
