// Category rates by period as small multiples (one panel per category), split by group when the run
// has groups. The period axis is ordinal: it holds only periods with documents, and a stretch without
// any is one narrow slot marked "//", so a year with no data does not take a year of axis.
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { placeLabels } from './labels.ts';
import { measureText } from './metrics.ts';
import { MAX_SERIES, distinctWraps, groupLabels, groupView, noteLines, requireFinite, topLevel, uniq, wholeCorpusNotes, wrappedHeader, wrappedNames } from './spec.ts';
import { MULTILINE_LABEL, theme } from './theme.ts';
import type { ChartContext, TrendRow } from './types.ts';

/** Periods with fewer documents than this are drawn hollow and labelled with their n. */
export const FEW_DOCUMENTS = 3;
/** Marks a stretch of periods without documents on the axis (the classic axis-break sign). */
export const BREAK_MARK = '//';
const GAP_PREFIX = 'gap:';
/** Horizontal room per period slot, and the panel widths it is kept between (3 panels a row stay under 1,200 px). */
const SLOT_STEP = 18;
const MIN_PANEL = 200;
const MAX_PANEL = 320;
const HEIGHT = 130;
/** y ticks per panel (one per ~40 px), and the y domain made nice for that count: it ends at a labelled tick. */
const Y_TICKS = 4;
const N_FONT = theme.fontSize.markText - 1;

/** Top of a [0, max] scale made nice for `ticks` ticks, as Vega makes it. */
function niceTop(max: number, ticks: number): number {
  const scale = (vega.scale('linear') as unknown as () => { domain(d?: number[]): number[] & { nice?: never }; nice(n: number): unknown })();
  scale.domain([0, max > 0 ? max : 1]);
  scale.nice(ticks);
  return scale.domain()[1]!;
}

type PeriodKind = 'month' | 'quarter' | 'year';
const KINDS: [PeriodKind, RegExp][] = [
  ['month', /^(\d{4})-(0[1-9]|1[0-2])$/],
  ['quarter', /^(\d{4})-Q([1-4])$/],
  ['year', /^(\d{4})$/],
];

function kindOf(period: string): PeriodKind | null {
  return KINDS.find(([, re]) => re.test(period))?.[0] ?? null;
}

/** Position of a period on a calendar count of its kind: consecutive periods differ by 1. */
export function periodIndex(period: string): number {
  const kind = kindOf(period);
  if (kind === null) throw new Error(`trends: period ${JSON.stringify(period)} must be YYYY-MM, YYYY-Qn or YYYY`);
  const y = Number(period.slice(0, 4));
  if (kind === 'year') return y;
  if (kind === 'quarter') return y * 4 + Number(period.slice(6)) - 1;
  return y * 12 + Number(period.slice(5, 7)) - 1;
}

