// Shared pieces of every spec: schema, title with caption, theme config, and label helpers.
import type { TopLevelSpec } from 'vega-lite';
import { MULTILINE_LABEL, VEGA_LITE_SCHEMA, displayNames, theme, titleBlock, vlConfig } from './theme.ts';
import type { ChartContext } from './types.ts';

/** Wraps a spec body with `$schema`, the title + caption and the theme config. */
export function topLevel(title: string, ctx: ChartContext, body: Record<string, unknown>): TopLevelSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleBlock(title, ctx),
    ...body,
    config: vlConfig(),
  } as unknown as TopLevelSpec;
}

/**
 * Display names for long axis / header labels, the axis properties that show them on several lines,
 * and the band step that fits the tallest label (so two-line labels never touch their neighbours).
 */
export function wrappedNames(names: Iterable<string>, wrapChars = theme.layout.labelWrapChars) {
  const map = displayNames(names, wrapChars, theme.layout.labelMaxLines);
  const lines = Math.max(1, ...[...map.values()].map((d) => d.split('\n').length));
  const step = (minStep: number) => Math.max(minStep, lines * theme.layout.labelLineHeight + 8);
  return { map, lines, step, axis: { labelExpr: MULTILINE_LABEL, labelLimit: theme.layout.labelWidth } };
}

/** Header (facet title) properties for wrapped long names. */
export function wrappedHeader(title: string | null = null) {
  // Bottom baseline: one- and two-line headers in the same row of panels end on the same line.
  return { title, labelExpr: MULTILINE_LABEL, labelLimit: 0, labelAnchor: 'middle' as const, labelBaseline: 'bottom' as const };
}

/** Compares by a number descending, then by a string ascending: a total, reproducible order. */
export function byDesc<T>(num: (r: T) => number, str: (r: T) => string) {
  return (a: T, b: T) => num(b) - num(a) || (str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0);
}

/** Unique values in first-seen order. */
export function uniq(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Throws with the row index and field when a number is missing or not finite. */
export function requireFinite(rows: readonly object[], fields: string[], chart: string): void {
  rows.forEach((row, i) => {
    for (const f of fields) {
      const v = (row as Record<string, unknown>)[f];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new Error(`${chart}: row ${i} field "${f}" must be a finite number, got ${JSON.stringify(v)}`);
      }
    }
  });
}
