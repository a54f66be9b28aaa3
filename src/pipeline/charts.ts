// The figures of a run: chart rows taken from the corpus tables, rendered by src/charts.
import { join } from 'node:path';
import {
  fightinWords, frameTone, heatmap, keyness, rates, ratesByGroup, sentimentDistribution, topEntries, trends, writeChart,
  type ChartContext,
} from '../charts/index.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { describeCorpus, type CorpusDescription } from '../provenance/citation.ts';
import type { Row } from '../tables/csv.ts';
import type { CorpusState } from './corpus-state.ts';
import type { PolarityColumns } from './summary.ts';
import { ALL } from './tone-tables.ts';

export interface ChartTables {
  categories: Row[];
  frameTone: Row[];
  ratesByGroup: Row[];
  keyness: Row[];
  trends: Row[];
}

const num = (x: unknown) => (typeof x === 'number' ? x : NaN);
/** A missing interval bound (null in the table) stays null in the chart data. */
const bound = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown) => String(x ?? '');

/**
 * A Fightin' Words plot of a whole vocabulary makes a spec of megabytes (5 MB on 500 documents):
 * per group it keeps the 400 words with the largest |z| among |z| > 1.96 and 200 of the others,
 * evenly spaced in frequency order, which keeps the shape of the cloud. keyness.csv has every word.
 */
export function thinForPlot<T extends { group: string; item: string; z: number; freq: number }>(rows: T[]): T[] {
  const byGroup = new Map<string, T[]>();
  for (const r of rows) {
    let list = byGroup.get(r.group);
    if (!list) byGroup.set(r.group, (list = []));
    list.push(r);
  }
  const out: T[] = [];
  for (const list of byGroup.values()) {
    const order = (a: T, b: T) => (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);
    const strong = list.filter((r) => Math.abs(r.z) > 1.96).sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || order(a, b)).slice(0, 400);
    const rest = list.filter((r) => Math.abs(r.z) <= 1.96).sort((a, b) => b.freq - a.freq || order(a, b));
    const every = Math.max(1, Math.ceil(rest.length / 200));
    out.push(...strong, ...rest.filter((_, i) => i % every === 0));
  }
  return out;
}

/** Writes every chart that has data into OUT/charts and returns the written paths relative to OUT. */
export async function writeCharts(
  out: string, state: CorpusState, lexicon: Lexicon, pol: PolarityColumns, t: ChartTables,
  ctx: { fingerprint: string; description: CorpusDescription },
): Promise<string[]> {
  const context: ChartContext = {
    corpus: describeCorpus(ctx.description),
    lexicon: `${lexicon.name} ${lexicon.version}`,
    run: ctx.fingerprint.slice(0, 12),
  };
  const categoryRows = t.categories.filter((r) => r.level === 'category');
  const specs: [string, ReturnType<typeof rates> | null][] = [
    ['rates', rates(categoryRows.map((r) => ({
      category: str(r.category), label: str(r.label), hits: num(r.hits), hits_non_negated: num(r.hits_non_negated),
      documents: num(r.documents), rate_per_1000_words: num(r.rate_per_1000_words),
    })), context)],
    ['top_entries', topEntries(t.categories.filter((r) => r.level === 'entry').map((r) => ({
      category: str(r.category), label: str(r.label), entry: str(r.entry), hits: num(r.hits),
    })), context)],
    ['sentiment_distribution', sentimentDistribution(pol.map((p) => ({ scorer: p.scorer, scores: state.sentenceColumn(p.column) })), context)],
    ['frame_tone', frameTone(t.frameTone.filter((r) => r.group === ALL).flatMap((r) => {
      const scorer = pol.find((p) => p.column === r.score)?.scorer ?? str(r.score);
      const base = { category: str(r.category), label: str(r.label), scorer };
      return [
        { ...base, with_frame: true, mean: num(r.mean_with), ci_low: bound(r.ci_low_with), ci_high: bound(r.ci_high_with), n_sentences: num(r.n_sentences_with) },
        { ...base, with_frame: false, mean: num(r.mean_without), ci_low: bound(r.ci_low_without), ci_high: bound(r.ci_high_without), n_sentences: num(r.n_sentences_without) },
      ];
    }).filter((r) => r.n_sentences > 0), context)],
    // A trend needs at least two periods.
    ['trends', new Set(t.trends.map((r) => r.period)).size < 2 ? null : trends(t.trends.filter((r) => r.group === ALL).map((r) => ({
      period: str(r.period), category: str(r.category), label: str(r.label), hits: num(r.hits), words: num(r.words),
      rate_per_1000_words: num(r.rate_per_1000_words),
    })), context)],
  ];
  // Comparisons need at least two groups.
  const groups = new Set(t.ratesByGroup.map((r) => r.group));
  if (groups.size >= 2) {
    specs.push(
      ['heatmap', heatmap(t.ratesByGroup.map((r) => ({
        group: str(r.group), category: str(r.category), label: str(r.label), hits: num(r.hits), words: num(r.words),
        rate_per_1000_words: num(r.rate_per_1000_words),
      })), context)],
      ['rates_by_group', ratesByGroup(t.ratesByGroup.map((r) => ({
        group: str(r.group), category: str(r.category), label: str(r.label), rate_per_1000_words: num(r.rate_per_1000_words),
        ci_low: bound(r.ci_low), ci_high: bound(r.ci_high), hits: num(r.hits), documents: num(r.documents),
      })), context)],
    );
    const vsRest = t.keyness.filter((r) => r.reference === '(rest)');
    specs.push(
      ['keyness', keyness(vsRest.map((r) => ({
        group: str(r.target), item: str(r.item), log_ratio: num(r.log_ratio), g2: num(r.g2), p_adjusted: num(r.p_adjusted),
        freq_target: num(r.freq_target), freq_reference: num(r.freq_reference),
      })), context)],
      ['fightin_words', fightinWords(thinForPlot(vsRest.filter((r) => Number.isFinite(num(r.fightin_words_z))).map((r) => ({
        group: str(r.target), item: str(r.item), z: num(r.fightin_words_z), freq: num(r.freq_target) + num(r.freq_reference),
      }))), context)],
    );
  }
  const written: string[] = [];
  for (const [name, spec] of specs) {
    if (spec === null) continue;
    await writeChart(join(out, 'charts'), name, spec);
    written.push(`charts/${name}.vl.json`, `charts/${name}.svg`, `charts/${name}.png`);
  }
  return written;
}
