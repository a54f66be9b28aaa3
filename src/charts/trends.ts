// Monthly category rates as small multiples (one panel per category), so 10+ categories stay legible.
import type { TopLevelSpec } from 'vega-lite';
import { requireFinite, topLevel, uniq, wrappedHeader, wrappedNames } from './spec.ts';
import { theme } from './theme.ts';
import type { ChartContext, TrendRow } from './types.ts';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Returns null when there are no rows (a corpus without dates has no trend to draw). */
export function trends(rows: TrendRow[], ctx: ChartContext): TopLevelSpec | null {
  if (rows.length === 0) return null;
  requireFinite(rows, ['rate_per_1000_words', 'hits', 'words'], 'trends');
  rows.forEach((r, i) => {
    if (!PERIOD.test(r.period)) throw new Error(`trends: row ${i} field "period" must be 'YYYY-MM', got ${JSON.stringify(r.period)}`);
  });
  const categories = uniq(rows.map((r) => r.label)).sort((a, b) => a.localeCompare(b, 'en'));
  const catNames = wrappedNames(categories, theme.layout.headerWrapChars);
  const groups = uniq(rows.flatMap((r) => (r.group === undefined ? [] : [r.group]))).sort((a, b) => a.localeCompare(b, 'en'));
  const grpNames = wrappedNames(groups, theme.layout.headerWrapChars);
  const segments = gapSegments(rows);
  const values = rows.map((r, i) => ({
    ...r,
    segment: segments[i],
    // Day 1 in ISO form parses as UTC midnight: months do not shift with the machine's time zone.
    month: `${r.period}-01`,
    label_display: catNames.map.get(r.label),
    ...(r.group === undefined ? {} : { group_display: grpNames.map.get(r.group) }),
  }));
  const x = {
    field: 'month', type: 'temporal', timeUnit: 'utcyearmonth', title: 'Month',
    axis: { format: '%Y-%m', labelAngle: -40, labelAlign: 'right', tickCount: 6, labelOverlap: true },
  };
  // Pixel padding keeps points at the domain edge inside the panel, so headers do not shift above it.
  const y = { field: 'rate_per_1000_words', type: 'quantitative', title: 'Markers per 1,000 words', scale: { padding: 4 } };
  const tooltip = [
    { field: 'label', type: 'nominal', title: 'Category' },
    ...(groups.length > 0 ? [{ field: 'group', type: 'nominal', title: 'Group' }] : []),
    { field: 'month', type: 'temporal', timeUnit: 'utcyearmonth', title: 'Month', format: '%Y-%m' },
    { field: 'rate_per_1000_words', type: 'quantitative', title: 'Per 1,000 words', format: '.3f' },
    { field: 'hits', type: 'quantitative', title: 'Hits' },
    { field: 'words', type: 'quantitative', title: 'Words', format: ',' },
  ];
  const inner = { width: theme.layout.facetWidth, height: 130 };
  // One panel per category, wrapped in rows (the one- and few-group layouts).
  const byCategory = {
    columns: theme.layout.facetColumns,
    facet: { field: 'label_display', type: 'nominal', sort: categories.map((c) => catNames.map.get(c)), header: wrappedHeader() },
  };
  const title = 'Framing marker rates by month';
  const maxSeries = Math.min(theme.palette.okabeIto.length, theme.shapes.length, theme.strokeDashes.length);

  if (groups.length <= 1) {
    return topLevel(title, ctx, {
      data: { values },
      ...byCategory,
      spec: {
        ...inner,
        mark: { type: 'line', point: { filled: true, size: 20, color: theme.colors.single }, color: theme.colors.single, strokeWidth: 1.5 },
        encoding: { x, y, tooltip, detail: { field: 'segment', type: 'nominal' } },
      },
    });
  }
  if (groups.length <= maxSeries) {
    // A few groups: colour, dash and point shape each tell them apart (greyscale-safe).
    const domain = groups.map((g) => grpNames.map.get(g));
    const legend = { orient: 'bottom', direction: 'vertical', title: 'Group', labelExpr: "split(datum.label, '\\n')" };
    return topLevel(title, ctx, {
      data: { values },
      ...byCategory,
      spec: {
        ...inner,
        mark: { type: 'line', point: { size: 30 }, strokeWidth: 1.5 },
        encoding: {
          x, y, tooltip,
          detail: { field: 'segment', type: 'nominal' },
          color: { field: 'group_display', type: 'nominal', scale: { domain, range: theme.palette.okabeIto.slice(0, domain.length) }, legend },
          strokeDash: { field: 'group_display', type: 'nominal', scale: { domain, range: theme.strokeDashes.slice(0, domain.length) }, legend },
          shape: { field: 'group_display', type: 'nominal', scale: { domain, range: theme.shapes.slice(0, domain.length) }, legend },
        },
      },
    });
  }
  // Too many groups for colour, dash or shape: one panel per group (rows) and category (columns).
  return topLevel(title, ctx, {
    data: { values },
    facet: {
      row: { field: 'group_display', type: 'nominal', sort: groups.map((g) => grpNames.map.get(g)), header: { ...wrappedHeader(), labelAngle: 0, labelAlign: 'left', labelAnchor: 'middle' } },
      column: { field: 'label_display', type: 'nominal', sort: categories.map((c) => catNames.map.get(c)), header: wrappedHeader() },
    },
    spec: {
      width: 160, height: 100,
      mark: { type: 'line', point: { filled: true, size: 14, color: theme.colors.single }, color: theme.colors.single, strokeWidth: 1.2 },
      // Short panels: a two-line axis title so titles of neighbouring rows do not run into each other.
      encoding: { x, y: { ...y, title: ['Markers per', '1,000 words'] }, tooltip, detail: { field: 'segment', type: 'nominal' } },
    },
  });
}

/**
 * A line is drawn only between consecutive months: a month with no documents breaks the series
 * (a line across a gap would show data that does not exist). Returns each row's segment number
 * within its category and group.
 */
export function gapSegments(rows: readonly TrendRow[]): number[] {
  const monthIndex = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7)) - 1;
  const series = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const key = `${r.label}\u0000${r.group ?? ''}`;
    let list = series.get(key);
    if (!list) series.set(key, (list = []));
    list.push(i);
  });
  const out = new Array<number>(rows.length).fill(0);
  for (const list of series.values()) {
    list.sort((a, b) => monthIndex(rows[a]!.period) - monthIndex(rows[b]!.period));
    let segment = 0;
    list.forEach((row, k) => {
      if (k > 0 && monthIndex(rows[row]!.period) - monthIndex(rows[list[k - 1]!]!.period) > 1) segment++;
      out[row] = segment;
    });
  }
  return out;
}