function periodAt(index: number, kind: PeriodKind): string {
  if (kind === 'year') return String(index);
  if (kind === 'quarter') return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export interface PeriodAxis {
  /**
   * The x domain: every period with documents; a single period without keeps its own (empty) slot,
   * and each longer stretch without documents becomes one break slot ("gap:FROM:TO").
   */
  slots: string[];
  /** The stretches compressed into a break slot: first and last period of each. */
  gaps: { from: string; to: string }[];
}

/** The ordinal period axis of a set of periods: sorted, each stretch of two or more missing periods one break slot. */
export function periodAxis(periods: Iterable<string>): PeriodAxis {
  const sorted = uniq(periods).sort((a, b) => periodIndex(a) - periodIndex(b));
  const slots: string[] = [];
  const gaps: { from: string; to: string }[] = [];
  sorted.forEach((p, i) => {
    if (i > 0) {
      const prev = periodIndex(sorted[i - 1]!);
      const here = periodIndex(p);
      const kind = kindOf(p)!;
      // One missing period takes no more room than a break mark would: it stays, empty, under its name.
      if (here - prev === 2) slots.push(periodAt(prev + 1, kind));
      if (here - prev > 2) {
        const gap = { from: periodAt(prev + 1, kind), to: periodAt(here - 1, kind) };
        gaps.push(gap);
        slots.push(`${GAP_PREFIX}${gap.from}:${gap.to}`);
      }
    }
    slots.push(p);
  });
  return { slots, gaps };
}

/** The gaps for a caption: each as "FROM to TO", at most `max` of them and a count of the rest. */
export function gapList(gaps: readonly { from: string; to: string }[], max = 4): string {
  const shown = gaps.slice(0, max).map((g) => `${g.from} to ${g.to}`);
  return gaps.length > max ? `${shown.join('; ')} and ${gaps.length - max} more` : shown.join('; ');
}

/** Returns null when there are no rows (a corpus without dates has no trend to draw). */
export function trends(rows: TrendRow[], ctx: ChartContext): TopLevelSpec | null {
  if (rows.length === 0) return null;
  requireFinite(rows, ['rate_per_1000_words', 'hits', 'words', 'documents'], 'trends');
  const kind = kindOf(rows[0]!.period);
  rows.forEach((r, i) => {
    if (kindOf(r.period) === null || kindOf(r.period) !== kind) {
      throw new Error(`trends: row ${i} field "period" must be 'YYYY-MM', 'YYYY-Qn' or 'YYYY' like row 0, got ${JSON.stringify(r.period)}`);
    }
  });
  const grouped = rows.some((r) => r.group !== undefined);
  // More groups than colours, dashes and shapes tell apart: the largest are drawn, the others named.
  const view = grouped ? groupView(rows.map((r) => r.group ?? ''), ctx, { max: MAX_SERIES }) : null;
  const kept = view ? rows.filter((r) => view.shown.includes(r.group ?? '')) : rows;
  if (kept.length === 0) return null;
  const groups = view?.shown ?? [];

  const categories = uniq(kept.map((r) => r.label)).sort((a, b) => a.localeCompare(b, 'en'));
  const catNames = wrappedNames(categories, theme.layout.headerWrapChars);
  const grpNames = groupLabels(groups, view?.documents ?? new Map(), theme.layout.headerWrapChars, 2);
  const axis = periodAxis(kept.map((r) => r.period));
  const segments = gapSegments(kept);
  const values: Record<string, unknown>[] = kept.map((r, i) => ({
    ...r,
    kind: 'data',
    segment: segments[i],
    few: r.documents < FEW_DOCUMENTS,
    n_label: `n=${r.documents}`,
    label_display: catNames.map.get(r.label),
    ...(r.group === undefined ? {} : { group_display: grpNames.map.get(r.group) }),
  }));
  // The table's row names: without their n (the legend has it), so they take little room. The panels'
  // y axis is given the same width, so the table's columns sit under the panels' periods.
  const rowNames = distinctWraps(groups, 20, 2);
  const tableRows = grouped ? groups.map((g) => rowNames.get(g)!) : ['Documents'];
  const tableExtent = Math.ceil(Math.max(30, ...tableRows.flatMap((r) => r.split('\n')).map((l) => measureText(l, theme.fontSize.axisLabel))) + 4);
  // Three panels a row, their y axis and spacing stay within 1,200 px.
  const width = Math.min(MAX_PANEL, Math.floor((1150 - tableExtent - 30) / theme.layout.facetColumns) - 20, Math.max(MIN_PANEL, axis.slots.length * SLOT_STEP));
  // The table of documents needs room for its widest count in every period's column.
  const widestCount = Math.max(...kept.map((r) => measureText(String(r.documents), theme.fontSize.markText)));
  const withTable = width / axis.slots.length >= widestCount + 4;
  const axisExtent = withTable ? { minExtent: tableExtent, maxExtent: tableExtent } : {};
  const yTop = niceTop(Math.max(0, ...kept.map((r) => r.rate_per_1000_words)), Y_TICKS);
  const slotIndex = new Map(axis.slots.map((s, i) => [s, i]));
  const px = (period: string) => (slotIndex.get(period)! + 0.5) * (width / axis.slots.length);
  const py = (rate: number) => HEIGHT * (1 - rate / yTop);
  // n beside each hollow point, placed in pixels (Vega-Lite has no label collision) so labels neither
  // overlap each other nor cover a point or a line; a label with no free spot next to its point is left out.
  let unlabelled = 0;
  for (const label of categories) {
    const panel = values.filter((v) => v.label === label);
    const few = panel.filter((v) => v.few);
    const others = panel.filter((v) => !v.few).map((v) => ({ px: px(v.period as string), py: py(v.rate_per_1000_words as number) }));
    const placed = placeLabels(
      few.map((v) => ({ px: px(v.period as string), py: py(v.rate_per_1000_words as number), text: v.n_label as string })),
      // A label may reach 16 px into the 20 px between panels: the last period's point sits 9 px or more from the edge.
      width + 16, HEIGHT, N_FONT, 3, others, { leaders: false, diagonals: true, measure: measureText, lines: panelLines(panel, px, py) },
    );
    few.forEach((v, i) => {
      const p = placed[i];
      if (p) Object.assign(v, { n_x: p.x, n_y: p.y }); else unlabelled++;
    });
  }
  // Every panel draws the break marks: one row per category and gap.
  for (const label of categories) {
    for (const slot of axis.slots.filter((s) => s.startsWith(GAP_PREFIX))) values.push({ kind: 'gap', period: slot, label, label_display: catNames.map.get(label) });
  }

  const unit = kind === 'quarter' ? 'Quarter' : kind === 'year' ? 'Year' : 'Month';
  const x = {
    field: 'period', type: 'ordinal', title: unit,
    scale: { domain: axis.slots, padding: 0.5 },
    axis: {
      labelExpr: `indexof(datum.value, '${GAP_PREFIX}') === 0 ? '${BREAK_MARK}' : datum.value`,
      labelAngle: -90, labelAlign: 'right', labelBaseline: 'middle', labelOverlap: true, labelPadding: 4,
    },
  };
  // A fixed domain from 0 to a nice top (a labelled tick): the n labels are placed in pixels, so the
  // builder must know where each point lands.
  const y = {
    field: 'rate_per_1000_words', type: 'quantitative', title: 'Markers per 1,000 words',
    scale: { domain: [0, yTop], nice: false }, axis: { tickCount: Y_TICKS, ...axisExtent },
  };
  const tooltip = [
    { field: 'label', type: 'nominal', title: 'Category' },
    ...(grouped ? [{ field: 'group', type: 'nominal', title: ctx.grouping?.field ?? 'Group' }] : []),
    { field: 'period', type: 'ordinal', title: unit },
    { field: 'rate_per_1000_words', type: 'quantitative', title: 'Per 1,000 words', format: '.3f' },
    { field: 'hits', type: 'quantitative', title: 'Hits' },
    { field: 'words', type: 'quantitative', title: 'Words', format: ',' },
    { field: 'documents', type: 'quantitative', title: 'Documents' },
  ];
  const isData = { filter: "datum.kind === 'data'" };
  const domain = groups.map((g) => grpNames.map.get(g)!);
  const legend = { orient: 'bottom', direction: 'vertical', title: ctx.grouping?.field ?? 'Group', labelExpr: MULTILINE_LABEL };
  const series = grouped
    ? {
      color: { field: 'group_display', type: 'nominal', scale: { domain, range: theme.palette.okabeIto.slice(0, domain.length) }, legend },
      strokeDash: { field: 'group_display', type: 'nominal', scale: { domain, range: theme.strokeDashes.slice(0, domain.length) }, legend },
      shape: { field: 'group_display', type: 'nominal', scale: { domain, range: theme.shapes.slice(0, domain.length) }, legend },
    }
    : {};
  const { shape, ...lineSeries } = series as Record<string, unknown>;
  const pointSeries = grouped ? { color: series.color, shape } : {};
  const single = grouped ? {} : { color: theme.colors.single };
  const few = kept.filter((r) => r.documents < FEW_DOCUMENTS).length;
  const nLabel = {
    x: { field: 'n_x', type: 'quantitative', scale: null },
    y: { field: 'n_y', type: 'quantitative', scale: null },
    text: { field: 'n_label', type: 'nominal' },
  };

  const notes = [
    ...(view ? view.notes : wholeCorpusNotes(ctx)),
    ...(axis.gaps.length > 0
      ? noteLines(`${unit}s without documents are left out of the axis (marked ${BREAK_MARK}): ${gapList(axis.gaps)}.`)
      : []),
    ...(few > 0
      ? noteLines(`Hollow points: fewer than ${FEW_DOCUMENTS} documents in the ${unit.toLowerCase()}, labelled with their n${unlabelled > 0 ? ` where there is room (${few - unlabelled} of ${few})` : ''}; ${withTable ? 'the table under the panels gives the documents behind every point' : 'every point\'s n is in its tooltip'}.`)
      : []),
  ];
  // The documents behind every point, once for the figure: a table under the first column of panels, on
  // the same period axis (as a survival plot's number-at-risk table), one row per group.
  const cells = new Map<string, Record<string, unknown>>();
  for (const r of kept) {
    const key = `${r.group ?? ''}\u0000${r.period}`;
    if (!cells.has(key)) cells.set(key, { kind: 'docs', period: r.period, documents: r.documents, few: r.documents < FEW_DOCUMENTS, row: r.group === undefined ? 'Documents' : rowNames.get(r.group) });
  }
  values.push(...cells.values());
  const table = {
    title: { text: `Documents per ${unit.toLowerCase()}`, fontSize: theme.fontSize.axisTitle, fontWeight: 'normal', subtitle: '', anchor: 'start', offset: 4 },
    transform: [{ filter: "datum.kind === 'docs'" }],
    width,
    height: { step: Math.max(16, Math.max(1, ...tableRows.map((r) => r.split('\n').length)) * theme.layout.labelLineHeight + 4) },
    encoding: {
      x: { field: 'period', type: 'ordinal', scale: { domain: axis.slots, padding: 0.5 }, axis: null },
      // Titled like the panels' y axis and as wide, so the table's columns sit under the panels' periods.
      y: { field: 'row', type: 'nominal', sort: tableRows, title: 'n', axis: { labelExpr: MULTILINE_LABEL, domain: false, ticks: false, labelLimit: tableExtent, ...axisExtent } },
      text: { field: 'documents', type: 'quantitative' },
    },
    layer: [
      { transform: [{ filter: '!datum.few' }], mark: { type: 'text', fontSize: theme.fontSize.markText, color: theme.colors.text } },
      // Bold: the periods drawn hollow above.
      { transform: [{ filter: 'datum.few' }], mark: { type: 'text', fontSize: theme.fontSize.markText, fontWeight: 'bold', color: theme.colors.text } },
    ],
  };
  return topLevel(`Framing marker rates by ${unit.toLowerCase()}${grouped ? ` and ${ctx.grouping?.field ?? 'group'}` : ''}`, ctx, {
    data: { values },
    spacing: 16,
    vconcat: [{
      // The table's rows are not panels.
      transform: [{ filter: "datum.kind !== 'docs'" }],
      columns: theme.layout.facetColumns,
      facet: { field: 'label_display', type: 'nominal', sort: categories.map((c) => catNames.map.get(c)), header: wrappedHeader() },
      // An x axis under every panel: with one shared axis per column, a column whose last cell is empty draws it there.
      resolve: { axis: { x: 'independent' } },
      spec: {
        width,
        height: HEIGHT,
        encoding: { x },
        layer: [
          {
            transform: [{ filter: "datum.kind === 'gap'" }],
            mark: { type: 'rule', color: theme.colors.muted, strokeDash: [2, 3], strokeWidth: 1 },
          },
          {
            // A line joins consecutive periods only (segment): it never bridges a period without documents.
            transform: [isData],
            mark: { type: 'line', strokeWidth: 1.5, ...single },
            encoding: { y, detail: { field: 'segment', type: 'nominal' }, ...lineSeries },
          },
          {
            transform: [isData, { filter: '!datum.few' }],
            mark: { type: 'point', filled: true, size: 30, opacity: 1, ...single },
            encoding: { y, tooltip, ...pointSeries },
          },
          {
            // Hollow: a rate from one or two documents is drawn, but does not look like the others.
            transform: [isData, { filter: 'datum.few' }],
            mark: { type: 'point', filled: false, fill: theme.colors.background, size: 30, strokeWidth: 1.5, opacity: 1, ...single },
            encoding: { y, tooltip, ...pointSeries },
          },
          {
            // A halo in the background colour under each n: a grid line or a break's dotted rule does not run through it.
            transform: [isData, { filter: 'datum.few && isValid(datum.n_x)' }],
            mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: N_FONT, stroke: theme.colors.background, strokeWidth: 3, strokeJoin: 'round' },
            encoding: nLabel,
          },
          {
            // Pixel positions from placeLabels (scale: null): each n sits next to its own point.
            transform: [isData, { filter: 'datum.few && isValid(datum.n_x)' }],
            mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: N_FONT, ...single },
            encoding: { ...nLabel, ...(grouped ? { color: series.color } : {}) },
          },
        ],
      },
    }, ...(withTable ? [table] : [])],
  }, notes);
}

