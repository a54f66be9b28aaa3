// Charts of a grouped run: two groups, tiny groups, a stretch of months without documents, and the
// charts a run cannot draw. The rows copy the bundled corpus's shape (trends.csv, rates_by_group.csv);
// every expected value below was worked out by hand from them.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import {
  fightinWords, frameTone, frameToneByGroup, heatmap, keyness, rates, ratesByGroup, renderChart, trends,
} from '../../src/charts/index.ts';
import { isContentWord } from '../../src/charts/fightin_words.ts';
import { placeLabels } from '../../src/charts/labels.ts';
import { fontFiles, readFontMetrics, textWidth } from '../../src/charts/metrics.ts';
import { captionLines, groupView, panelHeaders } from '../../src/charts/spec.ts';
import { periodAxis } from '../../src/charts/trends.ts';
import type { ChartContext, FightinWordsRow, GroupIntervalRow, GroupRateRow, KeynessRow, TrendRow } from '../../src/charts/types.ts';
import { writeCharts } from '../../src/outputs/charts.ts';
import { registerChart, unregisterChart } from '../../src/charts/catalogue.ts';
import type { CorpusState } from '../../src/engine/corpus-state.ts';
import * as rows from './rows.ts';

const BEFORE = 'before 24 Feb 2022';
const FROM = 'from 24 Feb 2022';
const RSH = 'Russian-Syrian interagency headquarters';

/** The bundled corpus by its group field: 118 and 203 documents. */
const two: ChartContext = {
  ...rows.ctx,
  grouping: { field: 'group', groups: [{ group: BEFORE, documents: 118 }, { group: FROM, documents: 203 }], minDocs: 5 },
};
/** The bundled corpus by speaker: two groups of one document, below the default --min-docs of 5. */
const speakers: ChartContext = {
  ...rows.ctx,
  grouping: {
    field: 'speaker',
    groups: [
      { group: 'Department', documents: 6 }, { group: 'Deputy Secretary', documents: 1 }, { group: RSH, documents: 1 },
      { group: 'Secretary', documents: 102 }, { group: 'Spokesperson', documents: 211 },
    ],
    minDocs: 5,
  },
};

type Loose = Record<string, any>;
const subtitle = (spec: TopLevelSpec | null) => (spec as unknown as { title: { subtitle: string[] } }).title.subtitle;
const caption = (spec: TopLevelSpec | null) => subtitle(spec).join(' ');
const values = (spec: TopLevelSpec | null) => (spec as unknown as { data: { values: Loose[] } }).data.values;
const svgWidth = async (spec: TopLevelSpec | null) => Number((await renderChart(spec!)).svg.match(/<svg[^>]*\swidth="([\d.]+)"/)![1]);

/** Documents per month and group in the bundled corpus (trends.csv): none in 2021-09, -10, -12 and 2022-01. */
const DEMO: [string, string, number][] = [
  [BEFORE, '2021-05', 10], [BEFORE, '2021-06', 26], [BEFORE, '2021-07', 36], [BEFORE, '2021-08', 19], [BEFORE, '2021-11', 1], [BEFORE, '2022-02', 26],
  [FROM, '2022-02', 8], [FROM, '2022-03', 55], [FROM, '2022-04', 40], [FROM, '2022-05', 48], [FROM, '2022-06', 24], [FROM, '2022-07', 26], [FROM, '2022-08', 2],
];
const trendRows = (list: [string, string, number][]): TrendRow[] => list.flatMap(([group, period, documents], i) =>
  [['illegality', 'Illegality'], ['sovereignty', 'Sovereignty']].map(([category, label]) => {
    const words = documents * 300;
    const hits = documents + (i % 3);
    return { period, group, category: category!, label: label!, hits, words, documents, rate_per_1000_words: (hits / words) * 1000 };
  }));

