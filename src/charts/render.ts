// Headless rendering: Vega-Lite spec -> pretty JSON, SVG (vega, no browser) and a 2x PNG (resvg with bundled fonts).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { fontFiles, readFontMetrics, vegaWidth } from './metrics.ts';
import { theme } from './theme.ts';

export { fontFiles } from './metrics.ts';

/** PNG scale: 2x the SVG's CSS pixels, enough for print at column width. */
export const PNG_SCALE = 2;

/** JSON with object keys sorted at every level (arrays keep their order), 2-space indent, trailing newline. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** Compiles Vega-Lite to Vega, collecting the compiler's warnings instead of printing them. */
export function compile(spec: TopLevelSpec): { vg: vega.Spec; warnings: string[] } {
  const warnings: string[] = [];
  const logger = {
    level: (_?: number) => logger as never,
    error: (...m: unknown[]) => { throw new Error(`vega-lite: ${m.join(' ')}`); },
    warn: (...m: unknown[]) => { warnings.push(m.join(' ')); return logger as never; },
    info: () => logger as never,
    debug: () => logger as never,
  };
  const vg = vl.compile(spec, { logger: logger as never }).spec;
  return { vg, warnings };
}

export interface RenderedChart {
  vl: string;
  svg: string;
  png: Buffer;
  /** Vega-Lite compiler warnings (empty for a clean spec). */
  warnings: string[];
}

let metricsInstalled = false;

/**
 * Makes Vega measure text with DejaVu Sans's own advance widths (as vl-convert does with its fonts):
 * labels, limits and layout then match what resvg draws. Global to the process's vega instance.
 */
export function installFontMetrics(files: string[] = fontFiles()): void {
  if (metricsInstalled) return;
  const regular = readFontMetrics(files[0]);
  const bold = readFontMetrics(files[1]);
  // vega re-exports vega-scenegraph's textMetrics object; its typings do not declare it.
  (vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width = vegaWidth(regular, bold);
  metricsInstalled = true;
}

export async function renderChart(spec: TopLevelSpec): Promise<RenderedChart> {
  const fonts = fontFiles();
  installFontMetrics(fonts);
  const { vg, warnings } = compile(spec);
  const view = new vega.View(vega.parse(vg), { renderer: 'none' });
  let svg: string;
  try {
    // Gradient / clip ids come from a process-wide counter: restart it so the same spec gives the same bytes.
    (vega as unknown as { resetSVGDefIds: () => void }).resetSVGDefIds();
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  const png = rasterize(svg, fonts).png;
  return { vl: stableJson(spec), svg, png, warnings };
}

/** SVG -> PNG at PNG_SCALE with the bundled fonts only (no system fonts: byte-reproducible). */
export function rasterize(svg: string, fonts: string[] = fontFiles()): { png: Buffer; pixels: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: theme.colors.background,
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: theme.font, sansSerifFamily: theme.font },
  });
  const image = resvg.render();
  return { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height };
}

/** Writes `<name>.vl.json`, `<name>.svg` and `<name>.png` into dir; each file appears whole or not at all. */
export async function writeChart(dir: string, name: string, spec: TopLevelSpec): Promise<{ vl: string; svg: string; png: string }> {
  if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new Error(`writeChart: chart name ${JSON.stringify(name)} must be a plain file name`);
  const out = await renderChart(spec);
  await mkdir(dir, { recursive: true });
  const paths = { vl: join(dir, `${name}.vl.json`), svg: join(dir, `${name}.svg`), png: join(dir, `${name}.png`) };
  const contents: [string, string | Buffer][] = [[paths.vl, out.vl], [paths.svg, out.svg], [paths.png, out.png]];
  for (const [path, data] of contents) {
    // Temp file in the same folder, so rename is atomic (same file system).
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
      await writeFile(tmp, data);
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }
  return paths;
}
