// Text widths from the DejaVu Sans font files themselves, so Vega lays out labels, limits and
// truncation for the font resvg draws with (headless Vega otherwise guesses 0.8 em a character),
// and builders that place labels themselves measure them as they will be drawn.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'];

/** Paths of the bundled DejaVu Sans files (npm package dejavu-fonts-ttf); throws when one is missing. */
export function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  } catch {
    throw new Error('charts: npm package "dejavu-fonts-ttf" not found; without it resvg draws no text');
  }
  const files = FONT_FILES.map((f) => join(dir, f));
  const missing = files.filter((f) => !existsSync(f));
  // resvg draws no text, silently, when no font matches: refuse to render instead.
  if (missing.length > 0) throw new Error(`charts: font files missing: ${missing.join(', ')}`);
  return files;
}

export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width in font units by Unicode code point. */
  advance: Map<number, number>;
  /** Advance of glyph 0 (.notdef), used for characters the font lacks. */
  fallback: number;
}

/** Reads unitsPerEm (head), advances (hhea + hmtx) and the Unicode map (cmap format 4 or 12) of a TrueType file. */
export function readFontMetrics(path: string): FontMetrics {
  const buf = readFileSync(path);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    tables.set(buf.toString('latin1', rec, rec + 4), view.getUint32(rec + 8));
  }
  const table = (tag: string) => {
    const off = tables.get(tag);
    if (off === undefined) throw new Error(`${path}: TrueType table "${tag}" missing`);
    return off;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const numHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphAdvance = (g: number) => view.getUint16(hmtx + 4 * Math.min(g, numHMetrics - 1));

  const cmap = table('cmap');
  let format4 = -1;
  let format12 = -1;
  for (let i = 0, n = view.getUint16(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = cmap + view.getUint32(rec + 4);
    const format = view.getUint16(sub);
    if (platform === 3 && encoding === 10 && format === 12) format12 = sub;
    if (((platform === 3 && encoding === 1) || platform === 0) && format === 4) format4 = sub;
  }
  const advance = new Map<number, number>();
  if (format12 >= 0) {
    for (let i = 0, n = view.getUint32(format12 + 12); i < n; i++) {
      const g = format12 + 16 + 12 * i;
      const start = view.getUint32(g);
      const end = view.getUint32(g + 4);
      const glyph = view.getUint32(g + 8);
      for (let c = start; c <= end; c++) advance.set(c, glyphAdvance(glyph + c - start));
    }
  } else if (format4 >= 0) {
    const segX2 = view.getUint16(format4 + 6);
    const ends = format4 + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    for (let s = 0; s < segX2; s += 2) {
      const end = view.getUint16(ends + s);
      const start = view.getUint16(starts + s);
      const delta = view.getInt16(deltas + s);
      const rangeOffset = view.getUint16(ranges + s);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
        else {
          const g = view.getUint16(ranges + s + rangeOffset + 2 * (c - start));
          glyph = g === 0 ? 0 : (g + delta) & 0xffff;
        }
        if (glyph !== 0) advance.set(c, glyphAdvance(glyph));
      }
    }
  } else {
    throw new Error(`${path}: no Unicode cmap (format 4 or 12)`);
  }
  return { unitsPerEm, advance, fallback: glyphAdvance(0) };
}

/** Width in pixels of a single line of text at a font size (advances only, no kerning). */
export function textWidth(m: FontMetrics, text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += m.advance.get(ch.codePointAt(0)!) ?? m.fallback;
  return (units / m.unitsPerEm) * fontSize;
}

interface TextItem { fontSize?: number | string; fontWeight?: number | string; limit?: number; text?: unknown }

/** A Vega `textMetrics.width` function backed by the regular and bold font files. */
export function vegaWidth(regular: FontMetrics, bold: FontMetrics) {
  return (item: TextItem, text: unknown): number => {
    const size = item.fontSize != null ? +item.fontSize || 0 : 11;
    const weight = item.fontWeight;
    const m = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && +weight >= 600) ? bold : regular;
    const str = text == null ? '' : String(text).trim();
    const w = textWidth(m, str, size);
    // Vega also uses this for bounds of truncated text: a truncated label is never wider than its limit.
    return item.limit != null && item.limit > 0 ? Math.min(w, item.limit) : w;
  };
}

let regular: FontMetrics | null = null;

/**
 * Width in pixels of a line of regular DejaVu Sans, the font resvg draws with: builders that place
 * labels themselves measure with it, so a label never turns out wider than the room found for it.
 */
export function measureText(text: string, fontSize: number): number {
  regular ??= readFontMetrics(fontFiles()[0]!);
  return textWidth(regular, text, fontSize);
}
