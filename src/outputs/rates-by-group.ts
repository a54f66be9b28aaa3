// rates_by_group.csv: marker rates per group and category, with intervals from resampling documents.
import type { Lexicon } from '../lexicon/index.ts';
import type { Row } from '../tables/csv.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import { ALL } from '../tables/schema.ts';
import {
  percentileInterval,
} from '../stats/index.ts';
import { groupResamples, resampleLayout } from './resamples.ts';

const known = (x: number) => (Number.isFinite(x) ? x : null);

/** Rates per group and category with cluster-bootstrap intervals, on the resamples frame_tone draws too. */
export function ratesByGroupRows(state: CorpusState, lexicon: Lexicon, opts: { seed: number; iterations: number; minDocs: number }): Row[] {
  const rows: Row[] = [];
  const cats = lexicon.categories;
  const L = resampleLayout(cats.length, state.scoreColumns.length);
  for (const g of groupResamples(state, opts)) {
    if (g.group === ALL) continue;
    const { total: t, replicates: reps } = g;
    const totalWords = t[L.words]!;
    cats.forEach((c, k) => {
      const hits = t[L.hits(k)]!;
      const rate = totalWords === 0 ? NaN : (hits / totalWords) * 1000;
      const r = new Float64Array(opts.iterations).fill(NaN);
      if (reps) for (let i = 0; i < opts.iterations; i++) r[i] = (reps[i * L.nFields + L.hits(k)]! / reps[i * L.nFields + L.words]!) * 1000;
      const ci = percentileInterval(rate, r);
      rows.push({
        group: g.group, category: c.id, label: c.label, hits, words: totalWords, documents: g.documents,
        documents_with_category: g.documentsWith[L.hits(k)]!,
        rate_per_1000_words: known(rate), ci_low: known(ci.low), ci_high: known(ci.high), small_group: g.documents < opts.minDocs,
      });
    });
  }
  return rows;
}
