// The sentiment tables: scorer agreement and the tone of each frame.
import type { Lexicon } from '../lexicon/index.ts';
import { polarity } from '../sentiment/scorer.ts';
import {
  clusterTotals, percentileInterval, resampleBlocks, resampleSums, allocateSparseClusters, pearsonOfPairs, averageRankIn, countBeforeNaN, RESAMPLE_BLOCK,
  type SparseClusters,
} from '../stats/index.ts';
import type { Row } from '../tables/csv.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import { collectGarbage } from '../engine/heap.ts';
import type { PolarityColumns } from '../engine/summary.ts';
import { ALL } from '../tables/schema.ts';

export { ALL };

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
      collectGarbage();
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

const known = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * Field layout of one document in the shared resamples: sentences and score sums over all its sentences,
 * then per category the sentences with the frame, their score sums and their score sums with the frame's
 * markers left out, then words and hits per category.
 */
export function resampleLayout(nCat: number, nCol: number) {
  const stride = 1 + nCol;
  const toneStride = 1 + 2 * nCol;
  const words = stride + toneStride * nCat;
  return { stride, toneStride, tone: (k: number) => stride + toneStride * k, words, hits: (k: number) => words + 1 + k, nFields: words + 1 + nCat };
}

export interface GroupResamples {
  group: string;
  documents: number;
  /** field sums over the group's documents */
  total: Float64Array;
  /** documents with a value in each field (e.g. documents using a frame, documents with hits of a category) */
  documentsWith: Int32Array;
  /** field sums of each resample (documents drawn with replacement), replicate r at r * nFields; null below two documents */
  replicates: Float64Array | null;
}

const prepared = new WeakMap<CorpusState, Map<string, GroupResamples[]>>();

/** Computes one block of resamples somewhere (this thread, or a worker of the pool). */
export type BlockRunner = (data: SparseClusters, seed: number, iterations: number, block: number) => Promise<Float64Array>;

/** Each group's documents ("(all)" first) as sparse rows of the resample layout, one group at a time. */
function* groupData(state: CorpusState, shared: boolean): Generator<{ group: string; documents: number; data: SparseClusters }> {
  const nCol = state.scoreColumns.length;
  const nCat = state.categoryIds.length;
  const L = resampleLayout(nCat, nCol);
  const width = 1 + L.toneStride;
  // Read in place (Growable.get), not as views: a view of a multi-chunk column is a copy.
  const tones = state.tone;
  for (const [group, docs] of state.documentsByGroup(ALL)) {
    // Written straight into typed arrays (no array per document): documents ascend, and so do the
    // per-category tone records, so one cursor per category finds each document's records. Two passes over
    // the same rows: the first counts the values, the second writes them into arrays of exactly that size
    // (shared with the pool's threads when they compute the blocks), so the group's rows exist once.
    let data: SparseClusters | null = null;
    let n = 0;
    const put = (f: number, v: number) => {
      if (data !== null) { data.fields[n] = f; data.values[n] = v; }
      n++;
    };
    const cursor = new Int32Array(nCat);
    const pass = () => {
      n = 0;
      cursor.fill(0);
      docs.forEach((d, j) => {
        for (let c = 0; c < nCol; c++) {
          const [sum, sentences] = state.score(d, c);
          if (c === 0) put(0, sentences);
          put(1 + c, sum);
        }
        for (let k = 0; k < nCat; k++) {
          const src = tones[k]!;
          while (cursor[k]! < src.length && src.get(cursor[k]!) < d) cursor[k]! += width;
          const r = cursor[k]!;
          if (r < src.length && src.get(r) === d) for (let f = 0; f < L.toneStride; f++) put(L.tone(k) + f, src.get(r + 1 + f));
        }
        // rates_by_group has no "(all)" rows: its words and hits are not resampled there.
        if (group !== ALL) {
          put(L.words, state.docWords.get(d));
          for (let k = 0; k < nCat; k++) { const h = state.hits(d, k); if (h > 0) put(L.hits(k), h); }
        }
        if (data !== null) data.rowStart[j + 1] = n;
      });
    };
    pass();
    // The previous group's rows are garbage by now, but V8 keeps them until its external-memory limit:
    // collected first, the groups' rows are not all in memory at once (20 M words: 54 -> 31 MB of array buffers after the step).
    collectGarbage();
    data = allocateSparseClusters(L.nFields, docs.length, n, shared);
    pass();
    yield { group, documents: docs.length, data };
  }
}

/** Documents with a value in each field. */
function documentsWith(data: SparseClusters): Int32Array {
  const out = new Int32Array(data.nFields);
  for (let p = 0; p < data.rowStart[data.nClusters]!; p++) out[data.fields[p]!]!++;
  return out;
}

/**
 * One cluster bootstrap per group ("(all)" first), shared by frame_tone and rates_by_group: both tables
 * resample the documents of a group with the same seed, so they use the same resamples, made once here,
 * in blocks (resampleBlock) that `run` may spread over worker threads; without it they are made on this
 * thread (resampleSums, the same blocks in order): the result is the same either way.
 */
export async function prepareResamples(state: CorpusState, opts: { seed: number; iterations: number }, run: BlockRunner | null): Promise<void> {
  const key = `${opts.seed}/${opts.iterations}`;
  let byOpts = prepared.get(state);
  if (!byOpts) prepared.set(state, (byOpts = new Map()));
  if (byOpts.has(key)) return;
  // Group after group, so only one group's sparse rows are in memory (the blocks of a group keep every worker busy).
  const out: GroupResamples[] = [];
  for (const { group, documents, data } of groupData(state, run !== null)) {
    const base = { group, documents, total: clusterTotals(data), documentsWith: documentsWith(data) };
    // Resampling fewer than two documents says nothing about variation: intervals stay missing.
    if (documents < 2) { out.push({ ...base, replicates: null }); continue; }
    if (run === null) { out.push({ ...base, replicates: resampleSums(data, opts).replicates }); continue; }
    const blocks = await Promise.all(Array.from({ length: resampleBlocks(opts.iterations) }, (_, b) => run(data, opts.seed, opts.iterations, b)));
    const replicates = new Float64Array(opts.iterations * data.nFields);
    blocks.forEach((x, b) => replicates.set(x, b * RESAMPLE_BLOCK * data.nFields));
    out.push({ ...base, replicates });
  }
  byOpts.set(key, out);
}

/** The resamples made by prepareResamples, which writeOutputs runs before the tables that use them. */
export function groupResamples(state: CorpusState, opts: { seed: number; iterations: number }): GroupResamples[] {
  const hit = prepared.get(state)?.get(`${opts.seed}/${opts.iterations}`);
  if (!hit) throw new Error('internal error: bootstrap resamples used before prepareResamples');
  return hit;
}

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
