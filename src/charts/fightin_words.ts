// Fightin' words (Monroe, Colaresi & Quinn 2008, Political Analysis 16(4)): z-score of the
// log-odds ratio against word frequency (log scale), the most extreme content words labelled.
import { readStopWords } from '../lexicon/stopwords.ts';
import { readFileSync } from 'node:fs';
import type { TopLevelSpec } from 'vega-lite';
import { groupView, noteLines, requireFinite, topLevel, withN, panelHeaders, wrappedHeader } from './spec.ts';
import { placeLabels } from './labels.ts';
import { measureText } from './metrics.ts';
import { MULTILINE_LABEL, theme, wrapLabel } from './theme.ts';
import type { ChartContext, FightinWordsRow } from './types.ts';

/** Two-sided 5% critical value of the standard normal. */
const Z_CRIT = 1.96;
const NOT_SIGNIFICANT = `|z| ≤ ${Z_CRIT}`;
const MORE_IN_GROUP = 'More frequent in the group';
const LESS_IN_GROUP = 'Less frequent in the group';
const WIDTH = 400;
const HEIGHT = 320;
/** One panel (two groups): wider, so more words find a free spot for their label. */
const PAIR_WIDTH = 560;
const PAIR_HEIGHT = 360;
/** Characters a legend entry naming a group is wrapped at (two lines, then "…"). */
const LEGEND_WRAP = 40;

// The stop word list of the keyword tables, and the further function words only labels leave out.
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...readStopWords().words,
  ...(JSON.parse(readFileSync(new URL('./function_words.json', import.meta.url), 'utf8')) as { words: string[] }).words,
]);

/** A word worth a label: not a function word (pronoun, auxiliary, preposition...), and with a letter in it. */
export function isContentWord(item: string): boolean {
  const w = item.toLowerCase().replace(/[’‘]/g, "'");
  return /\p{L}/u.test(w) && [...w].length > 1 && !FUNCTION_WORDS.has(w);
}

export interface FightinWordsOptions {
  /** Content words labelled on each side (over- and under-used), the largest |z| first. */
  labels?: number;
  /** The reference group when the rows are one comparison A vs B (--compare), not each group against the rest. */
  reference?: string;
}

/**
 * One panel per group against the rest of the corpus; with exactly two groups in the run those two
 * panels would mirror each other (A against the rest is A against B), so one panel shows both sides.
 * Returns null when no group is left to draw.
 */
