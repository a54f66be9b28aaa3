// The textplot verbs draw the command's charts: over the bundled corpus, with the committed run's context, each spec
// is the committed outputs/charts/<name>.vl.json byte for byte (the command grouped by the corpus's `group` field).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyze, chartContextOf, readCorpus, textplotFightinWords, textplotFrameTone, textplotFrameToneByGroup, textplotHeatmap, textplotKeyness,
  textplotRates, textplotRatesByGroup, textplotSentimentDistribution, textplotTopEntries, textplotTrends, textstatCategories, textstatFrameTone,
  textstatKeyness, textstatRates, textstatTrends, type AnalysedCorpus, type ChartContext, type Table,
} from '../../src/index.ts';
import { stableJson } from '../../src/charts/index.ts';

let result: AnalysedCorpus;
let ctx: ChartContext;
let rates: Table;
let tone: Table;

beforeAll(async () => {
  result = analyze(readCorpus('corpus').documents);
  const manifest = JSON.parse(readFileSync('outputs/manifest.json', 'utf8')) as { run_fingerprint: string };
  ctx = { ...chartContextOf(result, { groupBy: 'group' }), run: manifest.run_fingerprint.slice(0, 12) };
  rates = await textstatRates(result, { groupBy: 'group' });
  tone = await textstatFrameTone(result, { groupBy: 'group' });
}, 300_000);

const committed = (name: string) => readFileSync(`outputs/charts/${name}.vl.json`, 'utf8').trimEnd();
const drawn = (spec: unknown) => stableJson(spec).trimEnd();

describe('textplot verbs equal the command charts of outputs/', () => {
  it('rates, top entries and trends', () => {
    expect(drawn(textplotRates(textstatCategories(result), ctx))).toBe(committed('rates'));
    expect(drawn(textplotTopEntries(textstatCategories(result), ctx))).toBe(committed('top_entries'));
    expect(drawn(textplotTrends(textstatTrends(result, { groupBy: 'group' }), ctx))).toBe(committed('trends'));
  });
  it('heatmap and rates by group', () => {
    expect(drawn(textplotHeatmap(rates, ctx))).toBe(committed('heatmap'));
    expect(drawn(textplotRatesByGroup(rates, ctx))).toBe(committed('rates_by_group'));
  });
  it('frame tone, overall and by group', () => {
    expect(drawn(textplotFrameTone(tone, ctx))).toBe(committed('frame_tone'));
    expect(drawn(textplotFrameToneByGroup(tone, ctx))).toBe(committed('frame_tone_by_group'));
  });
  it("keyness and Fightin' Words", () => {
    const k = textstatKeyness(result, { groupBy: 'group' });
    expect(drawn(textplotKeyness(k, ctx))).toBe(committed('keyness'));
    expect(drawn(textplotFightinWords(k, ctx))).toBe(committed('fightin_words'));
  });
  it('sentiment distribution', () => {
    expect(drawn(textplotSentimentDistribution(result, ctx))).toBe(committed('sentiment_distribution'));
  });
});
