// Data choices inside the builders: wrapping, ranking, filtering, label placement, empty input, font metrics, file output.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { fontFiles, heatmap, keyness, topEntries, trends, wrapLabel, writeChart, displayNames } from '../../src/charts/index.ts';
import { placeLabels, estimateTextWidth } from '../../src/charts/labels.ts';
import { readFontMetrics, textWidth } from '../../src/charts/metrics.ts';
import * as rows from './rows.ts';

type Values = { data: { values: Record<string, unknown>[] } };

describe('wrapLabel', () => {
  it('wraps on word boundaries and marks a cut with an ellipsis (worked by hand)', () => {
    expect(wrapLabel('Ministry of Foreign Affairs of the Russian Federation (Telegram @MFARussia)', 34, 2))
      .toBe('Ministry of Foreign Affairs of the\nRussian Federation (Telegram…');
    expect(wrapLabel('NATO Press Office', 34, 2)).toBe('NATO Press Office');
    expect(wrapLabel('Supercalifragilisticexpialidocious', 10, 2)).toBe('Supercali…');
  });
  it('keeps display names unique: names that wrap alike fall back to their full text', () => {
    const a = 'Ministry of Foreign Affairs of the Russian Federation, press office one';
    const b = 'Ministry of Foreign Affairs of the Russian Federation, press office two';
    const m = displayNames([a, b], 34, 2);
    expect(new Set(m.values()).size).toBe(2);
    expect(m.get(a)).toBe(a);
  });
});

describe('topEntries', () => {
  it('keeps the top n per category by hits, ties broken by entry', () => {
    const r = [
      { category: 'c', label: 'C', entry: 'b', hits: 5 },
      { category: 'c', label: 'C', entry: 'a', hits: 5 },
      { category: 'c', label: 'C', entry: 'z', hits: 3 },
      { category: 'd', label: 'D', entry: 'x', hits: 1 },
    ];
    const v = (topEntries(r, rows.ctx, 2) as unknown as Values).data.values;
    expect(v.map((x) => [x.label, x.entry, x.rank])).toEqual([['C', 'a', 1], ['C', 'b', 2], ['D', 'x', 1]]);
  });
  it('keeps at most 10 per category on the fixture', () => {
    const v = (topEntries(rows.top_entries, rows.ctx) as unknown as Values).data.values;
    for (const [, label] of rows.CATEGORIES) expect(v.filter((x) => x.label === label).length).toBeLessThanOrEqual(10);
  });
});

describe('keyness', () => {
  const base = { group: 'G', g2: 10, freq_target: 10, freq_reference: 10 };
  it('keeps only keywords below the adjusted alpha, top n each direction by |log ratio|', () => {
    const r = [
      { ...base, item: 'up1', log_ratio: 3, p_adjusted: 0.001 },
      { ...base, item: 'up2', log_ratio: 2, p_adjusted: 0.01 },
      { ...base, item: 'up3', log_ratio: 1, p_adjusted: 0.01 },
      { ...base, item: 'notsig', log_ratio: 5, p_adjusted: 0.2 },
      { ...base, item: 'down1', log_ratio: -4, p_adjusted: 0.001 },
    ];
    const v = (keyness(r, rows.ctx, { top: 2 }) as unknown as Values).data.values;
    expect(v.map((x) => x.item)).toEqual(['up1', 'up2', 'down1']);
  });
  it('returns null when nothing is significant', () => {
    expect(keyness([{ ...base, item: 'x', log_ratio: 1, p_adjusted: 0.5 }], rows.ctx)).toBeNull();
  });
});

describe('trends', () => {
  it('returns null for no rows (undated corpus)', () => {
    expect(trends([], rows.ctx)).toBeNull();
  });
  it('names the row and field of a malformed period', () => {
    const bad = [{ ...rows.trends[0] }, { ...rows.trends[1], period: '2024-13' }];
    expect(() => trends(bad, rows.ctx)).toThrow(/row 1 field "period"/);
  });
});