/** The line segments a panel draws, in pixels: consecutive periods of one series and segment. */
function panelLines(panel: readonly Record<string, unknown>[], px: (period: string) => number, py: (rate: number) => number): [number, number, number, number][] {
  const series = new Map<string, { x: number; y: number; at: number }[]>();
  for (const v of panel) {
    const key = `${(v.group as string | undefined) ?? ''}\u0000${v.segment as number}`;
    let points = series.get(key);
    if (!points) series.set(key, (points = []));
    points.push({ x: px(v.period as string), y: py(v.rate_per_1000_words as number), at: periodIndex(v.period as string) });
  }
  const lines: [number, number, number, number][] = [];
  for (const points of series.values()) {
    points.sort((a, b) => a.at - b.at);
    for (let k = 1; k < points.length; k++) lines.push([points[k - 1]!.x, points[k - 1]!.y, points[k]!.x, points[k]!.y]);
  }
  return lines;
}

/**
 * A line is drawn only between consecutive periods: a period with no documents breaks the series
 * (a line across a gap would show data that does not exist). Returns each row's segment number
 * within its category and group.
 */
export function gapSegments(rows: readonly Pick<TrendRow, 'period' | 'label' | 'group'>[]): number[] {
  const series = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const key = `${r.label}\u0000${r.group ?? ''}`;
    let list = series.get(key);
    if (!list) series.set(key, (list = []));
    list.push(i);
  });
  const out = new Array<number>(rows.length).fill(0);
  for (const list of series.values()) {
    list.sort((a, b) => periodIndex(rows[a]!.period) - periodIndex(rows[b]!.period));
    let segment = 0;
    list.forEach((row, k) => {
      if (k > 0 && periodIndex(rows[row]!.period) - periodIndex(rows[list[k - 1]!]!.period) > 1) segment++;
      out[row] = segment;
    });
  }
  return out;
}