describe('captions name the grouping field and each group\'s n', () => {
  it('two groups: both drawn, named with their n, and a pair', () => {
    const view = groupView([FROM, BEFORE], two);
    expect(view.shown).toEqual([BEFORE, FROM]);
    expect(view.notes).toEqual(['Grouped by group: before 24 Feb 2022 (n = 118), from 24 Feb 2022 (n = 203).']);
    expect(view.pair).toBe(true);
  });
  it('groups under --min-docs are left out and named, on lines of at most 110 characters', () => {
    const view = groupView(['Spokesperson', 'Secretary', RSH, 'Deputy Secretary', 'Department'], speakers);
    expect(view.shown).toEqual(['Department', 'Secretary', 'Spokesperson']);
    // The second note is 121 characters in one line: broken after the first group.
    expect(view.notes).toEqual([
      'Grouped by speaker: Department (n = 6), Secretary (n = 102), Spokesperson (n = 211).',
      'Left out, fewer than 5 documents (--min-docs): Deputy Secretary (n = 1),',
      'Russian-Syrian interagency headquarters (n = 1).',
    ]);
    // Five groups in the run: not a pair, even if only two of them were drawn.
    expect(groupView(['Secretary', 'Spokesperson'], speakers).pair).toBe(false);
  });
  it('a panel per group keeps the n of a long name on a line of its own; a pair panel names both', () => {
    const blinken = 'U.S. Department of State - Antony J. Blinken, Secretary of State';
    const issuers: ChartContext = {
      ...rows.ctx,
      grouping: { field: 'issuer', groups: [{ group: blinken, documents: 102 }, { group: 'Spokesperson', documents: 211 }, { group: 'Department', documents: 6 }], minDocs: 5 },
    };
    const view = groupView([blinken, 'Spokesperson', 'Department'], issuers);
    // 36 characters a line (theme headerWrapChars): "U.S. Department of State - Antony J." is exactly 36; the n used to be cut off with the name
    expect(panelHeaders(view, view.shown).get(blinken)).toBe('U.S. Department of State - Antony J.\nBlinken, Secretary of State\n(n = 102)');
    expect(panelHeaders(view, view.shown).get('Department')).toBe('Department (n = 6)');
    const pair = groupView([FROM, BEFORE], two);
    expect(panelHeaders(pair, [BEFORE]).get(BEFORE)).toBe('before 24 Feb 2022 (n = 118) vs from 24 Feb 2022 (n = 203)');
  });
  it('breaks a list between items', () => {
    expect(captionLines('Groups: ', ['a', 'b', 'c'], '.', 12)).toEqual(['Groups: a,', 'b, c.']);
  });
  it('a chart of the whole corpus says it is not split, and by what field', () => {
    expect(subtitle(rates(rows.rates, two))).toContain('All documents together (n = 321), not split by group.');
    expect(subtitle(rates(rows.rates, speakers))).toContain('All documents together (n = 321), not split by speaker.');
  });
});