describe('heatmap', () => {
  it('switches cell text to white below 55% of the maximum rate (viridis is dark there)', () => {
    const spec = heatmap(rows.heatmap, rows.ctx) as unknown as { layer: { encoding: { color: { condition?: { test: string } } } }[] };
    const max = Math.max(...rows.heatmap.map((r) => r.rate_per_1000_words));
    expect(spec.layer[1].encoding.color.condition?.test).toBe(`datum.rate_per_1000_words < ${0.55 * max}`);
  });
});

describe('placeLabels', () => {
  it('places labels without overlaps, inside the plot', () => {
    const req = Array.from({ length: 15 }, (_, i) => ({ px: 200 + (i % 3) * 4, py: 100 + i * 3, text: `word${i}` }));
    const placed = placeLabels(req, 400, 300, 10);
    const boxes = placed.flatMap((p, i) => (p ? [{ x: p.x, y: p.y - 6, w: estimateTextWidth(req[i].text, 10), h: 12 }] : []));
    expect(boxes.length).toBeGreaterThan(10);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(400);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]; const b = boxes[j];
        expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
      }
    }
  });
});

describe('font metrics', () => {
  it('reads DejaVu Sans: 2048 units per em (TrueType head table)', () => {
    expect(readFontMetrics(fontFiles()[0]).unitsPerEm).toBe(2048);
  });
  it('agrees with the ink width resvg draws for the same text (independent font parser)', () => {
    const m = readFontMetrics(fontFiles()[0]);
    const text = 'HHHHHHHHHH';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="120"><text x="10" y="100" font-family="DejaVu Sans" font-size="100">${text}</text></svg>`;
    const img = new Resvg(svg, { background: '#ffffff', font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render();
    // resvg's pixels getter copies the buffer on every access: read it once.
    const px = img.pixels;
    let left = Infinity; let right = -Infinity;
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        if (px[4 * (y * img.width + x)] < 128) { left = Math.min(left, x); right = Math.max(right, x); }
      }
    }
    // Ink spans the advances minus the first glyph's left and the last glyph's right side bearing (< 0.15 em each).
    const advance = textWidth(m, text, 100);
    expect(right - left + 1).toBeLessThan(advance);
    expect(right - left + 1).toBeGreaterThan(advance - 30);
  });
});

describe('writeChart', () => {
  it('writes the three files and leaves no temp file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'framescope-charts-'));
    try {
      const spec = topEntries(rows.top_entries.slice(0, 12), rows.ctx);
      const paths = await writeChart(dir, 'top_entries', spec);
      expect((await readdir(dir)).sort()).toEqual(['top_entries.png', 'top_entries.svg', 'top_entries.vl.json']);
      expect(JSON.parse(await readFile(paths.vl, 'utf8')).$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
      expect((await readFile(paths.png)).subarray(1, 4).toString('latin1')).toBe('PNG');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  it('refuses a name that is not a plain file name', async () => {
    await expect(writeChart(tmpdir(), '../escape', topEntries(rows.top_entries, rows.ctx))).rejects.toThrow(/plain file name/);
  });
});

describe('trends: gaps in time', () => {
  it('starts a new line segment after a month without documents', async () => {
    const { gapSegments } = await import('../../src/charts/trends.ts');
    const row = (period: string, label = 'A') => ({ period, category: label, label, hits: 1, words: 100, rate_per_1000_words: 10 });
    // 2021-11, 2021-12, 2022-01 are consecutive; 2022-03 follows a gap; label B is its own series.
    expect(gapSegments([row('2021-11'), row('2021-12'), row('2022-01'), row('2022-03'), row('2021-11', 'B')])).toEqual([0, 0, 0, 1, 0]);
  });
});

describe('sentiment distribution: binned in code', () => {
  it('counts scores into Vega nice bins, so the spec holds bins, not sentences', async () => {
    const { binScores } = await import('../../src/charts/sentiment_distribution.ts');
    // Extent [-0.93, 0.97] with at most 30 bins: Vega's rule gives step 0.1 from -1 to 1 (20 bins).
    const scores = [-0.93, -0.05, 0, 0.04, 0.97].map((score) => ({ scorer: 'vader', score }));
    const bins = binScores(scores);
    expect(bins).toHaveLength(20);
    expect(bins[0]).toEqual({ scorer: 'vader', bin_start: -1, bin_end: -0.9, sentences: 1 });
    // -0.05 falls in [-0.1, 0); 0 and 0.04 in [0, 0.1); 0.97 in the last bin [0.9, 1).
    expect(bins.find((b) => b.bin_start === -0.1)!.sentences).toBe(1);
    expect(bins.find((b) => b.bin_start === 0)!.sentences).toBe(2);
    expect(bins[19]).toEqual({ scorer: 'vader', bin_start: 0.9, bin_end: 1, sentences: 1 });
    expect(bins.reduce((s, b) => s + b.sentences, 0)).toBe(5);
  });
});

describe('axes end at labelled ticks and do not crowd', () => {
  // The scales and ticks Vega itself builds from the compiled spec (headless view, nothing drawn).
  const scalesOf = async (spec: import('vega-lite').TopLevelSpec) => {
    const vega = await import('vega');
    const { compile } = await import('../../src/charts/index.ts');
    const view = new vega.View(vega.parse(compile(spec).vg), { renderer: 'none' });
    await view.runAsync();
    return (name: string) => view.scale(name) as { domain(): number[]; ticks(n: number): number[] };
  };

  it('sentiment histograms: 1,792 sentences end the y axis at 2,000 (a tick), 2,800 at 3,000', async () => {
    const { sentimentDistribution } = await import('../../src/charts/index.ts');
    // One bin of 1,792 (VADER's 0 bin in corpus-real) and one of 2,800 (AFINN's): by hand, d3's nice
    // for 4 ticks steps by 500 (1,792 / 4 = 448 → 500), so the tops are 2,000 and 3,000.
    const series = [
      { scorer: 'vader', scores: Float64Array.from({ length: 1792 }, () => 0.05) },
      { scorer: 'afinn', scores: Float64Array.from({ length: 2800 }, () => 1) },
    ];
    const spec = sentimentDistribution(series, rows.ctx);
    const scale = await scalesOf(spec);
    expect(scale('concat_0_y').domain()).toEqual([0, 2000]);
    expect(scale('concat_0_y').ticks(4)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(scale('concat_1_y').domain()).toEqual([0, 3000]);
    // x: AFINN scores from -7 to 13 get ticks every 5 (20 / 4 = 5), not every 2.
    const afinn = sentimentDistribution([{ scorer: 'afinn', scores: Float64Array.from([-7, 0, 13]) }], rows.ctx);
    const ax = (await scalesOf(afinn))('concat_0_x');
    const xTicks = (afinn as { concat: { encoding: { x: { axis: { tickCount: number } } } }[] }).concat[0]!.encoding.x.axis.tickCount;
    expect(ax.ticks(xTicks)).toEqual([-5, 0, 5, 10]);
  });

  it('rates by group: intervals up to 12.3 share an x axis ending at 15, ticks every 5', async () => {
    const { ratesByGroup } = await import('../../src/charts/index.ts');
    const row = (group: string, rate: number, high: number) => ({ group, category: 'c', label: 'C', rate_per_1000_words: rate, ci_low: 0, ci_high: high, hits: 1, documents: 2 });
    const spec = ratesByGroup([row('A', 8, 12.3), row('B', 1, 2)], rows.ctx)!;
    // By hand (d3's nice for 4 ticks, repeated until stable): [0, 12.3] steps by 2 to [0, 14]; [0, 14] by 5 to [0, 15]; [0, 15] by 5.
    const x = (await scalesOf(spec))('x');
    expect(x.domain()).toEqual([0, 15]);
    expect(x.ticks(4)).toEqual([0, 5, 10, 15]);
  });

  it('rates: a largest rate of 2.65 gives x ticks every 0.5 from 0 to 3, not every 0.2', async () => {
    const { rates } = await import('../../src/charts/index.ts');
    const row = (category: string, rate: number) => ({ category, label: category, hits: 1, hits_non_negated: 1, words: 1000, documents: 1, rate_per_1000_words: rate });
    const spec = rates([row('a', 2.65), row('b', 0.53)], rows.ctx);
    // By hand: domain [0, 2.65 × 1.12 = 2.968] made nice is [0, 3]; 6 ticks over 3 step by 0.5 (3 / 6 = 0.5).
    const x = (await scalesOf(spec))('x');
    expect(x.domain()).toEqual([0, 3]);
    const tickCount = (spec as { encoding: { x: { axis: { tickCount: number } } } }).encoding.x.axis.tickCount;
    expect(x.ticks(tickCount)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
    // The bundled corpus's largest rate, 24.85: 24.85 × 1.12 = 27.8, nice for 6 ticks (27.8 / 6 = 4.6 → 5) ends at 30, a tick.
    const big = (await scalesOf(rates([row('a', 24.85)], rows.ctx)))('x');
    expect(big.domain()).toEqual([0, 30]);
    expect(big.ticks(tickCount)).toEqual([0, 5, 10, 15, 20, 25, 30]);
  });
});

describe('top_entries: panels on a uniform grid', () => {
  it('puts every panel of a column at the same x and of a row at the same y, whatever its labels and header', async () => {
    const vega = await import('vega');
    const { compile } = await import('../../src/charts/index.ts');
    const spec = topEntries(rows.top_entries, rows.ctx);
    const view = new vega.View(vega.parse(compile(spec).vg), { renderer: 'none' });
    await view.runAsync();
    // The facet cells: groups of the mark named "cell", each item one panel's plot area, in facet order.
    // The scenegraph alternates marks (name, items) and items (x, y, items = marks); its root is a mark.
    type Mark = { name?: string; marktype: string; items?: Item[] };
    type Item = { x: number; y: number; items?: Mark[] };
    const cells: Item[] = [];
    const walk = (mark: Mark) => {
      if (mark.name === 'cell') cells.push(...(mark.items ?? []));
      else if (mark.marktype === 'group') for (const item of mark.items ?? []) for (const m of item.items ?? []) walk(m);
    };
    walk((view.scenegraph() as unknown as { root: Mark }).root);
    // 12 categories in 3 columns: 4 rows. Long names (the fixture's issuers are not used here; its
    // category "Sovereignty and territorial integrity" has a two-line header) used to shift panels.
    expect(cells).toHaveLength(12);
    const xs = new Set(cells.map((c) => c.x));
    const ys = new Set(cells.map((c) => c.y));
    expect(xs.size).toBe(3);
    expect(ys.size).toBe(4);
  });
});

describe('frame_tone: x ticks that do not touch', () => {
  it('asks for 4 ticks per panel: over AFINN means from -4.7 to 2.8 that is every 2, not every 1', async () => {
    const vega = await import('vega');
    const { compile, frameTone } = await import('../../src/charts/index.ts');
    const vg = compile(frameTone(rows.frame_tone, rows.ctx)).vg as { marks?: unknown[]; axes?: { scale: string; tickCount?: number }[] };
    const axes: { scale: string; tickCount?: number }[] = [];
    const walk = (g: { marks?: unknown[]; axes?: { scale: string; tickCount?: number }[] }) => {
      axes.push(...(g.axes ?? []));
      for (const m of g.marks ?? []) walk(m as typeof g);
    };
    walk(vg);
    const x = axes.filter((a) => a.scale === 'child_x');
    expect(x.length).toBeGreaterThan(0);
    for (const a of x) expect(a.tickCount).toBe(4);
    // By hand: (2.8 + 4.7) / 4 = 1.9, d3 rounds the step to 2: -4, -2, 0, 2 (10 ticks step by 1: -4 to 2, seven labels).
    const scale = vega.scale('linear')().domain([-4.7, 2.8]) as { ticks(n: number): number[] };
    expect(scale.ticks(4)).toEqual([-4, -2, 0, 2]);
    expect(scale.ticks(10)).toEqual([-4, -3, -2, -1, 0, 1, 2]);
  });
});