export function fightinWords(rows: FightinWordsRow[], ctx: ChartContext, options: FightinWordsOptions = {}): TopLevelSpec | null {
  const { labels = 10 } = options;
  requireFinite(rows, ['z', 'freq'], 'fightin_words');
  rows.forEach((r, i) => { if (r.freq <= 0) throw new Error(`fightin_words: row ${i} field "freq" must be > 0 for a log scale, got ${r.freq}`); });
  const view = groupView(rows.map((r) => r.group), ctx, options.reference === undefined ? {} : { reference: options.reference });
  if (view.shown.length === 0) return null;
  const [a, b] = view.shown;
  const panels = view.pair ? [a!] : view.shown;
  const drawn = rows.filter((r) => panels.includes(r.group));
  const width = view.pair ? PAIR_WIDTH : WIDTH;
  const height = view.pair ? PAIR_HEIGHT : HEIGHT;
  const n = (g: string) => withN(g, view.documents.get(g));
  const headers = panelHeaders(view, panels);
  const header = (g: string) => headers.get(g)!;
  // Explicit shared domains (powers of ten; symmetric z) so the builder knows where each point lands in pixels.
  const logMin = Math.floor(Math.log10(Math.min(...drawn.map((r) => r.freq))));
  const logMax = Math.max(logMin + 1, Math.ceil(Math.log10(Math.max(...drawn.map((r) => r.freq)))));
  const zMax = Math.ceil(Math.max(Z_CRIT + 0.5, ...drawn.map((r) => Math.abs(r.z))) + 0.5);
  const px = (f: number) => ((Math.log10(f) - logMin) / (logMax - logMin)) * width;
  const py = (z: number) => ((zMax - z) / (2 * zMax)) * height;
  const fromPx = (x: number) => 10 ** (logMin + (x / width) * (logMax - logMin));
  const fromPy = (y: number) => zMax - (y / height) * 2 * zMax;
  // Side of a word: the group it is more frequent in (two groups), or over / under against the rest.
  // Legend entries name the groups, wrapped so a long name does not widen the chart.
  const more = view.pair ? wrapLabel(`More frequent in ${a}`, LEGEND_WRAP, 2) : MORE_IN_GROUP;
  const less = view.pair ? wrapLabel(`More frequent in ${b}`, LEGEND_WRAP, 2) : LESS_IN_GROUP;
  const sides = [more, less, NOT_SIGNIFICANT];
  const order = (x: FightinWordsRow, y: FightinWordsRow) => Math.abs(y.z) - Math.abs(x.z) || (x.item < y.item ? -1 : x.item > y.item ? 1 : 0);
  let wantedTotal = 0;
  const values = panels.flatMap((group) => {
    // Ranked by |z| in code (ties by item) so the labelled set is reproducible.
    const ranked = drawn.filter((r) => r.group === group).sort(order);
    const content = ranked.filter((r) => Math.abs(r.z) > Z_CRIT && isContentWord(r.item));
    const up = content.filter((r) => r.z > 0).slice(0, labels);
    const down = content.filter((r) => r.z < 0).slice(0, labels);
    // The two sides take turns, so neither loses every free spot to the other.
    const wanted = Array.from({ length: Math.max(up.length, down.length) }, (_, i) => [up[i], down[i]]).flat()
      .filter((r): r is FightinWordsRow => r !== undefined);
    wantedTotal += wanted.length;
    const wantedSet = new Set(wanted);
    const others = ranked.filter((r) => !wantedSet.has(r)).map((r) => ({ px: px(r.freq), py: py(r.z) }));
    const placed = placeLabels(wanted.map((r) => ({ px: px(r.freq), py: py(r.z), text: r.item })), width, height, theme.fontSize.markText, 4, others, { measure: measureText });
    const at = new Map(wanted.map((r, i) => [r, placed[i]]));
    return ranked.map((r, i) => {
      const p = at.get(r) ?? null;
      return {
        ...r, z_rank: i + 1, group_display: header(group),
        side: Math.abs(r.z) <= Z_CRIT ? NOT_SIGNIFICANT : r.z > 0 ? more : less,
        labelled: p !== null,
        ...(p ? { label_freq: fromPx(p.x), label_z: fromPy(p.y), leader_freq: fromPx(p.nearX), leader: p.displaced } : {}),
      };
    });
  });
  const unplaced = wantedTotal - values.filter((v) => v.labelled).length;
  const ticks = Array.from({ length: logMax - logMin + 1 }, (_, i) => 10 ** (logMin + i));
  const x = {
    field: 'freq', type: 'quantitative', title: 'Word frequency in the corpus (occurrences, log scale)',
    scale: { type: 'log', domain: [10 ** logMin, 10 ** logMax], nice: false }, axis: { values: ticks, format: ',' },
  };
  const y = {
    field: 'z', type: 'quantitative',
    title: view.pair ? 'z-score of log-odds ratio' : 'z-score of log-odds ratio (group vs rest)',
    scale: { domain: [-zMax, zMax], nice: false },
  };
  const colours = view.pair ? [theme.palette.okabeIto[0], theme.palette.okabeIto[1]] : [...theme.palette.pair];
  const legend = { orient: 'top', direction: 'horizontal', title: null, labelLimit: 0, labelExpr: MULTILINE_LABEL };
  const notes = [
    ...view.notes,
    ...noteLines(view.pair
      ? `Above 0: more frequent in ${a}; below 0: more frequent in ${b} (${view.against !== null ? `--compare: ${a} against ${b} only, the other groups left out` : 'with two groups, each against the rest is the one against the other: one panel shows both'}).`
      : 'Each group against the rest of the corpus (every other document, groups left out here included).'),
    ...noteLines(`Labelled: up to ${labels} content words each way with |z| > ${Z_CRIT} (function words such as "the", "we" are plotted, not labelled)${unplaced > 0 ? '; words without a free spot for a label are in the tooltip and in keyness.csv' : ''}.`),
  ];
  return topLevel(`Fightin' words: z-score against frequency, the most extreme content words labelled`, ctx, {
    data: { values },
    columns: 2,
    facet: { field: 'group_display', type: 'nominal', sort: panels.map(header), header: wrappedHeader() },
    // An x axis under every panel: with one shared axis per column, a column whose last cell is empty draws it there.
    resolve: { axis: { x: 'independent' } },
    spec: {
      width,
      height,
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
            color: { field: 'side', type: 'nominal', scale: { domain: sides, range: [...colours, theme.colors.muted] }, legend },
            shape: { field: 'side', type: 'nominal', scale: { domain: sides, range: ['circle', 'square', 'cross'] }, legend },
            opacity: { condition: { test: `abs(datum.z) > ${Z_CRIT}`, value: 0.9 }, value: 0.5 },
            tooltip: [
              { field: 'item', type: 'nominal', title: 'Word' },
              { field: 'z', type: 'quantitative', title: 'z', format: '.2f' },
              { field: 'freq', type: 'quantitative', title: 'Frequency' },
              { field: 'group', type: 'nominal', title: view.pair ? 'Positive z: more in' : 'Group' },
            ],
          },
        },
        {
          transform: [{ filter: 'datum.labelled && datum.leader' }],
          mark: { type: 'rule', color: theme.colors.muted, strokeWidth: 0.7 },
          encoding: { x, y, x2: { field: 'leader_freq' }, y2: { field: 'label_z' } },
        },
        {
          // Positions come from placeLabels: left edge and middle of each label, clear of the others and of every point.
          transform: [{ filter: 'datum.labelled' }],
          mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: theme.fontSize.markText, color: theme.colors.text },
          encoding: {
            x: { field: 'label_freq', type: 'quantitative' },
            y: { field: 'label_z', type: 'quantitative' },
            text: { field: 'item', type: 'nominal' },
          },
        },
      ],
    },
  }, notes);
}