describe('trends: split by group, hollow below 3 documents, months without documents compressed', () => {
  it('puts one break slot for each stretch of two or more months without documents', () => {
    const axis = periodAxis(DEMO.map(([, p]) => p));
    expect(axis.slots).toEqual([
      '2021-05', '2021-06', '2021-07', '2021-08', 'gap:2021-09:2021-10', '2021-11', 'gap:2021-12:2022-01',
      '2022-02', '2022-03', '2022-04', '2022-05', '2022-06', '2022-07', '2022-08',
    ]);
    expect(axis.gaps).toEqual([{ from: '2021-09', to: '2021-10' }, { from: '2021-12', to: '2022-01' }]);
    // One missing month keeps its own empty slot; quarters and years work alike.
    expect(periodAxis(['2021-03', '2021-01']).slots).toEqual(['2021-01', '2021-02', '2021-03']);
    expect(periodAxis(['2021-Q1', '2021-Q4']).slots).toEqual(['2021-Q1', 'gap:2021-Q2:2021-Q3', '2021-Q4']);
    expect(periodAxis(['2019', '2021']).slots).toEqual(['2019', '2020', '2021']);
  });

  it('two groups: a colour per group with its n, hollow points with their n, the gaps named in the caption', async () => {
    const spec = trends(trendRows(DEMO), two);
    const facet = (spec as unknown as { vconcat: Loose[] }).vconcat[0]!;
    // 14 slots for 16 calendar months; 14 × 18 px = 252 px a panel (between 200 and 320).
    expect(facet.spec.encoding.x.scale.domain).toHaveLength(14);
    expect(facet.spec.width).toBe(252);
    const line = facet.spec.layer[1].encoding;
    expect(line.color.scale.domain).toEqual(['before 24 Feb 2022 (n = 118)', 'from 24 Feb 2022 (n = 203)']);
    expect(line.color.legend.title).toBe('group');
    const data = values(spec).filter((v) => v.kind === 'data');
    const few = data.filter((v) => v.few).map((v) => [v.group, v.period, v.n_label]);
    // 2021-11 (1 document) and 2022-08 (2), in each of the two categories.
    expect(few).toEqual([[BEFORE, '2021-11', 'n=1'], [BEFORE, '2021-11', 'n=1'], [FROM, '2022-08', 'n=2'], [FROM, '2022-08', 'n=2']]);
    expect(data.filter((v) => v.few).every((v) => typeof v.n_x === 'number')).toBe(true);
    expect(subtitle(spec)).toEqual([
      `Corpus: ${rows.ctx.corpus}`,
      'Grouped by group: before 24 Feb 2022 (n = 118), from 24 Feb 2022 (n = 203).',
      'Months without documents are left out of the axis (marked //): 2021-09 to 2021-10; 2021-12 to 2022-01.',
      // Broken at 110 characters: the first line is 107 long, " the" would make it 111.
      'Hollow points: fewer than 3 documents in the month, labelled with their n; the table under the panels gives',
      'the documents behind every point.',
      `Lexicon: ${rows.ctx.lexicon} · Run: ${rows.ctx.run}`,
    ]);
    // The table: one cell per group and month (6 + 7).
    expect(values(spec).filter((v) => v.kind === 'docs')).toHaveLength(13);
    expect(await svgWidth(spec)).toBeLessThanOrEqual(1200);
  }, 30_000);

  it('three long-named groups over five years stay within 1,200 px', async () => {
    expect(await svgWidth(trends(rows.trendsByGroup, rows.ctx))).toBeLessThanOrEqual(1200);
  }, 30_000);

  it('leaves out groups under --min-docs; the one-document month they filled becomes part of the gap', () => {
    // By speaker: the 2021-11 document is the headquarters' only one, and the deputy's is in 2022-03.
    const bySpeaker = trendRows([
      ...DEMO.filter(([g, p]) => g === BEFORE && p !== '2021-11').map(([, p, n]): [string, string, number] => ['Secretary', p, n]),
      ...DEMO.filter(([g]) => g === FROM).map(([, p, n]): [string, string, number] => ['Spokesperson', p, n]),
      [RSH, '2021-11', 1], ['Deputy Secretary', '2022-03', 1],
    ]);
    const spec = trends(bySpeaker, speakers);
    expect(new Set(values(spec).filter((v) => v.kind === 'data').map((v) => v.group))).toEqual(new Set(['Secretary', 'Spokesperson']));
    const facet = (spec as unknown as { vconcat: Loose[] }).vconcat[0]!;
    expect(facet.spec.encoding.x.scale.domain).toEqual([
      '2021-05', '2021-06', '2021-07', '2021-08', 'gap:2021-09:2022-01', '2022-02', '2022-03', '2022-04', '2022-05', '2022-06', '2022-07', '2022-08',
    ]);
    expect(subtitle(spec)).toContain('Months without documents are left out of the axis (marked //): 2021-09 to 2022-01.');
    expect(subtitle(spec)).toContain('Left out, fewer than 5 documents (--min-docs): Deputy Secretary (n = 1),');
  });
});

/** Rates by group as rates_by_group.csv has them: every group of the speaker run, two categories. */
const speakerRates: GroupIntervalRow[] = speakers.grouping!.groups.flatMap(({ group, documents }) =>
  ['Illegality', 'Sovereignty'].map((label, k) => ({
    group, category: label.toLowerCase(), label, rate_per_1000_words: 1 + k, hits: 10, documents,
    // One document: no interval (prepareResamples leaves it missing).
    ci_low: documents < 2 ? null : 0.5 + k, ci_high: documents < 2 ? null : 1.5 + k,
  })));

describe('rates by group: groups side by side per category, tiny groups left out', () => {
  it('drops the two one-document groups and names them; each group\'s n on the axis', async () => {
    const spec = ratesByGroup(speakerRates, speakers);
    expect(new Set(values(spec).map((v) => v.group))).toEqual(new Set(['Department', 'Secretary', 'Spokesperson']));
    const inner = (spec as unknown as { spec: Loose }).spec;
    expect(inner.encoding.y.sort).toEqual(['Department (n = 6)', 'Secretary (n = 102)', 'Spokesperson (n = 211)']);
    expect(caption(spec)).toContain('Left out, fewer than 5 documents (--min-docs): Deputy Secretary (n = 1), Russian-Syrian interagency headquarters (n = 1).');
    // Every group drawn has an interval: no hollow-point note.
    expect(caption(spec)).not.toContain('Hollow');
    expect(await svgWidth(spec)).toBeLessThanOrEqual(1200);
  }, 30_000);
  it('with --min-docs 1 the one-document groups are drawn hollow, and the caption says why', () => {
    const spec = ratesByGroup(speakerRates, { ...speakers, grouping: { ...speakers.grouping!, minDocs: 1 } });
    // 2 groups × 2 categories of 10 rates have no interval.
    expect(caption(spec)).toContain('Hollow points have no interval: fewer than two documents in the group (4 of 10 rates).');
  });
  it('wraps long group names (two lines of 26 characters, then the n) and keeps the full name in the tooltip', () => {
    const spec = ratesByGroup(rows.rates_by_group, rows.ctx);
    const inner = (spec as unknown as { spec: Loose }).spec;
    const shown = inner.encoding.y.sort as string[];
    expect(shown).toHaveLength(11);
    for (const label of shown) {
      const lines = label.split('\n');
      expect(lines.length).toBeLessThanOrEqual(2);
      // The n is appended to the last line: " (n = 37)" is 9 characters.
      expect(lines[0]!.length).toBeLessThanOrEqual(26);
    }
    expect(shown[0]).toBe('European External Action\nService — High… (n = 37)');
    expect(inner.encoding.tooltip[0]).toEqual({ field: 'group', type: 'nominal', title: 'Group' });
  });
});

