// Shared pieces of every spec: schema, title with caption, theme config, label helpers, and the groups a comparison chart draws with the caption lines that name them.
import type { TopLevelSpec } from 'vega-lite';
import { MULTILINE_LABEL, VEGA_LITE_SCHEMA, displayNames, theme, titleBlock, vlConfig, wrapLabel } from './theme.ts';
import type { ChartContext } from './types.ts';

/** Wraps a spec body with `$schema`, the title + caption (with its notes) and the theme config. */
export function topLevel(title: string, ctx: ChartContext, body: Record<string, unknown>, notes: readonly string[] = []): TopLevelSpec {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: titleBlock(title, ctx, notes),
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

/**
 * Panel titles of a chart with a panel per group: "name (n = ..)" when it fits a line, else the name wrapped and its n
 * on a line of its own, so a long name never cuts the n off; with two groups in one panel, "A (n = ..) vs B (n = ..)" wrapped as one title.
 */
export function panelHeaders(view: GroupView, panels: readonly string[]): Map<string, string> {
  if (!view.pair) {
    const width = theme.layout.headerWrapChars;
    const wrapped = groupLabels(panels, view.documents, width, theme.layout.labelMaxLines, true).map;
    return new Map(panels.map((g) => {
      const line = withN(g, view.documents.get(g));
      return [g, line.length <= width ? line : wrapped.get(g)!];
    }));
  }
  const [a, b] = view.shown;
  const title = `${withN(a!, view.documents.get(a!))} vs ${withN(b!, view.documents.get(b!))}`;
  const wrapped = wrappedNames([title], 2 * theme.layout.headerWrapChars).map.get(title)!;
  return new Map(panels.map((g) => [g, wrapped]));
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

/** Caption lines are broken at about this many characters (11 px DejaVu Sans: ~720 px), so a long list never widens a chart. */
export const CAPTION_CHARS = 110;

/** Whole numbers with thousands separators, the same on every machine (no locale data). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "before 24 Feb 2022 (n = 118)"; the name alone when the count is unknown. */
export function withN(name: string, n: number | undefined): string {
  return n === undefined ? name : `${name} (n = ${formatCount(n)})`;
}

/**
 * `lead` then the items joined by ", " and ended by `end`, broken between items into lines of at
 * most `max` characters (an item longer than that keeps a line of its own).
 */
export function captionLines(lead: string, items: readonly string[], end = '.', max = CAPTION_CHARS): string[] {
  if (items.length === 0) return [];
  const lines: string[] = [];
  let line = lead;
  items.forEach((item, i) => {
    const piece = `${item}${i === items.length - 1 ? end : ','}`;
    const next = line === '' || line === lead ? `${line}${piece}` : `${line} ${piece}`;
    if (next.length > max && line !== '' && line !== lead) {
      lines.push(line);
      line = piece;
    } else line = next;
  });
  if (line !== '') lines.push(line);
  return lines;
}

/** A note broken on spaces into caption lines of at most `max` characters. */
export function noteLines(text: string, max = CAPTION_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length > max && line !== '') { lines.push(line); line = word; } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** At most this many groups get a colour, dash and point shape of their own (greyscale-safe). */
export const MAX_SERIES = Math.min(theme.palette.okabeIto.length, theme.shapes.length, theme.strokeDashes.length);

export interface GroupView {
  /** The groups a comparison chart draws, by name. */
  shown: string[];
  /** Documents per group, where known. */
  documents: Map<string, number>;
  /** Caption lines: the grouping field with each group's n, and the groups left out and why. */
  notes: string[];
  /** True when the run has exactly two groups and both are drawn: each against the rest is then the one against the other. */
  pair: boolean;
  /** The reference group of a single comparison chosen by --compare A,B among more groups: the pair is A against it only. */
  against: string | null;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

/**
 * The groups a comparison chart draws: those in its rows, less the groups of the run with fewer than
 * `minDocs` documents (a rate or keyword list of one or two documents is an anecdote, not a group's
 * habit) and, past `max`, the smallest groups; the caption names every group left out and why.
 */
export function groupView(
  present: Iterable<string>, ctx: ChartContext, opts: { max?: number; documents?: ReadonlyMap<string, number>; reference?: string } = {},
): GroupView {
  const g = ctx.grouping;
  const documents = new Map(opts.documents ?? []);
  for (const s of g?.groups ?? []) documents.set(s.group, s.documents);
  const inRows = uniq(present).sort(byName);
  const min = g?.minDocs ?? 0;
  const small = (g?.groups ?? []).filter((s) => s.documents < min).map((s) => s.group).sort(byName);
  const all = g ? g.groups.map((x) => x.group) : inRows;
  let shown = inRows.filter((x) => !small.includes(x));
  // With two groups the keyword tables hold the one comparison A vs B, whose rows name only A: B is its reference.
  if (all.length === 2 && shown.length === 1 && small.length === 0) shown = [shown[0]!, all.find((x) => x !== shown[0])!];
  // --compare A,B among more groups: the rows name only A, and B (not "the rest") is what A is compared with.
  const against = opts.reference !== undefined && all.length > 2 && shown.length === 1 && shown[0] !== opts.reference ? opts.reference : null;
  if (against !== null) shown = [shown[0]!, against];
  let over: string[] = [];
  if (opts.max !== undefined && shown.length > opts.max) {
    const bySize = [...shown].sort((a, b) => (documents.get(b) ?? 0) - (documents.get(a) ?? 0) || byName(a, b));
    const keep = new Set(bySize.slice(0, opts.max));
    over = shown.filter((x) => !keep.has(x));
    shown = shown.filter((x) => keep.has(x));
  }
  const label = (x: string) => withN(x, documents.get(x));
  const notes = captionLines(g ? `Grouped by ${g.field}: ` : 'Groups: ', shown.map(label));
  if (small.length > 0) notes.push(...captionLines(`Left out, fewer than ${min} documents (--min-docs): `, small.map(label)));
  if (over.length > 0) notes.push(...captionLines(`Not drawn, more groups than ${opts.max} colours tell apart: `, over.map(label)));
  return { shown, documents, notes, pair: (all.length === 2 || against !== null) && shown.length === 2, against };
}

/** Caption line of a chart of the whole corpus in a grouped run: it is not split, and says so. */
export function wholeCorpusNotes(ctx: ChartContext): string[] {
  const g = ctx.grouping;
  if (!g) return [];
  const n = g.groups.reduce((s, x) => s + x.documents, 0);
  return [`All documents together (n = ${formatCount(n)}), not split by ${g.field}.`];
}

/**
 * Names wrapped by wrapLabel and told apart: names that wrap alike (ministries that differ only at the
 * end) get up to three more lines, and any still alike a number, never their full length (which would
 * run over their neighbours).
 */
export function distinctWraps(names: readonly string[], wrapChars: number, maxLines: number): Map<string, string> {
  const unique = uniq(names);
  let out = new Map<string, string>();
  for (let lines = maxLines; lines <= maxLines + 3; lines++) {
    out = new Map(unique.map((n) => [n, wrapLabel(n, wrapChars, lines)]));
    if (new Set(out.values()).size === unique.length) return out;
  }
  out = new Map(unique.map((n) => [n, wrapLabel(n, wrapChars, maxLines)]));
  const seen = new Map<string, number>();
  for (const [n, w] of out) {
    const k = (seen.get(w) ?? 0) + 1;
    seen.set(w, k);
    if (k > 1) out.set(n, `${w} #${k}`);
  }
  return out;
}

/**
 * Axis or legend labels for groups: the name wrapped into at most `maxLines` lines of `wrapChars`
 * (the full name stays in the tooltip), its n on the last line or, with `nLine`, on a line of its own.
 */
export function groupLabels(groups: readonly string[], documents: ReadonlyMap<string, number>, wrapChars: number, maxLines = 2, nLine = false) {
  const wrapped = distinctWraps(groups, wrapChars, maxLines);
  const map = new Map<string, string>();
  for (const g of groups) {
    const n = documents.get(g);
    const name = wrapped.get(g)!;
    map.set(g, n === undefined ? name : `${name}${nLine ? '\n' : ' '}(n = ${formatCount(n)})`);
  }
  const lines = Math.max(1, ...[...map.values()].map((d) => d.split('\n').length));
  return { map, lines };
}
