// scorer_agreement.csv: how far the sentence scorers agree.
import type { Row } from '../tables/csv.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import type { PolarityColumns } from '../engine/summary.ts';
import { polarity } from '../sentiment/scorer.ts';
import {
  pearsonOfPairs, averageRankIn, countBeforeNaN,
} from '../stats/index.ts';
import { collectGarbageIfLong } from '../engine/heap.ts';

const polarityCode = (x: number) => { const p = polarity(x); return p === 'positive' ? 1 : p === 'negative' ? -1 : 0; };

export function scorerAgreementRows(state: CorpusState, pol: PolarityColumns): Row[] {
  // One column's values in memory at a time: each is reduced to its ranks, which go to the rank store as they
  // are computed, and its polarities before the next is read.
  const ranks = state.rankColumns();
  try {
    const polarities: Int8Array[] = [];
    for (const p of pol) {
      const values = state.sentenceColumn(p.column);
      const n = values.length;
      // A loop, not Int8Array.from(values, fn), which boxes every value first (44 MB per million sentences).
      const codes = new Int8Array(n);
      for (let k = 0; k < n; k++) codes[k] = polarityCode(values[k]!);
      polarities.push(codes);
      // Sorted in place and the values read again from the spool to be ranked: 8 bytes a sentence at once, not 16.
      const sorted = values.sort();
      const m = countBeforeNaN(sorted);
      ranks.add((put) => state.eachSentenceValue(p.column, (x) => put(averageRankIn(sorted, m, x))));
      // The sorted column goes before the next column is read.
      collectGarbageIfLong({ documents: state.n, words: state.words });
    }
    const rows: Row[] = [];
    for (let i = 0; i < pol.length; i++) {
      for (let j = i + 1; j < pol.length; j++) {
        const a = polarities[i]!, b = polarities[j]!;
        let same = 0;
        for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
        rows.push({
          scorer_a: pol[i]!.scorer, scorer_b: pol[j]!.scorer, column_a: pol[i]!.column, column_b: pol[j]!.column,
          n_sentences: a.length,
          // Spearman's rho: Pearson's r of the two columns' average ranks, read back pair by pair.
          spearman_rho: a.length < 2 ? null : pearsonOfPairs(a.length, (fn) => ranks.eachPair(i, j, fn)),
          polarity_agreement: a.length === 0 ? null : same / a.length,
        });
      }
    }
    return rows;
  } finally {
    ranks.dispose();
  }
}