describe('heatmap: readable with two groups', () => {
  const grid: GroupRateRow[] = speakerRates.map((r) => ({ group: r.group, category: r.category, label: r.label, hits: r.hits, words: 1000, rate_per_1000_words: r.rate_per_1000_words }));
  it('one column per group (130 px) headed by its name and n; categories down the side', async () => {
    const spec = heatmap(grid.filter((r) => r.group === 'Secretary' || r.group === 'Spokesperson').map((r, i) => ({ ...r, group: i < 2 ? BEFORE : FROM })), two) as unknown as Loose;
    expect(spec.width).toEqual({ step: 130 });
    // (130 − 6) / 6.5 = 19 characters a line: each name fits on one, the n below it.
    expect(spec.encoding.x.sort).toEqual(['before 24 Feb 2022\n(n = 118)', 'from 24 Feb 2022\n(n = 203)']);
    expect(spec.encoding.y.field).toBe('label_display');
    expect(await svgWidth(spec as TopLevelSpec)).toBeLessThanOrEqual(1200);
  }, 30_000);
  it('leaves out the one-document groups, whose rates would set the colour scale', () => {
    const spec = heatmap(grid.map((r) => (r.group === RSH ? { ...r, rate_per_1000_words: 24.85 } : r)), speakers);
    expect(new Set(values(spec).map((v) => v.group))).toEqual(new Set(['Department', 'Secretary', 'Spokesperson']));
    // The largest rate drawn is 2 (Sovereignty), not the headquarters' 24.85.
    expect((spec as unknown as Loose).layer[0].encoding.color.scale.domain).toEqual([0, 2]);
    expect(caption(spec)).toContain('Left out, fewer than 5 documents (--min-docs)');
  });
});

/** Keyness of two groups against the rest: each the mirror of the other (A against the rest is A against B). */
const mirrored = (list: [string, number][]): KeynessRow[] => [BEFORE, FROM].flatMap((group, g) => list.map(([item, lr]) => ({
  group, item, log_ratio: g === 0 ? lr : -lr, g2: g === 0 ? 10 * lr : -10 * lr, p_adjusted: 0.001, freq_target: 10, freq_reference: 10,
})));

