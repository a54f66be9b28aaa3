// The chart theme is data (theme.json); this module reads it once and turns it into Vega-Lite config.
import { readFileSync } from 'node:fs';
import type { ChartContext } from './types.ts';

export interface Theme {
  font: string;
  fontSize: {
    title: number; subtitle: number; axisTitle: number; axisLabel: number;
    header: number; legendTitle: number; legendLabel: number; markText: number;
  };
  colors: {
    text: string; subtitle: string; grid: string; domain: string; reference: string; background: string;
    textOnDark: string; textOnLight: string; single: string; muted: string;
  };
  palette: { okabeIto: string[]; pair: [string, string]; sequential: string };
  shapes: string[];
  strokeDashes: number[][];
  layout: {
    width: number; facetWidth: number; step: number; facetStep: number; facetColumns: number;
    labelWrapChars: number; labelMaxLines: number; labelWidth: number; labelLineHeight: number; headerWrapChars: number;
    padding: number; pointSize: number;
  };
}

const THEME_URL = new URL('./theme.json', import.meta.url);

/** Reads and checks a theme file; errors name the file and the missing field. */
export function loadTheme(url: URL = THEME_URL): Theme {
  const raw = JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
  const required = ['font', 'fontSize', 'colors', 'palette', 'shapes', 'strokeDashes', 'layout'];
  for (const key of required) {
    if (raw[key] === undefined) throw new Error(`${url.pathname}: missing field "${key}" in chart theme`);
  }
  const theme = raw as unknown as Theme;
  if (theme.palette.pair.length !== 2) throw new Error(`${url.pathname}: palette.pair must hold exactly 2 colours`);
  return theme;
}

export const theme: Theme = loadTheme();

/** Ticks on a panel's quantitative axis: one every ~55 px (Vega's default, one per 40 px, set labels against each other). */
export const facetTickCount = Math.round(theme.layout.facetWidth / 55);

/**
 * `$schema` of every spec: v5, not v6. JupyterLab renders Vega-Lite only under the MIME type
 * application/vnd.vegalite.v5+json with a bundled Vega-Lite 5, so the specs use nothing v6-only
 * (tests validate them against the installed 6.4 schema, which accepts every construct used here).
 */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

/**
 * Title block: the chart title plus a caption naming corpus, lexicon and run; `notes` (the groups
 * behind the chart, what was left out and why) go between the corpus line and the run line.
 */
export function titleBlock(text: string, ctx: ChartContext, notes: readonly string[] = []) {
  return {
    text,
    subtitle: [`Corpus: ${ctx.corpus}`, ...notes, `Lexicon: ${ctx.lexicon} · Run: ${ctx.run}`],
    anchor: 'start' as const,
  };
}

/** Vega-Lite `config` built from the theme. */
export function vlConfig(t: Theme = theme) {
  const fs = t.fontSize;
  return {
    font: t.font,
    background: t.colors.background,
    padding: t.layout.padding,
    title: {
      font: t.font, fontSize: fs.title, fontWeight: 'bold' as const, color: t.colors.text,
      subtitleFont: t.font, subtitleFontSize: fs.subtitle, subtitleColor: t.colors.subtitle,
      subtitlePadding: 4, offset: 14, anchor: 'start' as const, frame: 'group' as const,
    },
    axis: {
      labelFont: t.font, titleFont: t.font, labelFontSize: fs.axisLabel, titleFontSize: fs.axisTitle,
      labelColor: t.colors.text, titleColor: t.colors.text, titleFontWeight: 'normal' as const,
      gridColor: t.colors.grid, domainColor: t.colors.domain, tickColor: t.colors.domain,
      labelLineHeight: t.layout.labelLineHeight, titlePadding: 8,
    },
    header: {
      labelFont: t.font, titleFont: t.font, labelFontSize: fs.header, titleFontSize: fs.axisTitle,
      labelColor: t.colors.text, titleColor: t.colors.text, labelFontWeight: 'bold' as const,
      labelLineHeight: t.layout.labelLineHeight + 1,
    },
    legend: {
      labelFont: t.font, titleFont: t.font, labelFontSize: fs.legendLabel, titleFontSize: fs.legendTitle,
      labelColor: t.colors.text, titleColor: t.colors.text, titleFontWeight: 'normal' as const,
      labelLimit: 400, titleLimit: 400,
    },
    text: { font: t.font, fontSize: fs.markText },
    view: { stroke: t.colors.grid },
    range: { category: t.palette.okabeIto, heatmap: { scheme: t.palette.sequential }, ramp: { scheme: t.palette.sequential } },
  };
}

/**
 * Wraps a long name on word boundaries into at most `maxLines` lines of `maxChars`,
 * joined by "\n" (split again by the axis labelExpr); the last line ends in "…" when cut.
 */
export function wrapLabel(name: string, maxChars: number, maxLines: number): string {
  const words = name.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i];
    const next = line ? `${line} ${w}` : w;
    if (next.length <= maxChars) { line = next; continue; }
    if (line) { lines.push(line); line = ''; }
    if (lines.length === maxLines) break;
    line = w.length > maxChars ? `${w.slice(0, maxChars - 1)}…` : w;
  }
  if (line && lines.length < maxLines) lines.push(line);
  const truncated = i < words.length;
  if (truncated) {
    const last = lines[lines.length - 1];
    lines[lines.length - 1] = last.length >= maxChars ? `${last.slice(0, maxChars - 1)}…` : `${last}…`;
  }
  return lines.join('\n');
}

/**
 * Display names for a set of full names, wrapped by wrapLabel and kept unique
 * (two names that wrap to the same text keep their full names) so no two rows merge on an axis.
 */
export function displayNames(names: Iterable<string>, maxChars: number, maxLines: number): Map<string, string> {
  const unique = [...new Set(names)];
  const wrapped = new Map(unique.map((n) => [n, wrapLabel(n, maxChars, maxLines)]));
  const seen = new Map<string, number>();
  for (const w of wrapped.values()) seen.set(w, (seen.get(w) ?? 0) + 1);
  for (const [n, w] of wrapped) if ((seen.get(w) ?? 0) > 1) wrapped.set(n, n);
  return wrapped;
}

/** Axis / header property that turns "\n" in a display name into separate lines. */
export const MULTILINE_LABEL = "split(datum.label, '\\n')";
