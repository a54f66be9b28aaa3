// Tables of the sentiment issue: scorer agreement and the tone of each frame.
import type { Lexicon } from '../lexicon/index.ts';
import { polarity } from '../sentiment/scorer.ts';
import { clusterResamples, percentileInterval, spearmanRho } from '../stats/index.ts';
import type { Row } from '../tables/csv.ts';
import type { CorpusState } from './corpus-state.ts';
import type { PolarityColumns } from './emit.ts';

export const ALL = '(all)';

export function scorerAgreementRows(state: CorpusState, pol: PolarityColumns): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < pol.length; i++) {
    for (let j = i + 1; j < pol.length; j++) {
      const a = state.sentenceScores.get(pol[i]!.column)!.view();
      const b = state.sentenceScores.get(pol[j]!.column)!.view();
      let same = 0;
      for (let k = 0; k < a.length; k++) if (polarity(a[k]!) === polarity(b[k]!)) same++;
      rows.push({
        scorer_a: pol[i]!.scorer, scorer_b: pol[j]!.scorer, column_a: pol[i]!.column, column_b: pol[j]!.column,
        n_sentences: a.length,
        spearman_rho: a.length < 2 ? null : spearmanRho(a, b),
        polarity_agreement: a.length === 0 ? null : same / a.length,
      });
    }
  }
  return rows;
}

const known = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * Mean sentence score with and without each frame, per group, with cluster-bootstrap intervals
 * (documents resampled). Each replicate needs only per-document totals and the few documents
 * that use a frame: "without" is the document total minus "with", so the cost is
 * iterations × (documents + documents with a frame), not iterations × documents × categories.
 */
export function frameToneRows(state: CorpusState, lexicon: Lexicon, opts: { seed: number; iterations: number }): Row[] {
  const rows: Row[] = [];
  const nCol = state.scoreColumns.length;
  const nCat = lexicon.categories.length;
  const width = 2 + nCol;
  for (const [group, docs] of state.documentsByGroup(ALL)) {
    const m = docs.length;
    const local = new Map<number, number>();
    docs.forEach((d, j) => local.set(d, j));
    // Per document of the group: sentences and the sum of each score column.
    const totals = new Float64Array(m * (1 + nCol));
    docs.forEach((d, j) => {
      for (let c = 0; c < nCol; c++) {
        const [sum, n] = state.score(d, c);
        totals[j * (1 + nCol)] = n;
        totals[j * (1 + nCol) + 1 + c] = sum;
      }
    });
    // Per category: [local document, sentences with the frame, sums...] of the group's documents.
    const withRecords = lexicon.categories.map((_, k) => {
      const src = state.tone[k]!.view();
      const out: number[] = [];
      for (let r = 0; r < src.length; r += width) {
        const j = local.get(src[r]!);
        if (j === undefined) continue;
        out.push(j);
        for (let f = 1; f < width; f++) out.push(src[r + f]!);
      }
      return Float64Array.from(out);
    });
    // Replicates of mean with (index 2·(k·nCol + c)) and without (+1) for every category and column.
    const nRatios = nCat * nCol * 2;
    const estimate = new Float64Array(nRatios);
    const reps = new Float64Array(opts.iterations * nRatios).fill(NaN);
    const stride = 1 + nCol;
    const tot = new Float64Array(stride);
    const acc = new Float64Array(stride);
    // counts === null: every document once (the estimate); else a resample's multiplicities.
    const ratios = (counts: Int32Array | null, into: Float64Array, offset: number) => {
      tot.fill(0);
      for (let j = 0; j < m; j++) {
        const w = counts === null ? 1 : counts[j]!;
        if (w === 0) continue;
        const b = j * stride;
        for (let f = 0; f < stride; f++) tot[f]! += w * totals[b + f]!;
      }
      for (let k = 0; k < nCat; k++) {
        const rec = withRecords[k]!;
        acc.fill(0);
        for (let r = 0; r < rec.length; r += width) {
          const w = counts === null ? 1 : counts[rec[r]!]!;
          if (w === 0) continue;
          for (let f = 0; f < stride; f++) acc[f]! += w * rec[r + 1 + f]!;
        }
        for (let c = 0; c < nCol; c++) {
          const base = offset + 2 * (k * nCol + c);
          into[base] = acc[1 + c]! / acc[0]!;
          into[base + 1] = (tot[1 + c]! - acc[1 + c]!) / (tot[0]! - acc[0]!);
        }
      }
    };
    ratios(null, estimate, 0);
    // Resampling fewer than two documents says nothing about variation: intervals stay missing.
    if (m >= 2) clusterResamples(m, opts, (counts, r) => ratios(counts, reps, r * nRatios));

    lexicon.categories.forEach((cat, k) => {
      const rec = withRecords[k]!;
      let nWith = 0;
      for (let r = 0; r < rec.length; r += width) nWith += rec[r + 1]!;
      let nAll = 0;
      for (let j = 0; j < m; j++) nAll += totals[j * (1 + nCol)]!;
      state.scoreColumns.forEach((col, c) => {
        const a = 2 * (k * nCol + c), b = a + 1;
        const column = (idx: number) => { const v = new Float64Array(opts.iterations); for (let r = 0; r < opts.iterations; r++) v[r] = reps[r * nRatios + idx]!; return v; };
        const withReps = column(a);
        const w = percentileInterval(estimate[a]!, withReps);
        const wo = percentileInterval(estimate[b]!, column(b));
        const diffReps = withReps.map((x, r) => x - reps[r * nRatios + b]!);
        const d = percentileInterval(estimate[a]! - estimate[b]!, diffReps);
        rows.push({
          group, category: cat.id, label: cat.label, score: col,
          n_sentences_with: nWith, n_documents_with: rec.length / width,
          mean_with: known(w.estimate), ci_low_with: known(w.low), ci_high_with: known(w.high),
          n_sentences_without: nAll - nWith,
          mean_without: known(wo.estimate), ci_low_without: known(wo.low), ci_high_without: known(wo.high),
          difference: known(d.estimate), ci_low_difference: known(d.low), ci_high_difference: known(d.high),
        });
      });
    });
  }
  return rows;
}