describe('keyness and Fightin\' Words: one panel for two groups', () => {
  it('keeps both groups when the table holds the one comparison A vs B (rows name only A, the target)', () => {
    // keyness.csv of a two-group run has rows "before vs from" only: the view still shows both groups, the target first.
    const view = groupView([FROM], two);
    expect([view.shown, view.pair]).toEqual([[FROM, BEFORE], true]);
    expect(view.notes.join(' ')).toContain(`${BEFORE} (n = 118)`);
  });

  it('keyness: one panel, the two directions named by group', () => {
    const spec = keyness(mirrored([['mekong', 7.4], ['gas', 6.3], ['invasion', -4.9]]), two) as unknown as Loose;
    expect(spec.facet.sort).toEqual(['before 24 Feb 2022 (n = 118) vs from 24 Feb 2022 (n = 203)']);
    expect(new Set(values(spec as TopLevelSpec).map((v) => v.group))).toEqual(new Set([BEFORE]));
    expect(values(spec as TopLevelSpec).map((v) => [v.item, v.direction])).toEqual([
      ['mekong', 'More frequent in before 24 Feb 2022'], ['gas', 'More frequent in before 24 Feb 2022'], ['invasion', 'More frequent in from 24 Feb 2022'],
    ]);
  });
  it('keyness of two long-named groups stays within 1,200 px: legend and axis title wrapped', async () => {
    const [a, b] = rows.GROUPS as [string, string];
    const list = mirrored([['sanctions', 5], ['dialogue', -4]]).map((r) => ({ ...r, group: r.group === BEFORE ? a : b }));
    const spec = keyness(list, rows.ctx) as unknown as Loose;
    expect(spec.facet.sort).toHaveLength(1);
    expect(await svgWidth(spec as TopLevelSpec)).toBeLessThanOrEqual(1200);
  }, 30_000);
  it('keyness by speaker: one panel per group of at least 5 documents', () => {
    const rowsBySpeaker: KeynessRow[] = speakers.grouping!.groups.map(({ group }) => ({ group, item: 'x', log_ratio: 2, g2: 20, p_adjusted: 0.001, freq_target: 5, freq_reference: 5 }));
    const spec = keyness(rowsBySpeaker, speakers) as unknown as Loose;
    expect(spec.facet.sort).toEqual(['Department (n = 6)', 'Secretary (n = 102)', 'Spokesperson (n = 211)']);
  });

  it('--compare Secretary,Spokesperson among five speakers: one panel, Secretary against Spokesperson only, not against the rest', () => {
    const rowsOfOne: KeynessRow[] = [
      { group: 'Secretary', item: 'dialogue', log_ratio: 2, g2: 20, p_adjusted: 0.001, freq_target: 9, freq_reference: 3 },
      { group: 'Secretary', item: 'energy', log_ratio: -3.4, g2: 171, p_adjusted: 0.001, freq_target: 19, freq_reference: 202 },
    ];
    const spec = keyness(rowsOfOne, speakers, { reference: 'Spokesperson' }) as unknown as Loose;
    expect(spec.facet.sort).toEqual(['Secretary (n = 102) vs Spokesperson (n = 211)']);
    const notes = subtitle(spec as TopLevelSpec).join(' ');
    expect(notes).toContain('--compare: Secretary against Spokesperson only');
    expect(notes).not.toContain('against the rest');
    const fw = fightinWords(rowsOfOne.map((r) => ({ group: r.group, item: r.item, z: r.log_ratio, freq: r.freq_target + r.freq_reference })), speakers, { reference: 'Spokesperson' }) as unknown as Loose;
    expect(fw.facet.sort).toEqual(['Secretary (n = 102) vs Spokesperson (n = 211)']);
    expect(subtitle(fw as TopLevelSpec).join(' ')).not.toContain('against the rest');
  });

  it('labels content words only', () => {
    expect(['the', 'we', 'I’m', 'i\'m', 'a', '2022', 'many'].map(isContentWord)).toEqual([false, false, false, false, false, false, false]);
    expect(['energy', 'mekong', 'u.s.', 'war', 'march'].map(isContentWord)).toEqual([true, true, true, true, true]);
  });

  it('two groups: one panel; "the", "we", "i’m" are drawn but not labelled', () => {
    const words: [string, number, number][] = [
      ['the', 9, 5000], ['we', -8, 900], ['i’m', 4, 50], ['energy', 5.8, 220], ['mekong', 4.8, 40], ['war', -3.4, 155], ['march', -2.5, 60], ['said', 0.3, 80],
    ];
    const list: FightinWordsRow[] = [BEFORE, FROM].flatMap((group, g) => words.map(([item, z, freq]) => ({ group, item, z: g === 0 ? z : -z, freq })));
    const spec = fightinWords(list, two) as unknown as Loose;
    expect(spec.facet.sort).toEqual(['before 24 Feb 2022 (n = 118) vs from 24 Feb 2022 (n = 203)']);
    const v = values(spec as TopLevelSpec);
    expect(v).toHaveLength(words.length);
    expect(v.filter((x) => x.labelled).map((x) => x.item).sort()).toEqual(['energy', 'march', 'mekong', 'war']);
    expect(v.find((x) => x.item === 'war')!.side).toBe('More frequent in from 24 Feb 2022');
    expect(v.find((x) => x.item === 'said')!.side).toBe('|z| ≤ 1.96');
  });

  it('places labels where they overlap no other label and no point, measured with the font resvg draws', () => {
    const spec = fightinWords(rows.fightin_words, two) as unknown as Loose;
    const v = values(spec as TopLevelSpec);
    const { width, height } = spec.spec;
    const x = spec.spec.layer[2].encoding.x.scale.domain as [number, number];
    const y = spec.spec.layer[2].encoding.y.scale.domain as [number, number];
    const px = (f: number) => ((Math.log10(f) - Math.log10(x[0])) / (Math.log10(x[1]) - Math.log10(x[0]))) * width;
    const py = (z: number) => ((y[1] - z) / (y[1] - y[0])) * height;
    const metrics = readFontMetrics(fontFiles()[0]!);
    const labels = v.filter((r) => r.labelled).map((r) => ({ x: px(r.label_freq), y: py(r.label_z) - 6, w: textWidth(metrics, r.item, 10), h: 12 }));
    expect(labels.length).toBeGreaterThanOrEqual(10);
    const hit = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(hit(a, b)).toBe(false)));
    const points = v.map((r) => ({ x: px(r.freq) - 3, y: py(r.z) - 3, w: 6, h: 6 }));
    for (const l of labels) for (const p of points) expect(hit(l, p)).toBe(false);
  });

  it('by speaker: one panel per group of at least 5 documents', () => {
    const list: FightinWordsRow[] = speakers.grouping!.groups.flatMap(({ group }) => [{ group, item: 'energy', z: 3, freq: 20 }, { group, item: 'war', z: -3, freq: 30 }]);
    const spec = fightinWords(list, speakers) as unknown as Loose;
    expect(spec.facet.sort).toEqual(['Department (n = 6)', 'Secretary (n = 102)', 'Spokesperson (n = 211)']);
  });
});

