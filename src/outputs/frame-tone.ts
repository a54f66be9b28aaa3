// frame_tone.csv: the tone of the sentences that use each frame, with and without its markers.
import type { Lexicon } from '../lexicon/index.ts';
import type { Row } from '../tables/csv.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import {
  percentileInterval,
} from '../stats/index.ts';
import { groupResamples, resampleLayout } from './resamples.ts';

const known = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * Mean sentence score with and without each frame, per group, with cluster-bootstrap intervals
 * (documents resampled). "Without" is the document total minus "with" on the same resample, and the
 * difference is computed on the same resamples too.
 */
export function frameToneRows(state: CorpusState, lexicon: Lexicon, opts: { seed: number; iterations: number }): Row[] {
  const rows: Row[] = [];
  const nCol = state.scoreColumns.length;
  const L = resampleLayout(lexicon.categories.length, nCol);
  const n = opts.iterations;
  for (const g of groupResamples(state, opts)) {
    const { total: t, replicates: reps } = g;
    // Mean with the frame and without it, for category k and column c, from one vector of field sums.
    const withMean = (s: Float64Array, o: number, k: number, c: number) => s[o + L.tone(k) + 1 + c]! / s[o + L.tone(k)]!;
    const withoutMean = (s: Float64Array, o: number, k: number, c: number) => (s[o + 1 + c]! - s[o + L.tone(k) + 1 + c]!) / (s[o]! - s[o + L.tone(k)]!);
    const unmarkedMean = (s: Float64Array, o: number, k: number, c: number) => s[o + L.tone(k) + 1 + nCol + c]! / s[o + L.tone(k)]!;
    lexicon.categories.forEach((cat, k) => {
      const nDocsWith = g.documentsWith[L.tone(k)]!;
      state.scoreColumns.forEach((score, c) => {
        const withReps = new Float64Array(n).fill(NaN);
        const withoutReps = new Float64Array(n).fill(NaN);
        const diffReps = new Float64Array(n).fill(NaN);
        const unmarkedReps = new Float64Array(n).fill(NaN);
        const diffUnmarkedReps = new Float64Array(n).fill(NaN);
        if (reps) {
          for (let r = 0; r < n; r++) {
            const o = r * L.nFields;
            withReps[r] = withMean(reps, o, k, c);
            withoutReps[r] = withoutMean(reps, o, k, c);
            diffReps[r] = withReps[r]! - withoutReps[r]!;
            unmarkedReps[r] = unmarkedMean(reps, o, k, c);
            diffUnmarkedReps[r] = unmarkedReps[r]! - withoutReps[r]!;
          }
        }
        const w = percentileInterval(withMean(t, 0, k, c), withReps);
        const wo = percentileInterval(withoutMean(t, 0, k, c), withoutReps);
        const d = percentileInterval(w.estimate - wo.estimate, diffReps);
        const u = percentileInterval(unmarkedMean(t, 0, k, c), unmarkedReps);
        const du = percentileInterval(u.estimate - wo.estimate, diffUnmarkedReps);
        const nWith = t[L.tone(k)]!;
        rows.push({
          group: g.group, category: cat.id, label: cat.label, score,
          n_sentences_with: nWith, n_documents_with: nDocsWith,
          mean_with: known(w.estimate), ci_low_with: known(w.low), ci_high_with: known(w.high),
          n_sentences_without: t[0]! - nWith,
          mean_without: known(wo.estimate), ci_low_without: known(wo.low), ci_high_without: known(wo.high),
          difference: known(d.estimate), ci_low_difference: known(d.low), ci_high_difference: known(d.high),
          mean_with_unmarked: known(u.estimate), ci_low_with_unmarked: known(u.low), ci_high_with_unmarked: known(u.high),
          difference_unmarked: known(du.estimate), ci_low_difference_unmarked: known(du.low), ci_high_difference_unmarked: known(du.high),
        });
      });
    });
  }
  return rows;
}
