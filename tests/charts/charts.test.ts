// Every builder: schema-valid v5-declared spec, clean compile, SVG with marks and text, 2x non-blank PNG, reproducible bytes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { builders, compile, rasterize, renderChart, VEGA_LITE_SCHEMA } from '../../src/charts/index.ts';
import * as rows from './rows.ts';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));
// The installed schema declares draft-07, which is what Ajv's default class implements.
// Formats (uri, color-hex) are not checked: ajv would only warn that it does not know them.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(schema);

const cases = Object.entries(builders).map(([name, build]) => {
  const spec = (build as (r: unknown, c: typeof rows.ctx) => unknown)((rows as Record<string, unknown>)[name], rows.ctx);
  if (!spec) throw new Error(`${name}: builder returned null for the fixture rows`);
  return { name, spec: spec as Parameters<typeof renderChart>[0] };
});

/** Width and height from the PNG IHDR chunk: bytes 16..23 after the 8-byte signature and chunk header (PNG spec, ISO/IEC 15948 §11.2.2). */
function pngSize(png: Buffer) {
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function nonWhite(pixels: Buffer): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 250 || pixels[i + 1] < 250 || pixels[i + 2] < 250) n++;
  return n;
}

const svgTexts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/gs)].map((m) => m[1].replace(/<[^>]+>/g, ' ').replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim());

describe.each(cases)('$name', ({ spec }) => {
  it('declares the v5 schema and validates against the installed Vega-Lite schema', () => {
    expect((spec as { $schema: string }).$schema).toBe(VEGA_LITE_SCHEMA);
    const ok = validate(spec);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('keeps its data inline', () => {
    const data = (spec as { data?: { values?: unknown[] } }).data;
    expect(Array.isArray(data?.values) && data.values.length > 0).toBe(true);
  });

  it('compiles without Vega-Lite warnings', () => {
    // Benign for layered facets here: every layer reads the same inline values, which is what Vega-Lite assumes.
    const benign = /^Detected faceted independent scales that union domain of the same fields from different source/;
    expect(compile(spec).warnings.filter((w) => !benign.test(w))).toEqual([]);
  });

  it('renders an SVG with marks, title, caption and axis titles, a 2x PNG with text, identical bytes twice', async () => {
    const a = await renderChart(spec);
    const b = await renderChart(spec);
    expect(b.vl).toBe(a.vl);
    expect(b.svg === a.svg).toBe(true);
    expect(Buffer.compare(b.png, a.png)).toBe(0);

    expect(a.vl.endsWith('}\n')).toBe(true);
    expect(JSON.parse(a.vl)).toEqual(JSON.parse(JSON.stringify(spec)));

    // Marks: at least one data-driven mark of a drawing type.
    expect(a.svg).toMatch(/aria-roledescription="(bar|rect|point|line|rule|text|symbol)"|class="mark-(rect|symbol|line|rule|text)[^"]*role-mark/);
    const texts = svgTexts(a.svg).join(' | ');
    const title = (spec as { title: { text: string } }).title.text;
    expect(texts).toContain(title);
    expect(texts).toContain(`Corpus: ${rows.ctx.corpus}`);
    expect(texts).toContain(`Run: ${rows.ctx.run}`);
    expect(texts).toContain(rows.ctx.lexicon);
    // Axis titles: every chart names its units on a quantitative axis.
    expect(texts).toMatch(/per 1,000 words|score|count|Log ratio|z-score|Hits/i);
    expect(a.svg).toContain('font-family="DejaVu Sans"');

    const w = Number(a.svg.match(/<svg[^>]*\swidth="([\d.]+)"/)![1]);
    const h = Number(a.svg.match(/<svg[^>]*\sheight="([\d.]+)"/)![1]);
    expect(pngSize(a.png)).toEqual({ width: Math.round(w * 2), height: Math.round(h * 2) });
    // Fits a page: at most 2,400 px wide at PNG_SCALE 2, even with the fixture's 11 long issuer names.
    expect(w).toBeLessThanOrEqual(1200);

    // Not blank, and the text is really drawn: removing every <text> changes the picture a lot.
    const full = rasterize(a.svg);
    const noText = rasterize(a.svg.replace(/<text[^>]*>.*?<\/text>/gs, ''));
    const inked = nonWhite(full.pixels);
    expect(inked).toBeGreaterThan(0.02 * full.width * full.height);
    expect(inked - nonWhite(noText.pixels)).toBeGreaterThan(2000);
  }, 30_000);
});