describe('trends: the n of a hollow point keeps off the lines', () => {
  it('a hollow point with the line level on both sides gets its n above, not on the line', () => {
    // Rates 1, 1, 1, 2 per 1,000 words: the y axis ends at 2, so the first three points sit at half height (65 px of 130),
    // joined by level lines; the one-document month's label fits neither right nor left of its point without touching one.
    const list: [string, number, number][] = [['2021-01', 5, 1], ['2021-02', 1, 1], ['2021-03', 5, 1], ['2021-04', 5, 2]];
    const spec = trends(list.map(([period, documents, rate]) => ({
      period, category: 'illegality', label: 'Illegality', hits: rate * documents, words: documents * 1000, documents, rate_per_1000_words: rate,
    })), rows.ctx);
    const few = values(spec).filter((v) => v.kind === 'data' && v.few);
    expect(few).toHaveLength(1);
    expect(few[0]!.n_y).toBeGreaterThan(0);
    expect(few[0]!.n_y).toBeLessThan(60);
  });
  it('a hollow last point at zero, with the line falling into it, gets its n above and to the right', () => {
    // Rates 2, 2, 2, 0: the last point sits on the panel's floor (130 px), the line comes down to it from the left. Beside
    // it the label would hang below the floor, centred above it would cross the line: above-right is the free spot.
    const list: [string, number, number][] = [['2021-01', 5, 2], ['2021-02', 5, 2], ['2021-03', 5, 2], ['2021-04', 1, 0]];
    const spec = trends(list.map(([period, documents, rate]) => ({
      period, category: 'illegality', label: 'Illegality', hits: rate * documents, words: documents * 1000, documents, rate_per_1000_words: rate,
    })), rows.ctx);
    const facet = (spec as unknown as { vconcat: Loose[] }).vconcat[0]!;
    const point = ((3 + 0.5) * facet.spec.width) / 4;
    const few = values(spec).filter((v) => v.kind === 'data' && v.few);
    expect(few[0]!.n_x).toBeGreaterThan(point);
    expect(few[0]!.n_y).toBeLessThan(125);
  });
});

describe('placeLabels: leader lines', () => {
  it('never crosses one leader line with another, nor runs one through a label', () => {
    const req = Array.from({ length: 20 }, (_, i) => ({ px: 150 + (i % 4) * 5, py: 120 + Math.floor(i / 4) * 5, text: `label${i}` }));
    const placed = placeLabels(req, 400, 300, 10);
    const leaders = placed.flatMap((p, i) => (p && p.displaced ? [[req[i]!.px, req[i]!.py, p.nearX, p.y] as const] : []));
    expect(leaders.length).toBeGreaterThan(0);
    const side = (x1: number, y1: number, x2: number, y2: number, x: number, y: number) => Math.sign((x2 - x1) * (y - y1) - (y2 - y1) * (x - x1));
    const cross = (a: readonly number[], b: readonly number[]) =>
      side(a[0]!, a[1]!, a[2]!, a[3]!, b[0]!, b[1]!) !== side(a[0]!, a[1]!, a[2]!, a[3]!, b[2]!, b[3]!)
      && side(b[0]!, b[1]!, b[2]!, b[3]!, a[0]!, a[1]!) !== side(b[0]!, b[1]!, b[2]!, b[3]!, a[2]!, a[3]!);
    leaders.forEach((a, i) => leaders.slice(i + 1).forEach((b) => expect(cross(a, b)).toBe(false)));
  });
});

