// Fightin' words (Monroe, Colaresi & Quinn 2008, Political Analysis 16(4)): z-score of the
// log-odds ratio against word frequency (log scale), the most extreme words labelled.
import type { TopLevelSpec } from 'vega-lite';
import { requireFinite, topLevel, uniq, wrappedHeader, wrappedNames } from './spec.ts';
import { placeLabels } from './labels.ts';
import { theme } from './theme.ts';
import type { ChartContext, FightinWordsRow } from './types.ts';

/** Two-sided 5% critical value of the standard normal. */
const Z_CRIT = 1.96;
const SIGNIFICANT = `|z| > ${Z_CRIT}`;
const NOT_SIGNIFICANT = `|z| ≤ ${Z_CRIT}`;
const WIDTH = 320;
const HEIGHT = 280;

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
  // Explicit shared domains (powers of ten; symmetric z) so the builder knows where each point lands in pixels.
  const logMin = Math.floor(Math.log10(Math.min(...rows.map((r) => r.freq))));
  const logMax = Math.max(logMin + 1, Math.ceil(Math.log10(Math.max(...rows.map((r) => r.freq)))));
  const zMax = Math.ceil(Math.max(Z_CRIT + 0.5, ...rows.map((r) => Math.abs(r.z))) + 0.5);
  const px = (f: number) => ((Math.log10(f) - logMin) / (logMax - logMin)) * WIDTH;
  const py = (z: number) => ((zMax - z) / (2 * zMax)) * HEIGHT;
  const fromPx = (x: number) => 10 ** (logMin + (x / WIDTH) * (logMax - logMin));
  const fromPy = (y: number) => zMax - (y / HEIGHT) * 2 * zMax;
  const values = groups.flatMap((group) => {
    // Rank by |z| in code (ties by item) so the labelled set is reproducible; the spec filters on it.
    const ranked = rows.filter((r) => r.group === group)
      .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
    const top = ranked.slice(0, labels);
    const placed = placeLabels(top.map((r) => ({ px: px(r.freq), py: py(r.z), text: r.item })), WIDTH, HEIGHT, theme.fontSize.markText);
    return ranked.map((r, i) => {
      const p = i < labels ? placed[i] : null;
      return {
        ...r, z_rank: i + 1, group_display: names.map.get(group),
        significance: Math.abs(r.z) > Z_CRIT ? SIGNIFICANT : NOT_SIGNIFICANT,
        labelled: p !== null,
        ...(p ? { label_freq: fromPx(p.x), label_z: fromPy(p.y), leader_freq: fromPx(p.nearX), leader: p.displaced } : {}),
      };
    });
  });
  const ticks = Array.from({ length: logMax - logMin + 1 }, (_, i) => 10 ** (logMin + i));
  const x = {
    field: 'freq', type: 'quantitative', title: 'Word frequency (occurrences, log scale)',
    scale: { type: 'log', domain: [10 ** logMin, 10 ** logMax], nice: false }, axis: { values: ticks, format: ',' },
  };
  const y = {
    field: 'z', type: 'quantitative', title: 'z-score of log-odds ratio (group vs rest)',
    scale: { domain: [-zMax, zMax], nice: false },
  };
  const significance = [SIGNIFICANT, NOT_SIGNIFICANT];
  return topLevel(`Fightin' words: z-score against frequency, ${labels} most extreme words labelled`, ctx, {
    data: { values },
    columns: 2,
    facet: { field: 'group_display', type: 'nominal', sort: groups.map((g) => names.map.get(g)), header: wrappedHeader() },
    spec: {
      width: WIDTH,
      height: HEIGHT,
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
          mark: { type: 'point', size: 18, filled: true },
          encoding: {
            x, y,
            color: { field: 'significance', type: 'nominal', scale: { domain: significance, range: [theme.colors.single, theme.colors.muted] }, legend: { orient: 'top', title: null } },
            shape: { field: 'significance', type: 'nominal', scale: { domain: significance, range: ['circle', 'cross'] }, legend: { orient: 'top', title: null } },
            opacity: { condition: { test: `abs(datum.z) > ${Z_CRIT}`, value: 0.9 }, value: 0.5 },
            tooltip: [
              { field: 'item', type: 'nominal', title: 'Word' },
              { field: 'z', type: 'quantitative', title: 'z', format: '.2f' },
              { field: 'freq', type: 'quantitative', title: 'Frequency' },
            ],
          },
        },
        {
          transform: [{ filter: 'datum.labelled && datum.leader' }],
          mark: { type: 'rule', color: theme.colors.muted, strokeWidth: 0.7 },
          encoding: { x, y, x2: { field: 'leader_freq' }, y2: { field: 'label_z' } },
        },
        {
          // Positions come from placeLabels: left edge and middle of each label, clear of the others.
          transform: [{ filter: `datum.labelled && datum.z_rank <= ${labels}` }],
          mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: theme.fontSize.markText, color: theme.colors.text },
          encoding: {
            x: { field: 'label_freq', type: 'quantitative' },
            y: { field: 'label_z', type: 'quantitative' },
            text: { field: 'item', type: 'nominal' },
          },
        },
      ],
    },
  });
}