describe('frame tone: intervals drawn, or the caption says why not', () => {
  it('by group: an estimate from one document is hollow, and counted in the caption', () => {
    const spec = frameToneByGroup(rows.frame_tone_by_group, rows.ctx);
    const v = values(spec);
    // The fixture's third group uses each frame in one document: 12 categories × 3 scorers of 108 estimates.
    expect(v.filter((r) => !r.interval)).toHaveLength(36);
    expect(caption(spec)).toContain('Hollow points have no interval (36 of 108): fewer than two of the group\'s documents use the frame');
  });
  it('by group: groups under --min-docs are left out', () => {
    const list = speakers.grouping!.groups.map(({ group }) => ({
      group, category: 'illegality', label: 'Illegality', scorer: 'vader', difference: -0.2, ci_low: -0.3, ci_high: -0.1, n_sentences_with: 9, n_documents_with: 3,
    }));
    const spec = frameToneByGroup(list, speakers);
    expect(new Set(values(spec).map((r) => r.group))).toEqual(new Set(['Department', 'Secretary', 'Spokesperson']));
  });
  it('whole corpus: a missing interval is hollow, and the caption says why', () => {
    const base = { category: 'c', label: 'C', scorer: 'vader', n_sentences: 5 };
    const spec = frameTone([
      { ...base, with_frame: true, mean: -0.2, ci_low: -0.3, ci_high: -0.1, n_documents: 4 },
      { ...base, with_frame: false, mean: 0.1, ci_low: null, ci_high: null },
    ], two);
    expect(values(spec).map((r) => r.interval)).toEqual([true, false]);
    expect(caption(spec)).toContain('Hollow points have no interval (1 of 2 means)');
    expect(subtitle(spec)).toContain('All documents together (n = 321), not split by group.');
  });
});

describe('writeCharts: charts it cannot draw are returned with the reason', () => {
  /** A run's state as writeCharts reads it: the group field, documents per group (in code-point order, as CorpusState gives them), no sentences. */
  const state = (groupBy: string, groups: [string, number][]) => ({
    opts: { groupBy },
    sentences: 0,
    documentsByGroup: (all: string) => [[all, new Int32Array(groups.reduce((s, [, n]) => s + n, 0))], ...groups.map(([g, n]) => [g, new Int32Array(n)])],
    sentenceColumn: () => new Float64Array(0),
  }) as unknown as CorpusState;
  const category = { level: 'category', category: 'illegality', label: 'Illegality', entry: '', hits: 3, hits_non_negated: 3, documents: 2, rate_per_1000_words: 1.5 };
  const tables = (periods: string[]) => ({
    categories: [category], frameTone: [], ratesByGroup: [], keyness: [],
    trends: periods.map((period) => ({ period, group: '(all)', category: 'illegality', label: 'Illegality', hits: 1, words: 100, documents: 3, rate_per_1000_words: 10 })),
  });
  const lexicon = { name: 'framescope framing lexicon', version: '1.1.0' } as never;
  const description = { documents: 3, issuers: ['U.S. Department of State'], dateFrom: '2022-03-01', dateTo: '2022-03-30' };

  it('one group and one month: only the rates chart, and a reason for each of the others', async () => {
    const out = await mkdtemp(join(tmpdir(), 'framescope-skip-'));
    try {
      const result = await writeCharts(out, state('issuer', [['U.S. Department of State', 3]]), lexicon, [], tables(['2022-03']), { fingerprint: 'f'.repeat(64), description });
      expect(result.files).toEqual(['charts/rates.vl.json', 'charts/rates.svg', 'charts/rates.png']);
      // Iterating the result gives the files, as run.ts reads it.
      expect([...result]).toEqual(result.files);
      const compare = 'the documents form one group by issuer (U.S. Department of State (n = 3)): nothing to compare';
      expect(result.skipped).toEqual([
        { chart: 'top_entries', reason: 'no lexicon entry matched any document' },
        { chart: 'sentiment_distribution', reason: 'no sentence scores (no sentiment scorer, or no sentences)' },
        { chart: 'frame_tone', reason: 'no sentence scores to compare (no sentiment scorer, or no sentence uses a frame)' },
        { chart: 'trends', reason: 'every dated document falls in one period (2022-03): a trend needs two' },
        { chart: 'heatmap', reason: compare },
        { chart: 'rates_by_group', reason: compare },
        { chart: 'frame_tone_by_group', reason: compare },
        { chart: 'keyness', reason: compare },
        { chart: 'fightin_words', reason: compare },
      ]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 30_000);

  it('two groups but one under --min-docs: the comparisons say so', async () => {
    const out = await mkdtemp(join(tmpdir(), 'framescope-skip-'));
    try {
      const result = await writeCharts(out, state('speaker', [['Deputy Secretary', 2], ['Secretary', 10]]), lexicon, [], tables([]), { fingerprint: 'f'.repeat(64), description, minDocs: 5 });
      expect(result.skipped.find((s) => s.chart === 'trends')).toEqual({ chart: 'trends', reason: 'no document has a date' });
      expect(result.skipped.find((s) => s.chart === 'keyness')).toEqual({
        chart: 'keyness', reason: 'fewer than two groups by speaker have at least 5 documents (--min-docs): Deputy Secretary (n = 2), Secretary (n = 10)',
      });
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 30_000);

  it('draws a chart added with registerChart, and refuses a second chart of a taken name', async () => {
    const out = await mkdtemp(join(tmpdir(), 'framescope-registered-'));
    registerChart({
      name: 'hits_only', comparison: false, empty: '',
      build: (t) => ({ data: { values: t.categories.map((r) => ({ category: r.category, hits: r.hits })) }, mark: 'bar', encoding: { x: { field: 'hits', type: 'quantitative' } } }),
    });
    try {
      expect(() => registerChart({ name: 'rates', comparison: false, empty: '', build: () => null })).toThrow('chart "rates" is already registered');
      expect(() => registerChart({ name: 'Rates 2', comparison: false, empty: '', build: () => null })).toThrow('must be lowercase letters');
      const result = await writeCharts(out, state('issuer', [['U.S. Department of State', 3]]), lexicon, [], tables(['2022-03']), { fingerprint: 'f'.repeat(64), description });
      expect(result.files).toEqual(['charts/rates.vl.json', 'charts/rates.svg', 'charts/rates.png', 'charts/hits_only.vl.json', 'charts/hits_only.svg', 'charts/hits_only.png']);
      const spec = JSON.parse(await readFile(join(out, 'charts/hits_only.vl.json'), 'utf8'));
      expect(spec.data.values).toEqual([{ category: 'illegality', hits: 3 }]);
    } finally {
      unregisterChart('hits_only');
      await rm(out, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('wrapped panels: an x axis under every panel, none under an empty cell', () => {
  // With one shared x axis per column, Vega-Lite draws it at the foot of the column, under the empty cell when the
  // last row is short (vega-lite#7194): a reader looks for a missing panel. So each panel gets its own x axis, and
  // Vega draws n x axes for n panels, not one per column.
  // Vega labels each axis it draws for screen readers: aria-label="X-axis titled '…'".
  const xAxes = async (spec: TopLevelSpec | null) => [...(await renderChart(spec!)).svg.matchAll(/aria-roledescription="axis" aria-label="X-axis/g)].length;
  const PEACE = 'peace';

  it('rates by group: 11 categories in 3 columns, 11 axes', async () => {
    expect(await xAxes(ratesByGroup(rows.rates_by_group.filter((r) => r.category !== PEACE), rows.ctx))).toBe(11);
  }, 30_000);

  it('trends: 5 categories in 3 columns, 5 axes', async () => {
    const list = rows.trendsByGroup.filter((r) => r.category !== 'victimhood');
    expect(new Set(list.map((r) => r.category)).size).toBe(5);
    expect(await xAxes(trends(list, rows.ctx))).toBe(5);
  }, 30_000);

  it('keyness and Fightin\' Words: 3 speakers in 2 columns, 3 axes', async () => {
    const three = ['Department', 'Secretary', 'Spokesperson'];
    const kRows: KeynessRow[] = three.flatMap((group) => [
      { group, item: 'dialogue', log_ratio: 2, g2: 20, p_adjusted: 0.001, freq_target: 9, freq_reference: 3 },
      { group, item: 'energy', log_ratio: -3, g2: 30, p_adjusted: 0.001, freq_target: 3, freq_reference: 90 },
    ]);
    expect(await xAxes(keyness(kRows, speakers))).toBe(3);
    const fRows: FightinWordsRow[] = three.flatMap((group) => rows.fightin_words.slice(0, 400).map((r) => ({ ...r, group })));
    expect(await xAxes(fightinWords(fRows, speakers))).toBe(3);
  }, 60_000);
});
